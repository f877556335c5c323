import { describe, expect, it } from 'vitest';
import { CASE_FIELDS, caseField, editorLabel, FIELD_KEYS, type FieldKey } from '../../../lib/case/fields';
import { KEY_PATTERNS, OWNED_KEYS, QUANTITY } from '../../../lib/fill/classify/dictionary';
import { caseValue } from '../../../lib/fill/values';
import { placeholderCatalogue } from '../../../lib/justify/placeholders';
import { completeBundle } from '../../fixtures/cases/complete';

/** The complete fixture with the few fields it leaves empty filled too: every key has a value to read. */
function everyFieldFilled() {
  const bundle = completeBundle();
  const c = bundle.case;
  c.providers.facility = structuredClone(c.providers.requesting);
  c.providers.referring = structuredClone(c.providers.requesting);
  c.service.procedures[0]!.modifier = 'hn';
  c.continuity.providerTerminationDate = '2026-09-30';
  return bundle;
}

/** Keys the classifier reaches from a quantity word ("Units", "Number of visits") rather than its tables. */
const QUANTITY_KEYS: FieldKey[] = ['service.procedureUnits', 'service.visits'];

describe('the field registry: a case field described once', () => {
  it('gives every fill key words, classifier words and a value reader of its kind', () => {
    const classified = new Set<string>([
      ...KEY_PATTERNS.map((p) => p.key),
      ...Object.values(OWNED_KEYS).flatMap((byOwner) => Object.values(byOwner)),
    ]);
    expect(QUANTITY.test('units') && QUANTITY.test('number of visits')).toBe(true);
    const bundle = everyFieldFilled();
    for (const key of FIELD_KEYS) {
      const field = caseField(key);
      expect(field?.words, key).toMatch(/\S/);
      expect(classified.has(key) || QUANTITY_KEYS.includes(key), `${key} has no classifier words`).toBe(true);
      expect(caseValue(bundle, key)?.type, key).toBe(field?.kind);
    }
  });

  it('reads a row key from a row of the case (diagnosis 2 is the second diagnosis)', () => {
    const bundle = everyFieldFilled();
    bundle.case.service.diagnoses.push({ code: 'F90.2', description: 'ADHD, combined type' });
    expect(caseField('service.diagnosis')?.reads).toBe('service.diagnoses.#.code');
    expect(caseValue(bundle, 'service.diagnosis', 1)).toEqual({ type: 'icd10', code: 'F90.2' });
    expect(caseValue(bundle, 'service.procedureUnits', 1)).toEqual({ type: 'number', value: 480 });
  });

  it('describes every case path a placeholder sends the user to', () => {
    const paths = new Set(placeholderCatalogue().map((p) => p.path));
    // "attempts" is the network search log (its own records), "" a placeholder with no field (today's date).
    paths.delete('attempts');
    paths.delete('');
    for (const path of paths) expect(caseField(path), path).toBeDefined();
  });

  it('labels the editor’s fields as the editor shows them, rows numbered from 1', () => {
    expect(editorLabel('member.memberId')).toBe('Member ID');
    expect(editorLabel('providers.facility.npi')).toBe('NPI');
    expect(editorLabel('service.diagnoses.1.code')).toBe('ICD-10 code 2');
    expect(editorLabel('agreement.approvedCodes.0.units')).toBe('Approved units 1');
    // The current status's date stands alone in the editor: no row number.
    expect(editorLabel('statusHistory.3.date')).toBe('Status took effect on');
  });

  it('offers the choices of each coded field', () => {
    for (const [path, field] of Object.entries(CASE_FIELDS)) {
      if (field.kind === 'choice' || field.kind === 'choices')
        expect(Object.keys('choices' in field ? field.choices : {}).length, path).toBeGreaterThan(1);
    }
    expect(caseField('exceptionReasons')?.choices?.['continuity-of-care']).toBe('Continuity of care (treatment in progress)');
  });
});
