// Printable letter page (unlisted, letter.html?caseId=..&template=..&voice=..): reads the case from
// IndexedDB and prints the template as a letter. Nothing is sent anywhere; the user prints or saves a PDF.
import { render } from 'preact';
import { LetterPage } from './LetterPage';
import { LockGate } from '../../components/lock/LockGate';
import { getDb } from '../../lib/store/instance';
import './letter.css';

// With the passphrase lock on, this page holds no key until the passphrase is typed here too.
render(
  <LockGate db={getDb()}>
    <LetterPage search={location.search} />
  </LockGate>,
  document.getElementById('app')!,
);
