// Types of generateLayouts.mjs for the TypeScript tests.
export interface GeneratedExpected {
  case: 'complete';
  fields: Record<string, string | boolean>;
  untouched: string[];
}
export interface GeneratedPage {
  host: string;
  path: string;
  html: string;
  expected: GeneratedExpected;
}
export const GENERATED_HOST: string;
export const PAGES_PER_SEED: number;
export function generateLayouts(seed: number, count?: number): GeneratedPage[];
export function writeGeneratedLayouts(dir: string, seed: number, count?: number): GeneratedPage[];
