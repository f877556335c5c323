import { describe, expect, it } from 'vitest';
import { BUILT_IN_PORTALS, portalForUrl } from '../../../lib/portals/registry';

describe('portal registry', () => {
  for (const portal of BUILT_IN_PORTALS) {
    it(`recognises ${portal.name} from its test URLs`, () => {
      for (const url of portal.testUrls) expect(portalForUrl(url)?.id, url).toBe(portal.id);
    });
  }
  it('does not mistake look-alike or unrelated hosts for portals', () => {
    for (const url of [
      'https://example.org/',
      'https://notavaility.com/',
      'https://availity.com.evil.test/',
      'https://cigna.com/',
      'file:///tmp/availity.com/x.html',
      'not a url',
    ])
      expect(portalForUrl(url), url).toBeUndefined();
  });
});
