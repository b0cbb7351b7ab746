/**
 * A minimal valid dataset as CSV texts, hand-made for tests (Haringey and Havering facts from
 * Ofsted's statistics and reports). Tests break one thing at a time.
 */
import { csvFormatRows } from 'd3-dsv';
import { DATASETS, DATASET_KEYS } from '../../src/data/datasets';
import { camel, columnsOf, serialiseRow, type CellValue } from '../../src/data/dataset-rows';
import { buildDataset, type DataFileKey } from '../../src/data/load';
import type { Dataset } from '../../src/data/types';
import { JUDGEMENT, SUB_JUDGEMENTS } from '../../src/data/vocabulary';

export function validDataTexts(): Record<DataFileKey, string> {
  return {
    sources:
      'id,publisher,title,url,date,licence\n' +
      'ofsted-la-outcomes-2025,Ofsted,Local authority inspection outcomes as at 31 March 2025,https://www.gov.uk/x,2025-09-25,OGL-UK-3.0\n',
    curatedSources:
      'id,publisher,title,url,date,licence\n' +
      'jar-press,Ofsted,Haringey requires urgent action,https://webarchive.nationalarchives.gov.uk/x,2008-12-01,OGL-UK-3.0\n',
    authorities:
      'slug,name,ons_code,la_number,region,type,ofsted_url,current,successors,predecessors,source\n' +
      'haringey,Haringey,E09000014,309,London,London Borough,https://reports.ofsted.gov.uk/provider/44/309,yes,,,ofsted-la-outcomes-2025\n' +
      'havering,Havering,E09000016,311,London,London Borough,https://reports.ofsted.gov.uk/provider/44/311,yes,,,ofsted-la-outcomes-2025\n',
    neighbours:
      'authority,rank,neighbour,closeness,source\nharingey,1,havering,Close,ofsted-la-outcomes-2025\n',
    inspections:
      'id,authority,framework,start_date,end_date,published,overall,scale,safeguarding,looked_after_children,help_and_protection,looked_after_and_permanence,adoption,care_leavers,leadership,lscb,children_in_care_and_care_leavers,children_in_care,theme,report_url,source,note\n' +
      'havering-2024-02-16-ilacs-standard,havering,ilacs-standard,2023-12-11,2023-12-22,2024-02-16,inadequate,ri-scale,,,inadequate,,,requires-improvement,inadequate,,,inadequate,,https://reports.ofsted.gov.uk/provider/44/311,ofsted-la-outcomes-2025,\n',
    curatedEvents:
      'id,authority,framework,start_date,end_date,published,overall,scale,safeguarding,looked_after_children,help_and_protection,looked_after_and_permanence,adoption,care_leavers,leadership,lscb,children_in_care_and_care_leavers,children_in_care,theme,report_url,source,note\n' +
      'haringey-2008-12-01-jar,haringey,jar,2008-11-13,2008-11-26,2008-12-01,inadequate,adequate-scale,inadequate,,,,,,,,,,,https://webarchive.nationalarchives.gov.uk/x,jar-press,Joint area review\n',
    careLeavers:
      'year,level,area_code,area_name,authority,age,eet_count,cohort,eet_percent,source\n' +
      '2025,national,E92000001,England,,19-21,20000,50000,40,ofsted-la-outcomes-2025\n' +
      '2025,authority,E09000014,Haringey,haringey,19-21,c,c,c,ofsted-la-outcomes-2025\n',
    adoptionStages:
      'year,stage,stage_label,age,raw,months,source\n2025,1,Entry to decision,Total,00:09,9,ofsted-la-outcomes-2025\n',
    reported:
      'id,authority,measure,label,period,value,unit,benchmark_value,benchmark_label,inspection,source,note\n' +
      'havering-days,havering,adoption-care-to-family-days,Days,2012-2015,607,days,487,threshold,havering-2024-02-16-ilacs-standard,jar-press,\n',

    adoptionAsglb:
      'period,level,la_code,area_name,region,authorities,decisions,placement_orders,matches,placements,adoptions,a10_days,a2_days,note,source\n' +
      '2022-23,national,,ALL LOCAL AUTHORITIES IN ENGLAND,,,3840,3010,2840,2860,2980,479.8481443649983,196.60692824319548,,ofsted-la-outcomes-2025\n' +
      '2022-23,regional,,LONDON,London,,260,180,170,190,210,499.4207920792079,238.42245989304814,,ofsted-la-outcomes-2025\n' +
      '2022-23,authority,309,Haringey,,haringey,14,15,c,c,13,414.9230769230769,136.27272727272728,,ofsted-la-outcomes-2025\n' +
      '2022-23,authority,311,Havering,,havering,c,c,c,c,c,too-few,too-few,,ofsted-la-outcomes-2025\n',
    adoptionCounts:
      'year,level,la_code,area_name,region,authorities,measure,value,note,source\n' +
      '2025,national,970,England,,,adopted,3040,,ofsted-la-outcomes-2025\n' +
      '2025,authority,311,Havering,,havering,adopted,-,,ofsted-la-outcomes-2025\n',
    workforce:
      'year,level,area_code,la_code,area_name,region,authorities,inpost_fte,starters_fte,leavers_fte,turnover_rate_fte,agency_fte,agency_rate_fte,vacancy_fte,vacancy_rate_fte,case_holders_fte,cases,caseload_fte,note,source\n' +
      '2025,national,E92000001,,England,,,36186.3,5837.8,4276.3,11.8,5415.9,13,5965.4,14.2,21105.4,321661,15.2,,ofsted-la-outcomes-2025\n' +
      '2025,authority,E09000016,311,Havering,,havering,148.1,32.5,34,23,106,41.7,106,41.7,129.8,1947,15,,ofsted-la-outcomes-2025\n',
    neighbours2025:
      'authority,rank,neighbour,closeness,source\nhavering,1,haringey,Very close,ofsted-la-outcomes-2025\n',
    curatedGrades: 'inspection,overall,source,note\n',
    abolitions: 'authority,abolished,source,note\n',
    councilChanges: 'authority,change,ons_code,la_number,region,successors,note\n',
    // No areas and no aliases: tests that re-code the councils (tests/bench/synthetic.test.ts) or
    // make one former (tests/data/datasets.test.ts) would otherwise have to change them too.
    // tests/data/load-places.test.ts adds its own.
    places: 'ltla_code,ltla_name,utla_code,utla_name,authority,source\n',
    curatedPlaceAliases: 'alias,authority,source,note\n',
    officialCounts:
      'as_at,published_by,also_counted,outstanding,good,requires_improvement,inadequate,source,note\n' +
      '2025-03-31,2025-06-30,,0,0,0,1,ofsted-la-outcomes-2025,\n',
    // No hexagons: tests that make a council former would otherwise have to move its hexagon too.
    // tests/data/load-hexes.test.ts adds its own.
    hexes: 'authority,q,r,map_code,change\n',
  };
}

export function fixtureDataset(): Dataset {
  return buildDataset(validDataTexts());
}

/** The cells of a loaded record, by column: the inverse of the loader's mapping. */
function cellsOf(key: DataFileKey, record: object): Record<string, CellValue> {
  const r = record as Record<string, unknown>;
  const judgements = (r['judgements'] ?? {}) as Record<string, string | undefined>;
  const byColumn = new Map<string, string>(SUB_JUDGEMENTS.map((k) => [JUDGEMENT[k].column, k]));
  const out: Record<string, CellValue> = {};
  for (const c of columnsOf(key)) {
    const judgement = DATASETS[key].table === 'inspections' ? byColumn.get(c) : undefined;
    const v = judgement ? judgements[judgement] : r[camel(c)];
    out[c] = Array.isArray(v)
      ? v.join(' ')
      : v !== null && typeof v === 'object'
        ? 'value' in v
          ? (v as { value: number }).value
          : (v as { symbol: string }).symbol
        : (v as CellValue);
  }
  return out;
}

/** One file's text from records, written as the importers write (the schema's columns and cells). */
export function csvText(key: DataFileKey, records: readonly object[]): string {
  return csvFormatRows([columnsOf(key), ...records.map((r) => serialiseRow(key, cellsOf(key, r)))]) + '\n';
}

/**
 * A Dataset's records by file, as the importers and editors write them: curated figures and the
 * sources they cite go to the curated files, everything else to the generated ones (no curated
 * events or grades: the loader folds those into the inspections).
 */
export function datasetRecords(d: Dataset): Record<DataFileKey, readonly object[]> {
  const curatedSourceIds = new Set(d.reported.map((r) => r.source));
  const sources = [...d.sources.values()];
  return {
    authorities: [...d.authorities.values()],
    inspections: d.inspections,
    curatedEvents: [],
    neighbours: d.neighbours,
    careLeavers: d.careLeavers,
    adoptionStages: d.adoptionStages,
    reported: d.reported,
    sources: sources.filter((s) => !curatedSourceIds.has(s.id)),
    curatedSources: sources.filter((s) => curatedSourceIds.has(s.id)),
    adoptionAsglb: d.adoptionAsglb,
    adoptionCounts: d.adoptionCounts,
    workforce: d.workforce,
    neighbours2025: d.neighbours2025,
    curatedGrades: [],
    // Abolition dates are not part of a Dataset (src/data/abolitions.ts reads them).
    abolitions: [],
    // Nor are council changes (the importers read them, scripts/import/lib/council-changes.ts).
    councilChanges: [],
    officialCounts: d.officialCounts,
    // The loader names the places' columns for the search (src/data/load.ts); back to the file's.
    places: d.places.map((p) => ({
      ltlaCode: p.code,
      ltlaName: p.name,
      utlaCode: p.councilCode,
      utlaName: p.councilName,
      authority: p.authority,
      source: p.source,
    })),
    curatedPlaceAliases: d.placeAliases,
    hexes: d.hexes,
  };
}

/**
 * A Dataset written back to CSV texts (see `datasetRecords`). Loading the texts with
 * `buildDataset` validates a hand-made Dataset through the same loader as the site's data.
 */
export function dataTexts(d: Dataset): Record<DataFileKey, string> {
  const rows = datasetRecords(d);
  return Object.fromEntries(DATASET_KEYS.map((k) => [k, csvText(k, rows[k])])) as Record<DataFileKey, string>;
}
