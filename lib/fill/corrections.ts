// The user's corrections ("this box is the member ID", "never fill this one"), applied before the
// heuristics. A field is known by a signature built from what stays put across page loads: kind,
// name and label words with digits masked (row numbers, generated ids: a correction on one row
// applies to every row), plus its nearest section; the id only when nothing else names it. A form
// is known by the set of its fields' signatures; two forms are the same when most of the smaller
// one's fields are in the other, so a portal adding a field or two keeps the rules.
import { z } from '../zod';
import { FIELD_KEYS } from '../form/fieldKeys';
import type { FieldDescriptor } from '../form/types';

export const FieldRuleSchema = z.object({
  id: z.string().min(1),
  portalId: z.string().min(1),
  formSignature: z.string().max(2000),
  fieldSignature: z.string().min(1).max(200),
  key: z.union([z.enum(FIELD_KEYS), z.literal('never')]),
  createdAt: z.string().min(1),
});

export type FieldRule = z.infer<typeof FieldRuleSchema>;

/** Share of the smaller form's fields that must be in the other for the two to be one form. */
const SAME_FORM_OVERLAP = 0.7;
/** Field hashes kept in a form signature (enough for big forms, bounded for storage). */
const MAX_FORM_FIELDS = 120;

function hash(text: string): string {
  // FNV-1a, 32 bit: short, stable, no crypto needed (signatures are not secrets).
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function stable(text: string): string {
  return text
    .toLowerCase()
    .replace(/\d+/gu, '#')
    .replace(/[^a-z#]+/gu, ' ')
    .trim();
}

/** A field's identity across loads: not its position, not generated ids or row numbers. */
export function fieldSignature(field: FieldDescriptor): string {
  const label = field.labels.find((l) => l.source !== 'placeholder')?.text ?? field.labels[0]?.text ?? '';
  // Ids are often regenerated per load; they count only when nothing steadier names the field.
  const id = field.name || label ? '' : stable(field.htmlId);
  const parts = [field.kind, stable(field.name), id, stable(label), stable(field.section[0]?.text ?? '')];
  return `${field.kind}:${hash(parts.join('|'))}`;
}

/** The set of the form's field signatures (sorted hashes), compared with `sameForm`. */
export function formSignature(fields: FieldDescriptor[]): string {
  const set = new Set(fields.filter((f) => f.kind !== 'add-row').map((f) => fieldSignature(f).split(':')[1]!));
  return [...set].sort().slice(0, MAX_FORM_FIELDS).join('.');
}

/** True when two form signatures describe the same form, tolerating a few added or removed fields. */
export function sameForm(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const left = new Set(a.split('.'));
  const right = b.split('.');
  const shared = right.filter((h) => left.has(h)).length;
  return shared / Math.min(left.size, right.length) >= SAME_FORM_OVERLAP;
}

/** The newest rule of this portal for this field on this form, if any. */
export function ruleFor(field: FieldDescriptor, rules: FieldRule[], portalId: string | undefined, form: string): FieldRule | undefined {
  const signature = fieldSignature(field);
  let best: FieldRule | undefined;
  for (const rule of rules) {
    if (portalId !== undefined && rule.portalId !== portalId) continue;
    if (rule.fieldSignature !== signature || !sameForm(rule.formSignature, form)) continue;
    if (!best || rule.createdAt > best.createdAt) best = rule;
  }
  return best;
}
