import type { Page } from 'playwright-core';

/**
 * One check of the per-page pass (tests/browser/visit.ts): given a page just loaded in Chromium,
 * its URL and the viewport width (320 or 1280), the problems it finds, one string each, without
 * the page's path (the pass adds it). A check that applies at one width only returns [] at the
 * other. Its function name names its test ("chartText at 320px").
 */
export type PageCheck = (page: Page, url: string, width: number) => Promise<string[]>;

/** The widths every page is visited at: a phone (WCAG 1.4.10 Reflow) and a desktop. */
export const NARROW = 320;
export const WIDE = 1280;
