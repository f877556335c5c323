import { describe, expect, it } from 'vitest';
import { proposeUserPortal, userPortalOrigins, userPortalToPortal } from '../../../lib/portals/userPortals';
import { portalForUrl } from '../../../lib/portals/registry';

describe('user-added portals', () => {
  it('proposes the current host with its subdomains', () => {
    const r = proposeUserPortal('https://Provider.MyCarePlan.example/auth/new?x=1', 'My Medicaid plan');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.portal).toMatchObject({ domain: 'provider.mycareplan.example', name: 'My Medicaid plan' });
    expect(userPortalOrigins(r.portal)).toEqual(['*://provider.mycareplan.example/*', '*://*.provider.mycareplan.example/*']);
    const asPortal = userPortalToPortal(r.portal);
    expect(portalForUrl('http://provider.mycareplan.example:8080/x', [asPortal])?.id).toBe('user:provider.mycareplan.example');
  });
  it('refuses pages that cannot be portals, with a reason', () => {
    for (const url of [
      'chrome://extensions',
      'file:///tmp/x.html',
      'about:blank',
      'http://localhost:3000/',
      'http://127.0.0.1/',
      'nonsense',
    ]) {
      const r = proposeUserPortal(url, undefined);
      expect(r.ok, url).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
    }
  });
  it('does not add a built-in portal twice', () => {
    const r = proposeUserPortal('https://apps.availity.com/x', undefined);
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('Availity') });
  });
});
