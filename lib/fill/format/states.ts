// A state in a text box: the two-letter code unless the box clearly wants the name (room and a
// "state name" label).
import type { FieldDescriptor } from '../../form/types';
import { labelText, maxLengthOf } from './hints';
import { US_STATES } from '../../case/usStates';

export function formatStateFor(code: string, field: FieldDescriptor): string {
  const c = code.trim().toUpperCase();
  const name = US_STATES[c];
  const max = maxLengthOf(field);
  if (name && /\bstate\s+name\b/i.test(labelText(field)) && (max === undefined || max >= name.length)) return name;
  return c;
}
