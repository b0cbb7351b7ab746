/**
 * Rows of the area files (adoption, workforce) for one council: its own row (which may be a
 * joint return covering two councils), its region's and England's.
 */
import type { Authority } from '../data/types';

export type AreaLevel = 'authority' | 'regional' | 'national';

interface AreaLike {
  level: AreaLevel;
  region: string | null;
  authorities: readonly string[];
}

/** The row of `level` for the council (its own, its region's, or England's), if any. */
export function areaRow<R extends AreaLike>(
  rows: readonly R[],
  a: Authority,
  level: AreaLevel,
): R | undefined {
  return rows.find((r) =>
    r.level !== level
      ? false
      : level === 'authority'
        ? r.authorities.includes(a.slug)
        : level === 'regional'
          ? r.region === a.region
          : true,
  );
}

/** What a reader calls each level for this council. */
export function areaName(a: Authority, level: AreaLevel): string {
  return level === 'authority' ? a.name : level === 'regional' ? a.region : 'England';
}

/** A joint return's note: "figures for X are returned jointly with Y". */
export function jointNote(
  rows: readonly AreaLike[],
  a: Authority,
  nameOf: (slug: string) => string,
  what: string,
): string | null {
  const joint = rows.find(
    (r) => r.level === 'authority' && r.authorities.includes(a.slug) && r.authorities.length > 1,
  );
  if (!joint) return null;
  const others = joint.authorities.filter((s) => s !== a.slug).map(nameOf);
  return `${a.name} returns its ${what} jointly with ${others.join(' and ')}: the council figures shown cover both.`;
}

/** Round to one decimal place, as the publishers give rates. */
export function oneDecimal(v: number): string {
  return String(Math.round(v * 10) / 10);
}
