// A control is called the same in the fill preview, the "left empty" list, the fill report and the
// undo answer: its first label with words, else its name, else its id.
import { describe, expect, it } from 'vitest';
import { fieldDisplayName } from '../../../lib/form/displayName';
import { planFill } from '../../../lib/fill/plan';
import { completeBundle } from '../../fixtures/cases/complete';
import { classified, field } from '../fill/plan/fieldBuilder';

describe('what a control is called', () => {
  it('is its first label with words, else its name, else its id, else "Unnamed field"', () => {
    expect(
      fieldDisplayName(
        field({
          labels: [
            { source: 'label-for', text: '  ' },
            { source: 'placeholder', text: ' Member ID ' },
          ],
        }),
      ),
    ).toBe('Member ID');
    expect(fieldDisplayName(field({ name: 'memberFax', htmlId: 'fax1' }))).toBe('memberFax');
    expect(fieldDisplayName(field({ name: '', htmlId: 'fax1' }))).toBe('fax1');
    expect(fieldDisplayName(field({ name: '', htmlId: '' }))).toBe('Unnamed field');
  });

  it('names the fields a fill leaves alone the same way as the fields it fills', () => {
    const fax = field({
      name: '',
      htmlId: 'fax1',
      labels: [
        { source: 'label-for', text: ' ' },
        { source: 'placeholder', text: 'Fax' },
      ],
    });
    const plan = planFill([classified('providers.facility.npi', fax)], completeBundle());
    expect(plan.unfilled.map((u) => u.label)).toEqual([fieldDisplayName(fax)]);
    expect(plan.unfilled[0]!.label).toBe('Fax');
  });
});
