// classify on snippets: wordings, whose data (sections), rows, options, decoys and user rules.
import { describe, expect, it } from 'vitest';
import { classifyFields } from '../../../../lib/fill/classify';
import { collectFields } from '../../../../lib/page/collect';
import { fieldSignature, formSignature, FieldRuleSchema, sameForm, type FieldRule } from '../../../../lib/fill/corrections';
import type { Classification } from '../../../../lib/form/types';
import { US_STATES } from '../../../../lib/case/usStates';
import { planFill } from '../../../../lib/fill/plan';
import { completeBundle } from '../../../fixtures/cases/complete';

function classify(html: string, rules: FieldRule[] = [], portalId = 'p1'): Classification[] {
  document.body.innerHTML = html;
  return classifyFields(collectFields(document).fields, { rules, portalId });
}
const keys = (html: string) => classify(html).map((c) => c.key);

describe('wordings and label sources', () => {
  it('classifies the usual patient fields from any label source', () => {
    expect(
      keys(`<h2>Patient information</h2>
        <label for="a">Member ID #</label><input id="a">
        <label>DOB (MM/DD/YYYY) <input></label>
        <input aria-label="First name"><input placeholder="Last name">
        <div><span>Group number</span><input></div>
        <input name="memberPhone">`),
    ).toEqual(['member.memberId', 'member.dob', 'member.firstName', 'member.lastName', 'member.groupNumber', 'member.phone']);
  });

  it('reads a combined name box as the full name', () => {
    expect(keys('<label for="n">Patient name (Last, First)</label><input id="n">')).toEqual(['member.fullName']);
  });

  it('keeps the evidence: source and words', () => {
    const [c] = classify('<label for="n">Cigna ID #</label><input id="n">');
    expect(c!.key).toBe('member.memberId');
    expect(c!.evidence[0]).toEqual({ source: 'label-for', words: 'Cigna ID #' });
    expect(c!.score).toBeGreaterThan(0.9);
  });

  it('weighs an explicit label above a name attribute', () => {
    const [c] = classify('<label for="x">Subscriber ID</label><input id="x" name="memberId">');
    expect(c!.key).toBe('subscriber.subscriberId');
  });

  it('does not take a phone extension, middle name or claim number', () => {
    expect(
      keys(
        '<h2>Patient</h2><input aria-label="Phone ext."><input aria-label="Middle name"><input aria-label="Claim number"><input aria-label="Address line 2">',
      ),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('whose data: sections decide', () => {
  it('tells the subscriber ID from the member ID', () => {
    expect(
      keys(
        '<fieldset><legend>Patient</legend><label for="a">ID</label><input id="a"></fieldset><fieldset><legend>Subscriber / policyholder</legend><label for="b">ID</label><input id="b"></fieldset>',
      ),
    ).toEqual(['member.memberId', 'subscriber.subscriberId']);
    expect(keys('<h3>Subscriber</h3><div><label for="b">Member ID</label><input id="b"></div>')).toEqual(['subscriber.subscriberId']);
  });

  it('puts an NPI under a referring heading on the referring provider, never the rendering one', () => {
    expect(
      keys(
        '<h3>Rendering provider</h3><label for="a">NPI</label><input id="a"><h3>Referring provider</h3><label for="b">NPI</label><input id="b">',
      ),
    ).toEqual(['providers.rendering.npi', 'providers.referring.npi']);
  });

  it('reads the role from the label itself', () => {
    expect(
      keys(
        '<h3>Providers</h3><input aria-label="Facility NPI"><input aria-label="Servicing provider NPI"><input aria-label="Ordering provider name"><input aria-label="Attending physician TIN"><input aria-label="Patient\'s PCP phone">',
      ),
    ).toEqual(['providers.facility.npi', 'providers.rendering.npi', 'providers.requesting.name', 'providers.rendering.tin', 'pcp.phone']);
  });

  it('leaves a bare name or phone unclassified when nothing says whose it is', () => {
    const out = classify('<input aria-label="Name"><input aria-label="Phone">');
    expect(out.map((c) => c.key)).toEqual([undefined, undefined]);
  });

  it('reads the office contact from its heading', () => {
    expect(
      keys(
        '<h3>Whom should we contact about this request?</h3><div><input aria-label="Name"><input aria-label="Phone"><input aria-label="Fax"><input aria-label="Ext."></div>',
      ),
    ).toEqual(['contact.name', 'contact.phone', 'contact.fax', undefined]);
  });
});

describe('dates, rows and options', () => {
  it('gives every box of a split date the date key', () => {
    expect(
      keys(
        '<div><span>Requested start date</span><input placeholder="MM" maxlength="2"><input placeholder="DD" maxlength="2"><input placeholder="YYYY" maxlength="4"></div>',
      ),
    ).toEqual(['service.startDate', 'service.startDate', 'service.startDate']);
  });

  it('pairs CPT codes with units and modifiers by table row', () => {
    const out = classify(`<h3>Services requested</h3><table><thead><tr><th>CPT/HCPCS</th><th>Modifier</th><th>Units</th></tr></thead><tbody>
      <tr><td><input></td><td><input></td><td><input></td></tr><tr><td><input></td><td><input></td><td><input></td></tr></tbody></table>`);
    expect(out.map((c) => [c.key, c.row])).toEqual([
      ['service.procedure', 0],
      ['service.procedureModifier', 0],
      ['service.procedureUnits', 0],
      ['service.procedure', 1],
      ['service.procedureModifier', 1],
      ['service.procedureUnits', 1],
    ]);
  });

  it('numbers diagnosis boxes from their labels', () => {
    const out = classify('<input aria-label="Primary diagnosis (ICD-10)"><input aria-label="Diagnosis 2"><input aria-label="ICD code 3">');
    expect(out.map((c) => [c.key, c.row])).toEqual([
      ['service.diagnosis', 0],
      ['service.diagnosis', 1],
      ['service.diagnosis', 2],
    ]);
  });

  it('gives unnumbered boxes the rows after the numbered ones, and the plan fills the rows classify gave', () => {
    const out = classify(
      '<input aria-label="Primary procedure code"><input aria-label="Additional procedure code"><input aria-label="Additional procedure code">',
    );
    expect(out.map((c) => [c.key, c.row])).toEqual([
      ['service.procedure', 0],
      ['service.procedure', 1],
      ['service.procedure', 2],
    ]);
    expect(planFill(out, completeBundle()).actions.map((a) => a.preview)).toEqual(['97151', '97153', '97155']);
  });

  it('reads no row from a number in brackets: "CPT code (up to 5 characters)" is the first code', () => {
    const out = classify('<label for="c">CPT code (up to 5 characters)</label><input id="c">');
    expect(planFill(out, completeBundle()).actions.map((a) => a.preview)).toEqual(['97151']);
  });

  it('takes visits, not procedure units, when no procedure code is on the form', () => {
    expect(keys('<input aria-label="Number of visits requested">')).toEqual(['service.visits']);
  });

  it('knows a state list and place-of-service options by their options', () => {
    const states = Object.entries(US_STATES)
      .map(([c, n]) => `<option value="${c}">${n}</option>`)
      .join('');
    expect(keys(`<h3>Rendering provider</h3><select aria-label="Select one">${states}</select>`)).toEqual([
      'providers.rendering.address.state',
    ]);
    expect(
      keys(
        '<select aria-label="Where"><option>Select</option><option value="11">Office (11)</option><option value="12">Home (12)</option><option value="02">Telehealth (02)</option></select>',
      ),
    ).toEqual(['service.placeOfService']);
  });

  it('drops a choice key whose options do not fit it', () => {
    expect(keys('<select aria-label="Request type"><option>Inpatient</option><option>Outpatient</option></select>')).toEqual([
      'service.setting',
    ]);
    expect(keys('<select aria-label="Type of request"><option>Initial request</option><option>Extension</option></select>')).toEqual([
      'request.type',
    ]);
  });

  it('marks add-row buttons with the rows they add', () => {
    const out = classify(
      '<h3>Diagnoses</h3><div><input aria-label="Diagnosis code"><button>+ Add another</button></div><h3>Procedures</h3><div><button>+ Add row</button></div>',
    );
    expect(out.filter((c) => c.field.kind === 'add-row').map((c) => c.addRowFor)).toEqual(['diagnosis', 'procedure']);
  });

  it('lets the best of two claims on one key win and notes the other', () => {
    const out = classify('<h2>Patient</h2><label for="a">Member ID</label><input id="a"><input name="memberId2" placeholder="ID">');
    expect(out[0]!.key).toBe('member.memberId');
    expect(out[1]!.key).toBeUndefined();
  });
});

describe('decoys and protected fields', () => {
  it('finds nothing in a login form, a search box or a claims search', () => {
    const out =
      classify(`<form><h2>Log in</h2><label for="u">User ID</label><input id="u"><label for="p">Password</label><input id="p" type="password"></form>
      <input type="search" aria-label="Search members">
      <form role="search"><h2>Claim status</h2><label for="m">Member ID</label><input id="m"><label for="d">Date of service from</label><input id="d"></form>
      <input aria-label="Tax ID of payer">`);
    expect(out.map((c) => c.key)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(out.every((c) => c.note)).toBe(true);
  });

  it('never classifies protected controls', () => {
    const out = classify(
      '<h2>Attestation</h2><div><label><input type="checkbox" name="a"> I attest the request is accurate</label><input aria-label="Signature date"></div>',
    );
    expect(out.map((c) => c.key)).toEqual([undefined, undefined]);
    expect(out[0]!.note).toMatch(/attestation/u);
  });
});

describe('user rules', () => {
  const html =
    '<h2>Patient</h2><label for="a">Member ID</label><input id="a" name="mid"><label for="b">Reference</label><input id="b" name="ref">';

  function rule(index: number, key: FieldRule['key'], portalId = 'p1'): FieldRule {
    document.body.innerHTML = html;
    const fields = collectFields(document).fields;
    return FieldRuleSchema.parse({
      id: `r${index}`,
      portalId,
      formSignature: formSignature(fields),
      fieldSignature: fieldSignature(fields[index]!),
      key,
      createdAt: '2026-11-01T10:00:00Z',
    });
  }

  it('applies a correction before the heuristics, as evidence "rule"', () => {
    const out = classify(html, [rule(1, 'request.priorAuthNumber')]);
    expect(out[1]!.key).toBe('request.priorAuthNumber');
    expect(out[1]!.evidence[0]!.source).toBe('rule');
  });

  it('"never" keeps a field unclassified', () => {
    const out = classify(html, [rule(0, 'never')]);
    expect(out[0]!.key).toBeUndefined();
    expect(out[0]!.note).toMatch(/correction/u);
  });

  it('ignores rules of another portal', () => {
    expect(classify(html, [rule(0, 'never', 'other')])[0]!.key).toBe('member.memberId');
  });

  it('still applies after the portal adds a field, and survives regenerated ids', () => {
    const r = rule(1, 'request.priorAuthNumber');
    const changed =
      html.replace(/id="a"/gu, 'id="a-77"').replace('for="a"', 'for="a-77"') + '<label for="c">Group number</label><input id="c">';
    expect(classify(changed, [r])[1]!.key).toBe('request.priorAuthNumber');
  });

  it('form signatures tolerate a few added fields but not a different form', () => {
    document.body.innerHTML = Array.from(
      { length: 10 },
      (_, i) => `<input aria-label="Field ${String.fromCharCode(97 + i)}" name="f${String.fromCharCode(97 + i)}">`,
    ).join('');
    const base = formSignature(collectFields(document).fields);
    document.body.innerHTML += '<input aria-label="New one" name="extra">';
    expect(sameForm(base, formSignature(collectFields(document).fields))).toBe(true);
    document.body.innerHTML = '<input aria-label="Other" name="o"><input aria-label="Form" name="p">';
    expect(sameForm(base, formSignature(collectFields(document).fields))).toBe(false);
  });
});
