import { describe, expect, it } from 'vitest';
import { mapListByRegion } from '../../src/data/map-list';
import { latestRating } from '../../src/data/ratings-at';
import { loadDataset } from '../../src/data/load';
import { REGIONS } from '../../src/data/vocabulary';

const data = loadDataset();

describe('the hex map as a list by region', () => {
  it('lists every council on the map once, in its own region, with the map’s grade', () => {
    const regions = mapListByRegion(data);
    const slugs = regions.flatMap((r) => r.councils.map((c) => c.slug));
    expect(slugs.length).toBe(data.hexes.length);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(slugs)).toEqual(new Set(data.hexes.map((h) => h.authority)));
    for (const r of regions)
      for (const c of r.councils) {
        expect(data.authorities.get(c.slug)?.region).toBe(r.region);
        expect(c.grade).toBe(latestRating(data, c.slug)?.grade ?? null);
      }
    expect(regions.map((r) => r.region)).toEqual(REGIONS.filter((x) => regions.some((r) => r.region === x)));
  });
});
