// Hand-built descriptors and classifications for plan/apply tests (independent of collect/classify).
import type { FieldKey } from '../../../../lib/form/fieldKeys';
import type { Classification, FieldDescriptor, FieldOption } from '../../../../lib/form/types';

let order = 0;

export function field(over: Partial<FieldDescriptor> & { label?: string; placeholder?: string } = {}): FieldDescriptor {
  const { label, placeholder, ...rest } = over;
  const id = rest.id ?? `f${++order}`;
  return {
    id,
    order: order++,
    kind: 'text',
    tag: 'input',
    type: 'text',
    role: '',
    name: id,
    htmlId: id,
    autocomplete: '',
    classHint: '',
    labels: [
      ...(label ? [{ source: 'label-for' as const, text: label }] : []),
      ...(placeholder ? [{ source: 'placeholder' as const, text: placeholder }] : []),
    ],
    section: [],
    options: [],
    constraints: { required: false },
    state: { visible: true, disabled: false, readOnly: false, hasValue: false },
    widgets: [],
    ...rest,
  };
}

export function opts(...pairs: [string, string][]): FieldOption[] {
  return pairs.map(([value, text]) => ({ value, text }));
}

/** Radio/checkbox options that each stand for an element id. */
export function boxes(prefix: string, ...texts: string[]): FieldOption[] {
  return texts.map((text, i) => ({ value: text.toLowerCase(), text, id: `${prefix}-${i}` }));
}

export function classified(key: FieldKey | undefined, f: FieldDescriptor, score = 0.9): Classification {
  return { field: f, score, evidence: [], ...(key ? { key } : {}) };
}
