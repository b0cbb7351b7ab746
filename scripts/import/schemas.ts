/**
 * The dataset's own column parsers (`src/data/datasets.ts`), by output file: the writer checks
 * every cell of every output with them before anything is written, so a value that `npm run check`
 * would refuse never reaches `data/`. The readers check the publishers' values with the same
 * parsers when they read them, and report them at the publisher's file, line and column; this is
 * the net behind them.
 */
import { DATASETS, DATASET_KEYS, type Column } from '../../src/data/datasets';
import { serialiseCell } from '../../src/data/dataset-rows';
import { identityOf } from './history';
import type { ImportOutput } from './lib/report';

/** The columns of the dataset written to `file`, if the schema has one. */
function columnsFor(file: string): Readonly<Record<string, Column>> | undefined {
  const key = DATASET_KEYS.find((k) => DATASETS[k].file === file);
  return key ? DATASETS[key].columns : undefined;
}

/** Every cell of `output` that its dataset's parser refuses, as a message; [] when all pass. */
export function schemaProblems(output: ImportOutput): string[] {
  const schema = columnsFor(output.file);
  if (!schema) return [`${output.file}: no dataset in src/data/datasets.ts is written to this file`];
  const identity = identityOf(output);
  const out: string[] = [];
  for (const field of Object.keys(schema))
    if (!output.columns.includes(field)) out.push(`${output.file}: column "${field}" is not written`);
  output.rows.forEach((row, i) => {
    const text = Object.fromEntries(output.columns.map((c) => [c, serialiseCell(row[c])]));
    for (const [field, column] of Object.entries(schema)) {
      const raw = text[field] ?? '';
      const p = column.parse(raw);
      if (!p.ok)
        out.push(
          `${output.file}: row ${i + 2} (${identity(text)}) ${field}: expected ${p.expected} (got "${raw}")`,
        );
    }
  });
  return out;
}
