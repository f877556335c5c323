// Diagnosis and procedure codes as the control asks: ICD-10 with its dot ("F84.0") unless the control
// shows or allows only the undotted form ("F840", maxlength 7, a pattern without a dot).
import type { FieldDescriptor } from '../../form/types';
import { formatHints, labelText, maxLengthOf, placeholderOf } from './hints';

/** Upper-cased code with or without the dot after the third character. */
export function icd10(code: string, dotted: boolean): string {
  const c = code.trim().toUpperCase().replace(/\s+/g, '');
  const m = /^([A-Z][0-9][0-9A-Z])\.?([0-9A-Z]{0,4})$/.exec(c);
  if (!m) return code.trim();
  if (!m[2]) return m[1]!;
  return dotted ? `${m[1]}.${m[2]}` : `${m[1]}${m[2]}`;
}

export function wantsIcdDot(field: FieldDescriptor): boolean {
  const pattern = field.constraints.pattern;
  if (pattern) return /\\\.|\[[^\]]*\.[^\]]*\]/.test(pattern);
  if (/\b(without|no)\s+(the\s+)?(decimal|dot|period)/i.test(labelText(field))) return false;
  const placeholder = placeholderOf(field).trim();
  const example = /\b[A-Z]\d[0-9A-Z]\.?[0-9A-Z]{1,4}\b/i.exec(placeholder)?.[0];
  if (example) return example.includes('.');
  const max = maxLengthOf(field);
  if (max !== undefined) return max >= 8;
  // A mask like "A##.####" says it too.
  return !formatHints(field).some((h) => /^[A#9X]{3}[A#9X]{1,4}$/i.test(h.trim()));
}

export function formatIcd10For(code: string, field: FieldDescriptor): string {
  return icd10(code, wantsIcdDot(field));
}

/** CPT / HCPCS codes: upper-cased, no spaces. */
export function formatProcedureCode(code: string): string {
  return code.trim().toUpperCase().replace(/\s+/g, '');
}
