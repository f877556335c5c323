// Printable letter page (unlisted, letter.html?caseId=..&template=..&voice=..): reads the case from
// IndexedDB and prints the template as a letter. Nothing is sent anywhere; the user prints or saves a PDF.
import '../../lib/zodConfig';
import { render } from 'preact';
import { LetterPage } from './LetterPage';
import './letter.css';

render(<LetterPage search={location.search} />, document.getElementById('app')!);
