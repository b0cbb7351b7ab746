/**
 * The hex map's links as a list, by region: the same councils, the same pages and the same
 * latest grades as the map (src/charts/hex-map.ts), for readers whose hexagons are too small to
 * tap (about 15 by 17 px on a 320 px screen; WCAG 2.2 asks 24 by 24 or an equivalent control).
 */
import { latestRating } from './ratings-at';
import type { Dataset } from './types';
import { REGIONS, type GradeScale, type OverallGrade } from './vocabulary';

export interface MapListRegion {
  region: string;
  councils: { slug: string; name: string; grade: OverallGrade | null; scale: GradeScale }[];
}

/** Every council on the map, grouped by region in the DfE's order, by name within a region. */
export function mapListByRegion(data: Dataset): MapListRegion[] {
  const councils = data.hexes.flatMap((h) => {
    const a = data.authorities.get(h.authority);
    if (!a) return [];
    const r = latestRating(data, a.slug);
    return [
      {
        slug: a.slug,
        name: a.name,
        region: a.region,
        grade: r?.grade ?? null,
        scale: r?.scale ?? 'ri-scale',
      },
    ];
  });
  return REGIONS.map((region) => ({
    region,
    councils: councils
      .filter((c) => c.region === region)
      .sort((x, y) => x.name.localeCompare(y.name))
      .map(({ slug, name, grade, scale }) => ({ slug, name, grade, scale })),
  })).filter((r) => r.councils.length > 0);
}
