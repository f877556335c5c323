// The workspace's screens in tab order. Screens that work on one case get `{ caseId }`; to add a
// screen's component, add a lazyComponent line for it here and set `component`. Without one, the
// tab shows a "coming" placeholder. The case screens load on first use (or when preloaded after the
// first paint), so opening the side panel runs only the Cases screen's code.
import { lazyComponent, type LazyComponent } from './app/lazyComponent';
import type { CaseScreenProps, ScreenDef, ScreenId } from './app/screenTypes';

const CaseScreen = lazyComponent<CaseScreenProps>(() => import('./case/CaseScreen').then((m) => m.CaseScreen), 'case screen');
const CallsScreen = lazyComponent<CaseScreenProps>(() => import('./calls/CallsScreen').then((m) => m.CallsScreen), 'calls screen');
const ChecklistScreen = lazyComponent<CaseScreenProps>(() => import('./checklist/ChecklistScreen').then((m) => m.ChecklistScreen), 'checklist');
const TextsScreen = lazyComponent<CaseScreenProps>(() => import('./texts/TextsScreen').then((m) => m.TextsScreen), 'texts screen');
const FillScreen = lazyComponent<CaseScreenProps>(() => import('./fill/FillScreen').then((m) => m.FillScreen), 'fill screen');
const NotesScreen = lazyComponent<CaseScreenProps>(() => import('./notes/NotesScreen').then((m) => m.NotesScreen), 'notes screen');

export const SCREENS: readonly ScreenDef[] = [
  { id: 'cases', label: 'Cases', purpose: 'All cases, search and backup.' },
  { id: 'case', label: 'Case', purpose: 'The case details.', component: CaseScreen },
  { id: 'calls', label: 'Calls', purpose: 'Call log with representatives, reference numbers and next steps.', component: CallsScreen },
  { id: 'checklist', label: 'Checklist', purpose: 'What is done and what is left, with deadlines.', component: ChecklistScreen },
  { id: 'texts', label: 'Texts', purpose: 'Justification texts and letters built from the case.', component: TextsScreen },
  { id: 'fill', label: 'Fill', purpose: 'Fill the insurer portal form on the current tab from this case.', component: FillScreen },
  { id: 'notes', label: 'Notes', purpose: 'Timestamped notes.', component: NotesScreen },
];

/** Fetches every screen's code ahead of use, so switching tabs does not wait for it. */
export function preloadScreens(): Promise<unknown> {
  return Promise.allSettled(SCREENS.map((s) => (s.component as Partial<LazyComponent<CaseScreenProps>> | undefined)?.preload?.()));
}

export function screenById(id: ScreenId): ScreenDef {
  return SCREENS.find((s) => s.id === id) ?? SCREENS[0]!;
}
