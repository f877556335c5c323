import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseScreen } from '../../../../components/case/CaseScreen';
import { caseFieldId } from '../../../../components/case/casePath';
import { fieldName, pathWords } from '../../../../lib/case/pathWords';
import { caseWarnings, localToday } from '../../../../lib/case/validate';
import type { ScaDatabase } from '../../../../lib/store/db';
import { caseWithEveryWarning } from '../../case/everyWarning';
import { freshDb, renderScreen } from '../app/workspace';

let db: ScaDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

describe('Warning summary', () => {
  it('names each warned field the way the editor around that field does', async () => {
    db = freshDb();
    const c = caseWithEveryWarning();
    await db.cases.put(c);
    renderScreen(db, <CaseScreen caseId={c.id} />, { activeCaseId: c.id, screen: 'case' });
    const warnings = caseWarnings(c, localToday());
    const summary = (await screen.findByText(`${warnings.length} fields to check (the case is still saved)`)).closest('details')!;
    const shown = within(summary)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(shown).toEqual(warnings.map((w) => fieldName(w.path)));

    let checked = 0;
    for (const { path } of warnings) {
      const control = document.getElementById(caseFieldId(path));
      if (!control) continue; // the primary care provider and older status changes have no control
      const { group, row } = pathWords(path);
      // The editor shows only the latest status change, as "Status took effect on", unnumbered.
      if (path.startsWith('statusHistory.')) continue;
      if (row !== undefined) {
        // Row controls carry their number: "ICD-10 code 2", "Modifier 2".
        expect(document.querySelector(`label[for="${control.id}"]`)?.textContent, path).toMatch(new RegExp(` ${row}$`));
      } else {
        const legend = control.closest('fieldset')?.querySelector('legend')?.textContent;
        if (legend) expect(legend, path).toMatch(new RegExp(`^${group}\\b`));
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
  });
});
