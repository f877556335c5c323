// Another window saved this case while this one had unsaved edits: the user chooses which version
// stays, so neither is lost silently.
import { Button } from '../ui/Button';

export function ConflictBanner({ onLoadTheirs, onKeepMine }: { onLoadTheirs: () => void; onKeepMine: () => void }) {
  return (
    <div class="banner banner-warning" role="alert">
      <p>
        <strong>This case was changed in another window.</strong> Your edits here are not saved yet. Load the other window's version (your
        unsaved edits here are dropped), or keep yours (the other window's changes are overwritten).
      </p>
      <div class="btn-row">
        <Button onClick={onLoadTheirs}>Load their version</Button>
        <Button variant="primary" onClick={onKeepMine}>
          Keep mine (overwrite)
        </Button>
      </div>
    </div>
  );
}
