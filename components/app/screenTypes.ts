// What a workspace screen is: its id, the props a case screen gets and its tab's definition. Apart
// from components/screens.ts (which lazily imports every screen), so the screens and the navigation
// can name these without importing the list that imports them.
import type { ComponentType } from 'preact';

export type ScreenId = 'cases' | 'case' | 'calls' | 'checklist' | 'texts' | 'fill' | 'notes';

export interface CaseScreenProps {
  caseId: string;
}

/** The Cases screen is the shell's own; every other screen is a case screen with its component. */
export type ScreenDef =
  { id: 'cases'; label: string } | { id: Exclude<ScreenId, 'cases'>; label: string; component: ComponentType<CaseScreenProps> };
