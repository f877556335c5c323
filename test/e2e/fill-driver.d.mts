import type { Page } from 'playwright-core';
import type { ExtensionSession } from './browser.mjs';

export interface PageExpectations {
  case: string;
  fields: Record<string, unknown>;
  untouched?: string[];
  steps?: ({ fill: true } | { click: string })[];
}
export interface FixturePage {
  host: string;
  path: string;
  expected: PageExpectations;
}
export interface PageScore {
  correct: number;
  wrong: number;
  missed: number;
  untouchedOk: number;
  untouchedTotal: number;
  extra: number;
  details: string[];
}
export function fixturePagesWithExpectations(root?: string): FixturePage[];
export function openPanelWithExampleCase(session: ExtensionSession, portalPage: Page, options?: { tabId?: number }): Promise<Page>;
export function clickFill(panel: Page, options?: { timeout?: number }): Promise<string | null>;
export function readAppState(page: Page): Promise<Record<string, unknown>>;
export function scorePage(
  expected: { fields: Record<string, unknown>; untouched?: string[] },
  initial: Record<string, unknown>,
  state: Record<string, unknown>,
): PageScore;
export function evaluatePage(
  session: ExtensionSession,
  page: FixturePage,
): Promise<{ host: string; path: string; fills: (string | null)[]; score: PageScore }>;
