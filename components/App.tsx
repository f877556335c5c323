// The side panel's shell: header with the active case, tabs for the screens, and the screen itself.
// The active case is remembered per browser window (lib/store/activeCase).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ScaDatabase } from '../lib/store/db';
import { getActiveCaseId, setActiveCaseId } from '../lib/store/activeCase';
import { getCase } from '../lib/store/cases';
import { DbContext, useDb } from './app/DbContext';
import { PortalTabContext, readPortalTabId } from './app/PortalTabContext';
import { NavigationContext, type Navigation } from './app/Navigation';
import { currentWindowId } from './app/currentWindow';
import { useWorkspaceShortcuts } from './app/useWorkspaceShortcuts';
import { CaseSwitcher } from './app/CaseSwitcher';
import { NoCaseSelected } from './app/NoCaseSelected';
import { CasesScreen } from './cases/CasesScreen';
import { useLiveQueryState } from './hooks/useLiveQuery';
import { SCREENS, preloadScreens, screenById } from './screens';
import type { ScreenId } from './app/screenTypes';
import { afterFirstScreen, markFirstScreenDrawn } from './app/firstScreen';
import { Tabs } from './ui/Tabs';
import { ToastProvider } from './ui/Toast';
import { LockGate } from './lock/LockGate';
import { LockNowButton } from './lock/LockNowButton';
import { getDb } from '../lib/store/instance';

export interface AppProps {
  /** The database to use; the extension's own when omitted (tests pass a fresh one). */
  db?: ScaDatabase;
  /** The page's query string (defaults to location.search), read for `?tabId=N`. */
  search?: string;
  /** Window id for the active-case memory; resolved from the browser when omitted. */
  windowId?: number;
}

export function App({ db, search, windowId }: AppProps) {
  const portalTab = useMemo(() => readPortalTabId(search ?? globalThis.location?.search ?? ''), [search]);
  return (
    <DbContext.Provider value={db ?? null}>
      <PortalTabContext.Provider value={portalTab}>
        <ToastProvider>
          <LockGate db={db ?? getDb()}>
            <Workspace windowId={windowId} />
          </LockGate>
        </ToastProvider>
      </PortalTabContext.Provider>
    </DbContext.Provider>
  );
}

function Workspace({ windowId: givenWindowId }: { windowId?: number }) {
  const db = useDb();
  const [screen, setScreen] = useState<ScreenId>('cases');
  const [windowId, setWindowId] = useState<number | undefined>(givenWindowId);
  const [activeCaseId, setActiveCase] = useState<string | undefined>(undefined);

  // Set once the user picks a screen or a case: restoring the remembered case must not move them off it.
  const userNavigated = useRef(false);

  // Restore this window's case once the window id is known. A layout effect, so the lookup starts
  // with the first render instead of a frame later (less time on the list before the case shows).
  useLayoutEffect(() => {
    let cancelled = false;
    (async () => {
      const wid = givenWindowId ?? (await currentWindowId());
      const remembered = await getActiveCaseId(db, wid).catch(() => undefined);
      if (cancelled) return;
      setWindowId(wid);
      if (remembered) {
        // A case picked meanwhile wins. A screen picked meanwhile (a tab, Alt+digit) stays and
        // shows this case: it was chosen for the case the window had open, not for no case.
        setActiveCase((current) => current ?? remembered);
        if (!userNavigated.current) setScreen((s) => (s === 'cases' ? 'case' : s));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [db, givenWindowId]);

  const openCase = useCallback(
    (caseId: string, target: ScreenId = 'case') => {
      userNavigated.current = true;
      setActiveCase(caseId);
      setScreen(target);
      // A case picked before the window's id is known (right after the panel opens) is remembered too.
      void (async () => setActiveCaseId(db, windowId ?? givenWindowId ?? (await currentWindowId()), caseId))().catch(() => {});
    },
    [db, windowId, givenWindowId],
  );
  const showScreen = useCallback((id: ScreenId) => {
    userNavigated.current = true;
    setScreen(id);
  }, []);
  useWorkspaceShortcuts(showScreen);

  // The Cases screen says when its list is drawn; any other screen counts as drawn once chosen.
  useEffect(() => {
    if (screen !== 'cases') markFirstScreenDrawn();
  }, [screen]);
  // The other screens' code loads while the user looks at the first one, so tabs switch at once.
  useEffect(() => afterFirstScreen(() => whenIdle(() => void preloadScreens())), []);

  // A deleted active case leaves the screens (and comes back if the deletion is undone).
  const active = useLiveQueryState(() => (activeCaseId ? getCase(db, activeCaseId) : undefined), [db, activeCaseId]);
  const caseId = active.value ? activeCaseId : undefined;

  const nav: Navigation = useMemo(() => ({ activeCaseId: caseId, screen, openCase, showScreen }), [caseId, screen, openCase, showScreen]);
  const def = screenById(screen);
  const ScreenComponent = def.id === 'cases' ? undefined : def.component;
  const tabs = useMemo(() => SCREENS.map((s, i) => ({ id: s.id, label: s.label, title: `${s.label} (Alt+${i + 1})` })), []);

  return (
    <NavigationContext.Provider value={nav}>
      <div class="app">
        <header class="app-header">
          <h1>SCA Assistant</h1>
          <CaseSwitcher />
          <LockNowButton />
        </header>
        <Tabs label="Screens" tabs={tabs} selected={screen} onSelect={showScreen} idPrefix="screen" />
        <main class="app-main">
          <div id="screen-panel" role="tabpanel" aria-labelledby={`screen-tab-${screen}`}>
            {screen === 'cases' ? (
              <CasesScreen />
            ) : !caseId ? (
              activeCaseId && !active.loaded ? null : (
                <NoCaseSelected />
              )
            ) : (
              ScreenComponent && <ScreenComponent key={caseId} caseId={caseId} />
            )}
          </div>
        </main>
      </div>
    </NavigationContext.Provider>
  );
}

function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
}
