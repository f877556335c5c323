// What a justification / letter template is: text per voice (provider office or patient) with a
// suggested use. Built-in families live in templates/, the user's own in lib/store/templates.ts.

export const VOICES = ['provider', 'patient'] as const;
export type Voice = (typeof VOICES)[number];

export const TEMPLATE_CATEGORIES = ['justification', 'letter', 'appeal', 'rate', 'script', 'mine'] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<TemplateCategory, string> = {
  justification: 'Request justifications',
  letter: 'Letters',
  appeal: 'Appeals and reviews',
  rate: 'Rates',
  script: 'Calls and notes',
  mine: 'My templates',
};

/** Where the text is meant to go. */
import type { Case } from '../case/schema';

export type TemplateUse = 'portal' | 'letter' | 'call';

export const VOICE_LABELS: Record<Voice, string> = { provider: 'Provider office', patient: 'Patient / family' };

export interface TemplateVoice {
  body: string;
  use: TemplateUse[];
  /**
   * The argument alone (no greeting, no request, no attempts list): what a letter puts between its
   * own opening and closing when it combines several reasons.
   */
  argument?: string;
}

export interface JustificationTemplate {
  id: string;
  title: string;
  category: TemplateCategory;
  description: string;
  /** Other words people use for what this template is about (searched with the title). */
  keywords: string[];
  /** The letter's "Re:" line (may hold placeholders); the title when absent. */
  subject?: string;
  voices: Partial<Record<Voice, TemplateVoice>>;
  /** Built-in templates only: false for a case the text does not fit (it is then not offered). */
  offeredFor?: (c: Case) => boolean;
}

/** The body for a voice, falling back to the template's only voice. */
export function voiceOf(t: JustificationTemplate, voice: Voice): { voice: Voice; variant: TemplateVoice } {
  const v = t.voices[voice];
  if (v) return { voice, variant: v };
  const other = (Object.keys(t.voices) as Voice[])[0]!;
  return { voice: other, variant: t.voices[other]! };
}
