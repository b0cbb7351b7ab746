/**
 * Every chart type the site publishes, its options, and validated rendering. Pages and the
 * Markdown directive go through `renderChart`, which throws a `ChartOptionError` listing what is
 * allowed; `allChartSpecs` lists every chart the site publishes (for CSV and embed routes).
 */
import type { AgeBand, Dataset, Inspection } from '../data/types';
import { REGIONS, type Region } from '../data/vocabulary';
import { adoption, reportedAdoption } from './adoption';
import { careLeavers, reportedCareLeavers } from './care-leavers';
import type { ChartFigure } from './figure';
import { gradeDistribution } from './grade-distribution';
import { nationalGrid, slugify } from './national-grid';
import { neighbours } from './neighbours';
import { adoptionTimes, asglbRowOf } from './adoption-times';
import { adoptions, hasAdoptionCounts } from './adoptions';
import { hasWorkforce, workforce } from './workforce';
import { transitions } from './transitions';
import { hexMap, hexMapYears } from './hex-map';
import { trajectory } from './trajectory';
import { hasChangeChart, inspectionChange } from './inspection-change';
import { inspectionByPageId, pageIdOf } from '../data/inspection-pages';
import { editDistance } from '../config/edit-distance';

interface ChartOptionSpec {
  required: boolean;
  /** Allowed values: a list, or any council slug / region name / inspection page id in the data. */
  values?: readonly string[] | 'authority' | 'region' | 'inspection';
  default?: string;
  description: string;
  example: string;
}

export type ChartOptions = Record<string, string>;

export interface ChartTypeSpec {
  description: string;
  options: Record<string, ChartOptionSpec>;
  /** Problems with valid-looking options taken together (e.g. an inspection of another council). */
  check?: (data: Dataset, options: ChartOptions) => string[];
  render(data: Dataset, options: ChartOptions): ChartFigure;
}

const authority: ChartOptionSpec = {
  required: true,
  values: 'authority',
  description: 'council slug',
  example: 'haringey',
};
const req = (o: ChartOptions, k: string): string => o[k] ?? '';

/**
 * A check of the inspection that option `key` names, where it exists (an unknown one is reported
 * with the other options): what is wrong with it for this chart, as words after `inspection "<id>"`,
 * or null.
 */
const checkInspection =
  (key: string, problem: (i: Inspection, data: Dataset, options: ChartOptions) => string | null) =>
  (data: Dataset, options: ChartOptions): string[] => {
    const id = options[key];
    const i = id ? inspectionByPageId(data, id) : undefined;
    const p = i ? problem(i, data, options) : null;
    return p ? [`inspection "${id ?? ''}" ${p}`] : [];
  };

/** A chart of one council, named by its only option. */
const councilChart = (
  description: string,
  draw: (data: Dataset, options: { authority: string }) => ChartFigure,
): ChartTypeSpec => ({
  description,
  options: { authority },
  render: (d, o) => draw(d, { authority: req(o, 'authority') }),
});

export const chartTypes = {
  trajectory: {
    description: 'One council’s overall grades since 2008, framework changes and ungraded visits marked',
    options: {
      authority,
      highlight: {
        required: false,
        values: 'inspection',
        description: 'ring one of the council’s inspections (its page id)',
        example: 'haringey-2014-sif',
      },
    },
    check: checkInspection('highlight', (i, _d, o) =>
      i.authority !== o['authority']
        ? `in option "highlight" is not an inspection of "${o['authority'] ?? ''}"`
        : null,
    ),
    render: (d, o) => trajectory(d, { authority: req(o, 'authority'), highlight: o['highlight'] }),
  },
  'national-grid': {
    description: 'Every council by year, each cell the grade in force at the end of the year',
    options: {
      region: {
        required: false,
        values: 'region',
        description: 'only councils in this region',
        example: 'London',
      },
      'group-by': {
        required: false,
        values: ['region', 'current-grade'],
        description: 'group rows',
        example: 'region',
      },
    },
    render: (d, o) => {
      const opts: Parameters<typeof nationalGrid>[1] = {};
      if (o['region']) opts.region = o['region'] as Region;
      if (o['group-by']) opts.groupBy = o['group-by'] as 'region' | 'current-grade';
      return nationalGrid(d, opts);
    },
  },
  'grade-distribution': {
    description: 'Number of councils at each grade on each 31 March',
    options: {},
    render: (d) => gradeDistribution(d),
  },
  'hex-map': {
    description: 'A hex map of England: every current council’s latest grade, each hexagon a link',
    options: {},
    render: (d) => hexMap(d),
  },
  'hex-map-years': {
    description: 'Small multiples of the hex map: every council’s grade on each 31 March from 2014',
    options: {},
    render: (d) => hexMapYears(d),
  },
  transitions: {
    description: 'Each current council’s previous overall grade against its latest',
    options: {},
    render: (d) => transitions(d),
  },
  'care-leavers': {
    description: 'Care leavers in education, employment or training: council vs region vs England',
    options: {
      authority,
      age: {
        required: false,
        values: ['19-21', '17-18'],
        default: '19-21',
        description: 'age band',
        example: '19-21',
      },
    },
    render: (d, o) =>
      careLeavers(d, { authority: req(o, 'authority'), age: (o['age'] ?? '19-21') as AgeBand }),
  },
  adoption: {
    description: 'Adoption timeliness: a council’s reported figures against benchmarks, or England’s stages',
    options: {
      authority: { ...authority, required: false, description: 'council slug (omit for England’s stages)' },
    },
    render: (d, o) => (o['authority'] ? adoption(d, { authority: o['authority'] }) : adoption(d)),
  },
  'adoption-times': councilChart(
    'A council’s adoption times (A10 and A2, in days) in a dot plot of every council, with its region and England',
    adoptionTimes,
  ),
  adoptions: councilChart(
    'Children adopted from a council’s care each year, and as a share of children leaving care against region and England',
    adoptions,
  ),
  workforce: councilChart(
    'Children’s social workers: caseload, agency rate, turnover and vacancies, council vs region vs England',
    workforce,
  ),
  neighbours: councilChart(
    'A council against its ten statistical neighbours (DfE 2025 model): grade and care leavers in EET, with England and the neighbours’ average',
    neighbours,
  ),
  'inspection-change': {
    description: 'One inspection’s judgements beside the council’s previous comparable inspection',
    options: {
      inspection: {
        required: true,
        values: 'inspection',
        description: 'inspection page id',
        example: 'havering-2024-ilacs',
      },
    },
    check: checkInspection('inspection', (i, d) =>
      hasChangeChart(d, i) ? null : 'has no earlier comparable inspection to compare with',
    ),
    render: (d, o) => inspectionChange(d, { inspection: req(o, 'inspection') }),
  },
} satisfies Record<string, ChartTypeSpec>;

export type ChartType = keyof typeof chartTypes;

export const CHART_TYPE_NAMES = Object.keys(chartTypes) as ChartType[];

export class ChartOptionError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ChartOptionError';
    this.problems = problems;
  }
}

export function isChartType(t: string): t is ChartType {
  return Object.hasOwn(chartTypes, t);
}

/** The candidate nearest to a mistyped word, if it is near enough to suggest. */
export function closestName(word: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(word.length / 4)) ? best : null;
}

/** Every problem with a chart request, as messages an editor can act on (empty when valid). */
export function chartProblems(
  data: Dataset,
  type: string | undefined,
  options: Record<string, string | undefined>,
): string[] {
  if (!type) return [`chart needs a type; allowed: ${CHART_TYPE_NAMES.join(', ')}`];
  if (!isChartType(type)) {
    const hint = closestName(type, CHART_TYPE_NAMES);
    return [
      `unknown chart type "${type}"${hint ? ` (did you mean "${hint}"?)` : ''}; allowed: ${CHART_TYPE_NAMES.join(', ')}`,
    ];
  }
  const spec: Record<string, ChartOptionSpec> = chartTypes[type].options;
  const names = Object.keys(spec);
  const allowed = names.length ? names.join(', ') : 'no options';
  const problems: string[] = [];
  for (const [k, v] of Object.entries(options)) {
    // Own keys only: `constructor` or `toString` is an unknown option, not Object's.
    const o = Object.hasOwn(spec, k) ? spec[k] : undefined;
    if (!o) {
      problems.push(`unknown chart option "${k}" for type "${type}"; allowed: ${allowed}`);
      continue;
    }
    if (v === undefined) continue;
    if (o.values === 'authority') {
      if (!data.authorities.has(v)) {
        const hint = closestName(v, data.authorities.keys());
        problems.push(
          `unknown council "${v}" in option "${k}" of type "${type}"; ${hint ? `did you mean "${hint}"?` : 'expected a council slug from data/authorities.csv, e.g. "haringey"'}`,
        );
      }
    } else if (o.values === 'inspection') {
      if (!inspectionByPageId(data, v))
        problems.push(
          `unknown inspection "${v}" in option "${k}" of type "${type}"; expected an inspection page id, e.g. "${o.example}" (the address /inspections/<id>/)`,
        );
    } else if (o.values === 'region') {
      if (!(REGIONS as readonly string[]).includes(v))
        problems.push(
          `unknown region "${v}" in option "${k}" of type "${type}"; allowed: ${REGIONS.join(', ')}`,
        );
    } else if (o.values && !o.values.includes(v)) {
      problems.push(
        `invalid value "${v}" for option "${k}" of type "${type}"; allowed: ${o.values.join(', ')}`,
      );
    }
  }
  for (const [k, o] of Object.entries(spec)) {
    if (o.required && options[k] === undefined)
      problems.push(`missing required option "${k}" for type "${type}"; allowed: ${allowed}`);
  }
  const together = (chartTypes[type] as ChartTypeSpec).check;
  if (!problems.length && together) problems.push(...together(data, givenOptions(options)));
  return problems;
}

/**
 * The options that have a value: undefined ones dropped, and with `dropEmpty` empty strings too
 * (as the chart cache and story slots count them).
 */
export function givenOptions(
  options: Record<string, string | undefined>,
  { dropEmpty = false }: { dropEmpty?: boolean } = {},
): ChartOptions {
  const out: ChartOptions = {};
  for (const [k, v] of Object.entries(options)) if (v !== undefined && !(dropEmpty && v === '')) out[k] = v;
  return out;
}

/** Validate and render. Throws ChartOptionError listing every problem. */
export function renderChart(
  data: Dataset,
  type: string,
  options: Record<string, string | undefined> = {},
): ChartFigure {
  const problems = chartProblems(data, type, options);
  if (problems.length || !isChartType(type)) throw new ChartOptionError(problems);
  return (chartTypes[type] as ChartTypeSpec).render(data, givenOptions(options));
}

/** The figure id for a chart request (same as the rendered figure's id). */
export function chartId(type: ChartType, options: ChartOptions): string {
  switch (type) {
    case 'care-leavers':
      return `care-leavers-${options['authority'] ?? ''}-${options['age'] ?? '19-21'}`;
    case 'adoption':
      return options['authority'] ? `adoption-${options['authority']}` : 'adoption-england';
    case 'national-grid':
      return [
        'national-grid',
        options['region'] ? slugify(options['region']) : null,
        options['group-by'] ? `by-${options['group-by']}` : null,
      ]
        .filter(Boolean)
        .join('-');
    case 'trajectory':
      return options['highlight']
        ? `trajectory-at-${options['highlight']}`
        : `trajectory-${options['authority'] ?? ''}`;
    case 'inspection-change':
      return `inspection-change-${options['inspection'] ?? ''}`;
    case 'neighbours':
    case 'adoption-times':
    case 'adoptions':
    case 'workforce':
      return `${type}-${options['authority'] ?? ''}`;
    default:
      return type;
  }
}

export interface ChartSpec {
  type: ChartType;
  options: ChartOptions;
  id: string;
}

const specsMemo = new WeakMap<Dataset, ChartSpec[]>();
const byAuthorityMemo = new WeakMap<Dataset, Map<string, ChartSpec[]>>();

/** Every chart the site publishes (computed once per dataset). */
export function allChartSpecs(data: Dataset): ChartSpec[] {
  let specs = specsMemo.get(data);
  if (!specs) specsMemo.set(data, (specs = computeChartSpecs(data)));
  return specs;
}

/** The charts of one council, from an index built once per dataset. */
export function chartSpecsOf(data: Dataset, slug: string): ChartSpec[] {
  let index = byAuthorityMemo.get(data);
  if (!index) {
    index = new Map<string, ChartSpec[]>();
    for (const s of allChartSpecs(data)) {
      const a = s.options['authority'];
      // A council's own charts; the inspection pages' ringed trajectories are not among them.
      if (a && !s.options['highlight']) index.set(a, [...(index.get(a) ?? []), s]);
    }
    byAuthorityMemo.set(data, index);
  }
  return index.get(slug) ?? [];
}

/** National charts first, then each applicable chart per council. */
function computeChartSpecs(data: Dataset): ChartSpec[] {
  const care = new Set(data.careLeavers.map((r) => `${r.authority ?? ''}#${r.age}`));
  const withNeighbours = new Set([...data.neighbours, ...data.neighbours2025].map((n) => n.authority));
  const out: ChartSpec[] = [];
  const add = (type: ChartType, options: ChartOptions = {}) =>
    out.push({ type, options, id: chartId(type, options) });
  add('national-grid');
  add('national-grid', { 'group-by': 'region' });
  add('national-grid', { 'group-by': 'current-grade' });
  add('grade-distribution');
  if (data.hexes.length) {
    add('hex-map');
    add('hex-map-years');
  }
  add('transitions');
  add('adoption');
  const slugs = [...data.authorities.keys()].sort();
  for (const slug of slugs) {
    add('trajectory', { authority: slug });
    for (const age of ['19-21', '17-18'] as const) {
      const has = care.has(`${slug}#${age}`) || reportedCareLeavers(data, slug, age).length > 0;
      if (has) add('care-leavers', { authority: slug, age });
    }
    if (asglbRowOf(data, slug)) add('adoption-times', { authority: slug });
    if (hasAdoptionCounts(data, slug)) add('adoptions', { authority: slug });
    if (reportedAdoption(data, slug).length) add('adoption', { authority: slug });
    if (hasWorkforce(data, slug)) add('workforce', { authority: slug });
    if (withNeighbours.has(slug)) add('neighbours', { authority: slug });
  }
  // Each inspection's page: its council's trajectory with it ringed, and what changed.
  for (const i of [...data.inspections].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const id = pageIdOf(data, i);
    add('trajectory', { authority: i.authority, highlight: id });
    if (hasChangeChart(data, i)) add('inspection-change', { inspection: id });
  }
  return out;
}
