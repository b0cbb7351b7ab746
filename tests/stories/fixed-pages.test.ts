/**
 * The fixed pages an editor may link to are read from the routes (src/config/site-paths.ts), so a
 * new page is linkable as soon as it exists, and every fixed page the site builds is in the list.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { STATIC_PAGES, fixedPages, pageExists } from '../../src/config/site-paths';

const none = { authorities: new Set<string>(), stories: new Set<string>() };

describe('fixed pages from the routes', () => {
  it('lists every page a story may link to, the glossary, finder, comparison and map included', () => {
    for (const p of ['/', '/stories/', '/inspections/', '/glossary/', '/find/', '/compare/', '/ratings/map/'])
      expect(pageExists(p, none), p).toBe(true);
    expect(STATIC_PAGES).not.toContain('/404/');
    expect(pageExists('/glossery/', none)).toBe(false);
  });

  it('reads addresses from file names: index, plain pages, paginated lists; skips params and partials', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-'));
    const files = [
      'index.astro',
      '404.astro',
      'about.astro',
      'ratings/map/index.astro',
      'ratings/ranks/[measure].astro',
      'stories/[...page].astro',
      'stories/[slug].astro',
      'stories/_Slots.astro',
      'rss.xml.ts',
      '[id]/index.astro',
    ];
    for (const f of files) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), '');
    }
    try {
      expect(fixedPages(dir)).toEqual(['/', '/about/', '/ratings/map/', '/stories/']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
