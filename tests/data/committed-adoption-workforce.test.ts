/**
 * The committed adoption, workforce and 2025 neighbours data (written by `npm run data:import`
 * from the publishers' files): the facts issue 14 names, checked against the published figures,
 * and coverage of every current council.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import type { Measured } from '../../src/data/types';
import { COUNCILS_CREATED_2021_2023 } from '../helpers/la-refs';

const data = loadDataset();
const current = [...data.authorities.values()].filter((a) => a.current).map((a) => a.slug);
const num = (m: Measured | undefined): number | null => (m && 'value' in m ? m.value : null);

describe('committed adoption data (ASGLB 2022-23, LAIT 2016-2025)', () => {
  const asglb = (slug: string) => data.adoptionAsglb.find((r) => r.authorities.includes(slug));
  const england = data.adoptionAsglb.find((r) => r.level === 'national');

  it('gives Wirral’s A10 as 652 days against England’s 480, and England’s A2 as 197', () => {
    expect(Math.round(num(asglb('wirral')?.a10Days) ?? NaN)).toBe(652);
    expect(Math.round(num(england?.a10Days) ?? NaN)).toBe(480);
    expect(Math.round(num(england?.a2Days) ?? NaN)).toBe(197);
  });

  it('withholds times for 10 or fewer adopted children, as the publisher’s rule says (Havering)', () => {
    expect(asglb('havering')).toMatchObject({
      adoptions: { symbol: 'c' },
      a10Days: { symbol: 'too-few' },
      a2Days: { symbol: 'too-few' },
    });
    const withheld = data.adoptionAsglb.filter(
      (r) => 'symbol' in r.a10Days && r.a10Days.symbol === 'too-few',
    );
    expect(withheld.length).toBeGreaterThan(40);
    for (const r of data.adoptionAsglb)
      if ('value' in r.a10Days) expect(num(r.adoptions)).toBeGreaterThan(10);
  });

  it('covers every current council but the two created in April 2023, joint rows naming both councils', () => {
    const covered = new Set(data.adoptionAsglb.flatMap((r) => r.authorities));
    expect(current.filter((s) => !covered.has(s))).toEqual(['cumberland', 'westmorland-and-furness']);
    expect(asglb('westminster')?.authorities).toEqual(['kensington-and-chelsea', 'westminster']);
    expect(asglb('isles-of-scilly')?.authorities).toEqual(['cornwall', 'isles-of-scilly']);
  });

  it('has children adopted for England every year 2016-2025 and a 2025 row for every current council', () => {
    const years = data.adoptionCounts
      .filter((r) => r.level === 'national' && r.measure === 'adopted' && 'value' in r.value)
      .map((r) => r.year);
    expect(years).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const y2025 = new Set(data.adoptionCounts.filter((r) => r.year === 2025).flatMap((r) => r.authorities));
    expect(current.filter((s) => !y2025.has(s))).toEqual([]);
  });
});

describe('committed social work workforce data', () => {
  const rate = (slug: string, year: number) =>
    num(data.workforce.find((r) => r.year === year && r.authorities.includes(slug))?.agencyRateFte);

  it('shows Havering’s agency rate rising from 25.6% (2023) to 41.7% (2025)', () => {
    expect(rate('havering', 2023)).toBe(25.6);
    expect(rate('havering', 2025)).toBe(41.7);
  });

  it('has England, nine regions and every current council for 2025', () => {
    const y2025 = data.workforce.filter((r) => r.year === 2025);
    expect(y2025.filter((r) => r.level === 'national')).toHaveLength(1);
    expect(y2025.filter((r) => r.level === 'regional')).toHaveLength(9);
    const covered = new Set(y2025.flatMap((r) => r.authorities));
    expect(current.filter((s) => !covered.has(s))).toEqual([]);
  });
});

describe('committed 2025 statistical neighbours', () => {
  it('gives every current council ten neighbours, the councils created 2021-2023 included', () => {
    for (const slug of current)
      expect(
        data.neighbours2025.filter((n) => n.authority === slug).map((n) => n.rank),
        slug,
      ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const slug of COUNCILS_CREATED_2021_2023) expect(current).toContain(slug);
  });

  it('lists Halton among Wirral’s 2025 neighbours, and keeps the 2021 groupings as history', () => {
    expect(data.neighbours2025.filter((n) => n.authority === 'wirral').map((n) => n.neighbour)).toContain(
      'halton',
    );
    expect(data.neighbours.length).toBeGreaterThan(0);
    expect(new Set(data.neighbours.map((n) => n.source))).toEqual(
      new Set(['dfe-statistical-neighbours-2021']),
    );
  });
});
