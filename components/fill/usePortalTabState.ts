// The portal tab the Fill screen works on and what the background knows of it, kept fresh as the
// tab's frames and forms change (page loads, a wizard's Next).
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TabStatus } from '../../lib/protocol/background';
import { usePortalTab } from '../app/PortalTabContext';
import { getTabStatus, onTabChanged, resolvePortalTab } from '../../lib/fill/portalClient';

export interface PortalTabState {
  tabId?: number;
  status?: TabStatus;
  error?: string;
  /** Bumped whenever the tab reports a change. */
  changes: number;
  refresh: () => void;
}

export function usePortalTabState(): PortalTabState {
  const fromContext = usePortalTab();
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [status, setStatus] = useState<TabStatus | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [changes, setChanges] = useState(0);

  const refresh = useCallback(() => setChanges((n) => n + 1), []);

  useEffect(() => {
    resolvePortalTab(fromContext).then(setTabId, () => setError('SCA Assistant could not tell which tab to work on.'));
  }, [fromContext]);

  useEffect(() => {
    if (tabId === undefined) return;
    return onTabChanged(tabId, refresh);
  }, [tabId, refresh]);

  useEffect(() => {
    if (tabId === undefined) return;
    let cancelled = false;
    getTabStatus(tabId).then(
      (s) => {
        if (cancelled) return;
        setStatus(s);
        setError(undefined);
      },
      (e: Error) => !cancelled && setError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [tabId, changes]);

  return { tabId, status, error, changes, refresh };
}
