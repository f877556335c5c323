// Provider and address identifiers for a control: TIN as 9 digits or ##-#######, NPI as 10 digits,
// ZIP as 5 digits or ZIP+4 when the control has room for it.
import type { FieldDescriptor } from '../../form/types';
import { formatHints, maxLengthOf } from './hints';

const digits = (s: string) => s.replace(/\D+/g, '');

export function formatTinFor(value: string, field: FieldDescriptor): string {
  const d = digits(value);
  if (d.length !== 9) return value.trim();
  const max = maxLengthOf(field);
  const wantsDash = formatHints(field).some(
    (h) => /(^|[^\d#X9_])[\d#X9_]{2}-[\d#X9_]{7}([^\d#X9_]|$)/i.test(h) || /\\d\{2\}\\?-\\d\{7\}/.test(h),
  );
  return wantsDash && (max === undefined || max >= 10) ? `${d.slice(0, 2)}-${d.slice(2)}` : d;
}

export function formatNpiFor(value: string): string {
  const d = digits(value);
  return d.length === 10 ? d : value.trim();
}

export function formatZipFor(value: string, field: FieldDescriptor): string {
  const d = digits(value);
  if (d.length !== 5 && d.length !== 9) return value.trim();
  const max = maxLengthOf(field);
  const pattern = field.constraints.pattern ?? '';
  const zip5 = d.slice(0, 5);
  if (d.length === 5 || (max !== undefined && max < 9) || /^\^?(\\d|\[0-9\])\{5\}\$?$/.test(pattern)) return zip5;
  if (max === 9) return d;
  return `${zip5}-${d.slice(5)}`;
}
