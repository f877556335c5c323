import { describe, expect, it } from 'vitest';
import { FIELD_KEYS } from '../../../lib/form/fieldKeys';
import { KEY_CHOICES, keyLabel } from '../../../lib/fill/keyLabels';
import { fieldName } from '../../../lib/case/pathWords';
import { caseWarnings } from '../../../lib/case/validate';
import { caseWithEveryWarning } from '../case/everyWarning';

describe('keyLabel: what the fill preview and its picker call a field key', () => {
  it('names a key by whose field it is, then the field', () => {
    expect(keyLabel('providers.rendering.npi')).toBe('Rendering provider NPI');
    expect(keyLabel('providers.facility.tin')).toBe('Facility tax ID (TIN)');
    expect(keyLabel('member.firstName')).toBe('Member first name');
    expect(keyLabel('member.memberId')).toBe('Member ID');
    expect(keyLabel('subscriber.subscriberId')).toBe('Subscriber ID');
    expect(keyLabel('member.address.zip')).toBe('Member address ZIP');
    expect(keyLabel('pcp.name')).toBe('Primary care provider name');
    expect(keyLabel('contact.ext')).toBe('Contact person phone extension');
    expect(keyLabel('service.procedureUnits')).toBe('Service procedure units');
    expect(keyLabel('continuity.activeTreatment')).toBe('Continuity of care treatment in progress');
  });

  it('names the top-level texts on their own', () => {
    expect(keyLabel('exceptionReasons')).toBe('Reasons for the exception');
    expect(keyLabel('clinicalRationale')).toBe('Clinical rationale');
  });

  it('gives every key words of its own: no raw path, no two keys alike in the picker', () => {
    for (const key of FIELD_KEYS) {
      const label = keyLabel(key);
      expect(label, key).toMatch(/^[A-Z]/);
      // A raw segment shows as camelCase or a dotted path.
      expect(label, key).not.toMatch(/[a-z][A-Z]|\./);
      // Every dotted key has its group's word ("Rendering provider"), not just the field's.
      if (key.includes('.')) expect(label.split(' ').length, key).toBeGreaterThan(1);
    }
    expect(KEY_CHOICES.map((c) => c.key)).toEqual([...FIELD_KEYS]);
    expect(new Set(KEY_CHOICES.map((c) => c.label)).size).toBe(FIELD_KEYS.length);
  });

  it('uses the same words as the warning summary for a field both show', () => {
    const warned = new Set(caseWarnings(caseWithEveryWarning(), '2026-11-10').map((w) => w.path));
    const shared = FIELD_KEYS.filter((key) => warned.has(key));
    expect(shared.length).toBeGreaterThan(30);
    for (const key of shared) expect(keyLabel(key), key).toBe(fieldName(key).replace(': ', ' '));
  });
});
