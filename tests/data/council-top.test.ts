import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { councilTop } from '../../src/data/council-top';
import { coverage } from '../../src/data/coverage';
import { formatDate } from '../../src/data/format';
import { GLOSSARY, GRADE_GUIDE, GRADE_NOT_IN_DATA, reachWords } from '../../src/data/reader-words';
import { fixtureDataset } from '../charts/fixtures';

const data = loadDataset();
const flags = { ranks: true, stories: false };

describe('how far our data goes', () => {
  it('is the latest report date in the data, in words, never a literal', () => {
    for (const d of [data, fixtureDataset()]) {
      const latest = d.inspections
        .map((i) => i.published ?? '')
        .sort()
        .at(-1);
      expect(coverage(d).inspectionsTo).toBe(latest);
      expect(reachWords(coverage(d).inspectionsTo)).toBe(
        `Our inspection data runs to reports published by ${formatDate(latest)}.`,
      );
    }
    expect(reachWords('')).toMatch(/no published report/);
  });
});

describe('the top of a council page', () => {
  it('gives the grade, its date, the reach and what usually happens next, with the source', () => {
    const t = councilTop(data, 'havering', flags);
    expect(t.label).toBe('Current grade');
    expect(t.grade?.grade).toBe('inadequate');
    expect(t.when).toMatch(/published 16 February 2024\.$/);
    expect(t.reach).toBe(reachWords(coverage(data).inspectionsTo));
    expect(t.guide?.text).toContain('monitoring visits');
    expect(t.guide?.text).toContain('Department for Education');
    expect(t.guide?.text).toBe(`${GRADE_GUIDE.inadequate.meaning} ${GRADE_GUIDE.inadequate.next}`);
    expect(t.guide?.source.url).toMatch(/^https:\/\/www\.gov\.uk\//);
    expect(t.community).toBeNull();
  });

  it('the glossary says the same about each grade', () => {
    const grades = GLOSSARY.find((g) => g.id === 'grades');
    for (const g of Object.values(GRADE_GUIDE)) {
      expect(grades?.meaning).toContain(g.meaning);
      expect(grades?.meaning).toContain(g.next);
    }
    expect(grades?.source).toBeDefined();
  });

  it('says when the grade is not in our data, and that the row rests on the community list, with its report', () => {
    for (const slug of ['brent', 'somerset']) {
      const t = councilTop(data, slug, flags);
      expect(t.grade).toBeNull();
      expect(t.guide).toBeNull();
      expect(t.when).toContain(GRADE_NOT_IN_DATA);
      expect(t.community?.words).toMatch(/community-maintained list/);
      expect(t.community?.report.href).toMatch(/^https:\/\/files\.ofsted\.gov\.uk\/v1\/file\/\d+$/);
    }
  });

  it('lists the page’s sections in page order, "Areas it serves" last', () => {
    const t = councilTop(data, 'haringey', { ranks: true, stories: true });
    const ids = t.sections.map((s) => s.id);
    expect(ids.slice(0, 2)).toEqual(['trajectory', 'inspections']);
    expect(ids).toContain('stories');
    expect(ids.at(-1)).toBe('places-heading');
    expect(
      councilTop(data, 'haringey', { ranks: false, stories: false }).sections.map((s) => s.id),
    ).not.toContain('ranks');
  });
});
