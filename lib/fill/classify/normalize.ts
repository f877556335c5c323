// Label and attribute text reduced to plain lowercase words, with the abbreviations forms use
// spelled out ("DOB" -> "date of birth", "memberId" -> "member id", "#" -> "number").

const EXPANSIONS: Record<string, string> = {
  dob: 'date of birth',
  birthdate: 'birth date',
  fname: 'first name',
  firstname: 'first name',
  lname: 'last name',
  lastname: 'last name',
  surname: 'last name',
  zipcode: 'zip code',
  postalcode: 'postal code',
  dx: 'diagnosis',
  icd10: 'icd 10',
  proc: 'procedure',
  pos: 'place of service',
  qty: 'quantity',
  svc: 'service',
  auth: 'authorization',
  mbr: 'member',
  subscr: 'subscriber',
  prov: 'provider',
  addr: 'address',
  tel: 'phone',
  telephone: 'phone',
  dt: 'date',
  nbr: 'number',
  num: 'number',
  no: 'number',
  desc: 'description',
  mod: 'modifier',
  memberid: 'member id',
  subscriberid: 'subscriber id',
  taxid: 'tax id',
  policyholder: 'policy holder',
  startdate: 'start date',
  enddate: 'end date',
  thru: 'through',
  ur: 'utilization review',
};

/** Lowercase words separated by single spaces; camelCase and snake_case split; abbreviations spelled out. */
const cache = new Map<string, string>();

export function normalize(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const result = normalizeWords(text);
  // Bounded: labels repeat across a form and across collects, page-unique texts do not pile up.
  if (cache.size >= 50000) cache.clear();
  cache.set(text, result);
  return result;
}

function normalizeWords(text: string): string {
  const words = text
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .replace(/([A-Za-z])(\d)/gu, '$1 $2')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/#/gu, ' number ')
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim()
    .split(' ');
  return words
    .map((w) => EXPANSIONS[w] ?? w)
    .join(' ')
    .replace(/\bicd 10\b/gu, 'icd 10')
    .trim();
}
