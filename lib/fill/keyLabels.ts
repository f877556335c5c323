// What the side panel calls each field key in the fill preview and the "this field is ..." picker:
// the case's words for the path ("Rendering provider NPI"), the same words the warning summary uses.
import { pathWords } from '../case/pathWords';
import { FIELD_KEYS, type FieldKey } from '../form/fieldKeys';

export function keyLabel(key: FieldKey): string {
  const { group, field } = pathWords(key);
  return group ? `${group} ${field}` : field;
}

/** Every key with its label, for pickers. */
export const KEY_CHOICES: { key: FieldKey; label: string }[] = FIELD_KEYS.map((key) => ({ key, label: keyLabel(key) }));
