// Portals the user adds at run time ("this site is a portal"): their own plan's portal, a state
// Medicaid plan, a regional BCBS. Stored in the extension's IndexedDB; each grants one host.
import { z } from '../zod';
import { domainMatchPatterns, portalForUrl, type Portal, BUILT_IN_PORTALS } from './registry';

export const UserPortalSchema = z.object({
  id: z.string().min(1).max(300),
  name: z.string().trim().min(1).max(120),
  /** The host the user was on when adding it (its subdomains are included). */
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z0-9-]{2,63}$/u, 'Not a host name'),
  addedAt: z.string(),
});
export type UserPortal = z.infer<typeof UserPortalSchema>;

export type UserPortalProposal = { ok: true; portal: UserPortal } | { ok: false; error: string };

/** A user portal for the page at `url`, or the reason it cannot be one. */
export function proposeUserPortal(url: string, name: string | undefined, now = new Date()): UserPortalProposal {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, error: 'This tab has no web address SCA Assistant can use.' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { ok: false, error: 'Only web pages (http or https) can be portals.' };
  const builtIn = portalForUrl(url, BUILT_IN_PORTALS);
  if (builtIn) return { ok: false, error: `${u.hostname} is already known as ${builtIn.name}.` };
  const domain = u.hostname.toLowerCase();
  const parsed = UserPortalSchema.safeParse({ id: domain, name: name?.trim() || domain, domain, addedAt: now.toISOString() });
  if (!parsed.success)
    return { ok: false, error: `${u.hostname} cannot be added as a portal (an address like provider.myplan.com is needed).` };
  return { ok: true, portal: parsed.data };
}

const USER_PORTAL_PREFIX = 'user:';

/** Whether a registry portal id is one the user added (not a built-in one). */
export function isUserPortal(portalId: string): boolean {
  return portalId.startsWith(USER_PORTAL_PREFIX);
}

export function userPortalToPortal(p: UserPortal): Portal {
  return { id: `${USER_PORTAL_PREFIX}${p.id}`, name: p.name, domains: [p.domain], summary: 'Added by you', testUrls: [] };
}

/** Origins to ask permission for: the host and its subdomains, any scheme. */
export function userPortalOrigins(p: UserPortal): string[] {
  return domainMatchPatterns(p.domain);
}
