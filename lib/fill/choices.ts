// Words that portals use for the case's coded values, most specific first: option matching tries
// them in order ("Office (11)" for POS 11, "Expedited" for urgent, "Initial" for a new request).
import type { LineOfBusiness } from '../case/schema';

export interface Choice {
  /** The code as a portal might store it in an option value ("11", "M", "TX"). */
  code: string;
  /** Text for a plain text box. */
  text: string;
  /** Option texts that mean this value, most specific first. */
  words: string[];
  /** The answer when the control asks a yes/no question about it ("Is this request urgent?"). */
  yes?: boolean;
}

export const SEX_CHOICES: Record<string, Choice> = {
  male: { code: 'M', text: 'Male', words: ['male', 'm', 'man', 'boy'] },
  female: { code: 'F', text: 'Female', words: ['female', 'f', 'woman', 'girl'] },
  other: { code: 'X', text: 'Other', words: ['other', 'x', 'non binary', 'nonbinary'] },
};

export const PRIORITY_CHOICES: Record<string, Choice> = {
  standard: {
    code: 'standard',
    text: 'Standard',
    words: ['standard', 'routine', 'non urgent', 'nonurgent', 'not urgent', 'regular', 'normal', 'elective'],
    yes: false,
  },
  urgent: {
    code: 'urgent',
    text: 'Urgent',
    words: ['urgent', 'expedited', 'urgent expedited', 'expedited urgent', 'emergent', 'stat', 'rush'],
    yes: true,
  },
};

export const REQUEST_TYPE_CHOICES: Record<string, Choice> = {
  new: {
    code: 'new',
    text: 'New request',
    words: ['new request', 'initial request', 'new authorization request', 'new', 'initial', 'initial review', 'new authorization'],
  },
  extension: {
    code: 'extension',
    text: 'Extension of existing authorization',
    words: [
      'extension of existing authorization',
      'authorization extension',
      'extension',
      'continued stay',
      'concurrent review',
      'concurrent',
      'continuation',
      'extend',
      'renewal',
    ],
  },
  'additional-info': {
    code: 'additional-info',
    text: 'Providing additional information',
    words: ['providing additional information', 'additional information', 'additional info', 'update existing request'],
  },
};

export const LINE_OF_BUSINESS_CHOICES: Record<LineOfBusiness, Choice> = {
  'commercial-fully-insured': {
    code: 'commercial',
    text: 'Commercial',
    words: ['commercial', 'commercial fully insured', 'fully insured', 'group', 'employer group'],
  },
  'self-funded-erisa': {
    code: 'commercial',
    text: 'Commercial',
    words: ['self funded', 'self insured', 'aso', 'erisa', 'commercial', 'employer group'],
  },
  'medicaid-mco': {
    code: 'medicaid',
    text: 'Medicaid',
    words: ['medicaid managed care', 'managed medicaid', 'medicaid', 'medi cal', 'chip'],
  },
  'medicare-advantage': {
    code: 'medicare',
    text: 'Medicare Advantage',
    words: ['medicare advantage', 'mapd', 'medicare part c', 'medicare'],
  },
  marketplace: {
    code: 'marketplace',
    text: 'Marketplace',
    words: ['marketplace', 'exchange', 'individual and family', 'individual', 'aca', 'ifp'],
  },
  tricare: { code: 'tricare', text: 'TRICARE', words: ['tricare', 'military'] },
  other: { code: 'other', text: 'Other', words: ['other'] },
};

/** CMS place-of-service codes and the names portals give them. */
export const PLACE_OF_SERVICE_NAMES: Record<string, string[]> = {
  '02': ['telehealth', 'telehealth other than in patient home', 'telemedicine', 'virtual'],
  '03': ['school'],
  '10': ['telehealth in patient home', 'telehealth home', 'telehealth'],
  '11': ['office', 'provider office', 'physician office', 'doctor office'],
  '12': ['home', 'patient home', 'in home'],
  '19': ['off campus outpatient hospital'],
  '21': ['inpatient hospital', 'inpatient'],
  '22': ['outpatient hospital', 'on campus outpatient hospital', 'hospital outpatient'],
  '23': ['emergency room', 'emergency room hospital'],
  '31': ['skilled nursing facility'],
  '32': ['nursing facility'],
  '49': ['independent clinic'],
  '53': ['community mental health center'],
  '99': ['other', 'other place of service'],
};

export const RELATIONSHIP_CHOICES: Record<string, Choice> = {
  self: { code: 'self', text: 'Self', words: ['self', 'patient is subscriber', 'same as patient', 'subscriber'] },
  spouse: { code: 'spouse', text: 'Spouse', words: ['spouse', 'husband', 'wife', 'domestic partner', 'partner'] },
  child: { code: 'child', text: 'Child', words: ['child', 'dependent child', 'dependent', 'son', 'daughter'] },
  other: { code: 'other', text: 'Other', words: ['other'] },
};

export const SETTING_CHOICES: Record<string, Choice> = {
  outpatient: { code: 'outpatient', text: 'Outpatient', words: ['outpatient', 'out patient', 'op'] },
  inpatient: { code: 'inpatient', text: 'Inpatient', words: ['inpatient', 'in patient', 'ip'] },
};

export function placeOfServiceChoice(code: string): Choice | undefined {
  const c = code.trim();
  if (!/^\d{1,2}$/.test(c)) return undefined;
  const padded = c.padStart(2, '0');
  const names = PLACE_OF_SERVICE_NAMES[padded] ?? [];
  return { code: padded, text: padded, words: names };
}
