// Wordings the classifier used to miss on request forms: subscriber blocks headed with an aside,
// one checkbox per exception reason, and the contact's phone extension.
import { describe, expect, it } from 'vitest';
import { classifyFields } from '../../../../lib/fill/classify';
import { collectFields } from '../../../../lib/page/collect';
import { planFill } from '../../../../lib/fill/plan';
import type { Classification } from '../../../../lib/form/types';
import { caseValue } from '../../../../lib/fill/values';
import { completeBundle } from '../../../fixtures/cases/complete';

function classify(html: string): Classification[] {
  document.body.innerHTML = html;
  return classifyFields(collectFields(document).fields, {});
}
const keys = (html: string) => classify(html).map((c) => c.key);

describe('subscriber block headed with an aside', () => {
  it('reads "Subscriber (if different from patient)" as the subscriber block', () => {
    expect(
      keys(`<div><h2>Patient information</h2><span>Patient name <input name="a"></span><span>Cigna ID # <input name="b"></span></div>
        <div><h2>Subscriber (if different from patient)</h2><span>Name <input name="c"></span><span>ID <input name="d"></span><span>DOB <input name="e"></span></div>`),
    ).toEqual(['member.fullName', 'member.memberId', 'subscriber.fullName', 'subscriber.subscriberId', 'subscriber.dob']);
  });

  it('still names no owner when a heading names patient and subscriber outside brackets', () => {
    expect(keys('<div><h2>Patient / subscriber</h2><span>Name <input name="c"></span></div>')).toEqual([undefined]);
  });
});

describe('one checkbox per exception reason', () => {
  const reasons = `<div><h2>Reason for exception (check all that apply)</h2>
    <label><input type="checkbox" name="r1"> No in-network provider within 30 miles of the patient</label>
    <label><input type="checkbox" name="r2"> No in-network provider with the required specialty or expertise</label>
    <label><input type="checkbox" name="r3"> In-network providers cannot see the patient within access standards (wait time)</label>
    <label><input type="checkbox" name="r4"> Continuity of care (patient in active treatment)</label>
    <label><input type="checkbox" name="r5"> Other</label></div>`;

  it('gives every box the exceptionReasons key', () => {
    expect(keys(reasons)).toEqual(Array(5).fill('exceptionReasons'));
  });

  it("ticks exactly the boxes of the case's reasons", () => {
    const bundle = completeBundle();
    const all = classify(reasons);
    const checked = (b: typeof bundle) =>
      planFill(all, b, {})
        .actions.filter((a) => a.kind === 'check' && a.checked)
        .map((a) => a.fieldId);
    const names = (ids: string[]) => ids.map((id) => all.find((c) => c.field.id === id)!.field.name);
    // The complete case: no specialty, wait time and distance.
    expect(names(checked(bundle))).toEqual(['r1', 'r2', 'r3']);
    // Distance alone must not tick the specialty box, though both start "No in-network provider".
    expect(names(checked({ ...bundle, case: { ...bundle.case, exceptionReasons: ['distance'] } }))).toEqual(['r1']);
    expect(names(checked({ ...bundle, case: { ...bundle.case, exceptionReasons: ['no-specialty'] } }))).toEqual(['r2']);
  });
});

describe('contact phone extension', () => {
  it('classifies "Extension" right after the contact phone and fills it from the case', () => {
    const all = classify(`<div><h3>Contact for this request</h3>
      <label for="n">Contact Name</label><input id="n" name="requester.contactName">
      <label for="p">Phone</label><input id="p" name="requester.contactPhone">
      <label for="x">Extension</label><input id="x" name="requester.contactPhoneExt"></div>`);
    expect(all.map((c) => c.key)).toEqual(['contact.name', 'contact.phone', 'contact.ext']);
    const plan = planFill(all, completeBundle(), {});
    expect(plan.actions.find((a) => a.fieldId === all[2]!.field.id)).toMatchObject({
      key: 'contact.ext',
      preview: completeBundle().case.contact.ext,
    });
    expect(caseValue(completeBundle(), 'contact.ext')).toEqual({ type: 'text', text: completeBundle().case.contact.ext });
  });

  it('reads "Phone ext." in the contact block even without a phone box before it', () => {
    expect(keys('<fieldset><legend>Contact person</legend><label for="x">Phone ext.</label><input id="x"></fieldset>')).toEqual([
      'contact.ext',
    ]);
  });

  it("leaves extensions that are not the contact phone's", () => {
    expect(
      keys(`<div><h3>Contact</h3><input aria-label="Phone"><input aria-label="Fax"><input aria-label="Ext."></div>
        <div><h3>Services</h3><label for="e">Extension</label><input id="e"></div>
        <div><h3>Contact</h3><label for="d">Authorization extension date</label><input id="d"></div>`),
    ).toEqual(['contact.phone', 'contact.fax', undefined, undefined, undefined]);
  });
});
