// Loads the bundled example case (public/example-case.json, a backup file) so a new user can look
// around with realistic data; if it is already here, it is simply opened.
import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import { getCase } from '../../lib/store/cases';
import { storageErrorMessage } from '../../lib/store/errors';
import { useDb } from '../app/DbContext';
import { useNavigation } from '../app/Navigation';
import { Button, type ButtonVariant } from '../ui/Button';
import { useToast } from '../ui/Toast';

export const EXAMPLE_CASE_PATH = '/example-case.json';

export function LoadExampleButton({ variant = 'secondary' }: { variant?: ButtonVariant }) {
  const db = useDb();
  const nav = useNavigation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  const load = async () => {
    setBusy(true);
    try {
      // A file packaged with the extension, read from the extension's own origin.
      const response = await fetch(browser.runtime.getURL(EXAMPLE_CASE_PATH as '/'));
      if (!response.ok) throw new Error(`The example case is missing from this build (${response.status}).`);
      // The backup reader (and zod with it) loads on click, not with the case list it sits on.
      const { applyImport, parseBackup } = await import('../../lib/store/backup');
      const parsed = parseBackup(await response.text());
      if (!parsed.ok) throw new Error(`The example case could not be read: ${parsed.error}`);
      const example = parsed.backup.cases[0]?.case;
      if (!example) throw new Error('The example file holds no case.');
      if (await getCase(db, example.id)) {
        toast({ message: 'The example case is already in your list; opened it.' });
      } else {
        await applyImport(db, parsed.backup);
        toast({ message: 'Example case loaded. Change or delete it as you like.' });
      }
      nav.openCase(example.id);
    } catch (err) {
      // Our own messages are plain Errors; storage failures carry a DOMException name the store words.
      toast({ message: err instanceof Error && err.name === 'Error' ? err.message : storageErrorMessage(err, 'load the example case') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button variant={variant} onClick={load} disabled={busy}>
      {busy ? 'Loading example…' : 'Load example case'}
    </Button>
  );
}
