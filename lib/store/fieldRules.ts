// The user's corrections to the fill ("this field is the member ID", "never fill this"), kept per
// portal form. Rows are validated on read: a bad row from an old import is skipped, not trusted.
import { FieldRuleSchema, type FieldRule } from '../fill/corrections';
import type { ScaDatabase } from './db';

export async function listFieldRules(db: ScaDatabase, portalId: string): Promise<FieldRule[]> {
  const rows = await db.fieldRules.where('portalId').equals(portalId).toArray();
  return rows.flatMap((row) => {
    const parsed = FieldRuleSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Saves a correction, replacing an earlier one for the same field of the same form. */
export async function saveFieldRule(db: ScaDatabase, rule: FieldRule): Promise<void> {
  const valid = FieldRuleSchema.parse(rule);
  await db.transaction('rw', db.fieldRules, async () => {
    const same = await db.fieldRules.where('portalId').equals(valid.portalId).toArray();
    const stale = same.filter((r) => r.formSignature === valid.formSignature && r.fieldSignature === valid.fieldSignature).map((r) => r.id);
    if (stale.length) await db.fieldRules.bulkDelete(stale);
    await db.fieldRules.put(valid);
  });
}

export async function deleteFieldRule(db: ScaDatabase, id: string): Promise<void> {
  await db.fieldRules.delete(id);
}
