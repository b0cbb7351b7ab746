/**
 * places.csv and curated/place-aliases.csv go through the loader like every file: typed rows, and
 * every problem (unknown or former council, wrong upper-tier code, repeated area, an alias that is
 * already a name, or another council's) reported at once with file, line, column and value. The
 * committed files cover every current council, and no alias clashes once normalised as the search
 * page's script normalises queries.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDataset, loadDataset } from '../../src/data/load';
import { findEntries, placeIndex, placeNameKey, placesOf } from '../../src/data/places';
import { validDataTexts as fixtureTexts } from '../helpers/dataset-fixture';
import { refusals } from '../helpers/load-problems';

/** The fixture dataset with an area for each of its two councils, and an alias. */
function valid() {
  const t = fixtureTexts();
  t.places +=
    'E09000014,Haringey,E09000014,Haringey,haringey,ofsted-la-outcomes-2025\n' +
    'E09000016,Havering,E09000016,Havering,havering,ofsted-la-outcomes-2025\n';
  t.curatedPlaceAliases += 'Tottenham,haringey,jar-press,A district of the borough\n';
  return t;
}

describe('places and aliases in the loader', () => {
  it('loads areas and aliases into typed rows', () => {
    const d = buildDataset(valid());
    expect(d.places).toEqual([
      expect.objectContaining({ code: 'E09000014', name: 'Haringey', authority: 'haringey' }),
      expect.objectContaining({ code: 'E09000016', name: 'Havering', authority: 'havering' }),
    ]);
    expect(d.placeAliases).toEqual([
      { alias: 'Tottenham', authority: 'haringey', source: 'jar-press', note: 'A district of the borough' },
    ]);
  });

  refusals(
    [
      {
        name: 'reports every problem at once',
        append: {
          places:
            'E09000014,Haringey again,E09000014,Haringey,haringey,ofsted-la-outcomes-2025\n' + // repeated area
            'E07000073,Harlow,E10000012,Essex,havering,ofsted-la-outcomes-2025\n' + // Havering's code is not E10000012
            'E07000066,Basildon,E10000012,Essex,essex,ons-nowhere\n' + // unknown council and source
            'W06000015,Cardiff,W06000015,Cardiff,haringey,ofsted-la-outcomes-2025\n', // not English
          curatedPlaceAliases:
            'HAVERING,havering,jar-press,\n' + // already its name
            'St. Havering,haringey,jar-press,\n' + // fine
            'st havering,havering,jar-press,\n', // the alias above, another council
        },
        problems: [
          'data/curated/place-aliases.csv:3:1 alias: expected a new name: it is already the name of Havering (got "HAVERING")',
          'data/curated/place-aliases.csv:5:1 alias: expected a name no other council has: it is an alias on line 4 (got "st havering")',
          'data/places.csv:4:1 ltla_code: duplicate area (first on line 2) (got "E09000014")',
          'data/places.csv:5:3 utla_code: expected E09000016, the ONS code of Havering in authorities.csv (got "E10000012")',
          'data/places.csv:6:5 authority: unknown council; expected a slug from authorities.csv (got "essex")',
          'data/places.csv:6:6 source: unknown source id; expected an id from sources.csv or curated/sources.csv (got "ons-nowhere")',
          'data/places.csv:7:1 ltla_code: expected an ONS code of an English area, such as E07000073 (got "W06000015")',
          'data/places.csv:7:3 utla_code: expected an ONS code of an English area, such as E10000012 (got "W06000015")',
        ],
      },
      {
        name: 'refuses an area or alias of a former council',
        replace: {
          authorities: [
            [
              'havering,Havering,E09000016,311,London,London Borough,https://reports.ofsted.gov.uk/provider/44/311,yes',
              'havering,Havering,E09000016,311,London,London Borough,https://reports.ofsted.gov.uk/provider/44/311,no',
            ],
          ],
        },
        append: { curatedPlaceAliases: 'Romford,havering,jar-press,\n' },
        problems: [
          'data/curated/place-aliases.csv:3:2 authority: expected a current council (got "havering")',
          'data/places.csv:3:5 authority: expected a current council: a former council runs no area’s services (got "havering")',
        ],
      },
    ],
    { valid },
  );
});

describe('the committed places and aliases', () => {
  const data = loadDataset();
  const current = [...data.authorities.values()].filter((a) => a.current);

  it('give every current council at least one area, and every English area (296) a council', () => {
    expect(data.places).toHaveLength(296);
    for (const a of current) expect(placesOf(data, a.slug).length, a.slug).toBeGreaterThan(0);
    expect(placesOf(data, 'essex').map((p) => p.name)).toContain('Harlow');
    expect(placesOf(data, 'kent')).toHaveLength(12);
  });

  it('hold the known aliases', () => {
    const of = (alias: string) => data.placeAliases.find((a) => a.alias === alias)?.authority;
    const known = {
      Hull: 'kingston-upon-hull',
      Southend: 'southend-on-sea',
      Kingston: 'kingston-upon-thames',
      Richmond: 'richmond-upon-thames',
      Windsor: 'windsor-and-maidenhead',
    };
    for (const [alias, council] of Object.entries(known)) expect(of(alias), alias).toBe(council);
  });

  it('list every area, council name and alias once in the A–Z of /find/', () => {
    const all = findEntries(data).flatMap((g) => g.entries);
    expect(all.filter((e) => e.kind === 'place')).toHaveLength(296);
    expect(all.filter((e) => e.kind === 'alias')).toHaveLength(data.placeAliases.length);
    expect(all.find((e) => e.name === 'Essex')).toEqual({
      name: 'Essex',
      kind: 'council',
      authority: 'essex',
    });
    const keys = all.map((e) => placeNameKey(e.name));
    expect(new Set(keys).size).toBe(keys.length);
    const letters = findEntries(data).map((g) => g.letter);
    expect(letters).toEqual([...letters].sort());
    for (const g of findEntries(data))
      for (const e of g.entries) expect(placeNameKey(e.name).charAt(0).toUpperCase()).toBe(g.letter);
  });

  it('normalise names in the search page’s script exactly as the loader does', async () => {
    const url = pathToFileURL(join(import.meta.dirname, '..', '..', 'public', 'search-places.js')).href;
    const { placeKey } = (await import(url)) as { placeKey: (s: string) => string };
    const names = [
      ...placeIndex(data).flatMap((e) => [e.name, ...e.places, ...e.aliases]),
      "King's Lynn",
      'St. Helens',
      'Telford & Wrekin',
      'Bristol, City of',
      '  Stoke-on-Trent ',
      'Saint-Étienne',
    ];
    for (const n of names) expect(placeKey(n), n).toBe(placeNameKey(n));
    expect(placeKey('King’s Lynn and West Norfolk')).toBe('kings lynn and west norfolk');
  });

  it('serves no alias that reads as another council’s name once normalised', () => {
    const owner = new Map<string, string>();
    for (const e of placeIndex(data))
      for (const n of [e.name, ...e.places, ...e.aliases]) {
        const k = placeNameKey(n);
        expect(owner.get(k) ?? e.path, `${n} (${e.path}) vs ${owner.get(k)}`).toBe(e.path);
        owner.set(k, e.path);
      }
  });
});
