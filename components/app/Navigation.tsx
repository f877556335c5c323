// What any view may ask of the shell: which case is active, open a case, switch screens.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ScreenId } from './screenTypes';

export interface Navigation {
  activeCaseId: string | undefined;
  screen: ScreenId;
  /** Makes the case active for this window and shows it (on the Case screen unless told otherwise). */
  openCase(caseId: string, screen?: ScreenId): void;
  showScreen(screen: ScreenId): void;
}

export const NavigationContext = createContext<Navigation>({
  activeCaseId: undefined,
  screen: 'cases',
  openCase: () => {},
  showScreen: () => {},
});

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
