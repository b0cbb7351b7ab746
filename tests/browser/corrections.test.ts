/**
 * The corrections contact (src/config/contact.ts, CorrectionsContact.astro), on the built pages:
 * in the sub-path build, made with CORRECTIONS_CONTACT set (setup.ts), /about/ and every story and
 * write-up link that address; in dist/, built without it, every story and write-up points to
 * /about/#corrections and /about/ says no address is set up, never a made-up one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, DIST_SUB, SUB_CONTACT } from './paths';
import { htmlFiles } from './site';
import { expectNone } from './report';

/** Story pages (a Sources section) and pages with a write-up, with their HTML. */
function readerPieces(dir: string): { path: string; html: string }[] {
  return htmlFiles(dir)
    .map((f) => ({ path: f, html: readFileSync(join(dir, f), 'utf8') }))
    .filter(
      (p) =>
        (p.path.startsWith('stories/') && p.html.includes('id="sources-heading"')) ||
        (p.path.startsWith('inspections/') && p.html.includes('class="write-up"')),
    );
}

/** The corrections paragraph's HTML, or null. */
const contactOf = (html: string) =>
  /<p class="corrections-contact"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? null;

describe('corrections contact', () => {
  test('with CORRECTIONS_CONTACT set, /about/ and every story and write-up link it', () => {
    const pieces = readerPieces(DIST_SUB);
    expect(pieces.filter((p) => p.path.startsWith('stories/')).length).toBeGreaterThan(0);
    expect(pieces.filter((p) => p.path.startsWith('inspections/')).length).toBeGreaterThan(0);
    const about = readFileSync(join(DIST_SUB, 'about', 'index.html'), 'utf8');
    expectNone(
      [...pieces, { path: 'about/index.html', html: about }]
        .filter((p) => !contactOf(p.html)?.includes(`href="mailto:${SUB_CONTACT}"`))
        .map((p) => `${p.path}: ${contactOf(p.html) ?? 'no corrections paragraph'}`),
      'pages without the corrections address',
    );
  });

  test('without it, every story and write-up points to /about/#corrections, which says none is set up', () => {
    const pieces = readerPieces(DIST);
    expect(pieces.length).toBeGreaterThan(0);
    expectNone(
      pieces
        .filter(
          (p) => !contactOf(p.html)?.includes('href="/about/#corrections"') || p.html.includes('mailto:'),
        )
        .map((p) => `${p.path}: ${contactOf(p.html) ?? 'no corrections paragraph'}`),
      'pages without the way to the corrections section',
    );
    const about = readFileSync(join(DIST, 'about', 'index.html'), 'utf8');
    expect(about).toContain('id="corrections"');
    expect(contactOf(about)).toMatch(/no corrections address set up/);
  });
});
