/**
 * The comparison pages' data (src/data/compare.ts): a page for every current council, each with
 * its ten 2025 neighbours closest first, grades and latest inspections, every ranked measure, the
 * neighbours' average of those with a figure, and England's figure.
 */
import { describe, expect, it } from 'vitest';
import {
  compareHeadings,
  compareJson,
  compareRow,
  comparedCouncils,
  comparison,
  sortKeys,
} from '../../src/data/compare';
import { formatDate } from '../../src/data/format';
import { gradeBadge } from '../../src/data/vocabulary';
import { allRanks } from '../../src/data/ranks';
import { latestRating } from '../../src/data/ratings-at';
import { loadDataset } from '../../src/data/load';

const data = loadDataset();

describe('compare pages', () => {
  it('has a page for every current council, and none for a former one', () => {
    const current = [...data.authorities.values()]
      .filter((a) => a.current)
      .map((a) => a.slug)
      .sort();
    expect(comparedCouncils(data)).toEqual(current);
    expect(current).toHaveLength(153);
  });

  it('puts Havering beside its ten neighbours, closest first, with grades, dates and every measure', () => {
    const c = comparison(data, 'havering');
    expect(c).not.toBeNull();
    if (!c) return;
    const expected = data.neighbours2025
      .filter((n) => n.authority === 'havering')
      .sort((x, y) => x.rank - y.rank)
      .map((n) => n.neighbour);
    expect(c.neighbours.map((n) => n.authority.slug)).toEqual(expected);
    expect(c.neighbours).toHaveLength(10);
    for (const row of [c.council, ...c.neighbours]) {
      expect(row.grade).toBe(latestRating(data, row.authority.slug)?.grade ?? null);
      expect(row.values).toHaveLength(allRanks(data).length);
    }
    expect(c.england).toHaveLength(c.measures.length);
    expect(c.england.every((v) => v !== null)).toBe(true);
  });

  it('averages the neighbours that have a figure, and says how many', () => {
    for (const slug of ['havering', 'haringey', 'rutland']) {
      const c = comparison(data, slug);
      if (!c) throw new Error(slug);
      c.measures.forEach((_, i) => {
        const vs = c.neighbours
          .map((n) => n.values[i])
          .filter((v): v is number => v !== null && v !== undefined);
        expect(c.average[i]?.count).toBe(vs.length);
        if (vs.length) expect(c.average[i]?.value).toBeCloseTo(vs.reduce((s, v) => s + v, 0) / vs.length, 9);
        else expect(c.average[i]?.value).toBeNull();
      });
    }
  });
});

describe('the compare form’s JSON (/compare/councils.json)', () => {
  const json = compareJson(data, (p) => `/inspected${p}`);
  const measures = allRanks(data);

  it('has the compare table’s columns: grade, report date, then one per ranked measure, from its definitions', () => {
    expect(json.headings).toEqual([
      'Latest grade',
      'Report published',
      ...measures.map((m) => m.measure.heading),
    ]);
    expect(json.headings).toEqual(compareHeadings(measures));
  });

  it('lists every current council A to Z, with its page under the base and one cell per column', () => {
    const current = [...data.authorities.values()].filter((a) => a.current);
    expect(json.councils.map((c) => c.slug).sort()).toEqual(current.map((a) => a.slug).sort());
    expect(json.councils.map((c) => c.name)).toEqual(
      [...json.councils.map((c) => c.name)].sort((x, y) => x.localeCompare(y)),
    );
    for (const c of json.councils) {
      expect(c.path).toBe(`/inspected/authorities/${c.slug}/`);
      expect(c.cells).toHaveLength(json.headings.length - 1);
    }
  });

  it('writes each cell as the table does: the grade badge, the date, each figure rounded, a dash for none', () => {
    for (const slug of ['havering', 'haringey', 'rutland', 'cornwall']) {
      const a = data.authorities.get(slug);
      if (!a) throw new Error(slug);
      const row = compareRow(data, a);
      const c = json.councils.find((x) => x.slug === slug);
      expect(c?.grade).toEqual(gradeBadge(row.grade, 'ri-scale'));
      expect(c?.cells[0]).toBe(row.inspected ? formatDate(row.inspected) : '–');
      expect(c?.cells.slice(1)).toEqual(
        measures.map((m, i) => {
          const v = row.values[i];
          if (v === null || v === undefined) return '–';
          return m.measure.unit === 'days' ? String(Math.round(v)) : String(Math.round(v * 10) / 10);
        }),
      );
    }
    // Some council lacks a figure somewhere, and it shows as a dash, not "null".
    const cells = json.councils.flatMap((c) => c.cells);
    expect(cells).toContain('–');
    expect(cells.some((x) => /null|undefined|NaN/.test(x))).toBe(false);
  });

  it('is small: under 40 KB raw', () => {
    expect(JSON.stringify(json).length).toBeLessThan(40 * 1024);
  });
});

describe('what the table of every council sorts by (sortKeys)', () => {
  const measures = allRanks(data);
  it('gives each column its key: name, grade place, report date, each figure; empty where there is none', () => {
    const problems: string[] = [];
    for (const a of [...data.authorities.values()].filter((x) => x.current)) {
      const r = compareRow(data, a);
      const keys = sortKeys(r);
      if (keys.length !== compareHeadings(measures).length + 1)
        problems.push(`${a.slug}: ${keys.length} keys`);
      if (keys[0] !== a.name) problems.push(`${a.slug}: name key ${keys[0]}`);
      const grade = r.grade
        ? ['outstanding', 'good', 'requires-improvement', 'inadequate'].indexOf(r.grade) + 1
        : 0;
      if (keys[1] !== (grade ? String(grade) : ''))
        problems.push(`${a.slug}: grade key ${keys[1]} for ${r.grade}`);
      if (keys[2] !== (r.inspected ?? '')) problems.push(`${a.slug}: date key ${keys[2]}`);
      r.values.forEach((v, i) => {
        const k = keys[i + 3];
        if (v === null ? k !== '' : Number(k) !== v)
          problems.push(`${a.slug}: figure ${i} key ${k} for ${v}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('leaves a missing figure empty, never zero', () => {
    const missing = [...data.authorities.values()]
      .filter((x) => x.current)
      .map((a) => compareRow(data, a))
      .find((r) => r.values.includes(null));
    expect(missing, 'a council missing a figure').toBeDefined();
    if (!missing) return;
    const at = missing.values.indexOf(null);
    expect(sortKeys(missing)[at + 3]).toBe('');
  });
});
