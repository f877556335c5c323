// What a control says about the format it wants: its placeholder, pattern, maxlength, label words and
// mask. The formatters read these; the descriptor never carries the page's current value.
import type { FieldDescriptor } from '../../form/types';

export function placeholderOf(field: FieldDescriptor): string {
  return field.labels.find((l) => l.source === 'placeholder')?.text ?? '';
}

/** All label texts joined (placeholder included): "DOB (MM/DD/YYYY)" style hints live there. */
export function labelText(field: FieldDescriptor): string {
  return field.labels.map((l) => l.text).join(' | ');
}

export function maskOf(field: FieldDescriptor): string | undefined {
  for (const w of field.widgets) if (w.kind === 'masked') return w.mask;
  return undefined;
}

/** Format hints in the order they are trusted: mask, pattern, placeholder, then the label texts. */
export function formatHints(field: FieldDescriptor): string[] {
  return [maskOf(field) ?? '', field.constraints.pattern ?? '', placeholderOf(field), labelText(field)].filter(Boolean);
}

export function maxLengthOf(field: FieldDescriptor): number | undefined {
  const m = field.constraints.maxLength;
  return m !== undefined && m > 0 && m < 100_000 ? m : undefined;
}
