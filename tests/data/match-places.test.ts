/**
 * The search page's "councils first" matching (public/search-places.js, run as the browser runs it
 * but without a browser) against the committed data's place index (the same entries the build
 * serves as /search/places.json): every query of the shared list (tests/helpers/place-queries.ts)
 * puts its council first; a query that names no council matches none; and the rules each query
 * kind relies on hold one at a time.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { placeIndex, placesOf } from '../../src/data/places';
import { NOT_PLACES, PLACE_QUERIES } from '../helpers/place-queries';

interface PlaceEntry {
  path: string;
  name: string;
  places: string[];
  aliases: string[];
}
interface PlaceMatch {
  entry: PlaceEntry;
  name: string;
  kind: 'council' | 'alias' | 'place';
  level: number;
}
/** The module's exports, as its JSDoc types them (tsconfig.public.json checks that file). */
interface SearchPlaces {
  prepare(index: PlaceEntry[]): unknown[];
  matchPlaces(candidates: unknown[], query: string, limit?: number): PlaceMatch[];
  matchText(m: PlaceMatch): string;
}

let lib: SearchPlaces;
let candidates: unknown[];
const data = loadDataset();
beforeAll(async () => {
  const url = pathToFileURL(join(import.meta.dirname, '..', '..', 'public', 'search-places.js')).href;
  lib = (await import(url)) as SearchPlaces;
  candidates = lib.prepare(placeIndex(data));
});

test('the query list covers names, aliases, two-tier districts and typos, and agrees with the data', () => {
  expect(PLACE_QUERIES.length).toBeGreaterThanOrEqual(40);
  for (const kind of ['name', 'alias', 'district', 'typo'] as const)
    expect(PLACE_QUERIES.filter((q) => q[2] === kind).length, kind).toBeGreaterThanOrEqual(6);
  for (const [query, council, kind] of PLACE_QUERIES) {
    expect(data.authorities.get(council)?.current, council).toBe(true);
    if (kind === 'district')
      expect(
        placesOf(data, council).some((p) => p.name === query.replace(/ council$/, '')),
        `${query} is an area of ${council} in places.csv`,
      ).toBe(true);
    if (kind === 'alias')
      expect(data.placeAliases.find((a) => a.alias === query)?.authority, query).toBe(council);
  }
});

describe('matchPlaces on the committed data', () => {
  test.each(PLACE_QUERIES)('"%s" puts /authorities/%s/ first (%s)', (query, council, kind) => {
    const found = lib.matchPlaces(candidates, query);
    expect(
      found.map((m) => m.entry.path),
      `"${query}" matched ${JSON.stringify(found.map((m) => `${m.name} (${m.kind}, level ${m.level})`))}`,
    ).toEqual(expect.arrayContaining([`/authorities/${council}/`]));
    expect(found[0]?.entry.path).toBe(`/authorities/${council}/`);
    // A typo is offered as a guess and says so; a name as typed never does.
    expect(lib.matchText(found[0] as PlaceMatch).startsWith('Closest name:')).toBe(kind === 'typo');
  });

  test.each(NOT_PLACES)('"%s" names no council', (query) => {
    expect(lib.matchPlaces(candidates, query)).toEqual([]);
  });
});

describe('matchPlaces rules, on a made-up index', () => {
  const index: PlaceEntry[] = [
    { path: '/a/', name: 'Kent', places: ['Dover'], aliases: [] },
    { path: '/b/', name: 'Kensington and Chelsea', places: [], aliases: ['Kensington'] },
    { path: '/c/', name: 'Medway', places: [], aliases: [] },
  ];
  const c = () => lib.prepare(index);

  test('fewer than 3 letters match nothing', () => {
    expect(lib.matchPlaces(c(), 'Ke')).toEqual([]);
  });
  test('an exact name beats a name the query begins', () => {
    expect(lib.matchPlaces(c(), 'Kent').map((m) => m.entry.path)).toEqual(['/a/']);
    expect(lib.matchPlaces(c(), 'Ken').map((m) => m.entry.path)).toEqual(['/b/', '/a/']);
  });
  test('generic words around a name still name the council', () => {
    expect(lib.matchPlaces(c(), 'Kent County Council children’s services')[0]?.entry.path).toBe('/a/');
    expect(lib.matchPlaces(c(), 'Dover council')[0]?.kind).toBe('place');
  });
  test('a typo is offered only when nothing matched as typed', () => {
    expect(lib.matchPlaces(c(), 'Medwy').map((m) => [m.entry.path, m.level])).toEqual([['/c/', 3]]);
    expect(lib.matchPlaces(c(), 'Medway').map((m) => m.level)).toEqual([0]);
  });
  test('the limit caps the list', () => {
    expect(lib.matchPlaces(c(), 'Ken', 1)).toHaveLength(1);
  });
});
