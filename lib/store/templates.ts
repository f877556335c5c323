// The user's own justification templates in the `templates` table. Rows are validated on read
// (invalid ones, e.g. from an old backup, are dropped) and on write; each action is one transaction.
import { newId } from '../case/schema';
// eslint-disable-next-line import-x/no-restricted-paths -- the row schema of the templates table; to move with VOICES into a data module (not yet inverted)
import { USER_TEMPLATE_PREFIX, UserTemplateSchema, type UserTemplate } from '../justify/userTemplate';
// eslint-disable-next-line import-x/no-restricted-paths -- copyTemplate picks a built-in's voice; to move to lib/justify (not yet inverted)
import { voiceOf, type JustificationTemplate, type Voice } from '../justify/template';
import type { ScaDatabase } from './db';
import { firstIssueMessage } from './errors';

function parseRow(input: unknown): UserTemplate {
  const parsed = UserTemplateSchema.safeParse(input);
  if (!parsed.success) throw new Error(`The template was not saved: ${firstIssueMessage(parsed.error)}`);
  return parsed.data;
}

function validRows(rows: unknown[]): UserTemplate[] {
  return rows.flatMap((r) => {
    const p = UserTemplateSchema.safeParse(r);
    return p.success ? [p.data] : [];
  });
}

/** The user's templates, by title. */
export async function listUserTemplates(db: ScaDatabase): Promise<UserTemplate[]> {
  const rows = await db.templates.toArray();
  return validRows(rows).sort((a, b) => a.title.localeCompare(b.title));
}

export async function getUserTemplate(db: ScaDatabase, id: string): Promise<UserTemplate | undefined> {
  return validRows([await db.templates.get(id)])[0];
}

export interface UserTemplateInput {
  title: string;
  body: string;
  voice: Voice;
  basedOn?: string;
}

export async function createUserTemplate(db: ScaDatabase, input: UserTemplateInput, now = new Date()): Promise<UserTemplate> {
  const at = now.toISOString();
  const row = parseRow({ id: `${USER_TEMPLATE_PREFIX}${newId()}`, ...input, basedOn: input.basedOn ?? '', createdAt: at, updatedAt: at });
  await db.transaction('rw', db.templates, () => db.templates.add(row));
  return row;
}

/** "Edit as my template": a copy of a built-in in the chosen voice. */
export async function copyTemplate(
  db: ScaDatabase,
  template: JustificationTemplate,
  voice: Voice,
  now = new Date(),
): Promise<UserTemplate> {
  const chosen = voiceOf(template, voice);
  return createUserTemplate(
    db,
    { title: `${template.title} (my copy)`, body: chosen.variant.body, voice: chosen.voice, basedOn: template.id },
    now,
  );
}

/** Saves a new title / body / voice; undefined when the template no longer exists. */
export async function updateUserTemplate(
  db: ScaDatabase,
  id: string,
  changes: Partial<Pick<UserTemplate, 'title' | 'body' | 'voice'>>,
  now = new Date(),
): Promise<UserTemplate | undefined> {
  return db.transaction('rw', db.templates, async () => {
    const stored = validRows([await db.templates.get(id)])[0];
    if (!stored) return undefined;
    const row = parseRow({ ...stored, ...changes, updatedAt: now.toISOString() });
    await db.templates.put(row);
    return row;
  });
}

/** Deletes the template and returns it (for undo). */
export async function deleteUserTemplate(db: ScaDatabase, id: string): Promise<UserTemplate | undefined> {
  return db.transaction('rw', db.templates, async () => {
    const stored = validRows([await db.templates.get(id)])[0];
    await db.templates.delete(id);
    return stored;
  });
}

/** Puts a deleted template back (undo). */
export async function restoreUserTemplate(db: ScaDatabase, template: UserTemplate): Promise<void> {
  await db.transaction('rw', db.templates, () => db.templates.put(parseRow(template)));
}
