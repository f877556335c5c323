// Every {{placeholder}} a template may use: what it is called in the editor's picker, which case
// field fills it (so a missing value can send the user there), and how its value is worded.
import { fieldPhrase } from '../case/pathWords';
import type { Case, CaseBundle, Provider } from '../case/schema';
import {
  EXCEPTION_REASON_LABELS,
  LINE_OF_BUSINESS_LABELS,
  PLACE_OF_SERVICE_LABELS,
  PRIORITY_LABELS,
  REQUEST_TYPE_LABELS,
} from '../case/labels';
import type { AccessStandard } from './standards';
import type { Voice } from './template';
import {
  attemptPeriod,
  attemptsTableText,
  exceedsDistance,
  exceedsWait,
  isAba,
  latestDenial,
  longestWaitAttempt,
  shortestWaitAttempt,
  nearestAttempt,
  outcomeSummary,
  patientSigner,
  standardFor,
  unitsUsedByCode,
  waitText,
} from './facts';
import { ageOn, asSentence, count, dateRange, fullName, joinList, longDate, lowerFirst, money, plural, present, usDate } from './format';
import { legalHooksFor, reviewRightsText } from './legalHooks';
import { patientReference } from './patientVoice';
import { abaPlanText, abaWeeklyHoursText } from './aba';
import { agreedRatesText, patientRateLinesText, proposedRateText, rateLinesText, rateWorksheet, offerBasisText } from './rates';

export interface FillContext {
  bundle: CaseBundle;
  c: Case;
  voice: Voice;
  /** YYYY-MM-DD */
  today: string;
  standard: AccessStandard | undefined;
}

export const PLACEHOLDER_GROUPS = [
  'Member',
  'Plan',
  'Provider',
  'Service',
  'Network search',
  'Continuity of care',
  'Decision and agreement',
  'Rates',
  'Letter',
] as const;
export type PlaceholderGroup = (typeof PLACEHOLDER_GROUPS)[number];

export interface PlaceholderDef {
  name: string;
  group: PlaceholderGroup;
  /** What to fill, as the missing-field list says it: "member date of birth". */
  label: string;
  /** The case field that supplies it ('attempts' for the network search log). */
  path: string;
  fill(ctx: FillContext): string | undefined;
}

/** The treating provider: rendering, else requesting (many offices fill only one). */
function treating(c: Case): Provider {
  const r = c.providers.rendering;
  return present(r.name) || present(r.organization) ? r : c.providers.requesting;
}
function treatingPath(c: Case, field: string): string {
  const r = c.providers.rendering;
  return `providers.${present(r.name) || present(r.organization) ? 'rendering' : 'requesting'}.${field}`;
}

function addressLine(a: { street: string; city: string; state: string; zip: string }): string | undefined {
  const cityLine = [present(a.city), [present(a.state), present(a.zip)].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  if (!present(a.street) || !cityLine) return undefined;
  return `${a.street.trim()}, ${cityLine}`;
}

function diagnosisText(d: { code: string; description: string }): string | undefined {
  const code = present(d.code);
  const desc = present(d.description);
  if (code && desc) return `${desc} (${code})`;
  return code ?? desc;
}

function procedureLine(p: Case['service']['procedures'][number]): string | undefined {
  const code = present(p.code);
  if (!code) return undefined;
  const head = [code + (present(p.modifier) ? `-${p.modifier.trim()}` : ''), present(p.description)].filter(Boolean).join(' ');
  const qty = [p.units !== undefined ? plural(p.units, 'unit') : undefined, present(p.frequency)].filter(Boolean).join(', ');
  return `- ${head}${qty ? `: ${qty}` : ''}`;
}

const codes = (c: Case) => joinList(c.service.procedures.map((p) => p.code.trim()).filter(Boolean));

function latestReference(c: Case): string | undefined {
  const ref = c.request.referenceNumbers[c.request.referenceNumbers.length - 1];
  if (!ref) return undefined;
  // "Reference #" adds nothing before a number the text already calls a reference; "Decision ID" does.
  return present(ref.label) && !/^ref/iu.test(ref.label.trim()) ? `${ref.label.trim()} ${ref.value}` : ref.value;
}

const RELATION_FOR_LETTER: Record<string, string> = {
  child: 'parent and subscriber',
  spouse: 'spouse and subscriber',
  other: 'subscriber',
};

type Def = PlaceholderDef & { pathFor?: (c: Case) => string };

/** A placeholder in its own words (it stands for more than the field it sends the user to); its path may depend on the case (provider fields follow the provider in use). */
function p(
  name: string,
  group: PlaceholderGroup,
  label: string,
  path: string | ((c: Case) => string),
  fill: (ctx: FillContext) => string | undefined,
): Def {
  return typeof path === 'string' ? { name, group, label, path, fill } : { name, group, label, path: '', fill, pathFor: path };
}

/** A placeholder that stands for a case field, named by the field registry's words with whose it is ("member date of birth"). */
function field(name: string, group: PlaceholderGroup, path: string, fill: (ctx: FillContext) => string | undefined): Def {
  return p(name, group, fieldPhrase(path), path, fill);
}

/** A placeholder that stands for a case field whose words say enough on their own ("plan name", "prior insurer"). */
function bare(name: string, group: PlaceholderGroup, path: string, fill: (ctx: FillContext) => string | undefined): Def {
  return p(name, group, fieldPhrase(path, true), path, fill);
}

const lobLabel = (c: Case) => (c.plan.lineOfBusiness === 'other' ? undefined : LINE_OF_BUSINESS_LABELS[c.plan.lineOfBusiness]);

const DEFS: Def[] = [
  // Member
  p('memberName', 'Member', 'member name', 'member.firstName', ({ c }) => fullName(c.member.firstName, c.member.lastName)),
  field('memberFirstName', 'Member', 'member.firstName', ({ c }) => present(c.member.firstName)),
  field('memberDob', 'Member', 'member.dob', ({ c }) => usDate(c.member.dob)),
  field('memberAge', 'Member', 'member.dob', ({ c, today }) => {
    const age = ageOn(c.member.dob, today);
    return age === undefined ? undefined : age < 2 ? `${age === 0 ? 'under 1' : '1'}-year-old` : `${age}-year-old`;
  }),
  field('memberId', 'Member', 'member.memberId', ({ c }) => present(c.member.memberId)),
  bare('groupNumber', 'Member', 'member.groupNumber', ({ c }) => present(c.member.groupNumber)),
  field('memberPhone', 'Member', 'member.phone', ({ c }) => present(c.member.phone)),
  p('memberAddress', 'Member', 'member address', 'member.address.street', ({ c }) => addressLine(c.member.address)),
  p('memberCity', 'Member', 'member city', 'member.address.city', ({ c }) => present(c.member.address.city)),
  p('subscriberName', 'Member', 'subscriber name', 'subscriber.firstName', ({ c }) =>
    c.subscriber.sameAsMember ? fullName(c.member.firstName, c.member.lastName) : fullName(c.subscriber.firstName, c.subscriber.lastName),
  ),
  p('patientPossessive', 'Member', 'member name', 'member.firstName', ({ c }) => patientReference(c)?.possessive),
  p('patientObject', 'Member', 'member name', 'member.firstName', ({ c }) => patientReference(c)?.object),
  p('patientIntro', 'Member', 'member name', 'member.firstName', ({ c }) => patientReference(c)?.intro),
  // Plan
  p('payer', 'Plan', 'health plan (payer)', 'plan.payer', ({ c }) => present(c.plan.payer)),
  bare('planName', 'Plan', 'plan.planName', ({ c }) => present(c.plan.planName)),
  p('planType', 'Plan', 'plan type (line of business)', 'plan.lineOfBusiness', ({ c }) => lobLabel(c)),
  p('planState', 'Plan', 'state whose rules apply', 'plan.state', ({ c }) => present(c.plan.state)),
  p('waitStandard', 'Plan', 'plan type with a wait time standard', 'plan.lineOfBusiness', ({ standard }) => standard?.waitText),
  p('distanceStandard', 'Plan', 'plan type with a distance standard', 'plan.lineOfBusiness', ({ standard }) => standard?.distanceText),
  p('standardSource', 'Plan', 'plan type with an access standard', 'plan.lineOfBusiness', ({ standard }) => standard?.source),
  p('legalHooks', 'Plan', 'plan type and state (for the rules that apply)', 'plan.lineOfBusiness', ({ c }) => {
    const hooks = legalHooksFor(c);
    return hooks.length ? hooks.map((h) => `- ${h.text}`).join('\n') : undefined;
  }),
  bare('reviewRights', 'Plan', 'plan.lineOfBusiness', ({ c }) => reviewRightsText(c)),
  // Provider
  p(
    'providerName',
    'Provider',
    'treating provider name',
    (c) => treatingPath(c, 'name'),
    ({ c }) => present(treating(c).name),
  ),
  p(
    'providerOrg',
    'Provider',
    'treating provider organization',
    (c) => treatingPath(c, 'organization'),
    ({ c }) => present(treating(c).organization) ?? present(treating(c).name),
  ),
  p(
    'providerSpecialty',
    'Provider',
    'treating provider specialty',
    (c) => treatingPath(c, 'specialty'),
    ({ c }) => present(treating(c).specialty),
  ),
  p(
    'providerNpi',
    'Provider',
    'treating provider NPI',
    (c) => treatingPath(c, 'npi'),
    ({ c }) => present(treating(c).npi),
  ),
  p(
    'providerTin',
    'Provider',
    'treating provider tax ID',
    (c) => treatingPath(c, 'tin'),
    ({ c }) => present(treating(c).tin),
  ),
  p(
    'providerLicense',
    'Provider',
    'treating provider license',
    (c) => treatingPath(c, 'license'),
    ({ c }) => present(treating(c).license),
  ),
  p(
    'providerPhone',
    'Provider',
    'treating provider phone',
    (c) => treatingPath(c, 'phone'),
    ({ c }) => present(treating(c).phone),
  ),
  p(
    'providerFax',
    'Provider',
    'treating provider fax',
    (c) => treatingPath(c, 'fax'),
    ({ c }) => present(treating(c).fax),
  ),
  p(
    'providerAddress',
    'Provider',
    'treating provider address',
    (c) => treatingPath(c, 'address.street'),
    ({ c }) => addressLine(treating(c).address),
  ),
  field('referringName', 'Provider', 'providers.referring.name', ({ c }) => present(c.providers.referring.name)),
  field('referringSpecialty', 'Provider', 'providers.referring.specialty', ({ c }) => present(c.providers.referring.specialty)),
  p('contactName', 'Provider', 'contact name', 'contact.name', ({ c }) => present(c.contact.name)),
  p('contactPhone', 'Provider', 'contact phone', 'contact.phone', ({ c }) =>
    present(c.contact.phone) ? `${c.contact.phone.trim()}${present(c.contact.ext) ? ` ext. ${c.contact.ext.trim()}` : ''}` : undefined,
  ),
  p('contactFax', 'Provider', 'contact fax', 'contact.fax', ({ c }) => present(c.contact.fax)),
  // Service
  p('diagnoses', 'Service', 'diagnosis (ICD-10)', 'service.diagnoses', ({ c }) =>
    joinList(c.service.diagnoses.map(diagnosisText).filter((s): s is string => !!s)),
  ),
  p('primaryDiagnosis', 'Service', 'diagnosis (ICD-10)', 'service.diagnoses', ({ c }) =>
    c.service.diagnoses[0] ? diagnosisText(c.service.diagnoses[0]) : undefined,
  ),
  p('diagnosisCodes', 'Service', 'diagnosis (ICD-10)', 'service.diagnoses', ({ c }) =>
    joinList(c.service.diagnoses.map((d) => d.code.trim()).filter(Boolean)),
  ),
  p('serviceLines', 'Service', 'procedure codes and units', 'service.procedures', ({ c }) => {
    const lines = c.service.procedures.map(procedureLine).filter((s): s is string => !!s);
    return lines.length ? lines.join('\n') : undefined;
  }),
  p('serviceCodes', 'Service', 'procedure codes (CPT/HCPCS)', 'service.procedures', ({ c }) => codes(c)),
  p('abaPlan', 'Service', 'ABA procedure codes with hours per week', 'service.procedures', ({ c }) =>
    isAba(c) ? abaPlanText(c) : undefined,
  ),
  p('abaWeeklyHours', 'Service', 'hours per week for 97153', 'service.procedures', ({ c }) =>
    isAba(c) ? abaWeeklyHoursText(c) : undefined,
  ),
  bare('placeOfService', 'Service', 'service.placeOfService', ({ c }) => {
    const code = present(c.service.placeOfService);
    if (!code) return undefined;
    const label = PLACE_OF_SERVICE_LABELS[code];
    return label ? `${lowerFirst(label)} (place of service ${code})` : `place of service ${code}`;
  }),
  p('serviceDates', 'Service', 'requested start date', 'service.startDate', ({ c }) => dateRange(c.service.startDate, c.service.endDate)),
  p('startDate', 'Service', 'requested start date', 'service.startDate', ({ c }) => longDate(c.service.startDate)),
  p('endDate', 'Service', 'requested end date', 'service.endDate', ({ c }) => longDate(c.service.endDate)),
  p('visits', 'Service', 'number of visits', 'service.visits', ({ c }) =>
    c.service.visits !== undefined ? count(c.service.visits) : undefined,
  ),
  field('requestType', 'Service', 'request.type', ({ c }) => REQUEST_TYPE_LABELS[c.request.type].toLowerCase()),
  bare('priority', 'Service', 'request.priority', ({ c }) => PRIORITY_LABELS[c.request.priority].toLowerCase()),
  bare('priorAuthNumber', 'Service', 'request.priorAuthNumber', ({ c }) => present(c.request.priorAuthNumber)),
  p('referenceNumber', 'Service', 'reference number', 'request.referenceNumbers', ({ c }) => latestReference(c)),
  p('submittedDate', 'Service', 'date the request was submitted', 'request.submittedDate', ({ c }) => longDate(c.request.submittedDate)),
  bare('clinicalRationale', 'Service', 'clinicalRationale', ({ c }) =>
    present(c.clinicalRationale) ? asSentence(c.clinicalRationale) : undefined,
  ),
  bare('exceptionReasons', 'Service', 'exceptionReasons', ({ c }) =>
    joinList(
      c.exceptionReasons
        .filter((r) => r !== 'other')
        .map((r) => lowerFirst(EXCEPTION_REASON_LABELS[r]))
        .concat(present(c.exceptionReasonOther) ? [c.exceptionReasonOther.trim()] : []),
    ),
  ),
  // Network search
  p('attemptsTable', 'Network search', 'in-network providers contacted', 'attempts', ({ bundle, standard }) =>
    attemptsTableText(bundle.attempts, standard),
  ),
  p('attemptCount', 'Network search', 'in-network providers contacted', 'attempts', ({ bundle }) =>
    bundle.attempts.length ? plural(bundle.attempts.length, 'in-network provider') : undefined,
  ),
  p('attemptPeriod', 'Network search', 'dates of the in-network contacts', 'attempts', ({ bundle }) => attemptPeriod(bundle.attempts)),
  p('attemptOutcomes', 'Network search', 'in-network providers contacted', 'attempts', ({ bundle }) => outcomeSummary(bundle.attempts)),
  p('longestWait', 'Network search', 'wait time offered by an in-network provider', 'attempts', ({ bundle, standard }) =>
    waitText(longestWaitAttempt(bundle.attempts)?.waitDays, standard),
  ),
  p('longestWaitProvider', 'Network search', 'wait time offered by an in-network provider', 'attempts', ({ bundle }) =>
    present(longestWaitAttempt(bundle.attempts)?.providerName),
  ),
  // The soonest appointment offered: what "the earliest in-network option" means.
  p('shortestWait', 'Network search', 'wait time offered by an in-network provider', 'attempts', ({ bundle, standard }) =>
    waitText(shortestWaitAttempt(bundle.attempts)?.waitDays, standard),
  ),
  p('shortestWaitProvider', 'Network search', 'wait time offered by an in-network provider', 'attempts', ({ bundle }) =>
    present(shortestWaitAttempt(bundle.attempts)?.providerName),
  ),
  p(
    'waitsOverStandard',
    'Network search',
    'wait time offered by an in-network provider (over the standard)',
    'attempts',
    ({ bundle, standard }) => {
      const n = bundle.attempts.filter((a) => exceedsWait(a, standard)).length;
      return n ? plural(n, 'provider') : undefined;
    },
  ),
  p('nearestDistance', 'Network search', 'distance to an in-network provider with an opening', 'attempts', ({ bundle }) => {
    const a = nearestAttempt(bundle.attempts, true) ?? nearestAttempt(bundle.attempts);
    return a ? plural(a.distanceMiles!, 'mile') : undefined;
  }),
  p('nearestProvider', 'Network search', 'distance to an in-network provider with an opening', 'attempts', ({ bundle }) =>
    present((nearestAttempt(bundle.attempts, true) ?? nearestAttempt(bundle.attempts))?.providerName),
  ),
  p(
    'distancesOverStandard',
    'Network search',
    'distance to an in-network provider (over the standard)',
    'attempts',
    ({ bundle, standard }) => {
      const n = bundle.attempts.filter((a) => exceedsDistance(a, standard)).length;
      return n ? plural(n, 'provider') : undefined;
    },
  ),
  // Continuity of care
  bare('priorInsurer', 'Continuity of care', 'continuity.priorInsurer', ({ c }) => present(c.continuity.priorInsurer)),
  bare('priorPolicy', 'Continuity of care', 'continuity.priorPolicy', ({ c }) => present(c.continuity.priorPolicy)),
  p('coverageStartDate', 'Continuity of care', 'date the new coverage began', 'continuity.coverageStartDate', ({ c }) =>
    longDate(c.continuity.coverageStartDate),
  ),
  p('providerTerminationDate', 'Continuity of care', 'date the provider left the network', 'continuity.providerTerminationDate', ({ c }) =>
    longDate(c.continuity.providerTerminationDate),
  ),
  // Decision and agreement
  p('denialDate', 'Decision and agreement', 'date of the denial (status history)', 'statusHistory', ({ c }) =>
    longDate(latestDenial(c)?.date),
  ),
  p('denialReason', 'Decision and agreement', 'reason given for the denial (status history note)', 'statusHistory', ({ c }) =>
    present(latestDenial(c)?.note),
  ),
  bare('authorizationNumber', 'Decision and agreement', 'agreement.authorizationNumber', ({ c }) =>
    present(c.agreement.authorizationNumber),
  ),
  field('agreementDates', 'Decision and agreement', 'agreement.startDate', ({ c }) =>
    dateRange(c.agreement.startDate, c.agreement.endDate),
  ),
  field('agreementEndDate', 'Decision and agreement', 'agreement.endDate', ({ c }) => longDate(c.agreement.endDate)),
  bare('agreementRate', 'Decision and agreement', 'agreement.rate', ({ c }) => present(c.agreement.rate)),
  p('unitsUsed', 'Decision and agreement', 'approved codes and units', 'agreement.approvedCodes', ({ bundle, c }) => {
    const used = unitsUsedByCode(bundle);
    const lines = c.agreement.approvedCodes
      .filter((a) => present(a.code) && a.units !== undefined)
      .map((a) => {
        const u = used.get(a.code.trim()) ?? 0;
        return `- ${a.code.trim()}: ${count(u)} of ${plural(a.units!, 'unit')} used, ${count(Math.max(a.units! - u, 0))} remaining`;
      });
    return lines.length ? lines.join('\n') : undefined;
  }),
  // Rates
  p('rateLines', 'Rates', 'usual fee per code (rate worksheet)', 'rates.lines', ({ c }) => rateLinesText(c)),
  p('patientRateLines', 'Rates', 'usual fee and plan payment per code (rate worksheet)', 'rates.lines', ({ c }) => patientRateLinesText(c)),
  p('proposedRate', 'Rates', 'usual fee per code (rate worksheet)', 'rates.lines', ({ c }) => proposedRateText(c)),
  p('agreedRates', 'Rates', 'agreed rate per code (rate worksheet)', 'rates.lines', ({ c }) => agreedRatesText(c)),
  p('offerBasis', 'Rates', 'basis of the plan offer (rate worksheet)', 'rates.lines', ({ c }) =>
    joinList([
      ...new Set(
        rateWorksheet(c)
          .lines.map(offerBasisText)
          .filter((s): s is string => !!s),
      ),
    ]),
  ),
  p('usualFeeTotal', 'Rates', 'usual fee per code (rate worksheet)', 'rates.lines', ({ c }) => {
    const ls = rateWorksheet(c).lines.filter((l) => l.usualFee !== undefined && l.unitsRequested !== undefined);
    return ls.length ? money(ls.reduce((s, l) => s + l.usualFee! * l.unitsRequested!, 0)) : undefined;
  }),
  // Letter
  p('today', 'Letter', "today's date", '', ({ today }) => longDate(today)),
  p(
    'signerName',
    'Letter',
    'signer name',
    (c) => (!c.subscriber.sameAsMember && c.subscriber.relationship === 'child' ? 'subscriber.firstName' : 'member.firstName'),
    ({ c }) => patientSigner(c).name,
  ),
  p('signerRelation', 'Letter', 'relationship to the member', 'subscriber.relationship', ({ c }) =>
    c.subscriber.sameAsMember || c.subscriber.relationship === 'self' ? 'member' : RELATION_FOR_LETTER[c.subscriber.relationship],
  ),
  bare('urgencyNote', 'Letter', 'request.priority', ({ c }) =>
    c.request.priority === 'urgent' ? 'This request is urgent; please review it on the expedited timeline.' : undefined,
  ),
];

export const PLACEHOLDERS: ReadonlyMap<string, Def> = new Map(DEFS.map((d) => [d.name, d]));

/** The case path a placeholder sends the user to, for this case (provider fields follow the provider in use). */
export function placeholderPath(def: Def, c: Case): string {
  return def.pathFor ? def.pathFor(c) : def.path;
}

/** Placeholders in picker order, for the user template editor. */
export function placeholderCatalogue(): PlaceholderDef[] {
  return DEFS.map(({ name, group, label, path, fill }) => ({ name, group, label, path, fill }));
}

export function makeFillContext(bundle: CaseBundle, voice: Voice, today: string): FillContext {
  return { bundle, c: bundle.case, voice, today, standard: standardFor(bundle.case) };
}
