// Renders one case screen with the contexts the shell provides (database, navigation, toasts),
// without the shell itself, so these tests do not depend on the other screens.
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { DbContext } from '../../../../components/app/DbContext';
import { NavigationContext, type Navigation } from '../../../../components/app/Navigation';
import type { ScreenId } from '../../../../components/app/screenTypes';
import { ToastProvider } from '../../../../components/ui/Toast';
import { openDatabase, type ScaDatabase } from '../../../../lib/store/db';

export function freshDb(): ScaDatabase {
  return openDatabase(`test-${Math.random()}`);
}

export function renderCaseScreen(db: ScaDatabase, screen: ComponentChildren) {
  const opened: [string, ScreenId | undefined][] = [];
  const navigation: Navigation = {
    activeCaseId: undefined,
    screen: 'cases',
    openCase: (id, target) => void opened.push([id, target]),
    showScreen: () => {},
  };
  const result = render(
    <DbContext.Provider value={db}>
      <NavigationContext.Provider value={navigation}>
        <ToastProvider>{screen}</ToastProvider>
      </NavigationContext.Provider>
    </DbContext.Provider>,
  );
  return { ...result, opened };
}
