/**
 * What the search page shows under a council (src/data/search-councils.ts): its latest SIF or
 * ILACS grade (the same as the council's latest rating) and that report's date, its stories and
 * its inspections newest first, at most SEARCH_LIST_MAX of each, with how many there are in all;
 * and the date its page sorts by among search results.
 */
import { coverage } from '../../src/data/coverage';
import { NOT_IN_DATA_BADGE, reachWords } from '../../src/data/reader-words';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { SEARCH_LIST_MAX, councilSearchCard, councilSortDate } from '../../src/data/search-councils';
import { latestRating } from '../../src/data/ratings-at';
import { councilInspections } from '../../src/data/inspection-pages';
import { gradeBadge } from '../../src/data/vocabulary';
import { formatDate } from '../../src/data/format';
import { eventDateText } from '../../src/data/event-date-text';

const data = loadDataset();
const stories = [
  { id: 'old', data: { title: 'Old', published: '2020-01-01', authorities: ['haringey'] } },
  { id: 'new', data: { title: 'New', published: '2025-06-01', authorities: ['haringey', 'havering'] } },
  { id: 'mid', data: { title: 'Mid', published: '2023-03-01', authorities: ['haringey'] } },
  { id: 'newest', data: { title: 'Newest', published: '2026-01-01', authorities: ['haringey'] } },
  { id: 'other', data: { title: 'Other', published: '2026-02-01', authorities: ['wigan'] } },
];

describe('a council in the search results', () => {
  it('shows the latest grade and its date for every current council', () => {
    const problems: string[] = [];
    for (const a of [...data.authorities.values()].filter((x) => x.current)) {
      const card = councilSearchCard(data, a.slug, []);
      const r = latestRating(data, a.slug);
      if (!r) {
        if (card.latest !== null) problems.push(`${a.slug}: a grade without a rating`);
        continue;
      }
      // A latest grade our data lacks (Brent, Somerset) says so, never "No grade".
      const badge = gradeBadge(r.grade, r.scale, NOT_IN_DATA_BADGE);
      if (!r.grade && card.latest?.label !== 'Not yet in our data')
        problems.push(`${a.slug}: a missing latest grade shown as ${card.latest?.label}`);
      if (card.latest?.label !== badge.label)
        problems.push(`${a.slug}: ${card.latest?.label} not ${badge.label}`);
      if (!card.latest?.words.includes(formatDate(eventDateText(r.inspection))))
        problems.push(`${a.slug}: "${card.latest?.words}" lacks the report's date`);
      if (!card.latest?.words.endsWith(reachWords(coverage(data).inspectionsTo)))
        problems.push(`${a.slug}: "${card.latest?.words}" does not say how far our data goes`);
    }
    expect(problems).toEqual([]);
  });

  it('lists its own stories and inspections, newest first, at most a few, with the count of all', () => {
    const card = councilSearchCard(data, 'haringey', stories);
    expect(card.storyCount).toBe(4);
    expect(card.stories.map((s) => s.path)).toEqual(['/stories/newest/', '/stories/new/', '/stories/mid/']);
    const all = councilInspections(data, 'haringey');
    expect(card.inspectionCount).toBe(all.length);
    expect(card.inspections).toHaveLength(Math.min(SEARCH_LIST_MAX, all.length));
    const dates = card.inspections.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe(eventDateText(all[all.length - 1] ?? all[0]!));
  });

  it('sorts a council page by its newest inspection or visit', () => {
    const all = councilInspections(data, 'havering');
    expect(councilSortDate(data, 'havering')).toBe(eventDateText(all[all.length - 1]!));
  });
});
