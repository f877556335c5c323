// Fills a template from a case. A missing value renders as a visible bracket ("[member date of
// birth]") and is listed with its case path, so nothing blank, "undefined" or "{{...}}" reaches a
// reviewer; an optional [[ ... ]] block whose facts are missing is left out whole.
import type { CaseBundle } from '../case/schema';
import { isoToday } from './format';
import { makeFillContext, placeholderPath, PLACEHOLDERS, type FillContext } from './placeholders';
import { parseTemplate, type SyntaxProblem, type TemplateNode } from './syntax';
import { voiceOf, type JustificationTemplate, type Voice } from './template';
import { trimEndWhere } from '../text/trimEnd';

export interface MissingField {
  /** The placeholder that had no value. */
  placeholder: string;
  /** What to fill, e.g. "member date of birth". */
  label: string;
  /** The case path that supplies it, e.g. 'member.dob', 'service.diagnoses', 'attempts'. */
  path: string;
}

export interface RenderResult {
  text: string;
  missing: MissingField[];
  /** The voice actually used (a one-voice template keeps its own). */
  voice: Voice;
  /** Placeholder names the renderer does not know (typos in a user template). */
  unknown: string[];
  problems: SyntaxProblem[];
}

interface Pass {
  ctx: FillContext;
  values: Map<string, string | undefined>;
  missing: Map<string, MissingField>;
  unknown: Set<string>;
}

function valueOf(pass: Pass, name: string): string | undefined {
  if (!pass.values.has(name)) {
    const def = PLACEHOLDERS.get(name);
    const raw = def?.fill(pass.ctx);
    // Guard against any formatter leaking a non-value word into a letter.
    pass.values.set(name, raw === undefined || /^(undefined|null|NaN)$/u.test(raw.trim()) || raw.trim() === '' ? undefined : raw);
  }
  return pass.values.get(name);
}

function blockComplete(pass: Pass, nodes: TemplateNode[]): boolean {
  // Nested blocks decide for themselves; only this block's own fields count.
  return nodes.every((n) => n.kind !== 'field' || (PLACEHOLDERS.has(n.name) && valueOf(pass, n.name) !== undefined));
}

function emit(pass: Pass, nodes: TemplateNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') out += n.text;
    else if (n.kind === 'block') out += blockComplete(pass, n.children) ? emit(pass, n.children) : '';
    else {
      const def = PLACEHOLDERS.get(n.name);
      if (!def) {
        pass.unknown.add(n.name);
        out += `[unknown placeholder: ${n.name}]`;
        continue;
      }
      const v = valueOf(pass, n.name);
      if (v !== undefined) out += v;
      else {
        const path = placeholderPath(def, pass.ctx.c);
        // One entry per case field: several placeholders read the attempts log or the status history.
        const key = path || def.label;
        if (!pass.missing.has(key)) pass.missing.set(key, { placeholder: n.name, label: def.label, path });
        out += `[${def.label}]`;
      }
    }
  }
  return out;
}

const PUNCTUATION = new Set(['.', ',', ';', ':']);
const isSpaceOrTab = (c: string) => c === ' ' || c === '\t';
const isVisible = (c: string | undefined) => c !== undefined && /\S/u.test(c);

/** One line tidied: no spaces at either end, single spaces between words, none before punctuation. */
function tidyLine(line: string): string {
  let start = 0;
  while (line[start] === ' ') start++;
  const body = line.slice(start);
  // Each run of spaces is looked at once (a regex backtracking over a long run is quadratic).
  return body.replace(/ +/gu, (run: string, at: number) => {
    const next = body[at + run.length];
    if (next !== undefined && PUNCTUATION.has(next)) return '';
    return run.length > 1 && isVisible(body[at - 1]) && isVisible(next) ? ' ' : run;
  });
}

/**
 * Tidies what dropped blocks leave behind: trailing spaces, doubled spaces, spaces before
 * punctuation, runs of blank lines. Linear in the text's length (a template may hold any text).
 */
export function tidy(text: string): string {
  const parts = text.split(/([\n\r\u2028\u2029])/u);
  for (let i = 0; i < parts.length; i += 2) parts[i] = tidyLine(trimEndWhere(parts[i]!, isSpaceOrTab));
  return parts
    .join('')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** Renders a template body (built-in or the user's own) for a case. */
export function renderBody(body: string, voice: Voice, bundle: CaseBundle, today?: Date | string): RenderResult {
  const { nodes, problems } = parseTemplate(body);
  const pass: Pass = { ctx: makeFillContext(bundle, voice, isoToday(today)), values: new Map(), missing: new Map(), unknown: new Set() };
  const text = tidy(emit(pass, nodes));
  return { text, missing: [...pass.missing.values()], voice, unknown: [...pass.unknown], problems };
}

/** Renders a template in a voice (falling back to its only voice) for a case on a day. */
export function renderTemplate(template: JustificationTemplate, voice: Voice, bundle: CaseBundle, today?: Date | string): RenderResult {
  const chosen = voiceOf(template, voice);
  return renderBody(chosen.variant.body, chosen.voice, bundle, today);
}
