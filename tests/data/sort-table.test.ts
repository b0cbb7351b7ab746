/**
 * The sort order of public/sort-table.js (the table of every council on /compare/): keys that
 * read as numbers sort as numbers, others as text, and an empty key (no figure) sorts last
 * whichever the direction, never as a zero.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface SortTable {
  sortKey: (raw: string) => number | string | null;
  compareKeys: (a: number | string | null, b: number | string | null, dir: number) => number;
}
const url = pathToFileURL(join(import.meta.dirname, '..', '..', 'public', 'sort-table.js')).href;
const { sortKey, compareKeys } = (await import(url)) as SortTable;

const sorted = (raws: string[], dir: number) =>
  raws
    .map(sortKey)
    .sort((a, b) => compareKeys(a, b, dir))
    .map((k) => (k === null ? '' : String(k)));

describe('sort-table.js', () => {
  it('reads figures as numbers, dates and names as text, and an empty key as none', () => {
    expect(sortKey('14.6')).toBe(14.6);
    expect(sortKey('9')).toBe(9);
    expect(sortKey('2024-05-01')).toBe('2024-05-01');
    expect(sortKey('Barnet')).toBe('Barnet');
    expect(sortKey('')).toBeNull();
  });

  it('sorts figures by value, not as text', () => {
    expect(sorted(['9.8', '14.6', '12'], 1)).toEqual(['9.8', '12', '14.6']);
    expect(sorted(['9.8', '14.6', '12'], -1)).toEqual(['14.6', '12', '9.8']);
  });

  it('puts a council with no figure last, both ways up', () => {
    expect(sorted(['3', '', '1', '0', ''], 1)).toEqual(['0', '1', '3', '', '']);
    expect(sorted(['3', '', '1', '0', ''], -1)).toEqual(['3', '1', '0', '', '']);
  });

  it('sorts dates and names in order', () => {
    expect(sorted(['2025-01-02', '2019-12-31', '2024-06-30'], -1)).toEqual([
      '2025-01-02',
      '2024-06-30',
      '2019-12-31',
    ]);
    expect(sorted(['Wigan', 'Barnet', 'Bath and North East Somerset'], 1)).toEqual([
      'Barnet',
      'Bath and North East Somerset',
      'Wigan',
    ]);
  });
});
