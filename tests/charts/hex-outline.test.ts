/**
 * The hex map's region outline (src/charts/hex-map.ts, regionOutline), checked by geometry alone
 * against the odd-r layout the hexagons are drawn in: each segment of the path must be an edge
 * of a drawn hexagon (its ends two corners, its middle the apothem from the centre), lying
 * between two hexagons of different regions or between a hexagon and the sea; never inside a
 * region, never twice.
 */
import { describe, expect, it } from 'vitest';
import { geometry, regionOutline, type Geometry } from '../../src/charts/hex-map';
import { loadDataset } from '../../src/data/load';

interface Cell {
  q: number;
  r: number;
  authority: { region: string };
}

const cell = (q: number, r: number, region: string): Cell => ({ q, r, authority: { region } });
const key = (c: Cell) => `${c.q},${c.r}`;

/** The path's segments: "M x y L x y" or "M x y V y". */
function segments(d: string): [number, number, number, number][] {
  return [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)(?:L(-?[\d.]+) (-?[\d.]+)|V(-?[\d.]+))/g)].map((m) => {
    const x1 = Number(m[1]);
    const y1 = Number(m[2]);
    return m[5] !== undefined ? [x1, y1, x1, Number(m[5])] : [x1, y1, Number(m[3]), Number(m[4])];
  });
}

/**
 * Each segment as the hexagons on either side of it ("q,r|q,r" in key order, or "q,r|sea"),
 * found from the drawn centres; throws if a segment is not an edge of a hexagon.
 */
function sides(cells: readonly Cell[], g: Geometry): string[] {
  const tol = 1.5; // the path is written in whole pixels
  const dist = (x: number, y: number, [cx, cy]: [number, number]) => Math.hypot(x - cx, y - cy);
  return segments(regionOutline(cells, g)).map(([x1, y1, x2, y2]) => {
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2;
    const touching = cells.filter((c) => Math.abs(dist(mx, my, g.centre(c.q, c.r)) - g.a) < tol);
    for (const c of touching) {
      const centre = g.centre(c.q, c.r);
      // Both ends are corners of the hexagon: a whole edge, not a line across it.
      expect(Math.abs(dist(x1, y1, centre) - g.s)).toBeLessThan(tol);
      expect(Math.abs(dist(x2, y2, centre) - g.s)).toBeLessThan(tol);
    }
    if (touching.length < 1 || touching.length > 2) throw new Error(`segment ${x1},${y1} ${x2},${y2}`);
    const names = touching.map(key).sort();
    return names.length === 2 ? names.join('|') : `${names[0]}|sea`;
  });
}

describe('region outline of the hex map', () => {
  // Two regions in an odd-r grid (row 1 is shifted half a hexagon right, and drawn above row 0):
  //
  //   row 1:     A(0,1)  B(1,1)
  //   row 0: A(0,0)  A(1,0)  B(2,0)
  const cells = [cell(0, 0, 'A'), cell(1, 0, 'A'), cell(2, 0, 'B'), cell(0, 1, 'A'), cell(1, 1, 'B')];
  const g = geometry(cells, 500, 1);

  it('draws exactly the edges between the two regions, once each', () => {
    const between = sides(cells, g).filter((s) => !s.endsWith('sea'));
    expect(between.sort()).toEqual(['0,1|1,1', '1,0|1,1', '1,0|2,0']);
  });

  it('draws no segment twice', () => {
    const drawn = segments(regionOutline(cells, g)).map(([x1, y1, x2, y2]) =>
      [`${x1},${y1}`, `${x2},${y2}`].sort().join(' '),
    );
    expect(new Set(drawn).size).toBe(drawn.length);
  });

  it('draws every edge to the sea and none inside a region', () => {
    const all = sides(cells, g);
    const sea = all.filter((s) => s.endsWith('sea'));
    const count = (k: string) => sea.filter((s) => s === `${k}|sea`).length;
    // Six edges each, less those shared with a neighbour.
    expect([count('0,0'), count('1,0'), count('2,0'), count('0,1'), count('1,1')]).toEqual([4, 2, 4, 3, 3]);
    for (const inside of ['0,0|1,0', '0,0|0,1', '0,1|1,0', '1,1|2,0']) expect(all).not.toContain(inside);
    expect(all).toHaveLength(19);
  });

  it('on the committed layout, outlines only edges between regions and the coast', () => {
    const data = loadDataset();
    const placed = data.hexes.flatMap((h) => {
      const a = data.authorities.get(h.authority);
      return a ? [cell(h.q, h.r, a.region)] : [];
    });
    const big = geometry(placed, 640, 1);
    const region = new Map(placed.map((c) => [key(c), c.authority.region]));
    const all = sides(placed, big);
    expect(new Set(all.filter((s) => !s.endsWith('sea'))).size).toBe(
      all.filter((s) => !s.endsWith('sea')).length,
    );
    for (const s of all) {
      const [p, q] = s.split('|');
      if (q !== 'sea') expect(region.get(p ?? ''), s).not.toBe(region.get(q ?? ''));
    }
    // Every pair of neighbours in different regions has its edge: neighbours are the hexagons
    // whose drawn centres are two half-widths apart.
    const expected = new Set<string>();
    for (const c of placed)
      for (const d of placed) {
        if (key(c) >= key(d) || c.authority.region === d.authority.region) continue;
        const [x1, y1] = big.centre(c.q, c.r);
        const [x2, y2] = big.centre(d.q, d.r);
        if (Math.abs(Math.hypot(x1 - x2, y1 - y2) - 2 * big.a) < 0.01) expected.add(`${key(c)}|${key(d)}`);
      }
    expect(new Set(all.filter((s) => !s.endsWith('sea')))).toEqual(expected);
  });
});
