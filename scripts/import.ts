/**
 * `npm run data:import [-- --name=path ...]`: re-derive every generated file in `data/` from the
 * publishers' downloads. `npm run data:verify` does the same into a temporary folder and fails if
 * the result differs from the committed `data/`.
 *
 * Inputs default to `../shared/data-raw/...`; override any with `--<name>=<path>`, where name is
 * one of: history2023, outcomes2025, community, careLeavers, adoptionStages, neighbours, ltlaLookup.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { columnsOf } from '../src/data/datasets';
import { writeCsv, type CsvRecord } from './lib/csv-out';
import { dataDir, defaultInputs, type InputName, type Inputs } from './lib/paths';
import { formatReport, type ImportOutput } from './lib/report';
import { importOfsted } from './import-ofsted';
import { importDfe } from './import-dfe';

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
  if (problems.length) throw new Error(problems.join('\n'));
  return { inputs, verify };
}

/** Run every importer and return all outputs, with sources.csv last. */
export function runImporters(inputs: Inputs): ImportOutput[] {
  const missing = Object.entries(inputs).filter(([, p]) => !existsSync(p));
  if (missing.length) {
    throw new Error(
      'Input files not found:\n' +
        missing.map(([n, p]) => `  ${n}: ${p}`).join('\n') +
        '\nDownload them from the publishers (see data/README.md) or pass --<name>=<path>.',
    );
  }
  const ofsted = importOfsted(inputs);
  const dfe = importDfe(inputs, ofsted.authorities);
  const sources = new Map<string, CsvRecord>();
  for (const s of [...ofsted.sources, ...dfe.sources]) sources.set(String(s['id']), s);
  const sourceRows = [...sources.values()].sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
  return [
    ...ofsted.outputs,
    ...dfe.outputs,
    {
      file: 'sources.csv',
      columns: columnsOf('sources'),
      key: 'id',
      rows: sourceRows,
      read: sourceRows.length,
      skipped: [],
    },
  ];
}

function main(): void {
  const { inputs, verify } = parseArgs(process.argv.slice(2));
  const outputs = runImporters(inputs);
  const target = verify ? mkdtempSync(join(tmpdir(), 'inspected-verify-')) : dataDir;
  const differing: string[] = [];
  for (const out of outputs) {
    const path = join(target, out.file);
    const change = writeCsv(path, out.columns, out.rows, out.key);
    const committed = join(dataDir, out.file);
    if (verify) {
      const same = existsSync(committed) && readFileSync(committed, 'utf8') === readFileSync(path, 'utf8');
      if (!same) differing.push(out.file);
    }
    console.log(
      formatReport({
        output: out.file,
        read: out.read,
        written: out.rows.length,
        skipped: out.skipped,
        change: verify ? (undefined as never) : change,
      }),
    );
  }
  if (verify) {
    rmSync(target, { recursive: true, force: true });
    if (differing.length) {
      console.error(
        `data:verify: committed data differs from a fresh import: ${differing.join(', ')}. Run npm run data:import and commit.`,
      );
      process.exit(1);
    }
    console.log('data:verify: committed data/ matches a fresh import of the raw files.');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
