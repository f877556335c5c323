import { describe, expect, it } from 'vitest';
import { decideFrames, originOfSender } from '../../../lib/portals/frames';
import { BUILT_IN_PORTALS } from '../../../lib/portals/registry';

const frame = (frameId: number, origin: string) => ({ frameId, origin, url: origin + '/x', controls: 3 });

describe('decideFrames', () => {
  it('allows frames of the same portal, including its other subdomains', () => {
    const d = decideFrames([frame(0, 'https://essentials.availity.com'), frame(4, 'https://apps.availity.com')], BUILT_IN_PORTALS);
    expect(d.portal?.id).toBe('availity');
    expect(d.allowed.map((f) => f.frameId)).toEqual([0, 4]);
  });
  it('refuses frames of other sites and sandboxed (opaque) frames', () => {
    const d = decideFrames(
      [
        frame(0, 'https://apps.availity.com'),
        frame(2, 'https://ads.example.org'),
        frame(3, 'null'),
        frame(5, 'https://www.uhcprovider.com'),
      ],
      BUILT_IN_PORTALS,
    );
    expect(d.allowed.map((f) => f.frameId)).toEqual([0]);
    expect(d.refused.map((f) => f.frameId)).toEqual([2, 3, 5]);
  });
  it('acts on nothing when the top frame is not a portal', () => {
    const d = decideFrames([frame(0, 'https://www.example.org'), frame(1, 'https://apps.availity.com')], BUILT_IN_PORTALS);
    expect(d.portal).toBeUndefined();
    expect(d.allowed).toEqual([]);
  });
  it('acts on nothing before the top frame has reported', () => {
    expect(decideFrames([frame(3, 'https://apps.availity.com')], BUILT_IN_PORTALS).allowed).toEqual([]);
  });
  it('derives an origin from the URL when the browser gives none (Firefox)', () => {
    expect(originOfSender(undefined, 'http://apps.availity.com:8123/a')).toBe('http://apps.availity.com:8123');
    expect(originOfSender(undefined, 'about:srcdoc')).toBe('null');
  });
});
