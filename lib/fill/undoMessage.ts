// What the panel, or the keyboard fill's notification, says after Undo: how many fields went back,
// and by name each one that did not (the page still shows the fill there), so nobody submits a form
// they believe was put back.
import type { UndoAnswer } from '../protocol/frames';

type Kind = UndoAnswer['notRestored'][number]['kind'];

const KIND_WORD: Record<Exclude<Kind, 'row'>, string> = {
  value: 'text',
  text: 'text',
  checked: 'choice',
  choice: 'choice list',
  sections: 'date',
};

/**
 * "Put back 14 fields. Could not undo: Service setting (choice), 2 added code rows. Change those on
 * the page yourself. Kept as changed after the fill: Member ID."
 */
export function undoMessage(answers: readonly (UndoAnswer | undefined)[]): string {
  let restored = 0;
  let rows = 0;
  let keptRows = 0;
  const names: string[] = [];
  const kept: string[] = [];
  for (const a of answers) {
    // An old fill code answers without the lists: count what it says.
    restored += typeof a?.restored === 'number' ? a.restored : 0;
    for (const n of Array.isArray(a?.notRestored) ? a.notRestored : []) {
      if (n.kind === 'row') rows++;
      else names.push(`${n.label || 'Unnamed field'} (${KIND_WORD[n.kind] ?? 'field'})`);
    }
    for (const n of Array.isArray(a?.changed) ? a.changed : []) {
      if (n.kind === 'row') keptRows++;
      else kept.push(n.label || 'Unnamed field');
    }
  }
  if (rows) names.push(`${rows} added code row${rows === 1 ? '' : 's'}`);
  if (keptRows) kept.push(`${keptRows} added code row${keptRows === 1 ? '' : 's'} (typed into since)`);
  const parts = [`Put back ${restored} field${restored === 1 ? '' : 's'}.`];
  if (names.length) parts.push(`Could not undo: ${names.join(', ')}. Change those on the page yourself.`);
  if (kept.length) parts.push(`Kept as changed after the fill: ${kept.join(', ')}.`);
  return parts.join(' ');
}
