/**
 * `npm run data:import [-- options]`: re-derive every generated file in `data/` from the
 * publishers' downloads. `npm run data:verify` does the same into a staging folder and fails if
 * the result differs from the committed `data/`. `npm run refresh` (`refresh.ts`) does the import,
 * the check and the build in one command, with a change summary.
 *
 * Inputs default to `../shared/data-raw/...` (`lib/paths.ts`); `--raw-dir=<folder>` reads them
 * from another folder of the same layout; override any one with `--<name>=<path>`, where name is
 * one of the keys of `RAW_FILES`. Other options:
 * `--released=<source id>:<yyyy-mm-dd>` (a release's date, for files that carry none),
 * `--communityDate=<yyyy-mm-dd>` (the community snapshot's date, for its CSV export),
 * `--allow-removal <id>` (let a published row go; see `history.ts`), `--verbose` (list every
 * skipped row).
 *
 * Steps: the Ofsted importer (`ofsted.ts`: authorities and inspections), the DfE importer
 * (`dfe.ts`: care leavers, adoption stages, neighbours; it needs the Ofsted council list), the
 * adoption, workforce and 2025 neighbours importers, the places importer (`places.ts`: districts
 * and boroughs with their council, from the ONS lookup), the hex map (`hexes.ts`: one hexagon per
 * current council, from Open Innovations' layout with the councils created since), then `sources.csv` from every source
 * cited. Rows already published that a newer file lacks are kept (`history.ts`). The writer
 * (`write.ts`) replaces `data/` files only when every step has succeeded. Problems are printed
 * together, with where they are; never a stack trace.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { DATASETS } from './columns';
import { importAdoptionWorkforceNeighbours } from './adoption-workforce-neighbours';
import { importDfe } from './dfe';
import { keepHistory } from './history';
import { readCouncilChanges } from './lib/council-changes';
import { cmp, type CsvRecord } from './lib/csv-out';
import { dataDir, defaultInputs, inputsIn, type InputName, type Inputs } from './lib/paths';
import { ImportError } from './lib/problems';
import { terminalText } from '../../src/config/terminal-text';
import { ReleaseDates } from './lib/release-dates';
import { formatReport, type AuthorityRef, type ImportOutput } from './lib/report';
import { importOfsted } from './ofsted';
import { importPlaces } from './places';
import { importHexes } from './hexes';
import { importInto, type ImportStep } from './write';

/** The options every import command takes (`refresh.ts` adds its own). */
export interface ImportArgs {
  inputs: Inputs;
  /** Release dates given on the command line, by source id. */
  released: Map<string, string>;
  communityDate?: string;
  /** Published rows the editor lets go (`history.ts`). */
  allowRemoval: Set<string>;
  verbose: boolean;
  /** Flags of the command itself (`--verify`, `--dry-run`), as given. */
  flags: Set<string>;
  /** `--<name>=<value>` settings of the command itself (`--data-dir`), as given. */
  settings: Map<string, string>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parse the command line. `flags` and `settings` name what the command accepts besides the
 * inputs and the shared options; anything else is an error, every one listed.
 */
export function parseArgs(
  argv: readonly string[],
  accepts: { flags: readonly string[]; settings: readonly string[] } = { flags: ['verify'], settings: [] },
): ImportArgs {
  const args: ImportArgs = {
    inputs: { ...defaultInputs },
    released: new Map(),
    allowRemoval: new Set(),
    verbose: false,
    flags: new Set(),
    settings: new Map(),
  };
  const problems: string[] = [];
  const expected = [
    ...accepts.flags.map((f) => `--${f}`),
    '--verbose',
    '--<input>=<path>',
    '--raw-dir=<folder>',
    '--released=<source id>:<yyyy-mm-dd>',
    '--communityDate=<yyyy-mm-dd>',
    '--allow-removal <id>',
    ...accepts.settings.map((s) => `--${s}=<path>`),
  ].join(', ');
  /** Inputs named one by one, which win over `--raw-dir`. */
  const given = new Map<InputName, string>();
  let rawDir: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const flag = /^--([a-z-]+)$/.exec(arg)?.[1];
    if (flag === 'verbose') {
      args.verbose = true;
      continue;
    }
    if (flag && accepts.flags.includes(flag)) {
      args.flags.add(flag);
      continue;
    }
    if (flag === 'allow-removal') {
      const id = argv[++i];
      if (id && !id.startsWith('--')) args.allowRemoval.add(id);
      else
        problems.push(
          '--allow-removal needs the id of the row to remove, e.g. --allow-removal haringey-2026-02-24-ilacs-short',
        );
      continue;
    }
    const m = /^--([A-Za-z0-9-]+)=(.*)$/.exec(arg);
    const [name, value] = [m?.[1] ?? '', m?.[2] ?? ''];
    if (m && name in defaultInputs && value) given.set(name as InputName, value);
    else if (m && name === 'raw-dir' && value) rawDir = value;
    else if (m && name === 'allow-removal' && value) args.allowRemoval.add(value);
    else if (m && name === 'released') {
      const r = /^([a-z0-9-]+):(\d{4}-\d{2}-\d{2})$/.exec(value);
      if (r?.[1] && r[2]) args.released.set(r[1], r[2]);
      else
        problems.push(
          `"${arg}": expected --released=<source id>:<yyyy-mm-dd>, e.g. --released=dfe-cla-2026:2026-11-19`,
        );
    } else if (m && name === 'communityDate') {
      if (DATE.test(value)) args.communityDate = value;
      else problems.push(`"${arg}": expected --communityDate=<yyyy-mm-dd>`);
    } else if (m && accepts.settings.includes(name) && value) args.settings.set(name, value);
    else
      problems.push(
        `unknown argument "${arg}": expected ${expected}, with input one of ${Object.keys(defaultInputs).join(', ')}`,
      );
  }
  if (problems.length) throw new ImportError(problems.join('\n'), problems);
  args.inputs = { ...(rawDir === null ? defaultInputs : inputsIn(rawDir)), ...Object.fromEntries(given) };
  return args;
}

/** What the import steps need besides the inputs. */
export interface StepOptions {
  /** The published data: its rows are kept (history), its sources date releases, its curated files read. */
  dataDir: string;
  released?: ReadonlyMap<string, string>;
  communityDate?: string | undefined;
  allowRemoval?: ReadonlySet<string>;
}

/**
 * The import steps, in order: Ofsted, DfE, the adoption, workforce and 2025 neighbours files and
 * the places (each with the Ofsted council list), then sources.csv. Every output keeps the
 * published rows its new source lacks (`history.ts`), and sources.csv the sources those rows cite.
 */
export function importSteps(inputs: Inputs, opts: StepOptions = { dataDir }): ImportStep[] {
  const missing = Object.entries(inputs).filter(([, p]) => !existsSync(p));
  if (missing.length) {
    const list = missing.map(([n, p]) => `  ${n}: ${p}`);
    throw new ImportError(
      'Input files not found:\n' +
        list.join('\n') +
        '\nDownload them from the publishers (see data/README.md); give the folder that holds them with --raw-dir=<folder> (laid out as ../shared/data-raw/, docs/editing.md section 11), or one file with --<name>=<path>.',
      list,
    );
  }
  const previous = (file: string): string | null => {
    const p = join(opts.dataDir, file);
    return existsSync(p) ? readFileSync(p, 'utf8') : null;
  };
  const changes = readCouncilChanges(opts.dataDir);
  const releases = ReleaseDates.fromDataDir(opts.dataDir, opts.released);
  const allowRemoval = opts.allowRemoval ?? new Set<string>();
  const usedRemovals = new Set<string>();
  const publishedSources = new Map(
    csvParse(previous(DATASETS.sources.file) ?? '').map((r) => [r['id'] ?? '', r as CsvRecord]),
  );
  let authorities: AuthorityRef[] = [];
  const sources = new Map<string, CsvRecord>();
  const cite = (rows: readonly CsvRecord[]) => {
    for (const s of rows) sources.set(String(s['id']), s);
  };
  /** Keep the published rows the new outputs lack, citing their sources. */
  const withHistory = (outputs: ImportOutput[]): ImportOutput[] =>
    outputs.map((o) => {
      const { rows, history } = keepHistory(o, o.rows, previous(o.file), allowRemoval, usedRemovals);
      for (const r of history.kept) {
        const id = r['source'];
        const s = id ? publishedSources.get(id) : undefined;
        if (id && s && !sources.has(id)) sources.set(id, s);
      }
      return { ...o, rows, history };
    });
  return [
    {
      name: 'Ofsted',
      run: () => {
        const r = importOfsted(inputs, {
          changes,
          ...(opts.communityDate ? { communityDate: opts.communityDate } : {}),
        });
        authorities = r.authorities;
        cite(r.sources);
        return withHistory(r.outputs);
      },
    },
    {
      name: 'DfE',
      run: () => {
        const r = importDfe(inputs, authorities, { releases, changes });
        cite(r.sources);
        return withHistory(r.outputs);
      },
    },
    {
      name: 'Adoption, workforce and 2025 neighbours',
      run: () => {
        const r = importAdoptionWorkforceNeighbours(inputs, authorities, { releases, changes });
        cite(r.sources);
        return withHistory(r.outputs);
      },
    },
    {
      name: 'Places',
      run: () => {
        const r = importPlaces(inputs, authorities, releases);
        cite(r.sources);
        return withHistory(r.outputs);
      },
    },
    {
      name: 'Hex map',
      run: () => importHexes(inputs, authorities).outputs,
    },
    {
      name: 'sources',
      run: () => {
        const unknown = [...allowRemoval].filter((id) => !usedRemovals.has(id));
        if (unknown.length) {
          const list = unknown.map(
            (id) =>
              `--allow-removal ${id}: no published row of that name is missing from the new files (an inspection by its id, another row as <file>:<key>, as the change summary names it)`,
          );
          throw new ImportError(list.join('\n'), list);
        }
        const rows = [...sources.values()].sort((a, b) => cmp(String(a['id']), String(b['id'])));
        return [{ ...DATASETS.sources, rows, read: rows.length, skipped: [] }];
      },
    },
  ];
}

export interface CliIo {
  dataDir: string;
  log(line: string): void;
  error(line: string): void;
}

/** Run the CLI; returns the exit code. Every failure is printed as its message, never a stack. */
export function runCli(
  argv: readonly string[],
  cliIo: CliIo = { dataDir, log: console.log, error: console.error },
  steps: (inputs: Inputs, opts: StepOptions) => ImportStep[] = importSteps,
): number {
  // Every line printed may quote a file: its control characters are shown escaped.
  const io: CliIo = {
    dataDir: cliIo.dataDir,
    log: (line) => cliIo.log(terminalText(line)),
    error: (line) => cliIo.error(terminalText(line)),
  };
  let verify = false;
  try {
    const args = parseArgs(argv);
    verify = args.flags.has('verify');
    const written = importInto(
      io.dataDir,
      steps(args.inputs, {
        dataDir: io.dataDir,
        released: args.released,
        communityDate: args.communityDate,
        allowRemoval: args.allowRemoval,
      }),
      { verify },
    );
    for (const { output, change } of written)
      io.log(
        formatReport(
          {
            output: output.file,
            read: output.read,
            written: output.rows.length - (output.history?.kept.length ?? 0),
            skipped: output.skipped,
            perRow: output.perRow,
            notes: output.notes,
            kept: output.history?.kept.length ?? 0,
            removed: output.history?.removed.length ?? 0,
            ...(verify ? {} : { change }),
          },
          { verbose: args.verbose },
        ),
      );
    if (verify) {
      const differing = written.filter((w) => !w.same).map((w) => w.output.file);
      if (differing.length) {
        io.error(
          `data:verify: committed data differs from a fresh import: ${differing.join(', ')}. Run npm run data:import and commit.`,
        );
        return 1;
      }
      io.log('data:verify: committed data/ matches a fresh import of the raw files.');
    }
    return 0;
  } catch (e) {
    io.error(
      e instanceof ImportError
        ? e.message
        : `data:import failed: ${e instanceof Error ? e.message : String(e)}`,
    );
    if (!verify) io.error('Nothing was written: data/ is unchanged.');
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = runCli(process.argv.slice(2));
