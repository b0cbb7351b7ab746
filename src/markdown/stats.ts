/**
 * The figures a story may quote with `:stat{...}`: each measure, the attributes it takes, and how
 * its value and source are found in the data. `statProblems` lists everything wrong with a
 * request at once; `resolveStat` gives the formatted value with its source.
 */
import type { Dataset, Measured, Source } from '../data/types';
import { GRADE_ORDER, gradeLabel, gradeWords, missingWording, REGIONS } from '../data/vocabulary';
import { countsAt31March, nationalCountDates } from '../data/ratings-at';
import { formatDate, formatNumber } from '../data/format';
import { areaRow } from '../charts/areas';
import { ADOPTION_TIMES } from '../charts/adoption-times';
import { closestName } from '../charts/registry';
import { directionOf, type Transition, transitionsOf } from '../charts/transitions';

export interface StatValue {
  /** What the reader sees: `41.7%`, `652 days`, `12`. */
  text: string;
  /** What the figure is, in words, for the link's title. */
  about: string;
  source: Source | undefined;
}

type Area = { kind: 'authority'; slug: string } | { kind: 'region'; name: string } | { kind: 'england' };

interface AreaMeasure {
  kind: 'area';
  description: string;
  /** What `year` means for this measure, for messages. */
  yearWords: string;
  years: (data: Dataset) => string[];
  /** The figure for an area and year (undefined: no row). */
  value: (data: Dataset, area: Area, year: string) => { m: Measured; source: string } | undefined;
  format: (v: number) => string;
}

interface CountMeasure {
  kind: 'count';
  description: string;
}

interface TransitionMeasure {
  kind: 'transition';
  description: string;
}

/** `direction` values of councils-transition: `any` is every council compared. */
const DIRECTIONS = ['rose', 'fell', 'same', 'any'] as const;
/** Grades a council can move between its two latest grades (4 grades: 1 to 3). */
const STEPS = GRADE_ORDER.slice(1).map((_, i) => String(i + 1));

const percent = (v: number) => `${Math.round(v * 10) / 10}%`;

/** The row of an area file for a council, a region or England. */
function areaRowOf<R extends { level: string; region: string | null; authorities: readonly string[] }>(
  data: Dataset,
  rows: readonly R[],
  area: Area,
): R | undefined {
  if (area.kind === 'authority') {
    const a = data.authorities.get(area.slug);
    return a
      ? areaRow(rows as readonly (R & { level: 'authority' | 'regional' | 'national' })[], a, 'authority')
      : undefined;
  }
  if (area.kind === 'region') return rows.find((r) => r.level === 'regional' && r.region === area.name);
  return rows.find((r) => r.level === 'national');
}

/**
 * A measure read from one area file: `rows` are its rows, `yearOf` a row's year as `:stat`
 * writes it, `figure` the figure in a row; `only`, where given, keeps the rows that hold this
 * figure (the years offered are every row's).
 */
function areaFileMeasure<
  R extends { level: string; region: string | null; authorities: readonly string[]; source: string },
>(
  m: Pick<AreaMeasure, 'description' | 'yearWords' | 'format'> & {
    rows: (d: Dataset) => readonly R[];
    yearOf: (r: R) => string;
    figure: (r: R) => Measured;
    only?: (r: R) => boolean;
  },
): AreaMeasure {
  return {
    kind: 'area',
    description: m.description,
    yearWords: m.yearWords,
    years: (d) => [...new Set(m.rows(d).map(m.yearOf))].sort(),
    value: (d, area, year) => {
      const r = areaRowOf(
        d,
        m.rows(d).filter((x) => m.yearOf(x) === year && (m.only?.(x) ?? true)),
        area,
      );
      return r ? { m: m.figure(r), source: r.source } : undefined;
    },
    format: m.format,
  };
}

const workforceMeasure = (
  key: 'caseloadFte' | 'agencyRateFte' | 'turnoverRateFte' | 'vacancyRateFte',
  description: string,
  format: (v: number) => string,
): AreaMeasure =>
  areaFileMeasure({
    description,
    yearWords: 'a year to 30 September',
    rows: (d) => d.workforce,
    yearOf: (r) => String(r.year),
    figure: (r) => r[key],
    format,
  });

const adoptionTime = (i: 0 | 1): AreaMeasure => {
  const t = ADOPTION_TIMES[i] as (typeof ADOPTION_TIMES)[number];
  return areaFileMeasure({
    description: `${t.code}: ${t.words}`,
    yearWords: 'a financial year such as 2022-23',
    rows: (d) => d.adoptionAsglb,
    yearOf: (r) => r.period,
    figure: (r) => r[t.key],
    format: (v) => `${Math.round(v)} days`,
  });
};

const adoptionCount = (measure: 'adopted' | 'adopted-percent', description: string): AreaMeasure =>
  areaFileMeasure({
    description,
    yearWords: 'a year to 31 March',
    rows: (d) => d.adoptionCounts,
    yearOf: (r) => String(r.year),
    only: (r) => r.measure === measure,
    figure: (r) => r.value,
    format: measure === 'adopted' ? (v) => formatNumber(v) : percent,
  });

/** Every measure `:stat` knows, by name. */
const STAT_MEASURES: Record<string, AreaMeasure | CountMeasure | TransitionMeasure> = {
  caseload: workforceMeasure('caseloadFte', 'cases per case-holding social worker', (v) =>
    String(Math.round(v * 10) / 10),
  ),
  'agency-rate': workforceMeasure(
    'agencyRateFte',
    'agency social workers as a percentage of all social workers',
    percent,
  ),
  turnover: workforceMeasure(
    'turnoverRateFte',
    'social workers who left in the year, as a percentage',
    percent,
  ),
  'vacancy-rate': workforceMeasure(
    'vacancyRateFte',
    'vacancies as a percentage of social worker posts',
    percent,
  ),
  a10: adoptionTime(0),
  a2: adoptionTime(1),
  adopted: adoptionCount('adopted', 'children adopted from care'),
  'adopted-percent': adoptionCount(
    'adopted-percent',
    'children adopted, as a percentage of all children leaving care',
  ),
  'care-leavers-eet': {
    kind: 'area',
    description: 'care leavers aged 19 to 21 in education, employment or training',
    yearWords: 'a year to 31 March',
    years: (d) => [...new Set(d.careLeavers.map((r) => String(r.year)))].sort(),
    value: (d, area, year) => {
      const r = d.careLeavers.find(
        (x) =>
          String(x.year) === year &&
          x.age === '19-21' &&
          (area.kind === 'authority'
            ? x.level === 'authority' && x.authority === area.slug
            : area.kind === 'region'
              ? x.level === 'regional' && x.areaName === area.name
              : x.level === 'national'),
      );
      return r ? { m: r.eetPercent, source: r.source } : undefined;
    },
    format: percent,
  },
  'councils-at-grade': {
    kind: 'count',
    description: 'how many councils held an overall grade on a 31 March',
  },
  'councils-transition': {
    kind: 'transition',
    description:
      'how many current councils rose, fell or kept the same grade at their latest inspection (optionally from one grade to another), as the transitions chart counts',
  },
};

const STAT_MEASURE_NAMES = Object.keys(STAT_MEASURES);

/** The measure of that name; own keys only, so `constructor` or `__proto__` is an unknown measure. */
function measureNamed(name: string): (typeof STAT_MEASURES)[string] | undefined {
  return Object.hasOwn(STAT_MEASURES, name) ? STAT_MEASURES[name] : undefined;
}

const AREA_ATTRS = ['measure', 'authority', 'region', 'england', 'year'];
const COUNT_ATTRS = ['measure', 'grade', 'date'];
const TRANSITION_ATTRS = ['measure', 'direction', 'steps', 'from', 'to'];

/** The councils a valid councils-transition request counts, from the transitions chart's own rule. */
function transitionMoves(data: Dataset, attrs: Record<string, string>): Transition[] {
  const direction = attrs['direction'];
  const steps = attrs['steps'];
  return transitionsOf(data).moves.filter(
    (m) =>
      (direction === 'any' || directionOf(m.change) === direction) &&
      (steps === undefined || Math.abs(m.change) === Number(steps)) &&
      (attrs['from'] === undefined || m.previous === attrs['from']) &&
      (attrs['to'] === undefined || m.latest === attrs['to']),
  );
}

/** Everything wrong with a `:stat` request (empty when it can be shown). */
export function statProblems(data: Dataset, attrs: Record<string, string>): string[] {
  const name = attrs['measure'];
  if (!name) return [`:stat needs a measure; allowed: ${STAT_MEASURE_NAMES.join(', ')}`];
  const m = measureNamed(name);
  if (!m) {
    const hint = closestName(name, STAT_MEASURE_NAMES);
    return [
      `unknown measure "${name}" in :stat${hint ? ` (did you mean "${hint}"?)` : ''}; allowed: ${STAT_MEASURE_NAMES.join(', ')}`,
    ];
  }
  const problems: string[] = [];
  const allowed = m.kind === 'area' ? AREA_ATTRS : m.kind === 'count' ? COUNT_ATTRS : TRANSITION_ATTRS;
  for (const k of Object.keys(attrs))
    if (!allowed.includes(k))
      problems.push(
        `unknown attribute "${k}" in :stat for measure "${name}"; allowed: ${allowed.join(', ')}`,
      );
  if (m.kind === 'transition') {
    const direction = attrs['direction'];
    if (!direction)
      problems.push(`:stat measure "${name}" needs a direction; allowed: ${DIRECTIONS.join(', ')}`);
    else if (!(DIRECTIONS as readonly string[]).includes(direction))
      problems.push(`unknown direction "${direction}" in :stat; allowed: ${DIRECTIONS.join(', ')}`);
    const steps = attrs['steps'];
    if (steps !== undefined) {
      if (!STEPS.includes(steps))
        problems.push(
          `unknown steps "${steps}" in :stat; expected how many grades a council moved: ${STEPS.join(', ')}`,
        );
      else if (direction === 'same' || direction === 'any')
        problems.push(
          `steps goes with direction="rose" or direction="fell" in :stat, not direction="${direction}"`,
        );
    }
    for (const k of ['from', 'to'] as const) {
      const g = attrs[k];
      if (g !== undefined && !(GRADE_ORDER as readonly string[]).includes(g))
        problems.push(`unknown ${k} grade "${g}" in :stat; allowed: ${GRADE_ORDER.join(', ')}`);
    }
    return problems;
  }
  if (m.kind === 'count') {
    const grade = attrs['grade'];
    if (!grade) problems.push(`:stat measure "${name}" needs a grade; allowed: ${GRADE_ORDER.join(', ')}`);
    else if (!(GRADE_ORDER as readonly string[]).includes(grade))
      problems.push(`unknown grade "${grade}" in :stat; allowed: ${GRADE_ORDER.join(', ')}`);
    const dates = nationalCountDates(data);
    const date = attrs['date'];
    const range = dates.length ? `from ${dates[0] ?? ''} to ${dates[dates.length - 1] ?? ''}` : 'in the data';
    if (!date)
      problems.push(
        `:stat measure "${name}" needs a date: a 31 March ${range}, e.g. date="${dates.at(-1) ?? ''}"`,
      );
    else if (!dates.includes(date))
      problems.push(
        `no count of councils on "${date}" in :stat; expected a 31 March ${range}, written yyyy-03-31`,
      );
    return problems;
  }
  const areas = ['authority', 'region', 'england'].filter((k) => attrs[k] !== undefined);
  if (areas.length !== 1)
    problems.push(
      `:stat measure "${name}" needs exactly one area: authority="<council slug>", region="<region>" or england`,
    );
  const slug = attrs['authority'];
  if (slug !== undefined && !data.authorities.has(slug)) {
    const hint = closestName(slug, data.authorities.keys());
    problems.push(
      `unknown council "${slug}" in :stat; ${hint ? `did you mean "${hint}"?` : 'expected a council slug from data/authorities.csv, e.g. "havering"'}`,
    );
  }
  const region = attrs['region'];
  if (region !== undefined && !(REGIONS as readonly string[]).includes(region))
    problems.push(`unknown region "${region}" in :stat; allowed: ${REGIONS.join(', ')}`);
  const years = m.years(data);
  const year = attrs['year'];
  const yearRange = `${m.yearWords} from ${years[0] ?? ''} to ${years[years.length - 1] ?? ''}`;
  if (!year) problems.push(`:stat measure "${name}" needs a year: ${yearRange}`);
  else if (!years.includes(year))
    problems.push(`no ${name} figures for the year "${year}" in :stat; expected ${yearRange}`);
  if (problems.length) return problems;
  const area = areaOf(attrs);
  const v = m.value(data, area, year ?? '');
  const who = areaWords(data, area);
  if (!v)
    problems.push(
      `no ${name} figure for ${who} in ${year ?? ''} in the data; :stat shows only published figures`,
    );
  else if ('symbol' in v.m)
    problems.push(
      `the ${name} figure for ${who} in ${year ?? ''} is not published (${v.m.symbol}: ${missingWording(v.m.symbol)}); say so in words instead of :stat`,
    );
  return problems;
}

function areaOf(attrs: Record<string, string>): Area {
  if (attrs['authority'] !== undefined) return { kind: 'authority', slug: attrs['authority'] };
  if (attrs['region'] !== undefined) return { kind: 'region', name: attrs['region'] };
  return { kind: 'england' };
}

function areaWords(data: Dataset, area: Area): string {
  return area.kind === 'authority'
    ? (data.authorities.get(area.slug)?.name ?? area.slug)
    : area.kind === 'region'
      ? area.name
      : 'England';
}

/** The value and source of a valid request (check `statProblems` first). */
export function resolveStat(data: Dataset, attrs: Record<string, string>): StatValue {
  const m = measureNamed(attrs['measure'] ?? '');
  if (!m) throw new Error(`unknown measure "${attrs['measure'] ?? ''}"`);
  if (m.kind === 'transition') {
    const all = transitionsOf(data).moves;
    const moves = transitionMoves(data, attrs);
    const direction = attrs['direction'] ?? 'any';
    const steps = attrs['steps'];
    const grades = steps === '1' ? '1 grade' : `${steps ?? ''} grades`;
    const what =
      direction === 'any'
        ? 'Current councils with two or more SIF or ILACS overall grades'
        : direction === 'same'
          ? 'Current councils whose latest SIF or ILACS overall grade was the same as the one before'
          : `Current councils whose latest SIF or ILACS overall grade was ${steps ? `${grades} ` : ''}${direction === 'rose' ? 'higher' : 'lower'} than the one before`;
    const fromTo = [
      attrs['from'] ? ` from ${gradeWords(attrs['from'] as (typeof GRADE_ORDER)[number])}` : '',
      attrs['to'] ? ` to ${gradeWords(attrs['to'] as (typeof GRADE_ORDER)[number])}` : '',
    ].join('');
    // The source most of the compared grades come from (Ofsted's latest outcomes, usually).
    const tally = new Map<string, number>();
    for (const t of all) for (const id of t.sources) tally.set(id, (tally.get(id) ?? 0) + 1);
    const [source] = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [''];
    return {
      text: formatNumber(moves.length),
      about: `${what}${fromTo}${direction === 'any' ? '' : `, of ${all.length} compared`}: Inspected’s count from Ofsted’s inspection outcomes, as in the rating transitions chart`,
      source: data.sources.get(source),
    };
  }
  if (m.kind === 'count') {
    const date = attrs['date'] ?? '';
    const grade = attrs['grade'] as (typeof GRADE_ORDER)[number];
    const counts = countsAt31March(data, date);
    const official = data.officialCounts.find((o) => o.asAt === date);
    return {
      text: formatNumber(counts.counts[grade]),
      about: `Councils rated ${gradeLabel(grade).toLowerCase()} on ${formatDate(date)}, of ${counts.total}: Inspected’s count from Ofsted’s inspection outcomes`,
      source: data.sources.get(official?.source ?? counts.ratings[0]?.inspection.source ?? ''),
    };
  }
  const area = areaOf(attrs);
  const year = attrs['year'] ?? '';
  const v = m.value(data, area, year);
  if (!v || !('value' in v.m)) throw new Error(`no published ${attrs['measure'] ?? ''} figure`);
  return {
    text: m.format(v.m.value),
    about: `${areaWords(data, area)}, ${year}: ${m.description}`,
    source: data.sources.get(v.source),
  };
}
