// Phone and fax numbers as the control wants them: "(512) 555-0142", "512-555-0142" or 10 digits.
import type { FieldDescriptor } from '../../form/types';
import { formatHints, maxLengthOf } from './hints';

export function phoneDigits(s: string): string | undefined {
  let d = s.replace(/\D+/g, '');
  if (d.length === 11 && d.startsWith('1')) d = d.slice(1);
  return d.length === 10 ? d : undefined;
}

export function formatPhoneFor(value: string, field: FieldDescriptor): string {
  const d = phoneDigits(value);
  if (!d) return value.trim();
  const dashed = `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
  const paren = `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
  const pattern = field.constraints.pattern ?? '';
  if (/^\^?(\\d|\[0-9\])\{10\}\$?$/.test(pattern)) return d;
  for (const hint of formatHints(field)) {
    if (/\(\s*[\d#_9X]{3}\s*\)/i.test(hint)) return paren;
    if (/[\d#_9X]{3}-[\d#_9X]{3}-[\d#_9X]{4}/i.test(hint)) return dashed;
    if (/[\d#_9X]{3}\.[\d#_9X]{3}\.[\d#_9X]{4}/i.test(hint)) return dashed.replaceAll('-', '.');
  }
  const max = maxLengthOf(field);
  if (max !== undefined && max < 12) return d;
  if (max !== undefined && max < 14) return dashed;
  return paren;
}
