// docs/RULES.md, generated from the code: every deadline rule (lib/clocks/rules.ts) and every network
// adequacy standard (lib/evidence/standards.ts) with its plan types, start event, duration, day count
// and source. `npm run rules:table` writes it; test/unit/docs/rulesTable.test.ts fails when it is stale.
import { LINES_OF_BUSINESS, type LineOfBusiness } from '../lib/case/schema';
import { LINE_OF_BUSINESS_LABELS, STATUS_LABELS } from '../lib/case/labels';
import { CLOCK_EVENT_LABELS, DEADLINE_RULES, type DeadlineRule } from '../lib/clocks/rules';
import { adequacyStandard, type CareCategory } from '../lib/evidence/standards';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;

function planTypes(r: DeadlineRule): string {
  if (!r.linesOfBusiness) return 'All';
  if (r.linesOfBusiness.length === LINES_OF_BUSINESS.length) return 'All';
  return r.linesOfBusiness.map((l) => LINE_OF_BUSINESS_LABELS[l]).join(', ');
}

function conditions(r: DeadlineRule): string {
  const parts: string[] = [];
  if (r.priorities) parts.push(r.priorities.join(' / '));
  if (r.timings) parts.push(r.timings.join(' / '));
  if (r.payer) parts.push(`payer ${r.payer.source}`);
  if (r.continuingCarePatientOnly) parts.push('continuing-care patient');
  if (r.effectiveFrom) parts.push(`from ${r.effectiveFrom}`);
  if (r.statuses) parts.push(`shown when ${r.statuses.map((s) => STATUS_LABELS[s]).join(', ')}`);
  return parts.join('; ') || '-';
}

function duration(r: DeadlineRule): string {
  const n = Math.abs(r.amount);
  const unit = r.unit === 'hours' ? 'hours' : r.unit === 'months' ? 'months' : 'days';
  const before = r.amount < 0 ? ' before' : '';
  const extra = [
    r.extensionForMissingInfo
      ? `+${r.extensionForMissingInfo} days and paused while the plan waits for information it asked for`
      : r.pausesForMissingInfo
        ? 'paused while the plan waits for information it asked for'
        : '',
    r.hoursAfterInfo ? `then ${r.hoursAfterInfo} hours from the reply` : '',
    r.rollsToBusinessDay ? 'a weekend or holiday moves to the next business day' : '',
  ].filter(Boolean);
  return `${n} ${unit}${before}${extra.length ? ` (${extra.join('; ')})` : ''}`;
}

const basis = (r: DeadlineRule) => (r.unit === 'business-days' ? 'business' : r.unit === 'months' ? 'calendar months' : 'calendar');

const CARE: readonly CareCategory[] = ['primary', 'behavioral-health', 'specialty'];
const STANDARD_PLANS: readonly { plan: { lineOfBusiness: LineOfBusiness; state: string }; name: string }[] = [
  ...(['marketplace', 'medicaid-mco', 'medicare-advantage', 'tricare'] as const).map((l) => ({
    plan: { lineOfBusiness: l, state: '' },
    name: LINE_OF_BUSINESS_LABELS[l],
  })),
  { plan: { lineOfBusiness: 'commercial-fully-insured', state: 'CA' }, name: 'California commercial (Knox-Keene)' },
];

export function rulesTableMarkdown(): string {
  const out = [
    '# Deadline rules and access standards',
    '',
    'Generated from `lib/clocks/rules.ts` and `lib/evidence/standards.ts` by `npm run rules:table`; do not edit by hand',
    '(a unit test fails when this file and the code differ). Every date can be overridden on the case; the product',
    'cites these rules as information, not legal advice.',
    '',
    '## Deadlines',
    '',
    row(['Rule', 'Plan types', 'Applies when', 'Starts at', 'Duration', 'Days', 'Source', 'Kind']),
    row(['---', '---', '---', '---', '---', '---', '---', '---']),
    ...DEADLINE_RULES.map((r) =>
      row([
        `${r.label} (\`${r.id}\`)`,
        planTypes(r),
        conditions(r),
        CLOCK_EVENT_LABELS[r.from],
        duration(r),
        basis(r),
        r.source,
        r.sourceKind,
      ]),
    ),
    '',
    '## Network adequacy standards',
    '',
    row(['Plan type', 'Care', 'Appointment wait', 'Days', 'Binding from', 'Distance / travel', 'Source']),
    row(['---', '---', '---', '---', '---', '---', '---']),
  ];
  for (const { plan, name } of STANDARD_PLANS) {
    for (const care of CARE) {
      const s = adequacyStandard(plan, care);
      if (!s) continue;
      const distance = [...s.distance.map((d) => d.text), ...(s.travelTimeText ? [s.travelTimeText] : [])].join('; ') || '-';
      out.push(row([name, care, s.wait?.text ?? 'none', s.wait ? s.wait.basis : '-', s.wait?.effectiveFrom ?? '-', distance, s.source]));
    }
  }
  return `${out.join('\n')}\n`;
}
