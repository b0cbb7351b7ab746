/**
 * The one writer of `data/`: atomic. Every output of every import step is written into a staging
 * folder inside `data/` (`data/.import-tmp-<pid>`, so on the same filesystem), and only when every
 * step has succeeded are the files renamed into `data/`. A step that fails half way leaves `data/`
 * as it was, and the staging folder is removed whatever happens.
 *
 * The CSV text of an output is `toCsv(columns, rows)` with its dataset's columns (`columns.ts`).
 * Before anything is written, every output must account for every row it read (read = written +
 * skipped, exactly) and every cell must pass the dataset's own parser (`schemas.ts`); otherwise
 * the import stops with every such problem listed.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { summariseChange, toCsv, type ChangeSummary } from './lib/csv-out';
import { listProblems } from '../../src/config/terminal-text';
import { ImportError } from './lib/problems';
import { accountingProblem, type ImportOutput } from './lib/report';
import { schemaProblems } from './schemas';
import { IMPORT_STAGING, removeStaleStaging } from './lib/stale-staging';

/** One importer: run, it returns its outputs (or throws, and nothing is written). */
export interface ImportStep {
  name: string;
  run(): ImportOutput[];
}

export interface Written {
  output: ImportOutput;
  /** What changed against the file in `data/` before. */
  change: ChangeSummary;
  /** True when the new text equals the file in `data/` byte for byte. */
  same: boolean;
}

/** The staging folder of this process inside `dataDir`. */
const stagingDir = (dataDir: string) => join(dataDir, `.import-tmp-${process.pid}`);

/**
 * Run `steps` in order and write their outputs to `dataDir` atomically. With `verify`, the outputs
 * are compared with `dataDir` and then discarded: `dataDir` is never written.
 */
export function importInto(
  dataDir: string,
  steps: readonly ImportStep[],
  opts: { verify?: boolean } = {},
): Written[] {
  const stage = stagingDir(dataDir);
  removeStaleStaging(dataDir, IMPORT_STAGING); // left by an import that was killed
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  try {
    const written: Written[] = [];
    const files = new Set<string>();
    for (const [i, step] of steps.entries()) {
      let outputs: ImportOutput[];
      try {
        outputs = step.run();
      } catch (e) {
        const rest = steps.slice(i + 1).map((s) => s.name);
        if (!(e instanceof ImportError) || !rest.length) throw e;
        throw new ImportError(
          `${e.message}\n(Not run, as ${step.name} failed: ${rest.join(', ')}.)`,
          e.problems,
        );
      }
      const problems = outputs.flatMap((o) => {
        const a = accountingProblem(o);
        return [...(a ? [a] : []), ...schemaProblems(o)];
      });
      if (problems.length)
        throw new ImportError(
          `${step.name}: its output is not right (an importer bug, not a problem in the file):\n${listProblems(
            problems,
          )
            .map((p) => `  ${p}`)
            .join('\n')}`,
          problems,
        );
      for (const output of outputs) {
        if (files.has(output.file))
          throw new Error(`import step "${step.name}": a second output for ${output.file}`);
        files.add(output.file);
        const text = toCsv(output.columns, output.rows);
        const staged = join(stage, output.file);
        mkdirSync(dirname(staged), { recursive: true });
        writeFileSync(staged, text);
        const target = join(dataDir, output.file);
        const old = existsSync(target) ? readFileSync(target, 'utf8') : null;
        written.push({ output, change: summariseChange(old, text, output.key), same: old === text });
      }
    }
    if (!opts.verify) {
      for (const { output } of written) {
        const target = join(dataDir, output.file);
        mkdirSync(dirname(target), { recursive: true });
        renameSync(join(stage, output.file), target);
      }
    }
    return written;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
