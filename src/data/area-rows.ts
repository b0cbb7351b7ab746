/**
 * The rows of the area files (adoption, workforce): each is England, a region, or the councils it
 * covers, and each council, region and England has at most one row per period (and measure).
 */
import type { AreaRow } from './types';

/** How the loader reports a problem at a file, line and column. */
export type Ref = (
  file: string,
  line: number,
  column: number,
  field: string,
  value: string,
  message: string,
) => void;

/** A check for one area file: call it on each row with the row's period (a fresh one per file). */
export function areaRowCheck(ref: Ref) {
  const seen = new Map<string, number>();
  return (
    { record, file, line, col }: { record: AreaRow; file: string; line: number; col: Record<string, number> },
    period: string,
  ) => {
    const at = (c: string) => col[c] ?? 1;
    if (record.level === 'authority' && record.authorities.length === 0)
      ref(
        file,
        line,
        at('authorities'),
        'authorities',
        '',
        'expected the slug(s) of the council(s) an authority row covers',
      );
    if (record.level !== 'authority' && record.authorities.length)
      ref(
        file,
        line,
        at('authorities'),
        'authorities',
        record.authorities.join(' '),
        `expected empty on a ${record.level} row`,
      );
    if ((record.level === 'regional') !== (record.region !== null))
      ref(
        file,
        line,
        at('region'),
        'region',
        record.region ?? '',
        record.level === 'regional'
          ? 'expected the region of a regional row'
          : `expected empty on a ${record.level} row`,
      );
    const keys =
      record.level === 'authority'
        ? record.authorities
        : [record.level === 'regional' ? (record.region ?? '') : 'England'];
    for (const k of keys) {
      const first = seen.get(`${k}#${period}`);
      if (first !== undefined)
        ref(
          file,
          line,
          at('level'),
          'level',
          record.level,
          `a second row for ${k} in ${period} (first on line ${first}); expected one row per council, region or England and period`,
        );
      else seen.set(`${k}#${period}`, line);
    }
  };
}
