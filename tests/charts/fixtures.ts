/**
 * A hand-made Dataset for chart tests, modelled on real facts.
 *
 * Origin of each fact:
 * - From Ofsted's published outcomes and reports (as given in the project brief): Haringey (LA 309)
 *   JAR 2008-12-01 inadequate (adequate scale), progress report 2010-02-23, SIF 2014-07-18
 *   requires improvement, ILACS 2018-12-14 requires improvement, ILACS 2023-04-11 good (children
 *   in care requires improvement), ILACS short 2026-02-24 outstanding; Havering (LA 311) SIF
 *   2016-12-09 requires improvement, ILACS 2018-07-23 good, ILACS 2024-02-16 inadequate;
 *   figures quoted in reports: Haringey care leavers in EET 63% (2013-03) and 47% (2014-03),
 *   778 days care to adoptive family vs 647 England average, 39 weeks to match vs 26-week
 *   target; Havering 607 days vs 487-day threshold.
 * - ILLUSTRATIVE (made up for tests, not facts): Haringey's SLAC date and judgements and its
 *   focused visit; Havering's monitoring visits; every other council's inspections; every
 *   care-leaver and adoption-stage number; the neighbours' grades and EET figures.
 * Councils chosen to exercise variants: Rutland (suppressed care-leaver values), Northamptonshire
 * (a former council with successors), City of London (a single inspection).
 */
import type {
  AdoptionStageRow,
  Authority,
  CareLeaverRow,
  Dataset,
  Inspection,
  Measured,
  Neighbour,
  ReportedFigure,
  Source,
} from '../../src/data/types';
import type { Grade, GradeScale, Framework, JudgementKey, Region } from '../../src/data/vocabulary';
import { buildDataset } from '../../src/data/load';
import { dataTexts } from '../helpers/dataset-fixture';

const sources: Source[] = [
  {
    id: 'ofsted-la-outcomes',
    publisher: 'Ofsted',
    title: 'Children’s social care: local authority inspection outcomes',
    url: 'https://www.gov.uk/government/statistical-data-sets/children-s-social-care-data-in-england',
    date: '2026-03-01',
    licence: 'OGL-UK-3.0',
  },
  {
    id: 'curated-events',
    publisher: 'Inspected',
    title: 'Curated inspection events',
    url: 'https://inspected.example.org/data/',
    date: '2026-03-01',
    licence: 'OGL-UK-3.0',
  },
  {
    id: 'ofsted-haringey-2014',
    publisher: 'Ofsted',
    title: 'Haringey: inspection of services for children in need of help and protection (2014)',
    url: 'https://reports.ofsted.gov.uk/provider/44/309',
    date: '2014-07-18',
    licence: 'OGL-UK-3.0',
  },
  {
    id: 'ofsted-havering-2016',
    publisher: 'Ofsted',
    title: 'Havering: inspection of services for children (2016)',
    url: 'https://reports.ofsted.gov.uk/provider/44/311',
    date: '2016-12-09',
    licence: 'OGL-UK-3.0',
  },
  {
    id: 'dfe-care-leavers-2025',
    publisher: 'Department for Education',
    title: 'Children looked after in England including adoptions: care leavers',
    url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions',
    date: '2025-11-20',
    licence: 'OGL-UK-3.0',
  },
  {
    id: 'dfe-adoption-2025',
    publisher: 'Department for Education',
    title: 'Children looked after in England including adoptions: adoption timeliness',
    url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions',
    date: '2025-11-20',
    licence: 'OGL-UK-3.0',
  },
  {
    id: 'dfe-neighbours',
    publisher: 'Department for Education',
    title: 'Children’s services statistical neighbour benchmarking tool',
    url: 'https://www.gov.uk/government/publications/local-authority-interactive-tool-lait',
    date: '2024-04-01',
    licence: 'OGL-UK-3.0',
  },
  {
    id: 'ons-authorities',
    publisher: 'Office for National Statistics',
    title: 'Local authority districts, counties and unitary authorities',
    url: 'https://geoportal.statistics.gov.uk/',
    date: '2024-05-01',
    licence: 'OGL-UK-3.0',
  },
];

function authority(
  slug: string,
  name: string,
  laNumber: number,
  onsCode: string,
  region: Region,
  extra: Partial<Authority> = {},
): Authority {
  return {
    slug,
    name,
    onsCode,
    laNumber,
    region,
    type: region === 'London' ? 'London Borough' : 'Unitary',
    ofstedUrl: `https://reports.ofsted.gov.uk/provider/44/${laNumber}`,
    current: true,
    successors: [],
    predecessors: [],
    source: 'ons-authorities',
    ...extra,
  };
}

/** Haringey's ten statistical neighbours: [slug, name, LA, ONS, grade, published, EET 19-21 2025]. */
const NEIGHBOURS: [string, string, number, string, Grade | null, string | null, Measured][] = [
  ['lambeth', 'Lambeth', 208, 'E09000022', 'good', '2022-05-20', { value: 58 }],
  ['hackney', 'Hackney', 204, 'E09000012', 'requires-improvement', '2023-02-10', { value: 52 }],
  ['lewisham', 'Lewisham', 209, 'E09000023', 'good', '2023-01-13', { value: 49 }],
  ['southwark', 'Southwark', 210, 'E09000028', 'outstanding', '2024-06-07', { value: 61 }],
  ['islington', 'Islington', 206, 'E09000019', 'outstanding', '2021-11-19', { value: 63 }],
  ['waltham-forest', 'Waltham Forest', 320, 'E09000031', 'good', '2024-03-15', { value: 47 }],
  ['brent', 'Brent', 304, 'E09000005', 'good', '2023-12-01', { symbol: 'c' }],
  ['greenwich', 'Greenwich', 203, 'E09000011', 'inadequate', '2024-09-27', { value: 44 }],
  ['newham', 'Newham', 316, 'E09000025', 'requires-improvement', '2022-07-08', { value: 50 }],
  ['enfield', 'Enfield', 308, 'E09000010', null, null, { value: 55 }],
];

const authorities: Authority[] = [
  authority('haringey', 'Haringey', 309, 'E09000014', 'London'),
  authority('havering', 'Havering', 311, 'E09000016', 'London'),
  authority('city-of-london', 'City of London', 201, 'E09000001', 'London'),
  authority('rutland', 'Rutland', 857, 'E06000017', 'East Midlands'),
  authority('northamptonshire', 'Northamptonshire', 928, 'E10000021', 'East Midlands', {
    type: 'Shire County',
    current: false,
    successors: ['north-northamptonshire', 'west-northamptonshire'],
  }),
  authority('north-northamptonshire', 'North Northamptonshire', 940, 'E06000061', 'East Midlands', {
    predecessors: ['northamptonshire'],
  }),
  authority('west-northamptonshire', 'West Northamptonshire', 941, 'E06000062', 'East Midlands', {
    predecessors: ['northamptonshire'],
  }),
  authority('bath-and-north-east-somerset', 'Bath & North East Somerset', 800, 'E06000022', 'South West'),
  ...NEIGHBOURS.map(([slug, name, la, ons]) => authority(slug, name, la, ons, 'London')),
];

/** The councils' hexagons, at their places in data/hexes.csv: [slug, q, r, code in the raw map]. */
const HEXES: [string, number, number, string][] = [
  ['haringey', 11, 7, 'E09000014'],
  ['havering', 15, 6, 'E09000016'],
  ['city-of-london', 12, 5, 'E09000001'],
  ['rutland', 8, 8, 'E06000017'],
  ['north-northamptonshire', 7, 6, 'E06000061'],
  ['west-northamptonshire', 6, 6, 'E10000021'],
  ['bath-and-north-east-somerset', 4, 2, 'E06000022'],
  ['lambeth', 11, 4, 'E09000022'],
  ['hackney', 12, 6, 'E09000012'],
  ['lewisham', 13, 4, 'E09000023'],
  ['southwark', 12, 4, 'E09000028'],
  ['islington', 11, 6, 'E09000019'],
  ['waltham-forest', 13, 6, 'E09000031'],
  ['brent', 10, 6, 'E09000005'],
  ['greenwich', 14, 4, 'E09000011'],
  ['newham', 14, 5, 'E09000025'],
  ['enfield', 12, 7, 'E09000010'],
];

function insp(
  slug: string,
  date: string,
  framework: Framework,
  overall: Grade | null,
  scale: GradeScale,
  judgements: Partial<Record<JudgementKey, Grade>> = {},
  extra: Partial<Inspection> = {},
): Inspection {
  return {
    id: `${slug}-${date}-${framework}`,
    authority: slug,
    framework,
    startDate: null,
    endDate: null,
    published: date,
    overall,
    scale,
    judgements,
    theme: null,
    reportUrl: `https://reports.ofsted.gov.uk/provider/44/${authorities.find((a) => a.slug === slug)?.laNumber ?? 0}`,
    source: 'ofsted-la-outcomes',
    note: null,
    ...extra,
  };
}

const inspections: Inspection[] = [
  // Haringey
  insp('haringey', '2008-12-01', 'jar', 'inadequate', 'adequate-scale', {}, { source: 'curated-events' }),
  insp('haringey', '2009-10-23', 'slac', null, 'adequate-scale', {
    safeguarding: 'requires-improvement',
    'looked-after-children': 'good',
  }),
  insp('haringey', '2010-02-23', 'progress-report', null, 'ungraded', {}, { source: 'curated-events' }),
  insp('haringey', '2014-07-18', 'sif', 'requires-improvement', 'ri-scale', {
    adoption: 'requires-improvement',
  }),
  insp('haringey', '2018-12-14', 'ilacs-standard', 'requires-improvement', 'ri-scale'),
  insp('haringey', '2021-03-12', 'focused-visit', null, 'ungraded', {}, { theme: 'Children in care' }),
  insp('haringey', '2023-04-11', 'ilacs-standard', 'good', 'ri-scale', {
    'children-in-care': 'requires-improvement',
    'help-and-protection': 'good',
    leadership: 'good',
  }),
  insp('haringey', '2026-02-24', 'ilacs-short', 'outstanding', 'ri-scale'),
  // Havering
  insp('havering', '2016-12-09', 'sif', 'requires-improvement', 'ri-scale'),
  insp('havering', '2018-07-23', 'ilacs-standard', 'good', 'ri-scale'),
  insp('havering', '2024-02-16', 'ilacs-standard', 'inadequate', 'ri-scale'),
  insp('havering', '2024-07-05', 'monitoring-visit', null, 'ungraded'),
  insp('havering', '2024-11-22', 'monitoring-visit', null, 'ungraded'),
  // City of London: a single inspection
  insp('city-of-london', '2019-12-06', 'ilacs-standard', 'outstanding', 'ri-scale'),
  // Rutland
  insp('rutland', '2016-05-13', 'sif', 'requires-improvement', 'ri-scale'),
  insp('rutland', '2019-04-26', 'ilacs-standard', 'good', 'ri-scale'),
  // Northamptonshire and successors
  insp('northamptonshire', '2013-07-26', 'sif', 'inadequate', 'ri-scale'),
  insp('northamptonshire', '2016-08-05', 'sif', 'requires-improvement', 'ri-scale'),
  insp('northamptonshire', '2019-09-13', 'ilacs-standard', 'inadequate', 'ri-scale'),
  insp('north-northamptonshire', '2022-06-15', 'focused-visit', null, 'ungraded'),
  insp('west-northamptonshire', '2022-10-21', 'ilacs-standard', 'requires-improvement', 'ri-scale'),
  insp('bath-and-north-east-somerset', '2018-03-09', 'ilacs-standard', 'good', 'ri-scale'),
  insp('bath-and-north-east-somerset', '2022-05-27', 'ilacs-standard', 'requires-improvement', 'ri-scale'),
  // Neighbours
  ...NEIGHBOURS.flatMap(([slug, , , , grade, date]) =>
    grade && date ? [insp(slug, date, 'ilacs-standard', grade, 'ri-scale')] : [],
  ),
];

const neighbours: Neighbour[] = NEIGHBOURS.map(([slug], i) => ({
  authority: 'haringey',
  rank: i + 1,
  neighbour: slug,
  closeness: i < 5 ? 'Very Close' : 'Close',
  source: 'dfe-neighbours',
}));

const v = (value: number): Measured => ({ value });
const c: Measured = { symbol: 'c' };

function cl(
  year: number,
  level: CareLeaverRow['level'],
  areaCode: string,
  areaName: string,
  slug: string | null,
  age: CareLeaverRow['age'],
  percent: Measured,
  cohort: Measured = v(100),
): CareLeaverRow {
  const count: Measured =
    'value' in percent && 'value' in cohort ? v(Math.round((percent.value * cohort.value) / 100)) : c;
  return {
    year,
    level,
    areaCode,
    areaName,
    authority: slug,
    age,
    eetCount: count,
    cohort,
    eetPercent: percent,
    source: 'dfe-care-leavers-2025',
  };
}

const YEARS = [2021, 2022, 2023, 2024, 2025];
const careLeavers: CareLeaverRow[] = [
  ...YEARS.map((y, i) =>
    cl(y, 'national', 'E92000001', 'England', null, '19-21', v([52, 54, 55, 56, 56][i] ?? 0), v(30000)),
  ),
  ...YEARS.map((y, i) =>
    cl(y, 'national', 'E92000001', 'England', null, '17-18', v([64, 65, 66, 66, 67][i] ?? 0), v(12000)),
  ),
  ...YEARS.map((y, i) =>
    cl(y, 'regional', 'E12000007', 'London', null, '19-21', v([55, 56, 57, 58, 58][i] ?? 0), v(5000)),
  ),
  ...YEARS.map((y, i) =>
    cl(y, 'regional', 'E12000007', 'London', null, '17-18', v([66, 66, 67, 68, 69][i] ?? 0), v(2000)),
  ),
  ...YEARS.map((y, i) =>
    cl(y, 'regional', 'E12000004', 'East Midlands', null, '19-21', v([50, 51, 53, 53, 54][i] ?? 0), v(2500)),
  ),
  ...YEARS.map((y, i) =>
    cl(y, 'authority', 'E09000014', 'Haringey', 'haringey', '19-21', v([48, 50, 53, 55, 57][i] ?? 0), v(200)),
  ),
  ...YEARS.map((y, i) =>
    cl(y, 'authority', 'E09000014', 'Haringey', 'haringey', '17-18', v([60, 62, 61, 64, 66][i] ?? 0), v(80)),
  ),
  ...YEARS.map((y, i) =>
    cl(y, 'authority', 'E09000016', 'Havering', 'havering', '19-21', v([58, 57, 55, 51, 49][i] ?? 0), v(150)),
  ),
  // Rutland: small numbers, some suppressed
  cl(2021, 'authority', 'E06000017', 'Rutland', 'rutland', '19-21', v(60), v(10)),
  cl(2022, 'authority', 'E06000017', 'Rutland', 'rutland', '19-21', c, c),
  cl(2023, 'authority', 'E06000017', 'Rutland', 'rutland', '19-21', c, c),
  cl(2024, 'authority', 'E06000017', 'Rutland', 'rutland', '19-21', v(55), v(11)),
  cl(2025, 'authority', 'E06000017', 'Rutland', 'rutland', '19-21', { symbol: 'x' }, { symbol: 'x' }),
  ...NEIGHBOURS.map(([slug, name, , ons, , , eet]) =>
    cl(2025, 'authority', ons, name, slug, '19-21', eet, 'value' in eet ? v(120) : c),
  ),
];

/** Haringey's care leavers in education, employment or training in March of a year, as its 2014 report gave it. */
const haringeyEet = (year: number, value: number): ReportedFigure => ({
  id: `haringey-eet-${year}`,
  authority: 'haringey',
  measure: 'care-leavers-eet',
  label: 'Care leavers in education, employment or training',
  period: `${year}-03`,
  value,
  unit: 'percent',
  benchmarkValue: null,
  benchmarkLabel: null,
  inspection: 'haringey-2014-07-18-sif',
  source: 'ofsted-haringey-2014',
  note: null,
});

const reported: ReportedFigure[] = [
  haringeyEet(2013, 63),
  haringeyEet(2014, 47),
  {
    id: 'haringey-adoption-days',
    authority: 'haringey',
    measure: 'adoption-care-to-family-days',
    label: 'Days from entering care to moving in with an adoptive family',
    period: '2010-2013',
    value: 778,
    unit: 'days',
    benchmarkValue: 647,
    benchmarkLabel: 'England average',
    inspection: 'haringey-2014-07-18-sif',
    source: 'ofsted-haringey-2014',
    note: 'Three-year average.',
  },
  {
    id: 'haringey-adoption-match-weeks',
    authority: 'haringey',
    measure: 'adoption-order-to-match-weeks',
    label: 'Weeks from placement order to matching with a family',
    period: '2013-14',
    value: 39,
    unit: 'weeks',
    benchmarkValue: 26,
    benchmarkLabel: 'national target',
    inspection: 'haringey-2014-07-18-sif',
    source: 'ofsted-haringey-2014',
    note: null,
  },
  {
    id: 'havering-adoption-days',
    authority: 'havering',
    measure: 'adoption-care-to-family-days',
    label: 'Days from entering care to moving in with an adoptive family',
    period: '2012-2015',
    value: 607,
    unit: 'days',
    benchmarkValue: 487,
    benchmarkLabel: 'adoption scorecard threshold',
    inspection: 'havering-2016-12-09-sif',
    source: 'ofsted-havering-2016',
    note: null,
  },
];

const STAGES: [number, string, number[]][] = [
  [1, 'Entering care to placement order', [11, 11, 12, 12, 12]],
  [2, 'Placement order to matching', [8, 8, 8, 9, 8]],
  [3, 'Matching to moving in', [1, 1, 1, 1, 1]],
  [4, 'Moving in to application', [5, 5, 6, 6, 5]],
  [5, 'Application to adoption order', [5, 6, 6, 6, 6]],
  [6, 'Entering care to adoption order', [28, 29, 31, 32, 31]],
];
const adoptionStages: AdoptionStageRow[] = STAGES.flatMap(([stage, stageLabel, months]) =>
  YEARS.map((year, i) => {
    const m = months[i] ?? 0;
    return {
      year,
      stage,
      stageLabel,
      age: 'Total',
      raw: `${String(Math.floor(m / 12)).padStart(2, '0')}:${String(m % 12).padStart(2, '0')}`,
      months: m,
      source: 'dfe-adoption-2025',
    };
  }),
);
// An age breakdown row that charts must ignore (they plot Total only).
adoptionStages.push({
  year: 2025,
  stage: 6,
  stageLabel: 'Entering care to adoption order',
  age: 'Under 1',
  raw: '01:06',
  months: 18,
  source: 'dfe-adoption-2025',
});

/**
 * A fresh fixture Dataset (a new object each call, so memoised indexes never leak between tests),
 * written to CSV with the datasets' schemas and loaded back through the site's loader, so every
 * fixture row passes the same validation as the published data.
 */
export function fixtureDataset(): Dataset {
  return buildDataset(
    dataTexts({
      sources: new Map(sources.map((s) => [s.id, s])),
      authorities: new Map(authorities.map((a) => [a.slug, a])),
      neighbours,
      inspections,
      careLeavers,
      reported,
      adoptionStages,
      // Adoption (ASGLB, LAIT), workforce and 2025 neighbours: none here, so the neighbours chart
      // falls back to the 2021 groupings; the charts of these are tested on the committed data
      // (adoption-workforce.test.ts).
      adoptionAsglb: [],
      adoptionCounts: [],
      workforce: [],
      neighbours2025: [],
      officialCounts: [],
      places: [],
      placeAliases: [],
      hexes: HEXES.map(([authority, q, r, mapCode]) => ({ authority, q, r, mapCode, change: null })),
    }),
    'fixture/',
  );
}
