import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { importOfsted } from '../../scripts/import/ofsted';
import { toCsv } from '../../scripts/import/lib/csv-out';
import { parseDate, parseGrade, slugify } from '../../scripts/import/lib/normalise';
import {
  COMMUNITY_DATE,
  FIXTURE_FILES,
  odsBytes,
  sheets2023,
  sheets2025,
} from '../fixtures/ofsted/build-fixtures';
import { expectRows } from '../helpers/import-runs';

const csvOf = (r: ReturnType<typeof importOfsted>) =>
  r.outputs.map((o) => toCsv(o.columns, o.rows)).join('\n--\n');
const run = () => importOfsted(FIXTURE_FILES, { communityDate: COMMUNITY_DATE });
const table = (r: ReturnType<typeof importOfsted>, file: string) => {
  const o = r.outputs.find((x) => x.file === file)!;
  return { out: o, rows: csvParse(toCsv(o.columns, o.rows)) };
};

describe('normalise', () => {
  it('slugs, grades and dates', () => {
    expect(slugify('Bath and North East Somerset')).toBe('bath-and-north-east-somerset');
    expect(slugify('Bournemouth, Christchurch & Poole')).toBe('bournemouth-christchurch-and-poole');
    expect(slugify("King's Lynn")).toBe('kings-lynn');
    expect(parseGrade('Requires improvement to be good')).toEqual({
      ok: true,
      value: 'requires-improvement',
    });
    expect(parseGrade('Adequate')).toEqual({ ok: true, value: 'requires-improvement' });
    expect(parseGrade(' -')).toEqual({ ok: true, value: null });
    expect(parseGrade('Satisfactory').ok).toBe(false);
    expect(parseDate('18/07/2014')).toEqual({ ok: true, value: '2014-07-18' });
    expect(parseDate('24/02/26', { twoDigitYear: true })).toEqual({ ok: true, value: '2026-02-24' });
    expect(parseDate('31/02/2014').ok).toBe(false);
    expect(parseDate('24/02/26').ok).toBe(false);
  });
});

describe('Ofsted importer on the fixtures', () => {
  const result = run();
  const { rows: authorities } = table(result, 'authorities.csv');
  const { out, rows: inspections } = table(result, 'inspections.csv');
  const byId = new Map(inspections.map((r) => [r['id'], r]));

  it('writes exactly the documented columns', () => {
    expect(result.outputs[0]!.columns.join(',')).toBe(
      'slug,name,ons_code,la_number,region,type,ofsted_url,current,successors,predecessors,source',
    );
    expect(result.outputs[1]!.columns.join(',')).toBe(
      'id,authority,framework,start_date,end_date,published,overall,scale,safeguarding,looked_after_children,help_and_protection,looked_after_and_permanence,adoption,care_leavers,leadership,lscb,children_in_care_and_care_leavers,children_in_care,theme,report_url,source,note',
    );
  });

  it('takes current councils, with LA numbers from the HYPERLINK targets, and former councils from the history', () => {
    expect(authorities.map((a) => `${a['slug']} ${a['la_number']} ${a['current']}`)).toEqual([
      'bournemouth 837 no',
      'bournemouth-christchurch-and-poole 839 yes',
      'dorset 838 yes',
      'dorset-county-council 835 no',
      'haringey 309 yes',
      'havering 311 yes',
      'isles-of-scilly 908 yes',
      'poole 836 no',
    ]);
    const haringey = authorities.find((a) => a['slug'] === 'haringey')!;
    expect(haringey).toMatchObject({
      name: 'Haringey',
      ons_code: 'E09000014',
      region: 'London',
      type: 'London Borough',
      ofsted_url: 'https://reports.ofsted.gov.uk/provider/44/309',
    });
    const bcp = authorities.find((a) => a['slug'] === 'bournemouth-christchurch-and-poole')!;
    expect(bcp['predecessors']).toBe('bournemouth dorset-county-council poole');
    expect(authorities.find((a) => a['slug'] === 'dorset-county-council')).toMatchObject({
      type: 'Shire County',
      successors: 'dorset bournemouth-christchurch-and-poole',
    });
  });

  it('reads every framework with its scale and sub-judgements', () => {
    expectRows(byId, {
      'haringey-2011-02-25-slac': {
        overall: '',
        scale: 'adequate-scale',
        safeguarding: 'requires-improvement',
        looked_after_children: 'requires-improvement',
      },
      'haringey-2014-07-18-sif': {
        overall: 'requires-improvement',
        scale: 'ri-scale',
        adoption: 'requires-improvement',
        care_leavers: 'requires-improvement',
        lscb: 'requires-improvement',
      },
      'havering-2013-04-09-cpi': {
        overall: 'requires-improvement',
        scale: 'adequate-scale',
      },
      // Both SLAC re-inspections on one day: one row with both judgements ("Adequate" stored as requires-improvement).
      'havering-2012-03-01-slac-reinspection': {
        safeguarding: 'good',
        looked_after_children: 'requires-improvement',
      },
    });
    expect(byId.get('isles-of-scilly-2016-06-27-sif')?.['note']).toBe(
      'Ofsted\'s data shows "-" (no judgement) for: looked after and permanence, adoption, care leavers',
    );
  });

  it('splits ILACS children in care and care leavers from 1 January 2023', () => {
    expectRows(byId, {
      'haringey-2018-12-14-ilacs-standard': {
        start_date: '2018-10-29',
        children_in_care_and_care_leavers: 'requires-improvement',
        children_in_care: '',
        care_leavers: '',
      },
      'haringey-2023-04-11-ilacs-standard': {
        start_date: '2023-02-13',
        overall: 'good',
        children_in_care: 'requires-improvement',
        care_leavers: 'good',
        children_in_care_and_care_leavers: '',
      },
      'havering-2024-02-16-ilacs-standard': {
        overall: 'inadequate',
        source: 'ofsted-la-outcomes-2025',
      },
    });
  });

  it('writes visits and accounts for every skipped row with a reason', () => {
    expectRows(byId, {
      'haringey-2025-03-14-focused-visit': {
        scale: 'ungraded',
        theme: 'Achieving permanence',
        overall: '',
      },
      'havering-2025-04-29-monitoring-visit': {
        scale: 'ungraded',
        theme: 'Children in care',
      },
    });
    expect(out.read).toBe(out.rows.length + out.skipped.length);
    const reasons = (re: RegExp) => out.skipped.filter((s) => re.test(s.reason)).map((s) => s.where);
    expect(reasons(/^covered by ILACS inspection history 2025$/)).toContain(
      'history-2023.ods#LA_inspections_2009-2023 row 8 (second ILACS)',
    );
    expect(reasons(/in-year inspection, duplicates/)).toEqual([
      'outcomes-2025.ods#In-year_inspections row 6',
    ]);
    expect(reasons(/latest judgement, already in ILACS/)).toHaveLength(5);
    expect(reasons(/community row: an official Ofsted row covers/)).toEqual([
      'community.csv row 3',
      'community.csv row 4',
    ]);
  });

  it('adopts a community row no official row covers, citing the report PDF', () => {
    expect(byId.get('haringey-2026-02-24-ilacs-short')).toMatchObject({
      start_date: '2026-01-12',
      end_date: '2026-01-16',
      overall: 'outstanding',
      help_and_protection: 'good',
      children_in_care: 'good',
      care_leavers: 'outstanding',
      report_url: 'https://files.ofsted.gov.uk/v1/file/50295650',
      source: 'ofsted-report-50295650',
    });
    expect(result.sources.find((s) => s['id'] === 'ofsted-report-50295650')).toEqual({
      id: 'ofsted-report-50295650',
      publisher: 'Ofsted',
      title: "Haringey: inspection of local authority children's services",
      url: 'https://files.ofsted.gov.uk/v1/file/50295650',
      date: '2026-02-24',
      licence: 'OGL-UK-3.0',
    });
    expect(result.sources.find((s) => s['id'] === 'ofsted-la-outcomes-2025')).toMatchObject({
      date: '2025-09-25',
      title: 'Local authority inspection outcomes as at 31 March 2025',
    });
  });

  it('sorts by authority, date, framework and is deterministic', () => {
    const ids = inspections.map((r) => r['id']);
    expect(ids.slice(0, 3)).toEqual([
      'bournemouth-2011-04-08-slac',
      'bournemouth-2014-06-30-sif',
      'bournemouth-2018-08-24-ilacs-standard',
    ]);
    expect(csvOf(run())).toBe(csvOf(result));
  });
});

describe('Ofsted importer errors', () => {
  const withVariants = (v25: Parameters<typeof sheets2025>[0], v23: Parameters<typeof sheets2023>[0]) => {
    const dir = mkdtempSync(join(tmpdir(), 'ofsted-'));
    writeFileSync(join(dir, 'outcomes-2025.ods'), odsBytes(sheets2025(v25)));
    writeFileSync(join(dir, 'history-2023.ods'), odsBytes(sheets2023(v23)));
    return {
      ...FIXTURE_FILES,
      outcomes2025: join(dir, 'outcomes-2025.ods'),
      history2023: join(dir, 'history-2023.ods'),
    };
  };

  it('lists every unknown grade and bad date with file, sheet, row, column, value and what was expected', () => {
    const inputs = withVariants(
      { haveringOverall: 'Satisfactory', haveringPublished: '16/02/24' },
      { haringeySlacDate: '31/02/2011' },
    );
    expect(() => importOfsted(inputs, { communityDate: COMMUNITY_DATE })).toThrow(
      [
        'Ofsted import failed with 3 problems:',
        '  - outcomes-2025.ods, sheet "ILACS_inspection_history", row 11, column G ("Publication date"): "16/02/24": expected a date dd/mm/yyyy',
        '  - outcomes-2025.ods, sheet "ILACS_inspection_history", row 11, column I ("Overall effectiveness"): "Satisfactory": expected a grade (Outstanding, Good, Requires improvement to be good, Adequate, Inadequate, Not judged) or an empty cell',
        '  - history-2023.ods, sheet "LA_inspections_2009-2023", row 8, column E ("Safeguarding & Looked After Children (SLAC) Inspection publication date"): "31/02/2011": expected a date dd/mm/yyyy',
      ].join('\n'),
    );
  });
});
