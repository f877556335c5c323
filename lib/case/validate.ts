// Format checks for the identifiers and dates a case holds. Each check returns the normalised value
// or a message the user can act on. The case editor shows them as warnings: saving is never blocked,
// because a draft is filled in over days.
import type { Case, Provider } from './schema';
import { localDateOf } from '../dates/calendarDate';
import { PROVIDER_ROLES } from './codes';
import { US_STATES } from './usStates';

export type Check = { ok: true; value: string } | { ok: false; message: string };

/** A format or date-order problem in a case; shown beside the field, never blocks saving. */
export interface CaseWarning {
  /** Dotted path of the field in the case, e.g. "providers.rendering.npi" or "service.diagnoses.0.code". */
  path: string;
  message: string;
}

const ok = (value: string): Check => ({ ok: true, value });
const fail = (message: string): Check => ({ ok: false, message });

// ---- normalisers ---------------------------------------------------------------------------

/** The digits of a string, everything else dropped. */
export function digitsOnly(s: string): string {
  return s.replace(/\D+/g, '');
}

/** Drops spaces, hyphens, dots and parentheses: the separators people type inside numbers. */
function stripSeparators(s: string): string {
  return s.replace(/[\s\-.()/]+/g, '');
}

/** Luhn check digit (mod 10, doubling every second digit from the right) for a digit string. */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = payload.charCodeAt(payload.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** An NPI as its 10 digits (separators dropped); unchanged when it is not 10 digits. */
export function formatNpi(s: string): string {
  const d = stripSeparators(s);
  return /^\d{10}$/.test(d) ? d : s.trim();
}

/** A TIN/EIN as ##-#######; unchanged when it is not 9 digits. */
export function formatEin(s: string): string {
  const d = stripSeparators(s);
  return /^\d{9}$/.test(d) ? `${d.slice(0, 2)}-${d.slice(2)}` : s.trim();
}

/** A US phone number as (###) ###-####; unchanged when it is not 10 digits (an optional leading 1 is dropped). */
export function formatPhone(s: string): string {
  const d = phoneDigits(s);
  return d ? `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` : s.trim();
}

/** A ZIP as ##### or #####-####; unchanged when it is neither. */
export function formatZip(s: string): string {
  const d = stripSeparators(s);
  if (/^\d{5}$/.test(d)) return d;
  if (/^\d{9}$/.test(d)) return `${d.slice(0, 5)}-${d.slice(5)}`;
  return s.trim();
}

/** An ICD-10-CM code upper-cased with its dot after the third character ("f840" -> "F84.0"). */
export function formatIcd10(s: string): string {
  const c = s.trim().toUpperCase().replace(/\s+/g, '');
  const m = /^([A-Z][0-9][0-9A-Z])\.?([0-9A-Z]{0,4})$/.exec(c);
  if (!m) return s.trim();
  return m[2] ? `${m[1]}.${m[2]}` : m[1]!;
}

function phoneDigits(s: string): string | undefined {
  if (/[^\d\s\-.()+]/.test(s.trim())) return undefined;
  let d = digitsOnly(s);
  if (d.length === 11 && d.startsWith('1')) d = d.slice(1);
  return d.length === 10 ? d : undefined;
}

// ---- identifiers ---------------------------------------------------------------------------

/**
 * National Provider Identifier: 10 digits whose last is the Luhn check digit over "80840" + the first 9.
 * The digits carry no meaning (45 CFR 162.406: an "intelligence-free" number): the first digit does
 * not tell an individual from an organization, so only the length and check digit are checked.
 */
export function validateNpi(input: string): Check {
  const s = stripSeparators(input.trim());
  if (s === '') return fail('Enter the 10-digit NPI.');
  if (!/^\d+$/.test(s)) return fail('An NPI has digits only; remove letters and symbols.');
  if (s.length !== 10) return fail(`An NPI has 10 digits; this one has ${s.length}.`);
  const expected = luhnCheckDigit('80840' + s.slice(0, 9));
  if (Number(s[9]) !== expected)
    return fail('This NPI fails its check digit; a digit is probably mistyped. Look it up in the NPPES registry.');
  return ok(s);
}

/**
 * Tax ID (TIN): 9 digits, typed bare, in the EIN shape ##-####### or the SSN shape ###-##-####
 * (a solo provider may bill under an SSN). Bare digits are normalised to the EIN shape.
 */
export function validateTin(input: string): Check {
  const t = input.trim();
  if (t === '') return fail('Enter the 9-digit tax ID (EIN).');
  if (!/^[\d\s-]+$/.test(t)) return fail('A tax ID has digits only, like 12-3456789.');
  const d = digitsOnly(t);
  if (d.length !== 9) return fail(`A tax ID (EIN) has 9 digits; this one has ${d.length}.`);
  if (/^0+$/.test(d)) return fail('A tax ID of all zeros is a placeholder; enter the real one.');
  const compact = t.replace(/\s+/g, '');
  if (/^\d{3}-\d{2}-\d{4}$/.test(compact)) return ok(compact);
  if (!/^\d{9}$/.test(compact) && !/^\d{2}-\d{7}$/.test(compact)) {
    return fail('Write a tax ID as 12-3456789 (EIN) or 123-45-6789 (SSN); the hyphens are in unusual places.');
  }
  return ok(formatEin(d));
}

/**
 * Three-character ICD-10-CM categories that are billable as they are (they have no subcodes): the
 * behavioral health ones an SCA most often carries, and I10. Any other 3-character code is a heading
 * a claim cannot carry (F84 must be F84.0, F84.5 ...), so it gets a warning. Source: ICD-10-CM
 * tabular list (CDC/CMS, FY2026).
 */
const BILLABLE_CATEGORIES: ReadonlySet<string> = new Set([
  'F04',
  'F05',
  'F09',
  'F21',
  'F22',
  'F23',
  'F24',
  'F28',
  'F29',
  'F39',
  'F54',
  'F59',
  'F66',
  'F69',
  'F70',
  'F71',
  'F72',
  'F73',
  'F79',
  'F82',
  'F88',
  'F89',
  'F99',
  'I10',
]);

/** ICD-10-CM diagnosis code: a letter, a digit, a letter or digit, then optionally a dot and up to 4 more. */
export function validateIcd10(input: string): Check {
  const c = input.trim().toUpperCase().replace(/\s+/g, '');
  if (c === '') return fail('Enter the ICD-10 diagnosis code, like F84.0.');
  if (!/^[A-Z]/.test(c)) return fail('An ICD-10 code starts with a letter, like F84.0; a code of digits only is probably a CPT code.');
  if (!/^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4}|\.)?$/.test(c)) {
    return fail('This is not an ICD-10 code: use a letter, two characters, then optionally a dot and up to 4 more (F84.0, M54.50).');
  }
  const code = formatIcd10(c);
  if (/^[A-Z][0-9][0-9A-Z]$/.test(code) && !BILLABLE_CATEGORIES.has(code)) {
    return fail(
      `${code} is a category, not a billable code: add the characters after the dot (autism is F84.0). Check the ICD-10-CM list if this category has no subcodes.`,
    );
  }
  return ok(code);
}

/** First letters of HCPCS Level II codes in use (A-V except F, I, N and O; W-Z are local codes). */
const HCPCS_LETTERS = /^[A-EG-HJ-MP-V]\d{4}$/;
/** CPT: 5 digits, category II (F) or III (T), or a Proprietary Laboratory Analyses code (U, like 0001U). */
const CPT_CODE = /^(\d{5}|\d{4}[FTU])$/;

/**
 * Procedure code: CPT (5 digits), CPT category II/III or PLA (4 digits + F, T or U), or HCPCS Level II
 * (a letter in use + 4 digits). Upper-cased.
 */
export function validateProcedureCode(input: string): Check {
  const c = input.trim().toUpperCase();
  if (c === '') return fail('Enter the CPT or HCPCS code, like 97153.');
  if (CPT_CODE.test(c) || HCPCS_LETTERS.test(c)) return ok(c);
  if (/^[FINO]\d{4}$/.test(c)) return fail(`No HCPCS code starts with ${c[0]}: check the first letter (H2019, S9480, T1023).`);
  if (validateIcd10(c).ok) return fail('This looks like an ICD-10 diagnosis code; enter it under diagnoses and use a CPT/HCPCS code here.');
  return fail('A procedure code is 5 digits (CPT, like 97153), 4 digits + F, T or U, or a letter + 4 digits (HCPCS, like H2019).');
}

/** CPT 5-digit, category II/III or PLA code only. */
export function validateCpt(input: string): Check {
  const c = input.trim().toUpperCase();
  if (CPT_CODE.test(c)) return ok(c);
  return fail('A CPT code is 5 digits (like 97153), or 4 digits + F, T or U.');
}

/** HCPCS Level II code only: a letter in use (A-V but F, I, N, O) and 4 digits. */
export function validateHcpcs(input: string): Check {
  const c = input.trim().toUpperCase();
  if (HCPCS_LETTERS.test(c)) return ok(c);
  return fail('A HCPCS code is a letter (A-V, not F, I, N or O) and 4 digits, like H2019.');
}

/** One modifier: 2 letters or digits (GT, 95, HN). */
export function validateModifier(input: string): Check {
  const c = input.trim().toUpperCase();
  if (/^[A-Z0-9]{2}$/.test(c)) return ok(c);
  return fail('A modifier is 2 letters or digits, like 95 or HN.');
}

/** One to four modifiers separated by spaces or commas, as a procedure line holds them ("HN, 95"). */
export function validateModifiers(input: string): Check {
  const parts = input
    .trim()
    .toUpperCase()
    .split(/[\s,;]+/)
    .filter(Boolean);
  if (parts.length === 0) return fail('Enter a modifier, like 95 or HN.');
  if (parts.length > 4) return fail('A procedure line takes at most 4 modifiers.');
  const bad = parts.find((p) => !/^[A-Z0-9]{2}$/.test(p));
  if (bad) return fail(`"${bad}" is not a modifier: each is 2 letters or digits, like 95 or HN.`);
  return ok(parts.join(' '));
}

/** ZIP code: 5 digits or ZIP+4. Normalised to ##### or #####-####. */
export function validateZip(input: string): Check {
  const t = input.trim();
  if (t === '') return fail('Enter the 5-digit ZIP code.');
  if (!/^\d{5}(?:[\s-]?\d{4})?$/.test(t)) return fail('A ZIP code is 5 digits, or 9 as 12345-6789.');
  return ok(formatZip(t));
}

/** States, DC, territories and military "states" used in US addresses. */
const US_STATE_CODES: ReadonlySet<string> = new Set(Object.keys(US_STATES));

/** US state: its two-letter postal code. Upper-cased. */
export function validateState(input: string): Check {
  const c = input.trim().toUpperCase();
  if (c === '') return fail('Enter the two-letter state code, like TX.');
  if (!US_STATE_CODES.has(c)) return fail(`"${input.trim()}" is not a US state code; use the two-letter postal code, like TX.`);
  return ok(c);
}

/** US phone or fax number: 10 digits (a leading 1 is accepted). Normalised to (###) ###-####. */
export function validatePhone(input: string): Check {
  const t = input.trim();
  if (t === '') return fail('Enter the 10-digit phone number with area code.');
  const d = phoneDigits(t);
  if (!d) return fail('A phone number has 10 digits with the area code, like (512) 555-0142.');
  if (d[0] === '0' || d[0] === '1') return fail('An area code does not start with 0 or 1; check the first digits.');
  return ok(formatPhone(d));
}

/** Email address: something@domain.tld, no spaces. */
export function validateEmail(input: string): Check {
  const t = input.trim();
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t)) return ok(t);
  return fail('Enter an email address like name@example.com.');
}

// ---- dates ---------------------------------------------------------------------------------

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function validateDate(input: string): Check {
  const t = input.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (!m) return fail('Use a date like 2026-11-23.');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return fail(`${t} is not a calendar date; check the month and day.`);
  }
  if (y < 1900 || y > 2200) return fail(`The year ${y} looks mistyped.`);
  return ok(t);
}

/** Today's local calendar date as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  return localDateOf(now);
}

/** A date range whose start is not after its end. Either side may be '' (not known yet). */
export function validateDateOrder(start: string, end: string, what = 'The end date'): Check {
  if (start === '' || end === '') return ok(`${start}..${end}`);
  if (start > end) return fail(`${what} (${end}) is before the start date (${start}); check both dates.`);
  return ok(`${start}..${end}`);
}

/** Date of birth: a real date, not in the future. */
export function validateDob(input: string, today = localToday()): Check {
  const d = validateDate(input);
  if (!d.ok) return d;
  if (d.value > today) return fail('The date of birth is in the future; check the year.');
  return d;
}

/** A real date that is not after today (dates of things that already happened). */
export function validateNotFuture(input: string, today = localToday(), what = 'This date'): Check {
  const d = validateDate(input);
  if (!d.ok) return d;
  if (d.value > today) return fail(`${what} (${d.value}) is in the future; check the date.`);
  return d;
}

// ---- the case ------------------------------------------------------------------------------

/**
 * Problems worth showing in the case editor: values in a wrong format and dates out of order.
 * Empty fields are not reported here (completeness is the checklist's job).
 */
export function caseWarnings(c: Case, today = localToday()): CaseWarning[] {
  const out: CaseWarning[] = [];
  const check = (path: string, value: string, validator: (v: string) => Check) => {
    if (value.trim() === '') return;
    const r = validator(value);
    if (!r.ok) out.push({ path, message: r.message });
  };
  const checkAddress = (path: string, a: { state: string; zip: string }) => {
    check(`${path}.state`, a.state, validateState);
    check(`${path}.zip`, a.zip, validateZip);
  };
  const checkRange = (startPath: string, endPath: string, start: string, end: string, what: string) => {
    check(startPath, start, validateDate);
    check(endPath, end, validateDate);
    if (validateDate(start).ok && validateDate(end).ok) {
      const r = validateDateOrder(start, end, what);
      if (!r.ok) out.push({ path: endPath, message: r.message });
    }
  };

  check('member.dob', c.member.dob, (v) => validateDob(v, today));
  check('member.phone', c.member.phone, validatePhone);
  checkAddress('member.address', c.member.address);
  if (!c.subscriber.sameAsMember) check('subscriber.dob', c.subscriber.dob, (v) => validateDob(v, today));
  check('plan.state', c.plan.state, validateState);

  for (const role of PROVIDER_ROLES) {
    const p: Provider = c.providers[role];
    const base = `providers.${role}`;
    check(`${base}.npi`, p.npi, validateNpi);
    check(`${base}.tin`, p.tin, validateTin);
    check(`${base}.phone`, p.phone, validatePhone);
    check(`${base}.fax`, p.fax, validatePhone);
    checkAddress(`${base}.address`, p.address);
  }
  check('pcp.phone', c.pcp.phone, validatePhone);
  check('pcp.fax', c.pcp.fax, validatePhone);
  check('contact.phone', c.contact.phone, validatePhone);
  check('contact.fax', c.contact.fax, validatePhone);
  check('contact.email', c.contact.email, validateEmail);

  check('request.submittedDate', c.request.submittedDate, (v) => validateNotFuture(v, today, 'The submission date'));
  // These two stop and restart the plan's decision clock: a typo there moves a deadline silently.
  const asked = c.request.infoRequestedDate;
  const sent = c.request.infoSentDate;
  check('request.infoRequestedDate', asked, (v) => validateNotFuture(v, today, 'The date the plan asked for more information'));
  check('request.infoSentDate', sent, (v) => validateNotFuture(v, today, 'The date the information was sent'));
  if (validateDate(asked).ok && validateDate(sent).ok && sent < asked) {
    out.push({
      path: 'request.infoSentDate',
      message: `The information was sent (${sent}) before the plan asked for it (${asked}); check both dates.`,
    });
  }
  c.service.diagnoses.forEach((d, i) => check(`service.diagnoses.${i}.code`, d.code, validateIcd10));
  c.service.procedures.forEach((p, i) => {
    check(`service.procedures.${i}.code`, p.code, validateProcedureCode);
    check(`service.procedures.${i}.modifier`, p.modifier, validateModifiers);
  });
  checkRange('service.startDate', 'service.endDate', c.service.startDate, c.service.endDate, 'The service end date');
  c.agreement.approvedCodes.forEach((a, i) => check(`agreement.approvedCodes.${i}.code`, a.code, validateProcedureCode));
  checkRange('agreement.startDate', 'agreement.endDate', c.agreement.startDate, c.agreement.endDate, 'The agreement end date');
  check('continuity.coverageStartDate', c.continuity.coverageStartDate, validateDate);
  check('continuity.providerTerminationDate', c.continuity.providerTerminationDate, validateDate);
  check('followUp.nextDue', c.followUp.nextDue, validateDate);
  // Care cannot start before the patient was born: almost always a year typed wrong.
  const dob = c.member.dob;
  if (validateDate(dob).ok && validateDate(c.service.startDate).ok && c.service.startDate < dob) {
    out.push({
      path: 'service.startDate',
      message: `The service start date (${c.service.startDate}) is before the member's date of birth (${dob}); check the year.`,
    });
  }
  c.statusHistory.forEach((e, i) => check(`statusHistory.${i}.date`, e.date, validateDate));
  return out;
}
