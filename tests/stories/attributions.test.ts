/**
 * Every attribution in a story matches its source. The stories were written from the source
 * documents listed in /work/shared/sources/README.md; a publisher may be named (in the front
 * matter's `sources` or in the text) only where the document itself states it. The table below
 * records, for each publisher the documents state, where that publisher's documents live:
 *
 * - Ofsted: the inspection reports and letters, its statistics and its archived press release.
 * - Community Care: the 2010 progress report news story ("More from Community Care").
 * - Haringey Council: the Cabinet minutes of the 2023 inspection (Haringey's minutes site).
 * - Time 107.5 FM: the 2024 Havering news story ("Time 107.5 fm", local democracy reporter).
 * - Department for Education: its statistics (the social work workforce), on Explore Education
 *   Statistics and GOV.UK.
 *
 * The 2014 local news report on Haringey and the article reproducing Ofsted's 2019-20 focused
 * visit letter name no publisher, so no story may name one for them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';

const STATED_PUBLISHERS: Record<string, readonly string[]> = {
  Ofsted: [
    'reports.ofsted.gov.uk',
    'files.ofsted.gov.uk',
    'www.gov.uk',
    'webarchive.nationalarchives.gov.uk',
  ],
  'Community Care': ['www.communitycare.co.uk'],
  'Haringey Council': ['minutes.haringey.gov.uk'],
  'Time 107.5 FM': ['www.time1075.net'],
  'Department for Education': ['explore-education-statistics.service.gov.uk', 'www.gov.uk'],
};

// Stories and the editors' write-ups of single inspections follow the same rule.
const DIRS = ['stories', 'inspections'].map((d) => join(process.cwd(), 'content', d));
const stories = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f)),
).map((path) => {
  const file = path.slice(process.cwd().length + 1);
  const text = readFileSync(path, 'utf8');
  const { data, content } = matter(text);
  const sources = ((data as { sources?: unknown }).sources ?? []) as { publisher: string; url: string }[];
  return { file, text, body: content, sources };
});

/** Capitalised names a sentence credits: "according to X", "as reported by X", "reported by X". */
function creditedNames(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/\b(?:[Aa]ccording to|reported by)\s+([A-Z][\w.]*(?:\s+[A-Z0-9][\w.]*)*)/g)) {
    const name = (m[1] ?? '').replace(/\.$/, '');
    if (name) out.push(name);
  }
  return out;
}

describe('story attributions', () => {
  it('finds the stories and write-ups', () => {
    expect(stories.filter((s) => s.file.startsWith('content/stories/')).length).toBeGreaterThanOrEqual(7);
    expect(stories.filter((s) => s.file.startsWith('content/inspections/')).length).toBeGreaterThanOrEqual(4);
  });

  it('never names the publishers the source documents do not state', () => {
    for (const s of stories)
      for (const wrong of [/care appointments/i, /careappointments/i, /willis\s*palmer/i, /willispalmer/i])
        expect(wrong.test(s.text), `${s.file} matches ${String(wrong)}`).toBe(false);
  });

  it('cites each source under the publisher its document states, at that publisher’s address', () => {
    for (const s of stories) {
      expect(s.sources.length, s.file).toBeGreaterThan(0);
      for (const src of s.sources) {
        const hosts = STATED_PUBLISHERS[src.publisher];
        expect(hosts, `${s.file}: publisher "${src.publisher}"`).toBeDefined();
        expect(hosts, `${s.file}: ${src.url}`).toContain(new URL(src.url).host);
      }
    }
  });

  it('credits in the text only publishers that the story cites', () => {
    const credited: string[] = [];
    for (const s of stories) {
      const cited = new Set(s.sources.map((x) => x.publisher));
      for (const name of creditedNames(s.body)) {
        credited.push(name);
        // "Time 107.5 FM's local democracy reporter" credits Time 107.5 FM.
        const match = [...cited].some((p) => name === p || name.startsWith(p));
        expect(match, `${s.file}: credits "${name}", cites ${[...cited].join(', ')}`).toBe(true);
      }
    }
    // The check found the credits it is meant to check.
    expect(credited).toContain('Community Care');
    expect(credited.some((n) => n.startsWith('Time 107.5 FM'))).toBe(true);
  });
});
