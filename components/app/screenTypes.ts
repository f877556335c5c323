// What a workspace screen is: its id, the props a case screen gets and its tab's definition. Apart
// from components/screens.ts (which lazily imports every screen), so the screens and the navigation
// can name these without importing the list that imports them.
import type { ComponentType } from 'preact';

export type ScreenId = 'cases' | 'case' | 'calls' | 'checklist' | 'texts' | 'fill' | 'notes';

export interface CaseScreenProps {
  caseId: string;
}

export interface ScreenDef {
  id: ScreenId;
  label: string;
  /** What the placeholder says the screen will do, until its component exists. */
  purpose: string;
  component?: ComponentType<CaseScreenProps>;
}
