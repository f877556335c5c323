// What a person calls a control: the side panel's preview and report and the undo answer name fields alike.
import type { FieldDescriptor } from './types';

/** The name a person would use for a control: its best label, else its name or id. */
export function fieldDisplayName(field: FieldDescriptor): string {
  const label = field.labels.find((l) => l.text.trim())?.text.trim();
  return (label ?? field.name ?? field.htmlId ?? '').slice(0, 80) || 'Unnamed field';
}
