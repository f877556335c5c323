// Keyboard shortcuts of the workspace: Alt+1..7 switch screens, "/" jumps to the case search
// (unless the user is typing in a field, where "/" is just a character).
import { useEffect } from 'preact/hooks';
import { SCREENS } from '../screens';
import type { ScreenId } from './screenTypes';

export const CASE_SEARCH_ID = 'case-search';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

export function useWorkspaceShortcuts(showScreen: (id: ScreenId) => void) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey) {
        // e.code survives keyboard layouts where Alt+digit types another character (macOS).
        const digit = /^Digit([1-9])$/.exec(e.code)?.[1] ?? (/^[1-9]$/.test(e.key) ? e.key : undefined);
        const screen = digit ? SCREENS[Number(digit) - 1] : undefined;
        if (screen) {
          e.preventDefault();
          showScreen(screen.id);
        }
        return;
      }
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        showScreen('cases');
        // The Cases screen may only render on the next frame.
        setTimeout(() => document.getElementById(CASE_SEARCH_ID)?.focus(), 0);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [showScreen]);
}
