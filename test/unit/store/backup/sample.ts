// A small but varied database for backup tests: the complete fixture case, a second case with
// notes, calls and usage, an archived case, and rows of templates, field rules and added portals.
import type { ScaDatabase } from '../../../../lib/store/db';
import { createCase, setArchived } from '../../../../lib/store/cases';
import { addNote } from '../../../../lib/store/notes';
import { addRecord } from '../../../../lib/store/records';
import { storeComplete } from '../helpers';

export async function fillSample(db: ScaDatabase) {
  const complete = await storeComplete(db);
  await addNote(db, complete.case.id, 'Prior authorization submitted on Availity', new Date('2026-11-02T16:00:00.000Z'));
  const second = await createCase(db, {
    title: 'Sam Lee - OT - Cigna',
    status: 'denied',
    plan: { payer: 'Cigna' },
    service: { diagnoses: [{ code: 'F82', description: 'Motor coordination' }] },
  });
  await addNote(db, second.id, 'Denial letter received; appeal window 180 days', new Date('2026-11-10T10:00:00.000Z'));
  await addNote(db, second.id, 'Asked for peer-to-peer review', new Date('2026-11-11T10:00:00.000Z'));
  await addRecord(db, 'calls', {
    caseId: second.id,
    startedAt: '2026-11-10T15:00:00.000Z',
    party: 'member-services',
    summary: 'Denial explained',
  });
  await addRecord(db, 'usage', { caseId: second.id, code: '97530', date: '2026-11-12', units: 4 });
  const archived = await createCase(db, { title: 'Closed 2025 case', status: 'closed' });
  await setArchived(db, archived.id, true);
  await db.templates.put({ id: 'tpl-1', name: 'My letter', body: 'Dear {{plan.payer}}', updatedAt: '2026-11-01T00:00:00.000Z' });
  await db.fieldRules.put({ id: 'rule-1', portalId: 'availity', formSignature: 'f', fieldSignature: 'g', field: 'member.memberId' });
  await db.userPortals.put({
    id: 'provider.myplan.com',
    name: 'My plan',
    domain: 'provider.myplan.com',
    addedAt: '2026-11-01T00:00:00.000Z',
  });
  return { complete, second, archived };
}
