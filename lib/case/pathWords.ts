// A case path in words: "providers.rendering.npi" -> group "Rendering provider", field "NPI". The
// words come from the field registry (fields.ts), so every screen that names a case field (the
// warning summary, the fill preview and its picker) calls it the same. Group words are the case
// editor's legends.
import { caseField, GROUP_WORDS } from './fields';

/** The word for a group of fields ("providers.rendering" -> "Rendering provider"); the case editor's legends use it too. */
export function groupWord(prefix: string): string {
  return GROUP_WORDS[prefix] ?? prefix;
}

export interface PathWords {
  /** "Rendering provider", "Member address", "Diagnosis"; undefined for a top-level field. */
  group?: string;
  /** 1-based row of a list item ("service.diagnoses.0.code" -> 1), as the editor numbers rows. */
  row?: number;
  /** "NPI", "date of birth" ("Clinical rationale" when it stands alone); the raw segment when the table has no word for it. */
  field: string;
}

const isIndex = (segment: string) => /^\d+$/.test(segment);

/** The words for a dotted case path or fill key (the raw last segment for a path the registry does not describe). */
export function pathWords(path: string): PathWords {
  const parts = path.split('.');
  const field = caseField(path)?.words ?? parts.at(-1) ?? path;
  const named = parts.slice(0, -1).filter((p) => !isIndex(p) && p !== 'address');
  let groupKey: string | undefined;
  for (let n = named.length; n > 0 && !groupKey; n--) {
    const key = named.slice(0, n).join('.');
    if (Object.hasOwn(GROUP_WORDS, key)) groupKey = key;
  }
  if (!groupKey) return { field: field.charAt(0).toUpperCase() + field.slice(1) };
  // An address is its own group in the editor ("Member address", "Rendering provider address").
  const group = `${GROUP_WORDS[groupKey]}${parts.includes('address') ? ' address' : ''}`;
  const index = parts.find(isIndex);
  const row = index === undefined ? undefined : Number(index) + 1;
  return row === undefined ? { group, field } : { group, row, field };
}

/** A warning's field in words: "Rendering provider: NPI", "Diagnosis 2: code", "Clinical rationale". */
export function fieldName(path: string): string {
  const { group, row, field } = pathWords(path);
  if (!group) return field;
  return `${group}${row === undefined ? '' : ` ${row}`}: ${field}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * A field in running text, as the texts' missing-field list says it: "member date of birth",
 * "referring provider NPI"; `alone` leaves out whose it is when the words say enough ("plan name").
 */
export function fieldPhrase(path: string, alone = false): string {
  const { group, field } = pathWords(path);
  return !group || alone ? lowerFirst(field) : `${lowerFirst(group)} ${field}`;
}
