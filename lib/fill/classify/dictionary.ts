// The words insurer forms use (fields.md), as patterns over normalised text. Person and provider
// fields are split into what is asked (an attribute: name, NPI, phone) and whose it is (an owner:
// patient, subscriber, referring provider), so "NPI" under "Referring provider" and "Referring NPI"
// resolve the same way. Other fields map straight to a key.
import { PROVIDER_ROLES, type ProviderRole } from '../../case/codes';
import type { FieldKey } from '../../form/fieldKeys';

export type Attribute =
  | 'firstName'
  | 'lastName'
  | 'name'
  | 'dob'
  | 'sex'
  | 'id'
  | 'group'
  | 'phone'
  /** A phone extension ("Ext.", "Extension"): only the office contact's is in the case. */
  | 'ext'
  | 'fax'
  | 'email'
  | 'street'
  | 'city'
  | 'state'
  | 'zip'
  | 'npi'
  | 'tin'
  | 'license'
  | 'specialty'
  | 'taxonomy'
  | 'organization'
  /** Words that look like an attribute but are none we fill (middle name, suffix, address line 2). */
  | 'none';

/** Whose a field is: a person, one of the case's provider roles, or a provider of no stated role. */
export type Owner = 'member' | 'subscriber' | ProviderRole | 'pcp' | 'contact' | 'plan' | 'provider';

export interface AttributePattern {
  attribute: Attribute;
  re: RegExp;
  weight: number;
  /** Whose the field is when the words themselves say it ("Medicaid ID" is the member's). */
  owner?: Owner;
}

export const ATTRIBUTE_PATTERNS: AttributePattern[] = [
  {
    attribute: 'none',
    re: /\bmiddle (name|initial)\b|\bsuffix\b|\bmi\b|\baddress (line )?2\b|\bapt\b|\bsuite\b|\bmaiden\b|\bnickname\b|\bpreferred name\b/u,
    weight: 1.05,
  },
  { attribute: 'firstName', re: /\bfirst name\b|\bgiven name\b/u, weight: 1 },
  { attribute: 'lastName', re: /\blast name\b|\bfamily name\b/u, weight: 1 },
  { attribute: 'name', re: /\bname\b/u, weight: 0.85 },
  { attribute: 'name', re: /^(patient|member|subscriber|policy holder|employee|insured|customer|participant)$/u, weight: 0.75 },
  { attribute: 'dob', re: /\bdate of birth\b|\bbirth date\b|\bbirthday\b|\bborn\b/u, weight: 1 },
  { attribute: 'sex', re: /\bsex\b|\bgender\b/u, weight: 1 },
  {
    attribute: 'id',
    re: /\b(insurance|health plan|plan|cigna|aetna|medicaid|medicare|insured|beneficiary|enrollee) (id|identification)\b|\bmbi\b/u,
    weight: 1,
    owner: 'member',
  },
  {
    attribute: 'id',
    re: /\b(member|subscriber|patient|employee|participant|customer|policy holder|insured) (id|identification|number)\b/u,
    weight: 1,
  },
  { attribute: 'id', re: /\b(id|identification) number\b|\bpolicy (number|id)\b|\bcertificate number\b/u, weight: 0.9 },
  { attribute: 'id', re: /\bid\b/u, weight: 0.7 },
  { attribute: 'group', re: /\bgroup (number|id|code)\b/u, weight: 1 },
  { attribute: 'group', re: /\bgroup\b/u, weight: 0.6 },
  { attribute: 'phone', re: /\bphone\b|\bcell\b|\bmobile\b/u, weight: 0.95 },
  { attribute: 'phone', re: /\bcontact number\b/u, weight: 0.8 },
  // Above phone: "Phone ext." asks for the extension, not the number.
  { attribute: 'ext', re: /\bext\b|\bextension\b/u, weight: 1.03 },
  { attribute: 'fax', re: /\bfax\b|\bfacsimile\b/u, weight: 1 },
  { attribute: 'email', re: /\be ?mail\b/u, weight: 1 },
  { attribute: 'street', re: /\bstreet\b|\baddress (line )?1\b|\bmailing address\b|\bservice address\b/u, weight: 1 },
  { attribute: 'street', re: /\baddress\b/u, weight: 0.8 },
  { attribute: 'city', re: /\bcity\b|\btown\b/u, weight: 1 },
  { attribute: 'state', re: /\bstate\b/u, weight: 0.9 },
  { attribute: 'zip', re: /\bzip\b|\bpostal code\b|\bpostcode\b/u, weight: 1 },
  { attribute: 'npi', re: /\bnpi\b|\bnational provider identifier\b/u, weight: 1.02 },
  {
    attribute: 'tin',
    re: /\btin\b|\btax id\b|\btaxpayer id\b|\btax identification\b|\bein\b|\bfederal tax\b|\bemployer identification\b/u,
    weight: 1.02,
  },
  { attribute: 'license', re: /\blicen[cs]e\b/u, weight: 1.02 },
  { attribute: 'specialty', re: /\bspeciall?ty\b|\bspeciality\b|\bdiscipline\b|\bprovider type\b/u, weight: 0.95 },
  { attribute: 'taxonomy', re: /\btaxonomy\b/u, weight: 1.02 },
  {
    attribute: 'organization',
    re: /\borganization\b|\bpractice name\b|\bgroup practice\b|\bclinic name\b|\bagency name\b|\bgroup name\b/u,
    weight: 0.95,
  },
];

/** Words that, in the same text, mean the attribute is not ours ("Phone ext.", "Provider ID", "Tax ID of payer"). */
export const ATTRIBUTE_BLOCKERS: Partial<Record<Attribute, RegExp>> = {
  name: /\buser ?name\b|\bfile\b|\bdrug\b|\bmedication\b|\bplan name\b|\bproduct\b|\bdocument\b|\battachment\b/u,
  phone: /\bext(ension)?\b|\bfax\b|\bemergency\b/u,
  // An "extension" of an authorization, a service or a deadline is not a phone extension.
  ext: /\b(authorization|certification|request(ed)?|service|treatment|care|coverage|visits?|units?|days?|weeks?|months?|date|deadline|file|type|reason)\b/u,
  id: /\b(claim|tax|npi|provider|payer|payor|user|login|session|reference|authorization|tracking|decision|case|license|group|secondary|prior|previous|transaction|record|mrn|ssn|social|email|request)\b/u,
  group: /\bsecondary\b|\bage\b|\bgroup practice\b|\bgroup name\b|\bprevious\b|\bprior\b/u,
  street: /\be ?mail\b|\bip\b|\bweb\b/u,
  state: /\bstatus\b|\blicense\b/u,
  tin: /\bpay[eo]r\b|\bof (the )?(plan|insurer)\b/u,
  dob: /\bsignature\b/u,
};

/** Who a text is about, most specific first. */
export const OWNER_PATTERNS: [Owner, RegExp][] = [
  ['pcp', /\bpcp\b|\bprimary care\b/u],
  [
    'contact',
    /\bcontact\b|\butilization review(er)?\b|\breviewer\b|\bperson completing\b|\bsubmitter\b|\bwhom? should we\b|\bcase manager\b/u,
  ],
  ['facility', /\bfacility\b|\bhospital\b|\bagency\b/u],
  ['referring', /\breferring\b|\breferred by\b/u],
  [
    'rendering',
    /\brendering\b|\bservicing\b|\battending\b|\btreating\b|\bperforming\b|\bsupervising\b|\bbcba\b|\bout of network provider\b|\bnon (par|participating|contracted) provider\b/u,
  ],
  ['requesting', /\brequesting\b|\brequester\b|\brequestor\b|\bordering\b|\bsubmitting provider\b/u],
  ['subscriber', /\bsubscriber\b|\bpolicy holder\b|\binsured\b|\bemployee\b|\bcardholder\b|\bguarantor\b/u],
  ['member', /\bpatient\b|\bmember\b|\bcustomer\b|\bparticipant\b|\benrollee\b|\bbeneficiary\b|\bclient\b|\brecipient\b/u],
  ['plan', /\bpay[eo]r\b|\binsurer\b|\binsurance\b|\bhealth plan\b|\bcarrier\b/u],
  ['provider', /\bprovider\b|\bphysician\b|\bdoctor\b|\bpractitioner\b|\bpractice\b|\bclinician\b|\btherapist\b/u],
];

function providerKeys(suffix: string): Partial<Record<Owner, FieldKey>> {
  const out: Partial<Record<Owner, FieldKey>> = {};
  for (const role of PROVIDER_ROLES) out[role] = `providers.${role}.${suffix}` as FieldKey;
  return out;
}

/** Which key an attribute becomes for each owner; owners missing here cannot own the attribute. */
export const OWNED_KEYS: Record<Exclude<Attribute, 'none'>, Partial<Record<Owner, FieldKey>>> = {
  firstName: { member: 'member.firstName', subscriber: 'subscriber.firstName' },
  lastName: { member: 'member.lastName', subscriber: 'subscriber.lastName' },
  name: {
    member: 'member.fullName',
    subscriber: 'subscriber.fullName',
    ...providerKeys('name'),
    pcp: 'pcp.name',
    contact: 'contact.name',
    plan: 'plan.payer',
  },
  dob: { member: 'member.dob', subscriber: 'subscriber.dob' },
  sex: { member: 'member.sex' },
  id: { member: 'member.memberId', subscriber: 'subscriber.subscriberId', plan: 'member.memberId' },
  group: { member: 'member.groupNumber', subscriber: 'member.groupNumber', plan: 'member.groupNumber' },
  phone: { member: 'member.phone', ...providerKeys('phone'), pcp: 'pcp.phone', contact: 'contact.phone' },
  ext: { contact: 'contact.ext' },
  fax: { ...providerKeys('fax'), contact: 'contact.fax' },
  email: { contact: 'contact.email' },
  street: { member: 'member.address.street', ...providerKeys('address.street') },
  city: { member: 'member.address.city', ...providerKeys('address.city') },
  state: { member: 'member.address.state', ...providerKeys('address.state'), plan: 'plan.state' },
  zip: { member: 'member.address.zip', ...providerKeys('address.zip') },
  npi: providerKeys('npi'),
  tin: providerKeys('tin'),
  license: providerKeys('license'),
  specialty: providerKeys('specialty'),
  taxonomy: providerKeys('taxonomy'),
  organization: providerKeys('organization'),
};

/**
 * Whose an attribute is when nothing around the control says so, and how much that guess costs.
 * Patient-only facts default to the patient; provider facts to the rendering (out-of-network)
 * provider the agreement is for. Names, phones and addresses have no default: too many owners.
 */
export const DEFAULT_OWNER: Partial<Record<Attribute, { owner: Owner; factor: number }>> = {
  dob: { owner: 'member', factor: 0.8 },
  sex: { owner: 'member', factor: 0.9 },
  id: { owner: 'member', factor: 0.8 },
  group: { owner: 'member', factor: 0.85 },
  npi: { owner: 'rendering', factor: 0.75 },
  tin: { owner: 'rendering', factor: 0.75 },
  license: { owner: 'rendering', factor: 0.75 },
  specialty: { owner: 'rendering', factor: 0.7 },
  taxonomy: { owner: 'rendering', factor: 0.75 },
  // The organisation filling in the form is the requesting one.
  organization: { owner: 'requesting', factor: 0.75 },
};

export interface KeyPattern {
  key: FieldKey;
  re: RegExp;
  weight: number;
  /** Words that, in the same text, rule the key out. */
  not?: RegExp;
}

const DATE_NOT =
  /\blast\b|\bprior\b|\bprevious\b|\bmost recent\b|\bbirth\b|\bcoverage\b|\btermination\b|\bsignature\b|\bsigned\b|\bexpiration\b/u;

export const KEY_PATTERNS: KeyPattern[] = [
  {
    key: 'plan.payer',
    re: /\bpay[eo]r( name)?\b|\binsurance (company|carrier)\b|\binsurer\b|\bhealth plan( name)?\b|\bcarrier\b/u,
    weight: 0.85,
    not: /\bid\b|\bnumber\b|\bphone\b|\bfax\b|\baddress\b|\bprior\b|\bprevious\b|\bsecondary\b|\bstate\b|\btype\b|\btax\b/u,
  },
  { key: 'plan.planName', re: /\bplan name\b|\bproduct name\b|\bbenefit plan\b/u, weight: 0.95, not: /\bprior\b|\bprevious\b/u },
  {
    key: 'plan.lineOfBusiness',
    re: /\bline of business\b|\blob\b|\bplan type\b|\bproduct type\b|\bcoverage type\b|\btype of (plan|coverage|insurance)\b|\binsurance type\b/u,
    weight: 0.95,
  },
  { key: 'request.type', re: /\btype of request\b|\brequest category\b|\brequest type\b/u, weight: 0.85 },
  // "Review type" on UM forms is standard / expedited / urgent.
  { key: 'request.priority', re: /\breview type\b|\btype of review\b/u, weight: 0.85 },
  // On UM portals "Request type" / "Authorization type" is mostly inpatient / outpatient / referral;
  // options, when the control shows them, decide between the two.
  { key: 'service.setting', re: /\b(request|authorization|auth|admission|case) type\b/u, weight: 0.9 },
  { key: 'request.priority', re: /\bpriority\b|\burgen(t|cy)\b|\bexpedited\b/u, weight: 0.9, not: /\bcontact\b|\bphone\b|\bcare\b/u },
  {
    key: 'request.priorAuthNumber',
    re: /\b(authorization|certification|cert|reference|ref|tracking|decision|referral|case) (number|id)\b|\bdecision id\b|\btracking id\b|\balready have an authorization\b/u,
    weight: 0.9,
    not: /\bclaim\b|\bnpi\b|\bphone\b|\bdate\b/u,
  },
  {
    key: 'request.submittedDate',
    re: /\b(request|submission|submitted|submit) date\b|\bdate (of request|of submission|submitted|requested)\b|\btoday date\b|\btodays date\b/u,
    weight: 0.9,
  },
  { key: 'service.placeOfService', re: /\bplace of service\b|\blocation of service\b|\bservice location type\b/u, weight: 1 },
  { key: 'service.setting', re: /\bsetting\b|\binpatient or outpatient\b|\boutpatient or inpatient\b|\blevel of care\b/u, weight: 0.85 },
  {
    key: 'service.startDate',
    re: /\bstart date\b|\bfrom date\b|\bbegin(ning)? date\b|\bdates? of service( from| start)?\b|\bservice date( from| start)?\b|\badmi(t|ssion) date\b|\brequested start\b|\bstart of (care|service|treatment)\b|\bservice start\b/u,
    weight: 0.9,
    not: DATE_NOT,
  },
  { key: 'service.startDate', re: /^(from|start|begin)$/u, weight: 0.7 },
  {
    key: 'service.endDate',
    re: /\bend date\b|\bto date\b|\bthrough date\b|\bdischarge date\b|\b(dates? of service|service date) (to|through|end)\b|\bend of (care|service|treatment)\b|\bservice end\b/u,
    weight: 1,
    not: DATE_NOT,
  },
  { key: 'service.endDate', re: /^(to|end|through)$/u, weight: 0.7 },
  {
    key: 'service.diagnosis',
    re: /\bdiagnos[ie]s( code)?\b|\bicd( 10)?( code)?\b|\bicd 10 cm\b/u,
    weight: 0.95,
    not: /\bdescription\b|\bdate\b|\bpointer\b|\bdescribe\b/u,
  },
  { key: 'service.diagnosisDescription', re: /\bdiagnosis description\b|\bdescription of (the )?diagnosis\b/u, weight: 1 },
  {
    key: 'service.procedure',
    re: /\bprocedure( code)?\b|\bcpt\b|\bhcpcs\b|\bservice code\b|\bbilling code\b/u,
    weight: 0.95,
    not: /\bdescription\b|\bdate\b|\bmodifier\b|\bunits?\b|\bquantity\b|\bfrequency\b/u,
  },
  {
    key: 'service.procedureDescription',
    re: /\b(procedure|service) description\b|\bdescription of (the )?(procedure|service)s?\b/u,
    weight: 1,
  },
  { key: 'service.procedureModifier', re: /\bmodifier\b/u, weight: 1 },
  {
    key: 'service.procedureFrequency',
    re: /\bfrequency\b|\bper (week|day|month)\b|\bhours per\b|\bvisits per\b|\bsessions per\b/u,
    weight: 0.9,
  },
  {
    key: 'exceptionReasons',
    re: /\breasons? (for|why) (the )?(out of network|oon|network exception|exception|gap)\b|\bwhy (out of network|oon)\b|\bnetwork (gap|exception) reason\b|\bout of network reason\b/u,
    weight: 0.9,
  },
  {
    key: 'clinicalRationale',
    re: /\bclinical (rationale|information|justification|notes?|summary|history)\b|\bjustification\b|\bmedical necessity\b|\bexplanation\b|\bexplain why\b|\brationale\b|\breason for (request|referral|exception|the request)\b/u,
    weight: 0.9,
  },
  {
    key: 'continuity.priorInsurer',
    re: /\b(prior|previous|former|old) (insurer|insurance|carrier|health plan|plan|payer)\b/u,
    weight: 1,
    not: /\bid\b|\bnumber\b|\bgroup\b|\bpolicy\b/u,
  },
  {
    key: 'continuity.coverageStartDate',
    re: /\bcoverage (start|effective|begin)( date)?\b|\beffective date of (the )?(new )?coverage\b|\bnew coverage date\b/u,
    weight: 0.95,
  },
  {
    key: 'continuity.providerTerminationDate',
    re: /\btermination date\b|\bdate (the )?provider (left|terminated)\b|\bleft (the )?network\b|\bterminated from (the )?network\b/u,
    weight: 0.9,
  },
  {
    key: 'continuity.activeTreatment',
    re: /\bactive (course of )?treatment\b|\bcurrently (in|receiving|undergoing) treatment\b/u,
    weight: 0.95,
  },
  { key: 'subscriber.relationship', re: /\brelationship\b|\brelation to\b/u, weight: 1, not: /\bemergency\b|\bcontact\b/u },
];

/** Quantity words: units of a procedure row, or the visits asked for when no procedure row is around. */
/** A section listing reasons to tick: each checkbox in it is one exception reason. */
export const REASONS_SECTION =
  /\breasons? (for|why)\b.*\b(exception|out of network|oon|network|request)\b|\bcheck all that apply\b.*\breason|\bnetwork (gap|exception|inadequacy) reasons?\b/u;

export const QUANTITY =
  /\bunits?\b|\bquantity\b|\bnumber of (visits|sessions|units|hours)\b|\b(visits|sessions|units|hours) requested\b|\bvisits\b|\bsessions\b/u;
export const QUANTITY_NOT = /\btype\b|\bmeasure\b|\bper\b|\bfrequency\b/u;

/** Words that make a text a search box, login or claims lookup: never a case field. */
export const FIELD_BLOCKERS =
  /\bsearch\b|\bfilter\b|\buser ?name\b|\buser id\b|\blog ?in\b|\bsign ?in\b|\bpassword\b|\bclaim( number| id)?\b|\bkeywords?\b|\bsort by\b|\bcaptcha\b|\bpromo\b|\bcoupon\b|\bquery\b|\bsecurity (question|answer|code)\b|\bone time\b|\bverification code\b|\bsame as\b/u;

/** Names and ids that mark a control as marketing, login or search, whatever its label says. */
export const NAME_BLOCKERS = /\bpromo\b|\bcoupon\b|\bnewsletter\b|\blog ?in\b|\buser ?name\b|\bpassword\b|\bcaptcha\b|\bsubscribe\b/u;

/** Sections that make a whole block a lookup or login form. */
export const SECTION_BLOCKERS =
  /\bsearch\b|\blog ?in\b|\bsign ?in\b|\bfilters?\b|\blookup\b|\bclaims?\b|\bfind (a )?(member|patient|provider)\b/u;
