// The workspace's screens in tab order. Screens that work on one case get `{ caseId }`; to add one,
// add a lazyComponent line for it here and its entry with that component. The case screens load on
// first use (or when preloaded after the first paint), so opening the side panel runs only the Cases
// screen's code (App renders the Cases screen itself).
import { lazyComponent, type LazyComponent } from './app/lazyComponent';
import type { CaseScreenProps, ScreenDef, ScreenId } from './app/screenTypes';

const CaseScreen = lazyComponent<CaseScreenProps>(() => import('./case/CaseScreen').then((m) => m.CaseScreen), 'case screen');
const CallsScreen = lazyComponent<CaseScreenProps>(() => import('./calls/CallsScreen').then((m) => m.CallsScreen), 'calls screen');
const ChecklistScreen = lazyComponent<CaseScreenProps>(
  () => import('./checklist/ChecklistScreen').then((m) => m.ChecklistScreen),
  'checklist',
);
const TextsScreen = lazyComponent<CaseScreenProps>(() => import('./texts/TextsScreen').then((m) => m.TextsScreen), 'texts screen');
const FillScreen = lazyComponent<CaseScreenProps>(() => import('./fill/FillScreen').then((m) => m.FillScreen), 'fill screen');
const NotesScreen = lazyComponent<CaseScreenProps>(() => import('./notes/NotesScreen').then((m) => m.NotesScreen), 'notes screen');

export const SCREENS: readonly ScreenDef[] = [
  { id: 'cases', label: 'Cases' },
  { id: 'case', label: 'Case', component: CaseScreen },
  { id: 'calls', label: 'Calls', component: CallsScreen },
  { id: 'checklist', label: 'Checklist', component: ChecklistScreen },
  { id: 'texts', label: 'Texts', component: TextsScreen },
  { id: 'fill', label: 'Fill', component: FillScreen },
  { id: 'notes', label: 'Notes', component: NotesScreen },
];

/** Fetches every screen's code ahead of use, so switching tabs does not wait for it. */
export function preloadScreens(): Promise<unknown> {
  return Promise.allSettled(
    SCREENS.map((s) => ('component' in s ? (s.component as Partial<LazyComponent<CaseScreenProps>>).preload?.() : undefined)),
  );
}

export function screenById(id: ScreenId): ScreenDef {
  return SCREENS.find((s) => s.id === id) ?? SCREENS[0]!;
}
