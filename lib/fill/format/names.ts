// A whole name in one box, in the order its label asks: "Patient name (Last, First)" gets
// "Rivera, Jordan"; anything else "Jordan Rivera".
import type { FieldDescriptor } from '../../form/types';
import { labelText } from './hints';

export function wantsLastFirst(field: FieldDescriptor): boolean {
  return /\blast(\s+name)?\s*[,/]\s*first\b/i.test(labelText(field)) || /\bsurname\s*,\s*(first|given)/i.test(labelText(field));
}

export function formatFullName(first: string, last: string, field: FieldDescriptor): string {
  if (!first) return last;
  if (!last) return first;
  return wantsLastFirst(field) ? `${last}, ${first}` : `${first} ${last}`;
}
