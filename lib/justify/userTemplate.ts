// The user's own templates: a copy of a built-in (one voice) or a new text, with the same
// placeholders. Stored rows are checked with this schema on read; rows that fail are dropped.
import { z } from '../zod';
import { VOICES, type JustificationTemplate, type Voice } from './template';

export const UserTemplateSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(1, 'Give the template a title').max(200),
  body: z.string().max(50_000),
  /** The voice the text is written in. */
  voice: z.enum(VOICES).default('provider'),
  /** The built-in template it was copied from, when it was. */
  basedOn: z.string().max(100).default(''),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
});

export type UserTemplate = z.infer<typeof UserTemplateSchema>;

/** Ids of user templates carry a prefix so they never collide with built-in ids in one list. */
export const USER_TEMPLATE_PREFIX = 'user:';

export function isUserTemplateId(id: string): boolean {
  return id.startsWith(USER_TEMPLATE_PREFIX);
}

/** A user template in the shape the renderer and the library list take. */
export function asJustificationTemplate(t: UserTemplate): JustificationTemplate {
  return {
    id: t.id,
    title: t.title,
    category: 'mine',
    description: t.basedOn ? 'Your copy of a built-in template.' : 'Your own template.',
    keywords: [],
    voices: { [t.voice]: { body: t.body, use: ['portal', 'letter'] } } as Partial<
      Record<Voice, { body: string; use: ('portal' | 'letter')[] }>
    >,
  };
}
