import { describe, expect, it } from 'vitest';
import { buildDataset, DataValidationError, type DataFileKey } from '../../src/lib/data/load';

/** A minimal valid dataset, as file texts. Tests break one thing at a time. */
function valid(): Record<DataFileKey, string> {
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
    neighbours: 'authority,rank,neighbour,closeness,source\nharingey,1,havering,Close,ofsted-la-outcomes-2025\n',
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
  };
}

function problemsOf(texts: Partial<Record<DataFileKey, string>>): string[] {
  try {
    buildDataset(texts);
  } catch (e) {
    if (e instanceof DataValidationError) return e.message.split('\n').slice(1).map((l) => l.trim());
    throw e;
  }
  return [];
}

describe('buildDataset', () => {
  it('loads a valid dataset into typed rows', () => {
    const d = buildDataset(valid());
    expect(d.authorities.get('haringey')?.laNumber).toBe(309);
    expect(d.inspections.map((i) => i.id)).toEqual(['haringey-2008-12-01-jar', 'havering-2024-02-16-ilacs-standard']);
    expect(d.inspections[1]?.judgements['care-leavers']).toBe('requires-improvement');
    expect(d.careLeavers[1]?.eetPercent).toEqual({ symbol: 'c' });
    expect(d.careLeavers[0]?.eetPercent).toEqual({ value: 40 });
  });

  it('reports a bad grade with file, line, column, value and what was expected', () => {
    const t = valid();
    t.inspections = t.inspections.replace(',inadequate,ri-scale,', ',gud,ri-scale,');
    expect(problemsOf(t)).toEqual([
      'data/inspections.csv:2:7 overall: expected one of: outstanding, good, requires-improvement, inadequate, not-judged (got "gud")',
    ]);
  });

  it('reports every problem at once: unreal date, unknown council, unknown source, bad percentage', () => {
    const t = valid();
    t.inspections = t.inspections.replace('2024-02-16,inadequate', '2024-02-30,inadequate');
    t.neighbours = t.neighbours.replace('haringey,1,havering', 'haringey,1,hackney');
    t.careLeavers = t.careLeavers.replace(',40,ofsted', ',140,ofsted').replace('c,c,c,ofsted-la-outcomes-2025', 'c,c,c,dfe-nowhere');
    // Sorted by file, line and column; the invalid inspection row is not reported again where
    // reported-figures.csv refers to it.
    expect(problemsOf(t)).toEqual([
      'data/care-leavers.csv:2:9 eet_percent: expected a number from 0 to 100 or a suppression symbol (c, z, x, low, u) (got "140")',
      'data/care-leavers.csv:3:10 source: unknown source id; expected an id from sources.csv or curated/sources.csv (got "dfe-nowhere")',
      'data/inspections.csv:2:6 published: expected a real calendar date (yyyy-mm-dd) (got "2024-02-30")',
      'data/neighbours.csv:2:3 neighbour: unknown council; expected a slug from authorities.csv (got "hackney")',
    ]);
  });

  it('reports dates out of order and grades on an ungraded row', () => {
    const t = valid();
    t.curatedEvents = t.curatedEvents.replace('2008-11-13,2008-11-26,2008-12-01', '2008-11-26,2008-11-13,2008-11-01');
    t.inspections = t.inspections.replace(',ri-scale,', ',ungraded,');
    expect(problemsOf(t)).toEqual([
      'data/curated/events.csv:2:5 end_date: expected a date on or after start_date 2008-11-26 (got "2008-11-13")',
      'data/curated/events.csv:2:6 published: expected a date on or after the inspection (2008-11-13) (got "2008-11-01")',
      'data/inspections.csv:2:8 scale: expected adequate-scale or ri-scale: the row has grades (got "ungraded")',
    ]);
  });

  it('reports duplicate ids across generated and curated files', () => {
    const t = valid();
    t.curatedEvents = t.curatedEvents.replace('haringey-2008-12-01-jar,haringey', 'havering-2024-02-16-ilacs-standard,haringey');
    expect(problemsOf(t)).toContain(
      'data/curated/events.csv:2:1 id: duplicate inspection id; ids must be unique across inspections.csv and curated/events.csv (got "havering-2024-02-16-ilacs-standard")',
    );
  });

  it('reports a broken CSV row and a wrong header', () => {
    const t = valid();
    t.adoptionStages = t.adoptionStages.replace('Entry to decision', '"Entry, to decision');
    t.neighbours = t.neighbours.replace('closeness', 'closenes');
    const p = problemsOf(t);
    expect(p).toContain('data/adoption-stages.csv:2:3 unterminated quoted cell');
    expect(p).toContain(
      'data/neighbours.csv:1:1 header: missing column "closeness"; unknown column "closenes"; expected columns: authority, rank, neighbour, closeness, source (got "authority,rank,neighbour,closenes,source")',
    );
  });

  it('reports a missing generated file', () => {
    const t: Partial<Record<DataFileKey, string>> = valid();
    delete t.careLeavers;
    expect(problemsOf(t)).toEqual(['data/care-leavers.csv:1:1 file is missing; run npm run data:import']);
  });
});

