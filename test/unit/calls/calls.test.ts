import { describe, expect, it } from 'vitest';
import { callDepartments, callScript, caseTimeline, summarizeCall } from '../../../lib/calls';
import { STAGE_IDS } from '../../../lib/checklist';
import { attempt, bundleWith, call, statusEvent, usage } from '../clocks/bundles';
import { completeBundle } from '../../fixtures/cases/complete';

/** An instant at a local wall-clock time, so the expectations hold in any time zone. */
const local = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).toISOString();

describe('callDepartments', () => {
  it('labels every department a call can reach', () => {
    expect(callDepartments.map((d) => d.label)).toEqual([
      'Member services',
      'Provider services',
      'Utilization management',
      'Case management',
      'Other',
    ]);
    expect(callDepartments.every((d) => d.when.length > 10)).toBe(true);
  });
});

describe('summarizeCall', () => {
  it('one line: local date and time, department, representative, reference, outcome, next step', () => {
    const c = call({
      startedAt: local(2026, 11, 4, 9, 5),
      party: 'utilization-management',
      representative: 'Tasha',
      referenceNumber: 'REF-88412',
      outcome: 'Pending',
      nextStep: 'Call back\non 11/6',
    });
    expect(summarizeCall(c)).toBe('11/04/2026 9:05 AM - Utilization management, Tasha; ref REF-88412; Pending; next: Call back on 11/6');
  });

  it('leaves out what was not recorded and uses the summary when there is no outcome', () => {
    const c = call({ startedAt: local(2026, 11, 4, 14, 30), party: 'member-services', summary: 'Asked for the provider list.' });
    expect(summarizeCall(c)).toBe('11/04/2026 2:30 PM - Member services; Asked for the provider list.');
  });

  it('shortens a long outcome at a word', () => {
    const line = summarizeCall(call({ outcome: 'word '.repeat(60) }));
    expect(line.length).toBeLessThan(140);
    expect(line).not.toMatch(/\n/);
  });
});

describe('callScript', () => {
  it('has questions for every stage, with no blanks or "undefined"', () => {
    for (const stage of STAGE_IDS) {
      const s = callScript(bundleWith(), stage);
      expect(s.questions.length, stage).toBeGreaterThan(1);
      expect(s.questions.join(' '), stage).not.toMatch(/undefined|null|NaN|\(\)/);
      expect(s.record).toContain('Call reference number');
    }
  });

  it('follow-up: quotes the reference, the submission date and the decision due date', () => {
    const s = callScript(bundleWith(), 'follow-up');
    expect(s.stageLabel).toBe('Follow up');
    expect(s.questions[0]).toBe('What is the status of reference REF-88412 submitted 11/02/2026?');
    expect(s.questions.join(' ')).toMatch(/due by 11\/17\/2026/);
  });

  it('follow-up: quotes no decision date while the plan waits for information, the moved one after', () => {
    const request = (extra: object) => ({ request: { ...completeBundle().case.request, infoRequestedDate: '2026-11-06', ...extra } });
    const waiting = callScript(bundleWith(request({})), 'follow-up').questions.join(' ');
    expect(waiting).not.toMatch(/due by/);
    expect(waiting).toMatch(/When will a decision be made/);
    // Paused 11/06 to 11/10 and the plan's one 15-day extension: 4 + 15 days later than 11/17.
    expect(callScript(bundleWith(request({ infoSentDate: '2026-11-10' })), 'follow-up').questions.join(' ')).toMatch(/due by 12\/06\/2026/);
  });

  it('provider opening names the office, the NPI and the member; patient opening speaks for the family', () => {
    expect(callScript(bundleWith(), 'request').opening).toBe(
      'This is Lee Okafor from Bright Steps ABA Therapy (NPI 1234567893), calling about Jordan Rivera, member ID W123456789, date of birth 04/07/2019.',
    );
    const patient = callScript(bundleWith({ role: 'patient' }), 'request').opening;
    expect(patient).toBe('My name is Maria Rivera; I am calling about Jordan Rivera, member ID W123456789, date of birth 04/07/2019.');
  });

  it('an empty case still reads cleanly', () => {
    const b = bundleWith({ member: {}, providers: {}, contact: {}, request: {}, service: {} });
    const s = callScript(b, 'prove-gap');
    expect(s.opening).toBe('This is the office, calling about the member.');
    expect(s.questions[0]).toBe('Can you search for in-network providers of this service, and give me their names and phone numbers?');
  });

  it('decision: after a denial asks for the reason and the appeal deadlines, after an approval for the authorization', () => {
    const denied = callScript(bundleWith({ status: 'denied' }), 'decision').questions.join(' ');
    expect(denied).toMatch(/reason for the denial/);
    expect(denied).not.toMatch(/authorization number/);
    expect(callScript(bundleWith({ status: 'approved' }), 'decision').questions.join(' ')).toMatch(/authorization number/);
  });

  it('rate: quotes the usual fee per code', () => {
    expect(callScript(bundleWith(), 'rate').questions).toContain('Our usual fee for 97153 is $32.00; can the plan meet it?');
  });
});

describe('caseTimeline', () => {
  it('merges status changes, calls, references, contacts and usage, newest first', () => {
    // Local wall-clock instants, so each record stays on its day in any time zone.
    const at = (m: number, d: number, h: number, min = 0) => local(2026, m, d, h, min);
    const b = bundleWith(
      {
        statusHistory: [
          { status: 'draft', date: '2026-10-20', at: at(10, 20, 9), note: '' },
          { status: 'requested', date: '2026-11-02', at: at(11, 2, 10), note: 'Submitted on Availity' },
          { status: 'pending', date: '2026-11-03', at: at(11, 3, 11), note: '' },
        ],
        request: {
          submittedDate: '2026-11-02',
          referenceNumbers: [{ label: 'Reference #', value: 'REF-88412', capturedAt: at(11, 2, 10, 5), source: 'portal' }],
        },
      },
      { calls: [call({ startedAt: at(11, 4, 10) })] },
    );
    const t = caseTimeline(b);
    expect(t.map((e) => `${e.date} ${e.kind}`)).toEqual([
      '2026-12-02 usage',
      '2026-11-04 call',
      '2026-11-03 status',
      '2026-11-02 reference',
      '2026-11-02 status',
      '2026-10-23 attempt',
      '2026-10-22 attempt',
      '2026-10-21 attempt',
      '2026-10-20 status',
    ]);
    const dates = t.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('calls on the same day come latest first; entries link back to their records', () => {
    const morning = call({ id: 'c-am', startedAt: local(2026, 11, 9, 9), outcome: 'Pending' });
    const afternoon = call({ id: 'c-pm', startedAt: local(2026, 11, 9, 15), outcome: 'Approved by phone' });
    const t = caseTimeline(bundleWith({}, { calls: [morning, afternoon], usage: [] }));
    expect(t.slice(0, 2).map((e) => e.recordId)).toEqual(['c-pm', 'c-am']);
    expect(t[0]!.title).toMatch(/Approved by phone/);
  });

  it('titles read as sentences: status with its note, contact with the standard it exceeds, units used', () => {
    const b = bundleWith(
      {
        plan: { lineOfBusiness: 'marketplace' },
        statusHistory: [statusEvent('denied', '2026-11-20', 'Comparable in-network option exists')],
      },
      {
        attempts: [attempt({ id: 'a1', providerName: 'Far Clinic', date: '2026-10-01', outcome: 'waitlist', waitDays: 40 })],
        usage: [usage('97153', '2026-12-02', 1)],
        calls: [],
      },
    );
    const t = caseTimeline(b);
    expect(t.find((e) => e.kind === 'status')).toMatchObject({ title: 'Status: Denied', detail: 'Comparable in-network option exists' });
    expect(t.find((e) => e.kind === 'attempt')!.detail).toMatch(/exceeds the 10-business-day standard/);
    expect(t.find((e) => e.kind === 'usage')!.title).toBe('97153: 1 unit used');
    expect(JSON.stringify(t)).not.toMatch(/undefined/);
  });
});
