// How facts read in justification text: dates, money, counts and lists in plain US business style.
// Every helper returns undefined for an unknown input so a placeholder stays "missing", never "NaN".

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface DateParts {
  y: number;
  m: number;
  d: number;
}

/** Reads 'YYYY-MM-DD' without going through Date, so no time zone can shift the day. */
export function parseIsoDate(iso: string | undefined): DateParts | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso?.trim() ?? '');
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return { y, m: mo, d };
}

/** "April 7, 2019" */
export function longDate(iso: string | undefined): string | undefined {
  const p = parseIsoDate(iso);
  return p ? `${MONTHS[p.m - 1]} ${p.d}, ${p.y}` : undefined;
}

/** "04/07/2019", the form most insurer forms ask for. */
export function usDate(iso: string | undefined): string | undefined {
  const p = parseIsoDate(iso);
  return p ? `${String(p.m).padStart(2, '0')}/${String(p.d).padStart(2, '0')}/${p.y}` : undefined;
}

/** "December 1, 2026 through May 31, 2027"; one date alone reads "beginning December 1, 2026". */
export function dateRange(start: string | undefined, end: string | undefined): string | undefined {
  const a = longDate(start);
  const b = longDate(end);
  if (a && b) return `${a} through ${b}`;
  if (a) return `beginning ${a}`;
  return undefined;
}

/** Today's calendar date as YYYY-MM-DD in local time (a letter is dated where it is printed). */
export function isoToday(today?: Date | string): string {
  if (typeof today === 'string' && parseIsoDate(today)) return today;
  const d = today instanceof Date ? today : typeof today === 'string' ? new Date(today) : new Date();
  const safe = Number.isNaN(d.getTime()) ? new Date() : d;
  return `${safe.getFullYear()}-${String(safe.getMonth() + 1).padStart(2, '0')}-${String(safe.getDate()).padStart(2, '0')}`;
}

/** Whole years between a birth date and a day. */
export function ageOn(dob: string | undefined, onIso: string): number | undefined {
  const b = parseIsoDate(dob);
  const t = parseIsoDate(onIso);
  if (!b || !t) return undefined;
  let age = t.y - b.y;
  if (t.m < b.m || (t.m === b.m && t.d < b.d)) age -= 1;
  return age >= 0 ? age : undefined;
}

const moneyFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** "$1,234.50" */
export function money(n: number | undefined): string | undefined {
  return typeof n === 'number' && Number.isFinite(n) ? moneyFormat.format(n) : undefined;
}

/** "1,688"; one decimal at most. */
export function count(n: number | undefined): string | undefined {
  return typeof n === 'number' && Number.isFinite(n) ? countFormat.format(n) : undefined;
}

/** "3 providers" / "1 provider" */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** "a, b, and c" (serial comma: clearer when items contain "and"). */
export function joinList(items: string[], conjunction = 'and'): string | undefined {
  const xs = items.map((s) => s.trim()).filter(Boolean);
  if (xs.length === 0) return undefined;
  if (xs.length === 1) return xs[0];
  if (xs.length === 2) return `${xs[0]} ${conjunction} ${xs[1]}`;
  return `${xs.slice(0, -1).join(', ')}, ${conjunction} ${xs[xs.length - 1]}`;
}

/** Ends a free-text fragment with a full stop when it has no closing punctuation. */
export function asSentence(s: string): string {
  const t = s.trim();
  return t === '' || /[.!?]["')\]]?$/u.test(t) ? t : `${t}.`;
}

/** "Member date of birth" -> "member date of birth"; keeps acronyms such as "NPI" whole. */
export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** First + last name, skipping blanks. */
export function fullName(first: string, last: string): string | undefined {
  const n = [first, last]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
  return n || undefined;
}

/** '' and whitespace become undefined: an empty field is a missing fact. */
export function present(s: string | undefined | null): string | undefined {
  const t = s?.trim();
  return t ? t : undefined;
}
