import type { BrowserContext, Page, Worker } from 'playwright-core';

export interface PortalServer {
  port: number;
  url(host: string, path?: string): string;
  close(): Promise<void>;
}
export interface ExtensionSession {
  server: PortalServer;
  profile: string;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  sidePanelUrl(params?: Record<string, string>): string;
  openSidePanelPage(params?: Record<string, string>): Promise<Page>;
  /** The frames each tab's content scripts reported, as the background keeps them, by tab id. */
  frameRecords(): Promise<Record<string, { frameId: number; origin: string; url: string; controls: number }[]>>;
  tabIdOf(page: Page): Promise<number | undefined>;
  relaunch(): Promise<ExtensionSession>;
  grantHostsAsUser(patterns: string[]): Promise<ExtensionSession>;
  activeTabId(page: Page): Promise<number | undefined>;
  refreshWorker(): Promise<Worker>;
  close(): Promise<void>;
}
export const ROOT: string;
export const OUT_DIR: string;
export const EXTENSION_DIR: string;
export const CHROMIUM: string;
export const EXTRA_HOSTS: string[];
export function ensureBuilt(): void;
export function portalHostPatterns(): string[];
export function hostResolverRules(hosts: string[]): string;
export function launchExtension(options?: {
  server?: PortalServer;
  userDataDir?: string;
  headless?: boolean;
  args?: string[];
  viewport?: { width: number; height: number } | null;
}): Promise<ExtensionSession>;
