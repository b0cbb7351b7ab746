import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generateArchive,
  generateSynthetic,
  planCouncils,
  readSiteInput,
  type SiteInput,
} from '../../scripts/bench/synthetic';
import { parseCsv } from '../../src/data/csv';
import { buildDataset } from '../../src/data/load';
import { checkAcrossStories, checkStory, formatStoryProblem } from '../../src/stories/check';
import { validDataTexts } from '../helpers/dataset-fixture';
import { haringeyFields, haveringFields, haveringStoryFront } from '../helpers/story-frontmatter';

const STORY = `${haveringStoryFront(haveringFields([['haringey', 'haringey-2008-12-01-jar']]))}
Havering was rated :grade[inadequate]. See [Havering](/authorities/havering/) and [the other story](/stories/other-story/).

::chart{type="trajectory" authority="havering"}

::chart{type="adoption" authority="havering"}
`;

const OTHER = `---
title: "Haringey's long road back"
standfirst: "Haringey went from inadequate in 2008 to outstanding, by a long road."
${haringeyFields()}draft: false
---

Read [Havering's story](/stories/havering/) and the [Haringey page](/authorities/haringey/#history).

::chart{type="national-grid" group-by="region"}
`;

function fixtureInput(): SiteInput {
  return {
    data: validDataTexts(),
    stories: [
      { file: 'havering.md', text: STORY },
      { file: 'other-story.md', text: OTHER },
    ],
  };
}

const rows = (text: string | undefined) => parseCsv(text ?? '').records.length;

function validate(site: SiteInput): string[] {
  const data = buildDataset(site.data, 'synthetic/');
  const index = {
    authorities: new Set(data.authorities.keys()),
    stories: new Set(site.stories.map((s) => s.file.replace(/\.md$/, ''))),
  };
  const inputs = site.stories.map((s) => ({ file: `stories/${s.file}`, text: s.text }));
  return [
    ...inputs.flatMap((i) => checkStory(i, { data, site: index, base: '/', today: '2026-11-24' })),
    ...checkAcrossStories(inputs),
  ].map(formatStoryProblem);
}

describe('synthetic sites', () => {
  it('is deterministic: the same scale gives the same files', () => {
    const a = generateSynthetic(fixtureInput(), 4);
    const b = generateSynthetic(fixtureInput(), 4);
    expect(b.data).toEqual(a.data);
    expect(b.stories).toEqual(a.stories);
  });

  it('leaves the real site unchanged at 1x', () => {
    const input = fixtureInput();
    const s = generateSynthetic(input, 1);
    expect(s.stories).toEqual(input.stories);
    expect(buildDataset(s.data).authorities.size).toBe(2);
  });

  it('scales councils, their rows and stories k times', () => {
    const input = fixtureInput();
    for (const k of [2, 4, 10]) {
      const s = generateSynthetic(input, k);
      const data = buildDataset(s.data, 'synthetic/');
      expect(data.authorities.size).toBe(2 * k);
      expect(rows(s.data.inspections)).toBe(rows(input.data.inspections) * k);
      expect(rows(s.data.curatedEvents)).toBe(rows(input.data.curatedEvents) * k);
      expect(rows(s.data.neighbours)).toBe(rows(input.data.neighbours) * k);
      expect(rows(s.data.reported)).toBe(rows(input.data.reported) * k);
      // England's row is not copied; the council's is.
      expect(rows(s.data.careLeavers)).toBe(1 + k);
      expect(s.stories).toHaveLength(2 * k);
      expect(s.summary).toMatchObject({ scale: k, councils: { total: 2 * k, fullCopies: k - 1 }, eras: 0 });
    }
  });

  it('is valid against the loader and the story checker', () => {
    expect(validate(generateSynthetic(fixtureInput(), 3))).toEqual([]);
  });

  it('marks every copy as synthetic and keeps references within the copy', () => {
    const s = generateSynthetic(fixtureInput(), 3);
    const data = buildDataset(s.data, 'synthetic/');
    const copy = [...data.authorities.values()].find((a) => a.name.includes('copy 2 of Havering'));
    expect(copy).toMatchObject({
      slug: 'synthetic-council-0004',
      name: 'Synthetic Council 0004 (copy 2 of Havering)',
      onsCode: 'E99000004',
    });
    const copyOfHaringey = data.authorities.get('synthetic-council-0003');
    expect(data.neighbours.filter((n) => n.authority === copyOfHaringey?.slug)).toEqual([
      expect.objectContaining({ rank: 1, neighbour: 'synthetic-council-0004' }),
    ]);
    const numbers = [...data.authorities.values()].map((a) => a.laNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) expect(n).toBeGreaterThanOrEqual(100);
    for (const i of data.inspections.filter((x) => x.authority.startsWith('synthetic-')))
      expect(i.note).toMatch(/^synthetic: /);

    const story = s.stories.find((x) => x.file === 'havering-copy-2.md')?.text ?? '';
    expect(story).toContain('title: "Synthetic copy 2: Havering rated inadequate"');
    expect(story).toContain('authorities: ["synthetic-council-0004", "synthetic-council-0003"]');
    expect(story).toContain('synthetic-council-0004-2024-02-16-ilacs-standard');
    expect(story).toContain('](/authorities/synthetic-council-0004/)');
    expect(story).toContain('](/stories/other-story-copy-2/)');
    expect(story).toContain('::chart{type="trajectory" authority="synthetic-council-0004"}');
    expect(story).toMatch(/\nsynthetic: copy 2 of havering/);
  });

  it('extends histories when LA numbers run out, keeping them unique and in 100..999', () => {
    // 300 councils using LA numbers 100..399 leave 600 free: 4x wants 900 copies.
    expect(planCouncils(300, new Set(Array.from({ length: 300 }, (_, i) => 100 + i)), 4)).toMatchObject({
      wanted: 900,
      copies: 600,
      fullCopies: 2,
      eras: 300,
    });
    const base = validDataTexts();
    const head = (base.authorities.split('\n')[0] ?? '') + '\n';
    const authorities =
      head +
      Array.from({ length: 300 }, (_, i) => {
        const slug = i === 0 ? 'haringey' : i === 1 ? 'havering' : `council-${i}`;
        return `${slug},Council ${i},E0${String(6000000 + i)},${100 + i},London,London Borough,https://reports.ofsted.gov.uk/provider/44/${100 + i},yes,,,ofsted-la-outcomes-2025`;
      }).join('\n') +
      '\n';
    const s = generateSynthetic({ data: { ...base, authorities }, stories: fixtureInput().stories }, 4);
    const data = buildDataset(s.data, 'synthetic/');
    expect(data.authorities.size).toBe(900);
    const numbers = [...data.authorities.values()].map((a) => a.laNumber);
    expect(new Set(numbers).size).toBe(900);
    expect(Math.min(...numbers)).toBe(100);
    expect(Math.max(...numbers)).toBe(999);
    // The first 300 copies (copy 1 of each council) carry one earlier era: Havering's copy has
    // its 2024 inspection again, 20 years earlier.
    expect(s.summary.eras).toBe(300);
    const haveringCopy = 'synthetic-council-0002';
    expect(data.inspections.filter((i) => i.authority === haveringCopy).map((i) => i.id)).toEqual([
      `${haveringCopy}-2004-02-16-ilacs-standard`,
      `${haveringCopy}-2024-02-16-ilacs-standard`,
    ]);
    // Inspections scale 4x even though councils scale 3x.
    expect(rows(s.data.inspections)).toBe(4);
    expect(validate(s)).toEqual([]);
  });

  it.skipIf(!existsSync(join('data', 'inspections.csv')))('copies the real site at 2x validly', () => {
    const input = readSiteInput('data', join('content', 'stories'));
    const s = generateSynthetic(input, 2);
    expect(validate(s)).toEqual([]);
    expect(s.summary.councils.total).toBe(2 * s.summary.councils.real);
    expect(s.stories).toHaveLength(2 * input.stories.length);
  });
});

describe('story archives', () => {
  it('adds copies of the real stories on the same data, up to the total', () => {
    const input = fixtureInput();
    const a = generateArchive(input, 7);
    expect(a.data).toEqual(input.data);
    expect(a.stories.map((s) => s.file)).toEqual([
      'havering.md',
      'other-story.md',
      'havering-copy-1.md',
      'other-story-copy-1.md',
      'havering-copy-2.md',
      'other-story-copy-2.md',
      'havering-copy-3.md',
    ]);
    expect(a.summary.stories).toEqual({ real: 2, total: 7 });
    const copy = a.stories[6]?.text ?? '';
    expect(copy).toContain('title: "Synthetic copy 3: Havering rated inadequate"');
    expect(copy).toContain('authorities: ["havering", "haringey"]');
    // Links to other stories point at the real one: a partial round has no copy of every story.
    expect(copy).toContain('](/stories/other-story/)');
    expect(generateArchive(input, 7)).toEqual(a);
  });

  it('is valid against the loader and the story checker', () => {
    expect(validate(generateArchive(fixtureInput(), 9))).toEqual([]);
  });

  it('refuses a total below the real stories', () => {
    expect(() => generateArchive(fixtureInput(), 1)).toThrow(/>= the 2 real ones/);
  });
});
