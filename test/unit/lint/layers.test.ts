// @vitest-environment node
// The lint rules that keep the code in its layers fail on a wrong import: each file below is linted
// as if it stood at that path in the project (eslint.config.js), and a right import passes.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;

/** The rule ids and messages ESLint reports for `code` at `filePath`. */
async function problems(filePath: string, code: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

// Loading ESLint, typescript-eslint and the resolver takes seconds on a busy machine.
const SLOW = 60_000;

describe('layer and cycle rules', () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: process.cwd() });
  });

  it(
    'code in lib/page importing panel-side fill code is refused (it runs inside portal pages)',
    async () => {
      expect(await problems('lib/page/wrong.ts', "import { planFill } from '../fill/plan';\nexport const f = planFill;\n")).toEqual([
        { rule: 'import-x/no-restricted-paths', message: expect.stringContaining('lib/page runs inside portal pages') },
      ]);
      // The shared vocabulary is allowed.
      expect(
        await problems('lib/page/right.ts', "import type { FieldDescriptor } from '../form/types';\nexport type F = FieldDescriptor;\n"),
      ).toEqual([]);
    },
    SLOW,
  );

  it(
    'lib/store importing a component is refused',
    async () => {
      expect(
        await problems(
          'lib/store/wrong.ts',
          "import { CaseScreen } from '../../components/case/CaseScreen';\nexport const s = CaseScreen;\n",
        ),
      ).toEqual([{ rule: 'import-x/no-restricted-paths', message: expect.stringContaining('lib/ is plain TypeScript under the views') }]);
    },
    SLOW,
  );

  it(
    'a type-only import that closes a cycle is refused, with the cycle named',
    async () => {
      // lib/clocks/followUp.ts imports lib/dates/calendarDate.ts; importing a type back closes the loop.
      const code = "import type { DueFollowUp } from '../clocks/followUp';\nexport type Due = DueFollowUp;\n";
      expect(await problems('lib/dates/calendarDate.ts', code)).toEqual([
        {
          rule: 'local/no-import-cycle',
          message: expect.stringContaining('lib/dates/calendarDate.ts -> lib/clocks/followUp.ts -> lib/dates/calendarDate.ts'),
        },
      ]);
    },
    SLOW,
  );
});
