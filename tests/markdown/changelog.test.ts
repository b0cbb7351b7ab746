/** The data's changelog (data/CHANGES.md) on the /data/ page: Markdown only, sanitised, under the page's h2. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChangelog } from '../../src/markdown/changelog';

describe('changelog on /data/', () => {
  it('drops the title, moves headings under the section and keeps the entries in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'changes-'));
    writeFileSync(
      join(dir, 'CHANGES.md'),
      '# Changes to the data\n\nIntro.\n\n## 1 December 2026\n\n### New inspections\n\n- Haringey: Good\n\n## 1 December 2025\n\n### New years\n\n- 2025\n',
    );
    expect(readChangelog(dir)).toBe(
      '<p>Intro.</p>\n<h3>1 December 2026</h3>\n<h4>New inspections</h4>\n<ul>\n<li>Haringey: Good</li>\n</ul>\n<h3>1 December 2025</h3>\n<h4>New years</h4>\n<ul>\n<li>2025</li>\n</ul>',
    );
  });

  it('never passes raw HTML or script links through', () => {
    const dir = mkdtempSync(join(tmpdir(), 'changes-'));
    writeFileSync(
      join(dir, 'CHANGES.md'),
      '## Entry\n\n<script>alert(1)</script>\n\n- [x](javascript:alert(1)) <img src=x onerror=alert(1)>\n',
    );
    const html = readChangelog(dir) ?? '';
    expect(html).not.toMatch(/<script|onerror|javascript:|<img/);
  });

  it('is absent when the data has never been refreshed', () => {
    expect(readChangelog(mkdtempSync(join(tmpdir(), 'changes-')))).toBeNull();
  });
});
