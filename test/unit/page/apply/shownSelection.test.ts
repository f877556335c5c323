// What a combobox shows as chosen is read from the combobox, never from a neighbour in the same row:
// reading the neighbour's value made a filled Material select look "rejected by the page".
import { afterEach, describe, expect, it } from 'vitest';
import { shownSelection } from '../../../../lib/page/apply/comboboxOptions';
import { holdsIntended } from '../../../../lib/page/apply/verify';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('shownSelection', () => {
  it('reads its own choice when a neighbouring widget in the same row shows another', () => {
    document.body.innerHTML = `<div class="row">
      <div class="field"><span id="g">Gender</span><div id="gender" class="mat-select" role="combobox" aria-labelledby="g" tabindex="0"><span class="mat-select-value">Male</span><span>▾</span></div></div>
      <div class="field"><div class="ng-select"><div class="ng-value"><span class="ng-value-label">F84.0 - Autistic disorder</span></div><input role="combobox" aria-label="Primary diagnosis"></div></div>
    </div>`;
    const gender = document.getElementById('gender')!;
    expect(shownSelection(gender).map((t) => t.replace('▾', '').trim())).toEqual(['Male']);
    expect(
      holdsIntended(
        { fieldId: 'gender', key: 'member.sex', kind: 'combobox-choose', query: 'Male', accept: ['m', 'male'], preview: 'Male' },
        gender,
      ),
    ).toBe(true);
  });

  it('still finds a react-select value beside its input', () => {
    document.body.innerHTML = `<div class="select__control"><div class="select__value-container"><div class="select__single-value">Texas</div><div class="select__input-container"><input id="st" role="combobox"></div></div></div>`;
    expect(shownSelection(document.getElementById('st')!)).toEqual(['Texas']);
  });
});
