import { describe, expect, it } from 'vitest';
import { planFill } from '../../../../lib/fill/plan';
import type { FillAction } from '../../../../lib/form/types';
import { CaseSchema } from '../../../../lib/case/schema';
import { completeBundle } from '../../../fixtures/cases/complete';
import { boxes, classified, field, opts } from './fieldBuilder';

const bundle = completeBundle();
const one = (...args: Parameters<typeof classified>) => planFill([classified(...args)], bundle);
const action = (...args: Parameters<typeof classified>): FillAction | undefined => one(...args).actions[0];

describe('planFill: text boxes', () => {
  it('sets plain inputs with the formatted value', () => {
    expect(action('member.dob', field({ placeholder: 'MM/DD/YYYY' }))).toMatchObject({ kind: 'set-value', value: '04/07/2019' });
    expect(action('member.dob', field({ type: 'date' }))).toMatchObject({ kind: 'set-value', value: '2019-04-07' });
    expect(action('providers.requesting.tin', field({ placeholder: '##-#######' }))).toMatchObject({
      kind: 'set-value',
      value: '74-1234567',
    });
    expect(action('service.diagnosis', field({ placeholder: 'F840' }))).toMatchObject({ kind: 'set-value', value: 'F840' });
    expect(action('member.fullName', field({ label: 'Patient name (Last, First)' }))).toMatchObject({ value: 'Rivera, Jordan' });
  });
  it('fills split date boxes part by part', () => {
    const parts = (['month', 'day', 'year'] as const).map((part, i) =>
      classified(
        'member.dob',
        field({
          widgets: [{ kind: 'date-part', part, group: 'dob', width: i === 2 ? 2 : 2 }],
          constraints: { required: true, maxLength: 2 },
        }),
      ),
    );
    const plan = planFill(parts, bundle);
    expect(plan.actions.map((a) => (a.kind === 'set-value' ? a.value : ''))).toEqual(['04', '07', '19']);
  });
  it('types masked inputs key by key, only the characters the mask does not add', () => {
    expect(action('member.phone', field({ widgets: [{ kind: 'masked', mask: '(___) ___-____' }] }))).toMatchObject({
      kind: 'type-keys',
      text: '5125550142',
      preview: '(512) 555-0142',
    });
    expect(action('providers.rendering.tin', field({ widgets: [{ kind: 'masked', mask: '##-#######' }] }))).toMatchObject({
      kind: 'type-keys',
      text: '741234567',
    });
  });
  it('types sectioned dates section by section', () => {
    const sectioned = field({
      kind: 'sectioned-date',
      tag: 'div',
      widgets: [{ kind: 'sectioned-date', sections: ['month', 'day', 'year'], typing: 'sections' }],
    });
    expect(action('service.startDate', sectioned)).toMatchObject({ kind: 'type-keys', text: '12012026', sections: ['12', '01', '2026'] });
    const oneInput = field({ widgets: [{ kind: 'sectioned-date', sections: ['month', 'day', 'year'], typing: 'input' }] });
    const a = action('service.startDate', oneInput);
    expect(a).toMatchObject({ kind: 'type-keys', text: '12012026' });
    expect(a && 'sections' in a ? a.sections : undefined).toBeUndefined();
  });
  it('fits long text to maxlength and marks the cut', () => {
    const a = action('clinicalRationale', field({ kind: 'textarea', tag: 'textarea', constraints: { required: false, maxLength: 120 } }));
    expect(a?.kind).toBe('set-value');
    expect(a && a.kind === 'set-value' ? a.value.length : 0).toBeLessThanOrEqual(120);
    expect(a?.cut?.boundary).toBe('sentence');
  });
});

describe('planFill: options', () => {
  it('matches select options by value, text, "(code)" suffix and words', () => {
    const pos = field({
      kind: 'select',
      tag: 'select',
      options: opts(['', 'Select...'], ['A', 'Office (11)'], ['B', 'Home (12)'], ['C', 'Telehealth in patient home (10)']),
    });
    expect(action('service.placeOfService', pos)).toMatchObject({ kind: 'select-option', value: 'B', text: 'Home (12)' });
    const sex = field({ kind: 'select', tag: 'select', options: opts(['F', 'Female'], ['M', 'Male']) });
    expect(action('member.sex', sex)).toMatchObject({ value: 'M' });
    const state = field({ kind: 'select', tag: 'select', options: opts(['', '--'], ['1', 'Tennessee'], ['2', 'Texas']) });
    expect(action('member.address.state', state)).toMatchObject({ value: '2' });
    const stateCodes = field({ kind: 'select', tag: 'select', options: opts(['TN', 'TN'], ['TX', 'TX']) });
    expect(action('plan.state', stateCodes)).toMatchObject({ value: 'TX' });
    const lob = field({
      kind: 'select',
      tag: 'select',
      options: opts(['mcr', 'Medicare'], ['mcd', 'Medicaid'], ['com', 'Commercial / Employer group']),
    });
    expect(action('plan.lineOfBusiness', lob)).toMatchObject({ value: 'com' });
  });
  it('leaves a select alone when no option matches', () => {
    const pos = field({ kind: 'select', tag: 'select', options: opts(['11', 'Office'], ['22', 'Outpatient hospital']) });
    const plan = one('service.placeOfService', pos);
    expect(plan.actions).toHaveLength(0);
    expect(plan.unfilled[0]).toMatchObject({ reason: 'no-matching-option', key: 'service.placeOfService' });
  });
  it('does not read "Non-urgent" as urgent', () => {
    const urgentCase = { ...bundle, case: CaseSchema.parse({ ...bundle.case, request: { ...bundle.case.request, priority: 'urgent' } }) };
    const f = field({ kind: 'radio-group', options: boxes('prio', 'Non-urgent', 'Urgent / Expedited (72 hours)') });
    expect(planFill([classified('request.priority', f)], urgentCase).actions[0]).toMatchObject({ kind: 'check', optionId: 'prio-1' });
    expect(planFill([classified('request.priority', f)], bundle).actions[0]).toMatchObject({ kind: 'check', optionId: 'prio-0' });
  });
  it('answers yes/no questions from the case', () => {
    const urgent = field({ kind: 'radio-group', label: 'Is this request urgent?', options: boxes('u', 'Yes', 'No') });
    expect(action('request.priority', urgent)).toMatchObject({ kind: 'check', optionId: 'u-1', checked: true });
    const active = field({ kind: 'radio-group', label: 'Is the patient in active treatment?', options: boxes('a', 'Yes', 'No') });
    expect(action('continuity.activeTreatment', active)).toMatchObject({ optionId: 'a-0' });
    expect(action('continuity.activeTreatment', field({ kind: 'checkbox', type: 'checkbox' }))).toMatchObject({
      kind: 'check',
      checked: true,
    });
  });
  it('checks each matching exception-reason checkbox', () => {
    const f = field({
      kind: 'checkbox-group',
      options: boxes(
        'r',
        'No in-network provider available',
        'Wait time exceeds access standards',
        'Geographic access / distance',
        'Continuity of care',
        'Other',
      ),
    });
    const plan = one('exceptionReasons', f);
    expect(plan.actions.map((a) => (a.kind === 'check' ? a.optionId : ''))).toEqual(['r-0', 'r-1', 'r-2']);
  });
  it('chooses in comboboxes by query and accepted texts', () => {
    const f = field({ kind: 'combobox', widgets: [{ kind: 'combobox', library: 'react-select' }] });
    const a = action('member.address.state', f);
    expect(a).toMatchObject({ kind: 'combobox-choose', query: 'Texas' });
    expect(a && a.kind === 'combobox-choose' ? a.accept : []).toEqual(expect.arrayContaining(['tx', 'texas']));
    expect(action('service.diagnosis', f)).toMatchObject({ query: 'F84.0' });
  });
});

describe('planFill: rows', () => {
  it('fills rows by row index and label number, and adds the rows the case needs', () => {
    const cpt = [0, 1].map((rowIndex) => classified('service.procedure', field({ rowIndex, rowGroup: 'px' })));
    const units = classified('service.procedureUnits', field({ rowIndex: 1, rowGroup: 'px' }));
    const dx2 = classified('service.diagnosis', field({ label: 'ICD-10 diagnosis 2' }));
    const add = { ...classified(undefined, field({ kind: 'add-row', tag: 'button', type: 'button' })), addRowFor: 'procedure' as const };
    const plan = planFill([...cpt, units, dx2, add], bundle);
    const values = plan.actions.filter((a) => a.kind === 'set-value').map((a) => (a.kind === 'set-value' ? a.value : ''));
    expect(values).toEqual(['97151', '97153', '480']);
    expect(plan.unfilled).toContainEqual(expect.objectContaining({ key: 'service.diagnosis', reason: 'no-value-in-case' }));
    expect(plan.actions.filter((a) => a.kind === 'click-add-row')).toHaveLength(2);
    expect(plan.recollectAfter).toBe(true);
  });
  it('adds no row when the form already has enough', () => {
    const dx = classified('service.diagnosis', field({ rowIndex: 0 }));
    const add = { ...classified(undefined, field({ kind: 'add-row', tag: 'button' })), addRowFor: 'diagnosis' as const };
    const plan = planFill([dx, add], bundle);
    expect(plan.recollectAfter).toBe(false);
    expect(plan.actions.map((a) => a.kind)).toEqual(['set-value']);
  });
});

describe('planFill: what it leaves alone', () => {
  it('skips protected, unsure, empty, filled and non-editable controls with the reason', () => {
    const plan = planFill(
      [
        classified('member.firstName', field({ label: 'Signature', protected: { reason: 'signature' } })),
        classified(undefined, field({ label: 'Member something' }), 0.3),
        classified('member.lastName', field({ label: 'Last' }), 0.2),
        classified('providers.facility.npi', field({ label: 'Facility NPI' })),
        classified(
          'member.memberId',
          field({ label: 'Member ID', state: { visible: true, disabled: false, readOnly: false, hasValue: true } }),
        ),
        classified(
          'member.groupNumber',
          field({ label: 'Group', state: { visible: true, disabled: false, readOnly: true, hasValue: false } }),
        ),
        classified(undefined, field({ label: 'Search' }), 0),
      ],
      bundle,
      { minScore: 0.5 },
    );
    expect(plan.actions).toEqual([]);
    expect(plan.unfilled.map((u) => [u.label, u.reason])).toEqual([
      ['Signature', 'protected'],
      ['Member something', 'low-confidence'],
      ['Last', 'low-confidence'],
      ['Facility NPI', 'no-value-in-case'],
      ['Member ID', 'already-filled'],
      ['Group', 'protected'],
    ]);
  });
  it('overwrites filled controls only when asked', () => {
    const f = field({ state: { visible: true, disabled: false, readOnly: false, hasValue: true } });
    expect(planFill([classified('member.memberId', f)], bundle, { overwrite: true }).actions[0]).toMatchObject({ value: 'W123456789' });
  });
  it('never plans an action for password or submit controls', () => {
    const plan = planFill(
      [classified('member.memberId', field({ type: 'password' })), classified('member.memberId', field({ type: 'submit' }))],
      bundle,
    );
    expect(plan.actions).toEqual([]);
  });
});
