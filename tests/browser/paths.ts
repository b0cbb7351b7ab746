/** Folders, base path and browser settings shared by the browser tests and the Lighthouse audit. */

export const DIST = process.env['OUT_DIR'] ?? 'dist';
/** The tiny fixture site built under SUB_BASE by the browser tests' setup (tests/helpers/tiny-site.ts). */
export const DIST_SUB = 'dist-sub';
export const SUB_BASE = '/inspected/';
/** The sub-path copy is built as for GitHub Pages, with SITE set (dist/ is built without it). */
export const SUB_SITE = 'https://example.github.io';
/** ... and with a corrections contact (dist/ is built without one, as a preview would be). */
export const SUB_CONTACT = 'corrections@example.github.io';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
