/**
 * Synthetic sites for the build benchmark: the real dataset and stories scaled k times, written
 * to a temporary folder (never into data/ or content/, never published).
 *
 * How a site at scale k is made (deterministic: same input and k, same files):
 * - Councils: each real council is copied up to k-1 times ("copy c"), in file order, as
 *   "Synthetic Council 0001 (copy 1 of Barking and Dagenham)", slug `synthetic-council-0001`,
 *   ONS code `E99000001` and an unused LA number. LA numbers must be 100..999 and are kept
 *   unique, so only 900 councils fit (the real ones use some of them); when they run out, the
 *   last copy is partial and the rest of the content is added as longer histories instead (next).
 * - Longer histories: for every council-copy that did not fit, one copy council gets an earlier
 *   "era": its whole inspection and care-leaver history again, shifted back 20 years per era
 *   (20, a multiple of 4, keeps 29 February valid). Care-leaver years below 2000 (the schema's
 *   minimum) are dropped, and so are inspections the shift dates before 2000 (the loader refuses
 *   any date outside 2000-2100). So inspections and care-leaver rows still scale by about k even when
 *   councils cannot.
 * - Inspections (generated and curated), care leavers, figures quoted in reports and statistical
 *   neighbours are copied with their council; neighbours, successors and predecessors point within
 *   the same copy (a link to a council not in a partial copy is dropped).
 * - Stories: each real story is copied k-1 times (`<slug>-copy-<c>`, title prefixed "Synthetic
 *   copy c:"), its councils, inspections, chart options and site links rewritten to one complete
 *   council copy, and a `synthetic:` note at the top of the body.
 * - Sources, England's adoption stages and England/region care-leaver rows are kept as they are
 *   (plus the shifted years that longer histories need).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/data/csv';
import { DATA_FILES, type DataFileKey } from '../../src/data/load';
import { readFrontmatter, writeFrontmatter } from '../../src/config/frontmatter';
import { yearProblem } from '../../src/config/build-day';

type DataTexts = Partial<Record<DataFileKey, string>>;

interface StoryText {
  /** File name, e.g. `haringey-rated-good-2023.md`. */
  file: string;
  text: string;
}

export interface SiteInput {
  data: DataTexts;
  stories: StoryText[];
}

export interface SyntheticSummary {
  scale: number;
  councils: { real: number; copies: number; total: number; fullCopies: number };
  /** Council-copies that did not fit in the LA number range and became earlier eras. */
  eras: number;
  rows: Partial<Record<DataFileKey, number>>;
  stories: { real: number; total: number };
}

export interface SyntheticSite extends SiteInput {
  summary: SyntheticSummary;
}

/** Years an era shifts a history back: a multiple of 4, so 29 February stays a real date. */
const ERA_YEARS = 20;
const LA_MIN = 100;
const LA_MAX = 999;

type Row = Record<string, string>;

interface Table {
  header: string[];
  rows: Row[];
}

function readCsv(text: string | undefined): Table | null {
  if (text === undefined) return null;
  const csv = parseCsv(text);
  return {
    header: csv.header,
    rows: csv.records.map((r) => Object.fromEntries(csv.header.map((h, i) => [h, r.cells[i] ?? '']))),
  };
}

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** RFC 4180 CSV with `\n` line endings, as data/README.md specifies. */
function writeCsvText(header: readonly string[], rows: readonly Row[]): string {
  return (
    [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))]
      .map((cells) => cells.map(csvCell).join(','))
      .join('\n') + '\n'
  );
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function shiftDate(d: string, years: number): string {
  const m = /^(\d{4})(-\d{2}-\d{2})$/.exec(d);
  return m ? `${pad(Number(m[1]) - years, 4)}${m[2] ?? ''}` : d;
}

interface CouncilCopy {
  copy: number;
  /** Index across all synthetic councils, from 1. */
  index: number;
  real: Row;
  slug: string;
  name: string;
  ons: string;
  la: number;
  url: string;
  /** Extra earlier eras of history (0 = none). */
  eras: number;
}

/** How many whole copies and how many councils fit; exported for tests. */
export function planCouncils(realCount: number, usedLaNumbers: ReadonlySet<number>, scale: number) {
  const free: number[] = [];
  for (let n = LA_MIN; n <= LA_MAX; n++) if (!usedLaNumbers.has(n)) free.push(n);
  const wanted = Math.max(0, Math.round((scale - 1) * realCount));
  const copies = Math.min(wanted, free.length);
  return {
    free,
    wanted,
    copies,
    fullCopies: realCount ? Math.floor(copies / realCount) : 0,
    eras: wanted - copies,
  };
}

/** The synthetic site at `scale` (1 returns the input unchanged apart from the summary). */
export function generateSynthetic(input: SiteInput, scale: number): SyntheticSite {
  if (!Number.isInteger(scale) || scale < 1)
    throw new Error(`scale must be a whole number >= 1 (got ${scale})`);
  const t = (k: DataFileKey) => readCsv(input.data[k]);
  const authorities = t('authorities');
  if (!authorities) throw new Error('the dataset has no authorities.csv');
  const real = authorities.rows;
  const used = new Set(real.map((r) => Number(r['la_number'])));
  const plan = planCouncils(real.length, used, scale);

  // Councils, copy by copy, in file order.
  const copies: CouncilCopy[] = [];
  for (let i = 0; i < plan.copies; i++) {
    const r = real[i % real.length] as Row;
    const index = i + 1;
    const la = plan.free[i] as number;
    copies.push({
      copy: Math.floor(i / real.length) + 1,
      index,
      real: r,
      slug: `synthetic-council-${pad(index, 4)}`,
      name: `Synthetic Council ${pad(index, 4)} (copy ${Math.floor(i / real.length) + 1} of ${r['name'] ?? ''})`,
      ons: `E99${pad(index, 6)}`,
      la,
      url: `https://reports.ofsted.gov.uk/provider/44/${la}`,
      eras: 0,
    });
  }
  // Council-copies that did not fit become earlier eras, spread over the copies in order.
  for (let e = 0; e < plan.eras && copies.length; e++) (copies[e % copies.length] as CouncilCopy).eras++;

  /** slug maps per copy number. */
  const slugMaps = new Map<number, Map<string, CouncilCopy>>();
  for (const c of copies) {
    let m = slugMaps.get(c.copy);
    if (!m) slugMaps.set(c.copy, (m = new Map<string, CouncilCopy>()));
    m.set(c.real['slug'] ?? '', c);
  }
  const inCopy = (copy: number, slug: string) => slugMaps.get(copy)?.get(slug);
  const mapList = (copy: number, list: string) =>
    list
      .split(' ')
      .filter(Boolean)
      .map((s) => inCopy(copy, s)?.slug)
      .filter((s): s is string => s !== undefined)
      .join(' ');

  const out: DataTexts = { ...input.data };
  const rows: SyntheticSummary['rows'] = {};
  const emit = (k: DataFileKey, table: Table, extra: Row[]) => {
    const all = [...table.rows, ...extra];
    out[k] = writeCsvText(table.header, all);
    rows[k] = all.length;
  };

  emit(
    'authorities',
    authorities,
    copies.map((c) => ({
      ...c.real,
      slug: c.slug,
      name: c.name,
      ons_code: c.ons,
      la_number: String(c.la),
      ofsted_url: c.url,
      successors: mapList(c.copy, c.real['successors'] ?? ''),
      predecessors: mapList(c.copy, c.real['predecessors'] ?? ''),
    })),
  );

  const neighbours = t('neighbours');
  if (neighbours) {
    const extra: Row[] = [];
    for (const c of copies)
      for (const r of neighbours.rows) {
        if (r['authority'] !== c.real['slug']) continue;
        const n = inCopy(c.copy, r['neighbour'] ?? '');
        if (n) extra.push({ ...r, authority: c.slug, neighbour: n.slug });
      }
    emit('neighbours', neighbours, extra);
  }

  // Inspections: per copy, a map from real id to copied id (eras get their own ids).
  const idMaps = new Map<number, Map<string, string>>();
  const copyInspection = (c: CouncilCopy, r: Row, era: number): Row => {
    const realSlug = c.real['slug'] ?? '';
    const realId = r['id'] ?? '';
    const shift = era * ERA_YEARS;
    let id = realId.startsWith(realSlug + '-')
      ? c.slug + realId.slice(realSlug.length)
      : `${c.slug}-${realId}`;
    if (era) id = id.replace(/\d{4}-\d{2}-\d{2}/, (d) => shiftDate(d, shift));
    if (!era) {
      let m = idMaps.get(c.copy);
      if (!m) idMaps.set(c.copy, (m = new Map<string, string>()));
      m.set(realId, id);
    }
    const note = `synthetic: ${era ? `era ${era} (${shift} years earlier) of ` : ''}copy ${c.copy} of ${realId}.${r['note'] ? ' ' + (r['note'] ?? '') : ''}`;
    return {
      ...r,
      id,
      authority: c.slug,
      start_date: shiftDate(r['start_date'] ?? '', shift),
      end_date: shiftDate(r['end_date'] ?? '', shift),
      published: shiftDate(r['published'] ?? '', shift),
      report_url: r['report_url'] === c.real['ofsted_url'] ? c.url : (r['report_url'] ?? ''),
      note,
    };
  };
  for (const k of ['inspections', 'curatedEvents'] as const) {
    const table = t(k);
    if (!table) continue;
    const byAuthority = groupBy(table.rows, 'authority');
    const extra: Row[] = [];
    for (const c of copies)
      for (let era = 0; era <= c.eras; era++)
        for (const r of byAuthority.get(c.real['slug'] ?? '') ?? []) {
          const copied = copyInspection(c, r, era);
          // An era row dated before the years any date may have (DATE_YEARS) is dropped, as
          // care-leaver years before 2000 are.
          const dates = [copied['start_date'], copied['end_date'], copied['published']];
          if (era && dates.some((d) => d && yearProblem(d) !== null)) continue;
          extra.push(copied);
        }
    emit(k, table, extra);
  }

  const care = t('careLeavers');
  if (care) {
    const byAuthority = groupBy(care.rows, 'authority');
    const extra: Row[] = [];
    const maxEra = Math.max(0, ...copies.map((c) => c.eras));
    // England and region rows for the shifted years, so era charts have comparators.
    for (let era = 1; era <= maxEra; era++)
      for (const r of care.rows) {
        if (r['level'] === 'authority') continue;
        const year = Number(r['year']) - era * ERA_YEARS;
        if (year >= 2000) extra.push({ ...r, year: String(year) });
      }
    for (const c of copies)
      for (let era = 0; era <= c.eras; era++)
        for (const r of byAuthority.get(c.real['slug'] ?? '') ?? []) {
          const year = Number(r['year']) - era * ERA_YEARS;
          if (year < 2000) continue;
          extra.push({ ...r, year: String(year), area_code: c.ons, area_name: c.name, authority: c.slug });
        }
    emit('careLeavers', care, extra);
  }

  const reported = t('reported');
  if (reported) {
    const byAuthority = groupBy(reported.rows, 'authority');
    const extra: Row[] = [];
    for (const c of copies)
      for (const r of byAuthority.get(c.real['slug'] ?? '') ?? []) {
        const insp = r['inspection'] ?? '';
        extra.push({
          ...r,
          id: `${r['id'] ?? ''}-copy-${c.copy}`,
          authority: c.slug,
          inspection: insp ? (idMaps.get(c.copy)?.get(insp) ?? insp) : '',
          note: `synthetic: copy ${c.copy} of ${r['id'] ?? ''}.${r['note'] ? ' ' + (r['note'] ?? '') : ''}`,
        });
      }
    emit('reported', reported, extra);
  }
  for (const k of ['sources', 'curatedSources', 'adoptionStages'] as const) {
    const table = t(k);
    if (table) rows[k] = table.rows.length;
  }

  // Stories: copy c refers to one complete council copy (cycling), or the real councils if none.
  const storySlugs = new Set(input.stories.map((s) => s.file.replace(/\.md$/, '')));
  const stories: StoryText[] = [...input.stories];
  for (let c = 1; c < scale; c++) {
    const councilCopy = plan.fullCopies ? ((c - 1) % plan.fullCopies) + 1 : 1;
    const council = (s: string) => inCopy(councilCopy, s)?.slug ?? s;
    const inspection = (id: string) => idMaps.get(councilCopy)?.get(id) ?? id;
    const story = (s: string) => (storySlugs.has(s) ? `${s}-copy-${c}` : s);
    for (const s of input.stories) stories.push(copyStory(s, c, council, inspection, story));
  }

  return {
    data: out,
    stories,
    summary: {
      scale,
      councils: {
        real: real.length,
        copies: copies.length,
        total: real.length + copies.length,
        fullCopies: plan.fullCopies,
      },
      eras: plan.eras,
      rows,
      stories: { real: input.stories.length, total: stories.length },
    },
  };
}

function groupBy(rows: readonly Row[], key: string): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const r of rows) {
    const k = r[key] ?? '';
    let list = m.get(k);
    if (!list) m.set(k, (list = []));
    list.push(r);
  }
  return m;
}

function copyStory(
  s: StoryText,
  c: number,
  council: (slug: string) => string,
  inspection: (id: string) => string,
  story: (slug: string) => string,
): StoryText {
  const slug = s.file.replace(/\.md$/, '');
  // Read by the site's one frontmatter reader (YAML with the JSON schema, as `npm run check`
  // reads it: nothing evaluated, dates stay the strings written).
  const parsed = readFrontmatter(s.text);
  if ('problem' in parsed)
    throw new Error(`${s.file}:${parsed.problem.line}:${parsed.problem.column} ${parsed.problem.message}`);
  const fm: Record<string, unknown> = { ...parsed.data };
  fm['title'] = `Synthetic copy ${c}: ${typeof fm['title'] === 'string' ? fm['title'] : ''}`;
  if (Array.isArray(fm['authorities']))
    fm['authorities'] = (fm['authorities'] as unknown[]).map((a) => council(String(a)));
  if (Array.isArray(fm['inspections']))
    fm['inspections'] = (fm['inspections'] as unknown[]).map((i) => inspection(String(i)));
  const body = parsed.split.content
    .replace(
      /(\]\(\s*|\]:\s*)\/(authorities|stories)\/([a-z0-9-]+)\//g,
      (_m, pre: string, kind: string, target: string) =>
        `${pre}/${kind}/${kind === 'authorities' ? council(target) : story(target)}/`,
    )
    .replace(
      /(::chart\{[^}\n]*\bauthority=)("?)([a-z0-9-]+)\2/g,
      (_m, pre: string, q: string, target: string) => `${pre}${q}${council(target)}${q}`,
    );
  const note = `synthetic: copy ${c} of ${slug}, generated by npm run bench for a build benchmark; never published.`;
  return {
    file: `${slug}-copy-${c}.md`,
    text: writeFrontmatter(fm, `\n${note}\n${body.startsWith('\n') ? '' : '\n'}${body}`),
  };
}

/**
 * A newsroom's archive: the real dataset unchanged and `total` stories, the real ones and copies
 * of them in turn (`<slug>-copy-<c>`, title "Synthetic copy c: ...", a `synthetic:` line at the
 * top) about the same councils, charts and inspections as the original, so the archive adds
 * stories and nothing else. Links to other stories point at the real story (a partial last round
 * of copies has no copy of every story). Deterministic: same input and total, same files.
 */
export function generateArchive(input: SiteInput, total: number): SyntheticSite {
  const real = input.stories.length;
  if (!Number.isInteger(total) || total < real)
    throw new Error(`an archive needs a whole number of stories >= the ${real} real ones (got ${total})`);
  if (!real) throw new Error('an archive needs at least one real story to copy');
  const same = (x: string) => x;
  const stories: StoryText[] = [...input.stories];
  for (let i = 0; stories.length < total; i++) {
    const s = input.stories[i % real] as StoryText;
    stories.push(copyStory(s, Math.floor(i / real) + 1, same, same, same));
  }
  const councils = readCsv(input.data.authorities)?.rows.length ?? 0;
  const rows: SyntheticSummary['rows'] = {};
  for (const [k, text] of Object.entries(input.data) as [DataFileKey, string][])
    rows[k] = readCsv(text)?.rows.length ?? 0;
  return {
    data: { ...input.data },
    stories,
    summary: {
      scale: 1,
      councils: { real: councils, copies: 0, total: councils, fullCopies: 0 },
      eras: 0,
      rows,
      stories: { real, total: stories.length },
    },
  };
}

/** Read the real site's input: data files (as the loader names them) and story files. */
export function readSiteInput(dataDir: string, storiesDir: string): SiteInput {
  const data: DataTexts = {};
  for (const [k, file] of Object.entries(DATA_FILES) as [DataFileKey, string][]) {
    try {
      data[k] = readFileSync(join(dataDir, file), 'utf8');
    } catch {
      // optional files (curated) may be absent; the loader reports required ones
    }
  }
  const stories = readdirSync(storiesDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(storiesDir, file), 'utf8') }));
  return { data, stories };
}

/**
 * Write a synthetic site under `root` (replacing it): `root/data/...`, `root/stories/*.md` and a
 * README saying what it is. Returns the folders to pass as INSPECTED_DATA_DIR and
 * INSPECTED_STORIES_DIR.
 */
export function writeSyntheticSite(
  root: string,
  site: SyntheticSite,
): { dataDir: string; storiesDir: string } {
  rmSync(root, { recursive: true, force: true });
  const dataDir = join(root, 'data');
  const storiesDir = join(root, 'stories');
  mkdirSync(join(dataDir, 'curated'), { recursive: true });
  mkdirSync(storiesDir, { recursive: true });
  for (const [k, text] of Object.entries(site.data) as [DataFileKey, string][])
    writeFileSync(join(dataDir, DATA_FILES[k]), text);
  for (const s of site.stories) writeFileSync(join(storiesDir, s.file), s.text);
  writeFileSync(
    join(root, 'README.md'),
    `synthetic: a benchmark copy of the Inspected site at ${site.summary.scale}x, made by scripts/bench/synthetic.ts.\n` +
      'Never published; not real councils or inspections.\n\n```json\n' +
      JSON.stringify(site.summary, null, 2) +
      '\n```\n',
  );
  return { dataDir, storiesDir };
}
