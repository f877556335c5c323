// The whole side panel app on a given database (tests that render it mock the screens of other areas).
import { render } from '@testing-library/preact';
import { beforeAll } from 'vitest';
import { App } from '../../../../components/App';
import { preloadScreens } from '../../../../components/screens';
import type { ScaDatabase } from '../../../../lib/store/db';
import { WINDOW_ID } from './workspace';

// The screens load on first use; in the extension their code comes from disk in a few ms, here the
// first import transforms whole module graphs, which can outlast a findBy timeout on a busy machine.
beforeAll(() => preloadScreens(), 60_000);

export function renderApp(db: ScaDatabase) {
  return render(<App db={db} windowId={WINDOW_ID} search="" />);
}
