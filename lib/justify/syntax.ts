// The template language: {{name}} placeholders and [[ ... ]] optional blocks (dropped whole when a
// placeholder inside is missing). One parser, shared by the renderer and the user-template checker.

export type TemplateNode =
  { kind: 'text'; text: string } | { kind: 'field'; name: string; at: number } | { kind: 'block'; children: TemplateNode[]; at: number };

export interface SyntaxProblem {
  at: number;
  message: string;
}

const TOKEN = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}|\[\[|\]\]|\{\{/gu;

export function parseTemplate(body: string): { nodes: TemplateNode[]; problems: SyntaxProblem[] } {
  const root: TemplateNode[] = [];
  const stack: { children: TemplateNode[]; at: number }[] = [{ children: root, at: -1 }];
  const problems: SyntaxProblem[] = [];
  let last = 0;
  const top = () => stack[stack.length - 1]!.children;
  for (const m of body.matchAll(TOKEN)) {
    const at = m.index!;
    if (at > last) top().push({ kind: 'text', text: body.slice(last, at) });
    last = at + m[0].length;
    if (m[1]) top().push({ kind: 'field', name: m[1], at });
    else if (m[0] === '[[') {
      const block: TemplateNode = { kind: 'block', children: [], at };
      top().push(block);
      stack.push({ children: block.children, at });
    } else if (m[0] === ']]') {
      if (stack.length > 1) stack.pop();
      else problems.push({ at, message: `"]]" at character ${at + 1} closes no optional block: remove it or add "[[" before it.` });
    } else {
      problems.push({
        at,
        message: `"{{" at character ${at + 1} does not hold a placeholder name: write it as {{name}} with letters and digits only.`,
      });
    }
  }
  if (last < body.length) top().push({ kind: 'text', text: body.slice(last) });
  for (const open of stack.slice(1)) {
    problems.push({
      at: open.at,
      message: `The optional block opened with "[[" at character ${open.at + 1} is never closed: add "]]" where the optional text ends.`,
    });
  }
  return { nodes: root, problems };
}

/** Placeholder names used in a template, split into required (outside any block) and optional. */
export function placeholderNames(body: string): { required: string[]; optional: string[] } {
  const required = new Set<string>();
  const optional = new Set<string>();
  const walk = (nodes: TemplateNode[], inBlock: boolean) => {
    for (const n of nodes) {
      if (n.kind === 'field') (inBlock ? optional : required).add(n.name);
      else if (n.kind === 'block') walk(n.children, true);
    }
  };
  walk(parseTemplate(body).nodes, false);
  return { required: [...required], optional: [...optional].filter((n) => !required.has(n)) };
}
