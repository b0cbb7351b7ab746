/**
 * `npm run refresh [-- options]`: refresh the site from the publishers' newest downloads in one
 * command, all or nothing.
 *
 * 1. Copy `data/` to a staging folder beside it and import every source into the copy (the
 *    inputs and options of `npm run data:import`: `--raw-dir=<folder>` (a folder laid out as
 *    `../shared/data-raw/`), `--<input>=<path>`, `--released=...`,
 *    `--communityDate=...`, `--allow-removal <id>`; see `index.ts`). Published rows the new files
 *    lack are kept (`history.ts`).
 * 2. Print the change summary (`changes.ts`); `--verbose` lists every skipped row.
 * 3. Check the staged data and every story (`npm run check`, `scripts/check.ts`).
 * 4. `--dry-run` stops here: nothing is written (the staging folder is in the system's temporary
 *    folder, and removed).
 * 5. Add the summary to the staged `CHANGES.md`, build the site from the staged data into a
 *    staged output folder (`scripts/build-site.mjs`, with INSPECTED_DATA_DIR and OUT_DIR).
 * 6. Only when all of that passed, replace `data/` and `dist/` with the staged folders, one after
 *    the other (a rename each; if the second fails the first is put back).
 *
 * `--data-dir=<path>` and `--out-dir=<path>` refresh another folder than `data/` and `dist/`
 * (a copy of the project, or the tests). Every failure is printed as its message, never a stack,
 * and leaves `data/` and `dist/` as they were.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCheck } from '../check';
import { CHANGES_FILE, formatMarkdown, formatText, isEmpty, summariseChanges } from './changes';
import { importSteps, parseArgs, type StepOptions } from './index';
import type { Inputs } from './lib/paths';
import { dataDir as projectDataDir } from './lib/paths';
import { buildDay } from '../../src/config/build-day';
import { ImportError } from './lib/problems';
import { listProblems, terminalText } from '../../src/config/terminal-text';
import { importInto, type ImportStep } from './write';
import { withEntry } from './changes';
import { REFRESH_STAGING, removeStaleStaging } from './lib/stale-staging';

const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface RefreshIo {
  log(line: string): void;
  error(line: string): void;
  /** The refresh date for CHANGES.md (yyyy-mm-dd). */
  today: string;
}

export interface RefreshDeps {
  steps(inputs: Inputs, opts: StepOptions): ImportStep[];
  /** Problems of the data in `dataDir` and of every story; [] when all is valid. */
  check(dataDir: string, today: string): string[];
  /** Build the site from `dataDir` into `outDir`; true when it succeeded. */
  build(dataDir: string, outDir: string): boolean;
}

/** The site build (`scripts/build-site.mjs`) on the staged data, into the staged output folder. */
function buildSite(dataDir: string, outDir: string): boolean {
  const r = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build-site.mjs')], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      INSPECTED_DATA_DIR: dataDir,
      OUT_DIR: outDir,
      PATH: [join(projectRoot, 'node_modules', '.bin'), process.env['PATH'] ?? ''].join(delimiter),
    },
  });
  return r.status === 0;
}

export const defaultDeps: RefreshDeps = {
  steps: importSteps,
  check: (dataDir, today) => runCheck(today, undefined, dataDir).filter((p) => !p.startsWith('(')),
  build: buildSite,
};

/**
 * Replace each live folder with its staged one. A live folder is first moved aside; if any move
 * fails, every folder already replaced is put back, and the error is thrown.
 */
export function swapFolders(pairs: readonly { live: string; staged: string; aside: string }[]): void {
  const done: { live: string; aside: string; hadLive: boolean }[] = [];
  try {
    for (const { live, staged, aside } of pairs) {
      const hadLive = existsSync(live);
      if (hadLive) renameSync(live, aside);
      done.push({ live, aside, hadLive });
      renameSync(staged, live);
    }
  } catch (e) {
    for (const { live, aside, hadLive } of done.reverse()) {
      if (!hadLive) {
        if (existsSync(live)) rmSync(live, { recursive: true, force: true });
        continue;
      }
      if (existsSync(aside)) {
        if (existsSync(live)) rmSync(live, { recursive: true, force: true });
        renameSync(aside, live);
      }
    }
    throw e;
  }
  for (const { aside } of pairs) rmSync(aside, { recursive: true, force: true });
}

/** Run the refresh; returns the exit code. */
export function runRefresh(
  argv: readonly string[],
  refreshIo: RefreshIo = {
    log: console.log,
    error: console.error,
    today: buildDay(),
  },
  deps: RefreshDeps = defaultDeps,
): number {
  // Every line printed may quote a file: its control characters are shown escaped.
  const io: RefreshIo = {
    today: refreshIo.today,
    log: (line) => refreshIo.log(terminalText(line)),
    error: (line) => refreshIo.error(terminalText(line)),
  };
  const temps: string[] = [];
  const fail = (message: string) => {
    io.error(message);
    io.error('Nothing was replaced: data/ and dist/ are as they were.');
    return 1;
  };
  try {
    const args = parseArgs(argv, { flags: ['dry-run'], settings: ['data-dir', 'out-dir'] });
    const dryRun = args.flags.has('dry-run');
    const dataDir = resolve(args.settings.get('data-dir') ?? projectDataDir);
    const outDir = resolve(args.settings.get('out-dir') ?? join(projectRoot, 'dist'));
    // Staging beside each folder (same filesystem, so the final moves are renames); a dry run
    // stages in the system's temporary folder and writes nothing beside data/.
    const tag = `.refresh-${process.pid}`;
    // Staging folders of earlier refreshes that were killed before they could clean up.
    for (const d of new Set([dirname(dataDir), dirname(outDir)])) removeStaleStaging(d, REFRESH_STAGING);
    const stageRoot = dryRun
      ? mkdtempSync(join(tmpdir(), 'refresh-'))
      : join(dirname(dataDir), `${tag}-data`);
    temps.push(stageRoot);
    rmSync(stageRoot, { recursive: true, force: true });
    mkdirSync(stageRoot, { recursive: true });
    const stagedData = join(stageRoot, basename(dataDir));
    if (existsSync(dataDir)) cpSync(dataDir, stagedData, { recursive: true });
    else mkdirSync(stagedData, { recursive: true });

    // 1. Import into the staged copy.
    const written = importInto(
      stagedData,
      deps.steps(args.inputs, {
        dataDir: stagedData,
        released: args.released,
        communityDate: args.communityDate,
        allowRemoval: args.allowRemoval,
      }),
    );

    // 2. What changed.
    const report = summariseChanges(
      dataDir,
      stagedData,
      written.map(({ output: o }) => ({
        file: o.file,
        key: o.key,
        read: o.read,
        written: o.rows.length - (o.history?.kept.length ?? 0),
        skipped: o.skipped,
        perRow: o.perRow,
      })),
      new Map(written.map(({ output: o }) => [o.file, o.history ?? { kept: [], removed: [] }])),
    );
    io.log(formatText(report, { verbose: args.verbose }));

    // 3. Check the staged data and the stories against it.
    const problems = deps.check(stagedData, io.today);
    if (problems.length)
      return fail(
        `${listProblems(problems).join('\n')}\n\nrefresh: ${problems.length} problem(s) in the refreshed data or the stories.`,
      );
    if (dryRun) {
      io.log('refresh --dry-run: the refreshed data passed the check; nothing was written.');
      return 0;
    }
    if (isEmpty(report)) {
      io.log('refresh: no change to the data; data/ and dist/ left as they were.');
      return 0;
    }

    // 4. The summary as the newest entry of CHANGES.md, then the site from the staged data.
    const changesPath = join(stagedData, CHANGES_FILE);
    writeFileSync(
      changesPath,
      withEntry(
        existsSync(changesPath) ? readFileSync(changesPath, 'utf8') : null,
        formatMarkdown(report, io.today),
      ),
    );
    const outStage = join(dirname(outDir), `${tag}-out`);
    temps.push(outStage);
    rmSync(outStage, { recursive: true, force: true });
    mkdirSync(outStage, { recursive: true });
    const stagedOut = join(outStage, basename(outDir));
    if (!deps.build(stagedData, stagedOut) || !existsSync(stagedOut))
      return fail('refresh: the site build failed (its messages are above).');

    // 5. Replace data/ and dist/ together.
    swapFolders([
      { live: dataDir, staged: stagedData, aside: join(stageRoot, `${basename(dataDir)}.old`) },
      { live: outDir, staged: stagedOut, aside: join(outStage, `${basename(outDir)}.old`) },
    ]);
    io.log(
      `refresh: ${dataDir} and ${outDir} replaced; the summary is the newest entry of ${join(dataDir, CHANGES_FILE)}.`,
    );
    return 0;
  } catch (e) {
    return fail(
      e instanceof ImportError ? e.message : `refresh failed: ${e instanceof Error ? e.message : String(e)}`,
    );
  } finally {
    for (const t of temps) rmSync(t, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = runRefresh(process.argv.slice(2));
