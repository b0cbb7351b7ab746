/**
 * The real build pipeline (`node scripts/build-site.mjs`) on a tiny site in a temporary folder:
 * the hand-made fixture dataset, one published story that draws a chart no page of the site draws,
 * one draft whose text is unique, one draft write-up of an inspection (content/inspections/,
 * loaded by the same loader as the stories) whose text is unique too, and one published write-up
 * with two charts and three :stat, which must reach readers with no other change.
 *
 * - The build publishes the story's chart CSV and embed page, warns that SITE is not set, and the
 *   drafts' text (the story's and the write-up's) appears nowhere: not in the output (Pagefind's
 *   compressed index included), not in a staging folder, not in Astro's content cache.
 * - A build that fails after Astro has written everything (Pagefind replaced by a program that
 *   fails) and one that fails its content check leave the output byte-identical.
 * - `astro dev` shows the draft, with its draft banner, and the draft write-up on its inspection's page.
 *
 * Run by `npm test` alone, after the unit tests (vitest.pipeline.config.ts): builds of this project
 * share Astro's .astro/ and node_modules/.astro, so none may run beside it.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { type CommandRun } from '../helpers/run-command';
import { haringeyFields, haveringFields } from '../helpers/story-frontmatter';
import { makeTinySite, tinyStory } from '../helpers/tiny-site';
import { filesUnder, treeHash } from '../helpers/tree-hash';

// Unique per run, so that what an earlier run (or `npm run dev`) left in Astro's caches cannot match.
const RUN = randomBytes(4).toString('hex');
const MARKER = `Quillfeather-draft-${RUN}`;
const DRAFT = `unfinished-${RUN}`;
// A draft write-up of the fixture's Haringey 2008 joint area review (page /inspections/haringey-2008-jar/).
const WRITEUP_MARKER = `Inkwellvane-writeup-${RUN}`;
const WRITEUP_PAGE = 'haringey-2008-jar';
const root = mkdtempSync(join(tmpdir(), 'inspected-e2e-'));
const out = join(root, 'dist');
const bin = resolve('node_modules', '.bin');

function draftWriteUp(): string {
  return `---
title: "Haringey's joint area review ${WRITEUP_MARKER}"
standfirst: "A draft write-up made for the build tests, about Haringey's children's services."
${haringeyFields('haringey-2008-12-01-jar')}summary: ["Not ready: ${WRITEUP_MARKER} must never be published."]
draft: true
---

Not ready: ${WRITEUP_MARKER} must never be published.
`;
}

// A published write-up of the fixture's Havering 2024 ILACS with two charts and three :stat: with no
// other change than adding the file, it must reach its page, its council's page, both feeds and search.
const PUBLISHED_WRITEUP_PAGE = 'havering-2024-ilacs';
const PUBLISHED_WRITEUP_TITLE = `Havering written up ${RUN}`;

function publishedWriteUp(): string {
  return `---
title: "${PUBLISHED_WRITEUP_TITLE}"
standfirst: "A published write-up made for the build tests, with two charts and three figures from the data."
published: 2024-03-01
${haveringFields()}draft: false
---

Agency workers: :stat{authority="havering" measure="agency-rate" year="2025"} in Havering, :stat{england measure="agency-rate" year="2025"} in England; caseload :stat{authority="havering" measure="caseload" year="2025"}.

::chart{type="trajectory" authority="havering" highlight="havering-2024-ilacs"}

::chart{type="workforce" authority="havering"}
`;
}

/** Files under `dir` whose bytes (gunzipped, for Pagefind's compressed files) hold `text`. */
function filesContaining(dir: string, text: string): string[] {
  const needle = Buffer.from(text);
  return filesUnder(dir).filter((f) => {
    const raw = readFileSync(f);
    if (raw.includes(needle)) return true;
    if (raw[0] === 0x1f && raw[1] === 0x8b) {
      try {
        return gunzipSync(raw).includes(needle);
      } catch {
        return false;
      }
    }
    // Pagefind's fragments start with a "pagefind_dcd" signature before the gzip stream.
    const gz = raw.indexOf(Buffer.from([0x1f, 0x8b, 0x08]));
    if (gz > 0) {
      try {
        return gunzipSync(raw.subarray(gz)).includes(needle);
      } catch {
        return false;
      }
    }
    return false;
  });
}

const site = makeTinySite(root);
const storiesDir = site.stories;
const env = (extra: NodeJS.ProcessEnv = {}) => site.env(out, extra);
const build = (extra: NodeJS.ProcessEnv = {}) => site.build(out, extra);
const story = tinyStory;
const tail = (r: CommandRun) => r.output.split('\n').slice(-30).join('\n');

beforeAll(() => {
  writeFileSync(join(site.writeUps, `${WRITEUP_PAGE}.md`), draftWriteUp());
  writeFileSync(join(site.writeUps, `${PUBLISHED_WRITEUP_PAGE}.md`), publishedWriteUp());
  writeFileSync(
    join(storiesDir, `${DRAFT}.md`),
    story(`Unfinished ${MARKER}`, `Not ready: ${MARKER} must never be published.`, true),
  );
});

describe('the build pipeline on a tiny site', () => {
  let first: CommandRun;
  let published = '';

  test(
    'publishes the story, its chart CSV and embed, and warns that SITE is not set',
    { timeout: 900_000 },
    async () => {
      first = await build();
      expect(first.code, tail(first)).toBe(0);
      published = treeHash(out);
      for (const f of [
        'stories/london-grid/index.html',
        'charts/national-grid-london.csv',
        'embed/national-grid-london/index.html',
      ])
        expect(existsSync(join(out, f)), f).toBe(true);
      expect(readFileSync(join(out, 'stories/london-grid/index.html'), 'utf8')).toContain(
        '/charts/national-grid-london.csv',
      );
      expect(first.output).toContain('WARNING: SITE is not set');
      expect(first.output).toMatch(
        /check-built: \d+ pages .* all resolve; every page carries the CSP meta tag/,
      );
      expect(readdirSync(root).filter((e) => /\.(staging|previous)$/.test(e))).toEqual([]);
    },
  );

  test('publishes a new write-up by its title: its charts and figures drawn, on its council page, in both feeds and in search', () => {
    expect(published, 'the first build ran').not.toBe('');
    const page = readFileSync(join(out, 'inspections', PUBLISHED_WRITEUP_PAGE, 'index.html'), 'utf8');
    expect(page).not.toContain('<inspected-chart');
    expect(page.match(/<figure class="chart"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(page).toContain('href="/charts/workforce-havering.csv"');
    expect(page.match(/<a class="stat"/g)?.length).toBe(3);
    expect(page).toMatch(
      new RegExp(`<h2 id="write-up" data-pagefind-meta="title"[^>]*>\\s*${PUBLISHED_WRITEUP_TITLE}`),
    );
    const council = readFileSync(join(out, 'authorities', 'havering', 'index.html'), 'utf8');
    expect(council).toContain('id="write-ups"');
    expect(council).toContain(
      `/inspections/${PUBLISHED_WRITEUP_PAGE}/#write-up">${PUBLISHED_WRITEUP_TITLE}</a>`,
    );
    for (const feed of ['inspections/rss.xml', 'authorities/havering/rss.xml'])
      expect(readFileSync(join(out, feed), 'utf8'), feed).toContain(
        `<title>${PUBLISHED_WRITEUP_TITLE}</title>`,
      );
    expect(
      filesContaining(join(out, 'pagefind'), PUBLISHED_WRITEUP_TITLE).length,
      'search index',
    ).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toMatch(
      new RegExp(`/inspections/${PUBLISHED_WRITEUP_PAGE}/</loc><lastmod>2024-03-01`),
    );
  });

  test("leaves no trace of the draft's text: output, search index, staging, Astro's content cache", () => {
    expect(published, 'the first build ran').not.toBe('');
    expect(existsSync(join(out, 'stories', DRAFT))).toBe(false);
    // Neither its text nor its name (a module import of the file would carry the name).
    expect(filesContaining(root, MARKER).map((f) => relative(root, f))).toEqual([`stories/${DRAFT}.md`]);
    expect(filesContaining(root, DRAFT)).toEqual([]);
    expect(
      filesUnder(root)
        .filter((f) => f.includes(DRAFT))
        .map((f) => relative(root, f)),
    ).toEqual([`stories/${DRAFT}.md`]);
    // Astro's content store (node_modules/.astro) and generated modules and, for a build outside
    // the project folder, its intermediate .prerender folder (.astro/).
    for (const dir of [resolve('node_modules', '.astro'), resolve('.astro')])
      for (const text of [MARKER, DRAFT, WRITEUP_MARKER])
        expect(filesContaining(dir, text), `${dir}: ${text}`).toEqual([]);
  });

  test("leaves no trace of the draft write-up's text, and its inspection's page is built without it", () => {
    expect(published, 'the first build ran').not.toBe('');
    expect(filesContaining(root, WRITEUP_MARKER).map((f) => relative(root, f))).toEqual([
      `write-ups/${WRITEUP_PAGE}.md`,
    ]);
    const page = join(out, 'inspections', WRITEUP_PAGE, 'index.html');
    expect(existsSync(page), page).toBe(true);
    expect(readFileSync(page, 'utf8')).not.toContain('id="write-up"');
  });

  test(
    'a step failing after Astro wrote everything leaves the output byte-identical',
    { timeout: 900_000 },
    async () => {
      expect(published, 'the first build ran').not.toBe('');
      // A pagefind that fails, found first on PATH: Astro's whole build is already in the staging folder.
      const fake = join(root, 'fake-bin');
      mkdirSync(fake, { recursive: true });
      writeFileSync(join(fake, 'pagefind'), '#!/bin/sh\necho "pagefind: simulated failure" >&2\nexit 7\n');
      chmodSync(join(fake, 'pagefind'), 0o755);
      writeFileSync(
        join(storiesDir, 'london-grid.md'),
        story(
          'London at a glance, updated',
          'Changed text.\n\n::chart{type="national-grid" region="London"}',
          false,
        ),
      );
      const r = await build({
        PATH: `${fake}:${bin}:${process.env['PATH'] ?? ''}`,
        SITE: 'https://inspected.news',
      });
      expect(r.code, tail(r)).toBe(7);
      expect(r.output).toMatch(/Complete!/); // Astro had finished
      expect(r.output).toMatch(/pagefind failed \(exit 7\); .*dist\/ is unchanged/);
      expect(treeHash(out)).toBe(published);
      expect(readdirSync(root).filter((e) => /\.(staging|previous)$/.test(e))).toEqual([]);
      expect(filesContaining(root, MARKER).map((f) => relative(root, f))).toEqual([`stories/${DRAFT}.md`]);
    },
  );

  test(
    'a story that fails the check leaves the output byte-identical, naming the file',
    { timeout: 300_000 },
    async () => {
      expect(published, 'the first build ran').not.toBe('');
      writeFileSync(join(storiesDir, 'broken.md'), story('Broken', '::chart{type="no-such-chart"}', false));
      const r = await build();
      expect(r.code, tail(r)).not.toBe(0);
      expect(r.output).toMatch(/broken\.md:\d+/);
      expect(r.output).toMatch(/content check failed .*dist\/ is unchanged/);
      expect(treeHash(out)).toBe(published);
      rmSync(join(storiesDir, 'broken.md'));
    },
  );
});

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => ok(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

test('npm run dev shows a draft, with its draft banner', { timeout: 900_000 }, async () => {
  const port = await freePort();
  // As `npm run dev` runs it: without what vitest puts in the environment (NODE_ENV=test, its
  // own variables and import.meta.env's MODE, DEV, PROD, SSR, BASE_URL), which stalls Vite's
  // dependency optimiser in a dev server.
  const vitestVars = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'FORCE_TTY']);
  const devEnv = Object.fromEntries(
    Object.entries(env()).filter(([k]) => !vitestVars.has(k) && !k.startsWith('VITEST')),
  );
  const child = spawn(join(bin, 'astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
    env: devEnv,
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  try {
    let html = '';
    // The first request waits for Vite to optimise dependencies: minutes on a busy machine.
    const deadline = Date.now() + 600_000;
    while (Date.now() < deadline) {
      try {
        // The first request can be held while Vite optimises dependencies and then dropped.
        const res = await fetch(`http://127.0.0.1:${port}/stories/${DRAFT}/`, {
          signal: AbortSignal.timeout(180_000),
        });
        if (res.status === 200) {
          html = await res.text();
          break;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(html, `astro dev output:\n${output.split('\n').slice(-20).join('\n')}`).toContain(MARKER);
    expect(html).toMatch(/<p class="draft-banner" role="note"[^>]*><strong[^>]*>Draft\.<\/strong> Only/);
    // The draft write-up, on its inspection's page.
    const inspection = await fetch(`http://127.0.0.1:${port}/inspections/${WRITEUP_PAGE}/`, {
      signal: AbortSignal.timeout(180_000),
    });
    expect(inspection.status).toBe(200);
    expect(await inspection.text()).toContain(WRITEUP_MARKER);
  } finally {
    child.kill('SIGTERM');
  }
});
