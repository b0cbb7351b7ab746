/**
 * Dates checked against the build day (issue 22, point 7): a curated date after the build day, or
 * outside 2000-2100, is refused at its file, line and column by the loader (and so by
 * `npm run check` and the build); the build day comes from SOURCE_DATE_EPOCH when set; and no date
 * in the data, however far off, stretches or breaks a chart.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../scripts/check';
import { gradeDistribution } from '../../src/charts/grade-distribution';
import { hexMapYears } from '../../src/charts/hex-map';
import { nationalGrid } from '../../src/charts/national-grid';
import { buildDay, dateProblem } from '../../src/config/build-day';
import { DataValidationError, buildDataset, readDataFiles } from '../../src/data/load';
import { formatProblem } from '../../src/data/schema';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const EVENTS = readFileSync(join(DATA, 'curated', 'events.csv'), 'utf8');
const lines = EVENTS.trimEnd().split('\n');
/** The line number (1 = header) of Haringey's 2008 joint area review, and the column of `published`. */
const JAR_LINE = lines.findIndex((l) => l.startsWith('haringey-2008-12-01-jar,')) + 1;
const PUBLISHED_COL = (lines[0] ?? '').split(',').indexOf('published') + 1;

/** events.csv with Haringey's 2008 review published on `date` instead. */
const eventsWith = (date: string) =>
  EVENTS.replace(/^(haringey-2008-12-01-jar,[^\n]*?),2008-12-01,/m, `$1,${date},`);

function problems(texts: ReturnType<typeof readDataFiles>, day: string): string[] {
  try {
    buildDataset(texts, 'data/', day);
    return [];
  } catch (e) {
    if (e instanceof DataValidationError) return e.problems.map(formatProblem);
    throw e;
  }
}

describe('the build day', () => {
  it('is SOURCE_DATE_EPOCH’s day when set, else today', () => {
    expect(buildDay({ SOURCE_DATE_EPOCH: '1764547200' })).toBe('2025-12-01');
    expect(buildDay({})).toBe(new Date().toISOString().slice(0, 10));
    expect(() => buildDay({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(
      /SOURCE_DATE_EPOCH is not a whole number/,
    );
  });

  it('refuses a date after it, or outside 2000 to 2100', () => {
    expect(dateProblem('2026-12-07', '2026-12-07')).toBeNull();
    expect(dateProblem('2026-12-08', '2026-12-07')).toBe('a date no later than the build day, 2026-12-07');
    expect(dateProblem('9999-12-31', '2026-12-07')).toBe('a date from 2000 to 2100');
    expect(dateProblem('1999-12-31', '2026-12-07')).toBe('a date from 2000 to 2100');
  });
});

describe('curated dates are checked by the loader, at their file, line and column', () => {
  const texts = readDataFiles(DATA);

  it('the committed data passes as of the build day', () => {
    expect(problems(texts, buildDay())).toEqual([]);
  });

  it('a date after the build day', () => {
    expect(problems({ ...texts, curatedEvents: eventsWith('2030-06-28') }, '2026-12-07')).toEqual([
      `data/curated/events.csv:${JAR_LINE}:${PUBLISHED_COL} published: a date after the build day: expected a date no later than 2026-12-07 (got "2030-06-28")`,
    ]);
    // The same file is fine once the build day has come.
    expect(problems({ ...texts, curatedEvents: eventsWith('2030-06-28') }, '2030-06-28')).toEqual([]);
  });

  it('a date outside 2000 to 2100', () => {
    const found = problems({ ...texts, curatedEvents: eventsWith('9999-12-31') }, '2026-12-07');
    expect(found).toContain(
      `data/curated/events.csv:${JAR_LINE}:${PUBLISHED_COL} published: expected a date from 2000 to 2100 (got "9999-12-31")`,
    );
  });

  it('npm run check refuses it too, with SOURCE_DATE_EPOCH as the build day', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dates-')), 'data');
    cpSync(DATA, dir, { recursive: true });
    writeFileSync(join(dir, 'curated', 'events.csv'), eventsWith('2026-12-20'));
    const before = process.env['SOURCE_DATE_EPOCH'];
    process.env['SOURCE_DATE_EPOCH'] = String(Date.UTC(2026, 11, 7) / 1000);
    try {
      expect(runCheck(buildDay(), undefined, dir)).toContain(
        `data/curated/events.csv:${JAR_LINE}:${PUBLISHED_COL} published: a date after the build day: expected a date no later than 2026-12-07 (got "2026-12-20")`,
      );
    } finally {
      if (before === undefined) delete process.env['SOURCE_DATE_EPOCH'];
      else process.env['SOURCE_DATE_EPOCH'] = before;
    }
  });
});

describe('no date breaks a chart', () => {
  // A dataset that holds a date the loader would refuse, as if it had got through.
  const data = buildDataset(readDataFiles(DATA));
  const lastYear = Math.max(
    ...data.inspections.map((i) => Number((i.published ?? i.startDate ?? '0').slice(0, 4))),
  );
  const far = structuredClone(data);
  const jar = far.inspections.find((i) => i.id === 'haringey-2008-12-01-jar');
  if (!jar) throw new Error('fixture: no 2008 review');
  far.inspections.push({
    ...jar,
    id: 'haringey-9999-12-31-jar',
    startDate: '9999-12-01',
    endDate: '9999-12-20',
    published: '9999-12-31',
  });

  it('the year grid, the grade counts and the map by year keep to the years of real dates', () => {
    const grid = nationalGrid(far);
    const years = grid.table.columns.map((c) => Number(c.key)).filter(Number.isFinite);
    expect(Math.max(...years)).toBe(lastYear);
    expect(gradeDistribution(far).table.rows.length).toBe(gradeDistribution(data).table.rows.length);
    expect(hexMapYears(far).table.rows.length).toBe(hexMapYears(data).table.rows.length);
  });
});
