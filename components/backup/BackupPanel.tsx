// Backup and restore from the Cases screen: export everything or the active case as a JSON file,
// and import a file after a preview of what it adds, replaces and keeps. A bad file changes nothing.
import { useRef, useState } from 'preact/hooks';
import {
  applyImport,
  backupFileName,
  exportAll,
  exportCase,
  openBackupFile,
  type Backup,
  type ImportPreview,
} from '../../lib/store/backup';
import { PassphraseField } from '../lock/PassphraseField';
import { storageErrorMessage } from '../../lib/store/errors';
import { useDb } from '../app/DbContext';
import { useNavigation } from '../app/Navigation';
import { Button } from '../ui/Button';
import { useToast } from '../ui/Toast';
import { downloadFile } from './downloadFile';
import { ImportPreviewList } from './ImportPreviewList';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  // An encrypted backup (made with the passphrase lock on) waits for its passphrase.
  | { kind: 'passphrase'; fileName: string; text: string; error?: string }
  | { kind: 'preview'; fileName: string; backup: Backup; preview: ImportPreview }
  | { kind: 'importing' };

export function BackupPanel() {
  const db = useDb();
  const nav = useNavigation();
  const toast = useToast();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);

  const exportTo = async (what: 'all' | 'case') => {
    try {
      const caseId = nav.activeCaseId;
      if (what === 'case' && !caseId) return;
      const json = what === 'all' ? await exportAll(db) : await exportCase(db, caseId!);
      const filename = backupFileName(what, new Date(), caseId);
      downloadFile(json, filename);
      toast({ message: `Saved ${filename} to your downloads` });
    } catch (err) {
      // exportCase explains a deleted case in words; storage failures get the store's wording.
      toast({ message: err instanceof Error && err.name === 'Error' ? err.message : storageErrorMessage(err, 'export the backup') });
    }
  };

  const open = async (fileName: string, text: string, passphrase?: string) => {
    try {
      const opened = await openBackupFile(db, text, passphrase);
      if (!opened.ok) {
        if ('needsPassphrase' in opened)
          return setState({ kind: 'passphrase', fileName, text, error: passphrase ? opened.error : undefined });
        return setState({ kind: 'error', message: opened.error });
      }
      setState({ kind: 'preview', fileName, backup: opened.backup, preview: opened.preview });
    } catch (err) {
      setState({ kind: 'error', message: storageErrorMessage(err, 'read the backup') });
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    await open(file.name, await file.text());
  };
  const [passphrase, setPassphrase] = useState('');

  const reset = () => {
    setState({ kind: 'idle' });
    // Clearing the input lets the same file be chosen again.
    if (fileInput.current) fileInput.current.value = '';
  };

  const confirmImport = async () => {
    if (state.kind !== 'preview') return;
    const { backup } = state;
    setState({ kind: 'importing' });
    try {
      await applyImport(db, backup);
      reset();
      const n = backup.cases.length;
      toast({ message: `Import finished: ${n} case${n === 1 ? '' : 's'} from the file merged.` });
    } catch (err) {
      setState({ kind: 'error', message: storageErrorMessage(err, 'import the backup') });
    }
  };

  return (
    <section class="backup-panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup</h2>
      <p class="field-hint">
        Cases are stored only in this browser. Export a backup to keep them safe or to move them to another computer.
      </p>
      <div class="btn-row">
        <Button onClick={() => exportTo('all')}>Export all</Button>
        <Button onClick={() => exportTo('case')} disabled={!nav.activeCaseId} title={nav.activeCaseId ? undefined : 'Open a case first'}>
          Export this case
        </Button>
        <Button onClick={() => fileInput.current?.click()}>Import…</Button>
      </div>
      <div class="field">
        <label for="backup-file" class="visually-hidden">
          Import backup file
        </label>
        <input
          id="backup-file"
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
      </div>
      {state.kind === 'error' && (
        <div role="alert" class="banner banner-error">
          <p>{state.message}</p>
          <p>Nothing was changed.</p>
          <Button size="sm" onClick={reset}>
            OK
          </Button>
        </div>
      )}
      {state.kind === 'passphrase' && (
        <form
          class="banner banner-info"
          onSubmit={(e) => {
            e.preventDefault();
            const typed = passphrase;
            setPassphrase('');
            void open(state.fileName, state.text, typed);
          }}
        >
          <p>{state.fileName} is encrypted. Enter the passphrase that was set when it was made.</p>
          <PassphraseField label="Backup passphrase" value={passphrase} onValue={setPassphrase} warning={state.error} />
          <div class="btn-row">
            <Button type="submit" variant="primary" disabled={!passphrase}>
              Open backup
            </Button>
            <Button onClick={reset}>Cancel</Button>
          </div>
        </form>
      )}
      {(state.kind === 'preview' || state.kind === 'importing') && (
        <div class="banner banner-info" role="group" aria-labelledby="import-preview-heading">
          <h3 id="import-preview-heading">{state.kind === 'preview' ? `Import ${state.fileName}?` : 'Importing…'}</h3>
          {state.kind === 'preview' && <ImportPreviewList preview={state.preview} />}
          <p class="field-hint">Nothing in this browser is deleted: where two versions differ, both are kept.</p>
          <div class="btn-row">
            <Button variant="primary" onClick={confirmImport} disabled={state.kind !== 'preview'}>
              Import
            </Button>
            <Button onClick={reset} disabled={state.kind !== 'preview'}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
