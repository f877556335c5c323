// What the panel says after Undo: never that everything went back when something did not.
import { describe, expect, it } from 'vitest';
import { undoMessage } from '../../../lib/fill/undoMessage';

describe('undoMessage', () => {
  it('counts the fields put back over every frame', () => {
    expect(
      undoMessage([
        { restored: 3, notRestored: [] },
        { restored: 1, notRestored: [] },
      ]),
    ).toBe('Put back 4 fields.');
    expect(undoMessage([{ restored: 1, notRestored: [] }])).toBe('Put back 1 field.');
  });

  it('names each field it could not put back, and counts added rows', () => {
    const text = undoMessage([
      {
        restored: 22,
        notRestored: [
          { label: 'Service setting', kind: 'checked' },
          { label: 'Gender', kind: 'choice' },
          { label: '', kind: 'sections' },
          { label: 'x', kind: 'row' },
          { label: 'y', kind: 'row' },
        ],
      },
    ]);
    expect(text).toBe(
      'Put back 22 fields. Could not undo: Service setting (choice), Gender (choice list), Unnamed field (date), 2 added code rows. Change those on the page yourself.',
    );
  });

  it('names the fields kept because they were changed after the fill', () => {
    expect(
      undoMessage([
        { restored: 3, notRestored: [], changed: [{ label: 'Member ID', kind: 'value' }] },
        { restored: 0, notRestored: [], changed: [{ label: '', kind: 'checked' }] },
      ]),
    ).toBe('Put back 3 fields. Kept as changed after the fill: Member ID, Unnamed field.');
  });

  it('counts added rows kept because they were typed into after the fill', () => {
    expect(
      undoMessage([
        {
          restored: 2,
          notRestored: [],
          changed: [
            { label: 'CPT code 1', kind: 'value' },
            { label: '+ Add another procedure', kind: 'row' },
          ],
        },
      ]),
    ).toBe('Put back 2 fields. Kept as changed after the fill: CPT code 1, 1 added code row (typed into since).');
  });

  it('reads an answer from fill code without the list (an older injected script) as a count', () => {
    expect(undoMessage([{ restored: 5 } as never, undefined])).toBe('Put back 5 fields.');
  });
});
