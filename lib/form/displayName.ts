// What a person calls a control: the one rule for the side panel's preview, the fill report, the
// list of fields a fill leaves alone, the classifier's notes and the undo answer.
import type { FieldDescriptor } from './types';

/** The name a person would use for a control: its best label, else its name or id. */
export function fieldDisplayName(field: FieldDescriptor): string {
  const label = field.labels.find((l) => l.text.trim())?.text.trim();
  return (label || field.name || field.htmlId).slice(0, 80) || 'Unnamed field';
}
