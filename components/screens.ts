// The workspace's screens in tab order. Screens that work on one case get `{ caseId }`; to add a
// screen's component, import it here and set `component` (one line). Without one, the tab shows a
// "coming" placeholder.
import type { ComponentType } from 'preact';
import { CallsScreen } from './calls/CallsScreen';
import { CaseScreen } from './case/CaseScreen';
import { ChecklistScreen } from './checklist/ChecklistScreen';
import { NotesScreen } from './notes/NotesScreen';
import { FillScreen } from './fill/FillScreen';
import { TextsScreen } from './texts/TextsScreen';

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

export const SCREENS: readonly ScreenDef[] = [
  { id: 'cases', label: 'Cases', purpose: 'All cases, search and backup.' },
  { id: 'case', label: 'Case', purpose: 'The case details.', component: CaseScreen },
  { id: 'calls', label: 'Calls', purpose: 'Call log with representatives, reference numbers and next steps.', component: CallsScreen },
  { id: 'checklist', label: 'Checklist', purpose: 'What is done and what is left, with deadlines.', component: ChecklistScreen },
  { id: 'texts', label: 'Texts', purpose: 'Justification texts and letters built from the case.', component: TextsScreen },
  { id: 'fill', label: 'Fill', purpose: 'Fill the insurer portal form on the current tab from this case.', component: FillScreen },
  { id: 'notes', label: 'Notes', purpose: 'Timestamped notes.', component: NotesScreen },
];

export function screenById(id: ScreenId): ScreenDef {
  return SCREENS.find((s) => s.id === id) ?? SCREENS[0]!;
}
