/**
 * Issue 11, item 1: nothing in a story or a data file is ever evaluated. Each payload below
 * writes a marker file if it runs; every path that reads frontmatter or data is fed it, and the
 * marker must not exist afterwards. The first test proves the payload is live: gray-matter, which
 * the first release used, runs it.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../scripts/check';
import { storyTemplate } from '../../scripts/new-story';
import { isDraftText, readFrontmatter, writeFrontmatter } from '../../src/config/frontmatter';
import { storySlugs } from '../../src/config/site-paths';
import { buildDataset } from '../../src/data/load';
import { checkStory, formatStoryProblem } from '../../src/stories/check';
import { fixtureDataset, validDataTexts } from '../helpers/dataset-fixture';
import { loadStories, loadWriteUps } from '../helpers/story-loader';

const root = mkdtempSync(join(tmpdir(), 'no-eval-'));
const marker = join(root, 'ran.txt');
const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;

/** A story whose frontmatter is code in the given language. */
const payloads: Record<string, string> = {
  js: `---js\n${code}\n---\n\nText.\n`,
  javascript: `---javascript\n({ title: (${code}, 'x') })\n---\n\nText.\n`,
  'js with a space': `--- js\n${code}\n---\n\nText.\n`,
  coffee: `---coffee\ntitle: ${code}\n---\n\nText.\n`,
  json: `---json\n{"title": "x"}\n---\n\nText.\n`,
  'YAML tag': `---\ntitle: !!js/function "function () { ${code} }"\n---\n\nText.\n`,
  'TOML (+++), which Astro reads': `+++\ntitle = "x"\n+++\n\nText.\n`,
};

const data = fixtureDataset();
const options = {
  data,
  site: { authorities: new Set(data.authorities.keys()), stories: new Set<string>() },
  base: '/',
  today: '2026-11-24',
};

afterEach(() => rmSync(marker, { force: true }));

describe('the payload is live', () => {
  it('gray-matter runs ---js frontmatter as code (why it is no longer used)', () => {
    matter(payloads['js'] ?? '');
    expect(existsSync(marker)).toBe(true);
  });
});

describe('no path evaluates frontmatter', () => {
  for (const [name, text] of Object.entries(payloads)) {
    it(`npm run check's story check refuses ${name} frontmatter with file:line`, () => {
      const problems = checkStory({ file: 'content/stories/payload.md', text }, options).map(
        formatStoryProblem,
      );
      expect(problems.length).toBeGreaterThan(0);
      expect(problems[0]).toMatch(/^content\/stories\/payload\.md:[12]:\d+ /);
      expect(existsSync(marker)).toBe(false);
    });
  }

  it('the frontmatter reader, the draft test and the slug list never run it', () => {
    const dir = mkdtempSync(join(root, 'stories-'));
    for (const [i, text] of Object.values(payloads).entries()) {
      expect('problem' in readFrontmatter(text)).toBe(true);
      expect(isDraftText(text)).toBe(false);
      writeFileSync(join(dir, `payload-${i}.md`), text);
    }
    expect([...storySlugs(false, dir)]).toHaveLength(Object.keys(payloads).length);
    expect(existsSync(marker)).toBe(false);
  });

  it('the check script refuses every payload file by name and line', () => {
    const dir = mkdtempSync(join(root, 'stories-'));
    writeFileSync(join(dir, 'payload-js.md'), payloads['js'] ?? '');
    writeFileSync(join(dir, 'payload-coffee.md'), payloads['coffee'] ?? '');
    const out = runCheck('2026-11-24', dir);
    expect(
      out.some((l) => /payload-js\.md:1:4 the frontmatter must open with a line of just ---/.test(l)),
    ).toBe(true);
    expect(out.some((l) => /payload-coffee\.md:1:4 /.test(l))).toBe(true);
    expect(existsSync(marker)).toBe(false);
  });

  it("the build's stories loader refuses them (and never calls Astro's reader)", async () => {
    const dir = mkdtempSync(join(root, 'stories-'));
    for (const [i, text] of Object.values(payloads).entries())
      writeFileSync(join(dir, `payload-${i}.md`), text);
    const r = await loadStories(dir, { dev: false });
    expect(r.error?.message).toMatch(/payload-0\.md:1:4 the frontmatter must open/);
    expect(r.stored).toEqual([]);
    expect(existsSync(marker)).toBe(false);
  });

  it("the build's write-ups loader refuses them too (the stories' loader, for content/inspections/)", async () => {
    const dir = mkdtempSync(join(root, 'write-ups-'));
    // Named after the fixture's inspection pages, so the refusal is the frontmatter's.
    const names = ['havering-2024-ilacs', 'haringey-2008-jar'];
    for (const [i, text] of Object.values(payloads).entries())
      writeFileSync(join(dir, `${names[i] ?? `payload-${i}`}.md`), text);
    const r = await loadWriteUps(dir, { dev: false });
    expect(r.error?.message).toMatch(/havering-2024-ilacs\.md:1:4 the frontmatter must open/);
    expect(r.stored).toEqual([]);
    expect(existsSync(marker)).toBe(false);
  });

  it('frontmatter written by the scripts (writeFrontmatter) keeps code and fences as text', () => {
    const title = `x"\n---js\n${code}\n---\n`;
    const text = writeFrontmatter({ title, 'odd key: !!js/function': [code] }, '\nText.\n');
    expect(text.startsWith('---\n')).toBe(true);
    const r = readFrontmatter(text);
    expect('data' in r && r.data).toEqual({ title, 'odd key: !!js/function': [code] });
    expect(existsSync(marker)).toBe(false);
  });

  it("Astro's own frontmatter parser does not evaluate them either", () => {
    for (const text of Object.values(payloads)) {
      try {
        parseFrontmatter(text);
      } catch {
        // Refusing is fine; running is not.
      }
    }
    expect(() => yaml.load(`title: !!js/function "function () { ${code} }"`)).toThrow(/unknown tag/);
    expect(existsSync(marker)).toBe(false);
  });

  it('a title carrying code, written by npm run new:story, stays text', () => {
    const title = `x" }); ${code}; ({ "`;
    const r = readFrontmatter(storyTemplate(title, '2026-11-24'));
    expect('data' in r && r.data['title']).toBe(title);
    expect(existsSync(marker)).toBe(false);
  });

  it('the data loader reads code in a curated CSV cell as text', () => {
    const t = validDataTexts();
    t.curatedEvents = t.curatedEvents.replace('Joint area review', `"${code.replace(/"/g, '""')}"`);
    const d = buildDataset(t);
    expect(d.inspections.find((i) => i.id === 'haringey-2008-12-01-jar')?.note).toBe(code);
    expect(existsSync(marker)).toBe(false);
  });
});
