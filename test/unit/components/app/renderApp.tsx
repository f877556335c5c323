// The whole side panel app on a given database (tests that render it mock the screens of other areas).
import { render } from '@testing-library/preact';
import { App } from '../../../../components/App';
import type { ScaDatabase } from '../../../../lib/store/db';
import { WINDOW_ID } from './workspace';

export function renderApp(db: ScaDatabase) {
  return render(<App db={db} windowId={WINDOW_ID} search="" />);
}
