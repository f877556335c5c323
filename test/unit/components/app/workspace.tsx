// Test helpers: one screen with the app's contexts on a fresh fake-indexeddb database.
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { DbContext } from '../../../../components/app/DbContext';
import { NavigationContext, type Navigation } from '../../../../components/app/Navigation';
import { ToastProvider } from '../../../../components/ui/Toast';
import { openDatabase, type ScaDatabase } from '../../../../lib/store/db';

export const WINDOW_ID = 7;

export function freshDb(): ScaDatabase {
  return openDatabase(`test-${crypto.randomUUID()}`);
}

/** One screen with the app's contexts; navigation calls are recorded. */
export function renderScreen(db: ScaDatabase, screen: ComponentChildren, nav: Partial<Navigation> = {}) {
  const calls: { openCase: [string, string | undefined][] } = { openCase: [] };
  const navigation: Navigation = {
    activeCaseId: undefined,
    screen: 'cases',
    openCase: (id, target) => void calls.openCase.push([id, target]),
    showScreen: () => {},
    ...nav,
  };
  const result = render(
    <DbContext.Provider value={db}>
      <NavigationContext.Provider value={navigation}>
        <ToastProvider>{screen}</ToastProvider>
      </NavigationContext.Provider>
    </DbContext.Provider>,
  );
  return { ...result, calls };
}
