/**
 * `npm run data:import [-- --name=path ...]`: re-derive every generated file in `data/` from the
 * publishers' downloads. `npm run data:verify` does the same into a staging folder and fails if
 * the result differs from the committed `data/`.
 *
 * Inputs default to `../shared/data-raw/...`; override any with `--<name>=<path>`, where name is
 * one of: history2023, outcomes2025, community, careLeavers, adoptionStages, neighbours, ltlaLookup.
 *
 * Steps: the Ofsted importer (`ofsted.ts`: authorities and inspections), the DfE importer
 * (`dfe.ts`: care leavers, adoption stages, neighbours; it needs the Ofsted council list), the
 * places importer (`places.ts`: districts and boroughs with their council, from the ONS lookup),
 * then `sources.csv` from every source cited. The writer (`write.ts`) replaces `data/` files only when
 * every step has succeeded. Problems are printed together, with where they are; never a stack trace.
 */
import { existsSync } from 'node:fs';
import { DATASETS } from './columns';
import { importAdoptionWorkforceNeighbours } from './adoption-workforce-neighbours';
import { importDfe } from './dfe';
import { cmp, type CsvRecord } from './lib/csv-out';
import { dataDir, defaultInputs, type InputName, type Inputs } from './lib/paths';
import { ImportError } from './lib/problems';
import { formatReport, type AuthorityRef } from './lib/report';
import { importOfsted } from './ofsted';
import { importPlaces } from './places';
import { importInto, type ImportStep } from './write';

export function parseArgs(argv: readonly string[]): { inputs: Inputs; verify: boolean } {
  const inputs: Inputs = { ...defaultInputs };
  let verify = false;
  const problems: string[] = [];
  for (const arg of argv) {
    if (arg === '--verify') {
      verify = true;
      continue;
    }
    const m = /^--([A-Za-z0-9]+)=(.+)$/.exec(arg);
    const name = m?.[1];
    if (m && name && name in defaultInputs) inputs[name as InputName] = m[2] ?? '';
    else
      problems.push(
        `unknown argument "${arg}": expected --verify or --<input>=<path> with input one of ${Object.keys(defaultInputs).join(', ')}`,
      );
  }
  if (problems.length) throw new ImportError(problems.join('\n'), problems);
  return { inputs, verify };
}

/**
 * The import steps, in order: Ofsted, DfE, the adoption, workforce and 2025 neighbours files and
 * the places (each with the Ofsted council list), then sources.csv.
 */
export function importSteps(inputs: Inputs): ImportStep[] {
  const missing = Object.entries(inputs).filter(([, p]) => !existsSync(p));
  if (missing.length) {
    const list = missing.map(([n, p]) => `  ${n}: ${p}`);
    throw new ImportError(
      'Input files not found:\n' +
        list.join('\n') +
        '\nDownload them from the publishers (see data/README.md) or pass --<name>=<path>.',
      list,
    );
  }
  let authorities: AuthorityRef[] = [];
  const sources = new Map<string, CsvRecord>();
  const cite = (rows: readonly CsvRecord[]) => {
    for (const s of rows) sources.set(String(s['id']), s);
  };
  return [
    {
      name: 'Ofsted',
      run: () => {
        const r = importOfsted(inputs);
        authorities = r.authorities;
        cite(r.sources);
        return r.outputs;
      },
    },
    {
      name: 'DfE',
      run: () => {
        const r = importDfe(inputs, authorities);
        cite(r.sources);
        return r.outputs;
      },
    },
    {
      name: 'Adoption, workforce and 2025 neighbours',
      run: () => {
        const r = importAdoptionWorkforceNeighbours(inputs, authorities);
        cite(r.sources);
        return r.outputs;
      },
    },
    {
      name: 'Places',
      run: () => {
        const r = importPlaces(inputs, authorities);
        cite(r.sources);
        return r.outputs;
      },
    },
    {
      name: 'sources',
      run: () => {
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
  io: CliIo = { dataDir, log: console.log, error: console.error },
  steps: (inputs: Inputs) => ImportStep[] = importSteps,
): number {
  let verify = false;
  try {
    const args = parseArgs(argv);
    verify = args.verify;
    const written = importInto(io.dataDir, steps(args.inputs), { verify });
    for (const { output, change } of written)
      io.log(
        formatReport({
          output: output.file,
          read: output.read,
          written: output.rows.length,
          skipped: output.skipped,
          ...(verify ? {} : { change }),
        }),
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
