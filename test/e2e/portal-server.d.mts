import type { PortalServer } from './browser.mjs';
export const PORTALS_DIR: string;
export function fixturePath(host: string, urlPath: string, root?: string): string | undefined;
export function startPortalServer(options?: { port?: number; root?: string; extraRoots?: string[]; log?: boolean }): Promise<PortalServer>;
