// Which frames of a tab the extension may act on. A frame is eligible only when its origin is a
// real http(s) origin that belongs to the same portal as the tab's top frame: never a frame of
// another site embedded in the portal, never an opaque (sandboxed) origin.
import { portalForUrl, type Portal } from './registry';

export interface KnownFrame {
  frameId: number;
  /** The sender's origin as the browser reports it ('null' for sandboxed frames). */
  origin: string;
  url: string;
  controls: number;
}

export interface FrameDecision {
  portal?: Portal;
  allowed: KnownFrame[];
  refused: KnownFrame[];
}

export function originOfSender(origin: string | undefined, url: string | undefined): string {
  if (origin) return origin;
  try {
    return url ? new URL(url).origin : 'null';
  } catch {
    return 'null';
  }
}

export function decideFrames(frames: KnownFrame[], portals: readonly Portal[]): FrameDecision {
  const top = frames.find((f) => f.frameId === 0);
  const portal = top && top.origin !== 'null' ? portalForUrl(top.origin + '/', portals) : undefined;
  if (!portal) return { portal: undefined, allowed: [], refused: frames };
  const allowed: KnownFrame[] = [];
  const refused: KnownFrame[] = [];
  for (const f of frames) {
    const same = f.origin !== 'null' && portalForUrl(f.origin + '/', portals)?.id === portal.id;
    (same ? allowed : refused).push(f);
  }
  return { portal, allowed, refused };
}
