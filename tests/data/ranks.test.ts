/**
 * Ranks (src/data/ranks.ts): competition ranking with shared ranks for ties, overall and within
 * the region; suppressed, withheld (too-few), missing and joint figures left out with the reason
 * said; former councils left out and counted; the direction that counts as better; ordinals.
 */
import { describe, expect, it } from 'vitest';
import {
  allRanks,
  ordinal,
  rankCandidates,
  rankWords,
  ranksOf,
  type Candidate,
  type MeasureSpec,
} from '../../src/data/ranks';
import type { Authority } from '../../src/data/types';
import type { Region } from '../../src/data/vocabulary';
import { fixtureDataset } from '../helpers/dataset-fixture';
import { loadDataset } from '../../src/data/load';

const council = (slug: string, region: Region, current = true): Authority => ({
  slug,
  name: slug.toUpperCase(),
  onsCode: 'E09000001',
  laNumber: 201,
  region,
  type: 'London Borough',
  ofstedUrl: 'https://reports.ofsted.gov.uk/provider/44/201',
  current,
  successors: [],
  predecessors: [],
  source: 's',
});

const measure = (better: 'higher' | 'lower'): MeasureSpec => ({
  id: 'm',
  label: 'M',
  short: 'm',
  heading: 'M',
  unit: 'per cent',
  better,
  betterWords: '',
  period: '2025',
  sources: [],
  newer: [],
});

const candidates: Candidate[] = [
  { authority: council('a', 'London'), value: 60 },
  { authority: council('b', 'London'), value: 70 },
  { authority: council('c', 'London'), value: 60 },
  { authority: council('d', 'North East'), value: 50 },
  { authority: council('e', 'North East'), reason: 'too few to publish' },
  { authority: council('f', 'London', false), value: 99 },
];

describe('rankCandidates', () => {
  it('shares a rank between ties and skips the next (1, 2, 2, 4), higher better', () => {
    const r = rankCandidates(measure('higher'), candidates);
    expect(r.ranked.map((e) => [e.slug, e.rank, e.tied, e.regionRank, e.regionOf])).toEqual([
      ['b', 1, false, 1, 3],
      ['a', 2, true, 2, 3],
      ['c', 2, true, 2, 3],
      ['d', 4, false, 1, 1],
    ]);
    expect(r.ranked.every((e) => e.of === 4)).toBe(true);
  });

  it('turns round when lower is better', () => {
    const r = rankCandidates(measure('lower'), candidates);
    expect(r.ranked.map((e) => [e.slug, e.rank])).toEqual([
      ['d', 1],
      ['a', 2],
      ['c', 2],
      ['b', 4],
    ]);
  });

  it('leaves out suppressed figures with the reason, and former councils, counted', () => {
    const r = rankCandidates(measure('higher'), candidates);
    expect(r.notRanked).toEqual([{ slug: 'e', name: 'E', reason: 'too few to publish' }]);
    expect(r.former).toBe(1);
    expect(r.ranked.some((e) => e.slug === 'f')).toBe(false);
  });

  it('says the rank in words', () => {
    const r = rankCandidates(measure('higher'), candidates);
    expect(rankWords(r.ranked[0]!)).toBe('1st of 4 councils; 1st of 3 in London');
    expect(rankWords(r.ranked[1]!)).toBe('joint 2nd of 4 councils; joint 2nd of 3 in London');
  });
});

describe('ordinal', () => {
  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 150].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '112th',
      '150th',
    ]);
  });
});

describe('ranks from the data', () => {
  it('on the fixture: a suppressed care-leaver figure and a too-few adoption time are not ranked, with reasons', () => {
    const d = fixtureDataset();
    const haringey = ranksOf(d, 'haringey');
    const care = haringey.find((r) => r.measure.id === 'care-leavers-19-21');
    // Haringey's only care-leaver row is suppressed, so there is no care-leaver measure at all.
    expect(care).toBeUndefined();
    const havering = ranksOf(d, 'havering');
    const a10 = havering.find((r) => r.measure.id === 'adoption-a10');
    expect(a10?.entry ?? null).toBeNull();
    expect(a10?.reason).toBe('too few children adopted to publish');
    expect(ranksOf(d, 'haringey').find((r) => r.measure.id === 'adoption-a10')?.entry?.rank).toBe(1);
  });

  it('on the committed data: every measure ranks current councils only, with a direction stated', () => {
    const data = loadDataset();
    const ranks = allRanks(data);
    expect(ranks.map((r) => r.measure.id)).toEqual([
      'care-leavers-19-21',
      'care-leavers-17-18',
      'workforce-caseload',
      'workforce-agency',
      'workforce-turnover',
      'workforce-vacancy',
      'adoption-a10',
      'adoption-a2',
    ]);
    for (const r of ranks) {
      expect(r.ranked.every((e) => data.authorities.get(e.slug)?.current)).toBe(true);
      expect(r.ranked.length + r.notRanked.length).toBe(153);
      expect(r.measure.betterWords).not.toBe('');
      // Joint returns (Kingston upon Thames and Richmond upon Thames) are said, not ranked.
    }
    const agency = ranks.find((r) => r.measure.id === 'workforce-agency');
    expect(agency?.notRanked.find((n) => n.slug === 'kingston-upon-thames')?.reason).toBe(
      'one joint figure with Richmond upon Thames, not its own',
    );
  });
});
