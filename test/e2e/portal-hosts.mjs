// Host names of the built-in portals as the built manifest grants them, as one pattern.
import { portalHostPatterns } from './browser.mjs';

const patterns = portalHostPatterns().map((p) => p.replace(/^\*\./, ''));
export const BUILT_IN_HOSTS_PATTERN = new RegExp(`(^|\\.)(${patterns.map((p) => p.replace(/[.]/g, '\\.')).join('|')})$`);
