// "Saved" / "Saving…" / "Not saved yet" beside the editor's title, announced politely.
import type { SaveState } from './useCaseEditor';

const WORDS = { saved: 'Saved', saving: 'Saving…', pending: 'Unsaved changes' } as const;

export function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <span class="save-state" role="status" data-state={state.kind}>
      {state.kind === 'error' ? 'Not saved' : WORDS[state.kind]}
    </span>
  );
}
