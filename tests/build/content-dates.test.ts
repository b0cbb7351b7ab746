/** The sitemap's lastmod for stories and write-ups (src/config/content-dates.ts). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentLastmod } from '../../src/config/content-dates';

describe('content dates for the sitemap', () => {
  it('gives each published story and write-up its updated, else published, date; drafts none', () => {
    const root = mkdtempSync(join(tmpdir(), 'inspected-dates-'));
    const stories = join(root, 'stories');
    const writeUps = join(root, 'inspections');
    mkdirSync(stories);
    mkdirSync(writeUps);
    writeFileSync(join(stories, 'a.md'), '---\npublished: 2024-02-20\ndraft: false\n---\nx\n');
    writeFileSync(
      join(stories, 'b.md'),
      '---\npublished: 2024-02-20\nupdated: 2024-03-01\ndraft: false\n---\nx\n',
    );
    writeFileSync(join(stories, 'c.md'), '---\npublished: 2024-02-20\ndraft: true\n---\nx\n');
    writeFileSync(
      join(writeUps, 'haringey-2014-sif.md'),
      '---\npublished: "2026-12-01"\ndraft: false\n---\nx\n',
    );
    const dates = contentLastmod([
      { dir: stories, path: '/stories/', what: 'story' },
      { dir: writeUps, path: '/inspections/', what: 'write-up' },
    ]);
    expect(Object.fromEntries(dates)).toEqual({
      '/stories/a/': '2024-02-20',
      '/stories/b/': '2024-03-01',
      '/inspections/haringey-2014-sif/': '2026-12-01',
    });
  });
});
