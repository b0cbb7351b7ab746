import { describe, expect, it } from 'vitest';
import {
  aboutSentence,
  eventCutoff,
  newestFirst,
  sinceThenLead,
  storyDatesLine,
} from '../../src/stories/dates';
import { storySchema } from '../../src/stories/schema';
import { sinceThen } from '../../src/data/since-then';
import { loadDataset } from '../../src/data/load';
import { coverage } from '../../src/data/coverage';
import { reachWords } from '../../src/data/reader-words';
import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { storyContext } from '../../src/stories/check';

const story = {
  published: '2026-11-24',
  covers: '2014-07',
  sources: [{ date: '2014-07-18' }],
};

describe('a story dated by its event and by its writing', () => {
  it('words both dates in one line, a month or a day', () => {
    expect(storyDatesLine(story)).toBe('About July 2014 · written 24 November 2026');
    expect(
      storyDatesLine({
        ...story,
        covers: '2014-07-18',
        coversWhat: 'Ofsted’s report',
        updated: '2026-11-30',
      }),
    ).toBe('About Ofsted’s report, 18 July 2014 · written 24 November 2026, updated 30 November 2026');
    expect(storyDatesLine({ published: '2026-11-24' })).toBe('Written 24 November 2026');
    expect(aboutSentence(story)).toBe('About July 2014. ');
    expect(aboutSentence({ published: '2026-11-24' })).toBe('');
  });

  it('counts "since then" from the end of the event’s month, else from the newest source', () => {
    expect(eventCutoff(story)).toBe('2014-07-31');
    expect(eventCutoff({ ...story, covers: '2014-07-18' })).toBe('2014-07-18');
    expect(
      eventCutoff({ published: '2026-11-24', sources: [{ date: '2019-01-01' }, { date: '2020-01-01' }] }),
    ).toBe('2020-01-01');
    expect(sinceThenLead(story, 'story')).toBe('This story is about July 2014.');
  });
});

describe('the order of the listing and feeds', () => {
  it('newest written first; written the same day, the newer event first (an undated one by its newest source)', () => {
    const day = '2026-11-24';
    const entry = (
      id: string,
      data: { published: string; covers?: string; sources: { date: string }[] },
    ) => ({
      id,
      data,
    });
    const list = [
      entry('old-event', { published: day, covers: '2010-02-23', sources: [] }),
      entry('undated', { published: day, sources: [{ date: '2020-01-01' }] }),
      entry('written-later', { published: '2026-11-30', covers: '2009-01', sources: [] }),
      entry('new-event', { published: day, covers: '2026-02', sources: [] }),
    ];
    expect(list.sort(newestFirst).map((e) => e.id)).toEqual([
      'written-later',
      'new-event',
      'undated',
      'old-event',
    ]);
  });
});

describe('the event date in frontmatter', () => {
  const schema = storySchema({
    authorities: new Set(['haringey']),
    inspections: new Set(),
    today: '2026-12-07',
  }).shape.covers;
  it('takes a day or a month, not later than today', () => {
    expect(schema.safeParse('2014-07').data).toBe('2014-07');
    expect(schema.safeParse('2014-07-18').data).toBe('2014-07-18');
    expect(schema.safeParse('2026-12').success).toBe(true);
    const future = schema.safeParse('2027-01');
    expect(future.success).toBe(false);
    expect(future.error?.issues[0]?.message).toMatch(/no later than today, 2026-12-07 \(got "2027-01"\)/);
    expect(schema.safeParse('2014-13').success).toBe(false);
    expect(schema.safeParse('2014-02-30').error?.issues[0]?.message).toMatch(
      /yyyy-mm-dd, or a month written yyyy-mm/,
    );
  });
});

describe('"Since then", from the data', () => {
  const data = loadDataset();
  /** A committed story's frontmatter, checked as the build checks it. */
  const readStory = (id: string) =>
    storySchema(storyContext(data, '2026-12-07')).parse(
      matter(readFileSync(`content/stories/${id}.md`, 'utf8')).data,
    );
  it('lists every later inspection of Haringey after its 2014 story, to the 2026 one, with grades and links', () => {
    const fm = readStory('haringey-requires-improvement-2014');
    const [box, ...more] = sinceThen(data, fm.authorities, eventCutoff(fm));
    expect(more).toEqual([]);
    const later = data.inspections.filter(
      (i) => i.authority === 'haringey' && (i.published ?? '') > '2014-07-18',
    );
    expect(box?.items.map((i) => i.date)).toEqual(later.map((i) => i.published).sort());
    const latest = box?.items.at(-1);
    expect(latest?.path).toBe('/inspections/haringey-2026-ilacs-short/');
    expect(latest?.grade?.grade).toBe('outstanding');
    expect(box?.reach).toBe(reachWords(coverage(data).inspectionsTo));
  });
  it('is empty for a story about the latest inspection', () => {
    const fm = readStory('haringey-from-inadequate-to-outstanding');
    expect(sinceThen(data, fm.authorities, eventCutoff(fm))).toEqual([]);
  });
  it('says why an inspection shows no grade', () => {
    const box = sinceThen(data, ['brent'], '2023-04-11')[0];
    expect(box?.items.at(-1)?.noGrade).toBe('overall grade not yet in our data');
    const slac = sinceThen(data, ['haringey'], '2010-02-23')[0]?.items[0];
    expect(slac?.noGrade).toMatch(/no overall grade given/);
  });
});
