import { cleanup, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { CaseScreen } from '../../../../components/case/CaseScreen';
import { caseFieldId } from '../../../../components/case/casePath';
import { PROVIDER_ROLES } from '../../../../lib/case/codes';
import { CASE_FIELDS, editorLabel, type EditorPath } from '../../../../lib/case/fields';
import { createCase } from '../../../../lib/store/cases';
import type { ScaDatabase } from '../../../../lib/store/db';
import { completeBundle } from '../../../fixtures/cases/complete';
import { freshDb, renderScreen } from '../app/workspace';

let db: ScaDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

/** Every concrete path the registry labels for the editor, with rows 0-3 for row fields. */
function labelledPaths(): Map<string, EditorPath> {
  const ids = new Map<string, EditorPath>();
  for (const [pattern, field] of Object.entries(CASE_FIELDS)) {
    if (!('label' in field)) continue;
    const roles: readonly string[] = pattern.includes('*') ? PROVIDER_ROLES : [''];
    for (const role of roles) {
      for (const row of pattern.includes('#') ? [0, 1, 2, 3] : [0]) {
        const path = pattern.replace('*', role).replace('#', String(row));
        ids.set(caseFieldId(path), path as EditorPath);
      }
    }
  }
  return ids;
}

it('every field the case editor shows is a registry path with the registry’s label', async () => {
  db = freshDb();
  const kase = { ...completeBundle().case, id: 'case-every-field' };
  // Show what the editor hides until asked for: the subscriber, the "other" reason, continuity of care, agreement rows.
  kase.exceptionReasons = ['other', 'continuity-of-care'];
  kase.agreement.approvedCodes = [{ code: '97153', units: 480 }];
  const c = await createCase(db, kase);
  renderScreen(db, <CaseScreen caseId={c.id} />, { activeCaseId: c.id, screen: 'case' });
  await screen.findByLabelText('Member first name');
  const known = labelledPaths();
  const controls = [...document.querySelectorAll<HTMLElement>('[id^="case-"]')].filter((el) => el.matches('input, select, textarea'));
  expect(controls.length).toBeGreaterThan(60);
  for (const control of controls) {
    expect(known.has(control.id), `${control.id} is not a path the registry labels`).toBe(true);
    const label = document.querySelector(`label[for="${control.id}"]`)?.textContent ?? '';
    expect(label, control.id).toBe(editorLabel(known.get(control.id)!));
  }
});
