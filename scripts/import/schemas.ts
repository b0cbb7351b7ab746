/**
 * The dataset's own column parsers (`src/data/schema.ts`), by output file: the writer checks every
 * cell of every output with them before anything is written, so a value that `npm run check`
 * would refuse never reaches `data/`. The readers check the publishers' values with the same
 * parsers when they read them, and report them at the publisher's file, line and column; this is
 * the net behind them.
 */
import {
  adoptionAsglbColumns,
  adoptionCountColumns,
  adoptionStageColumns,
  authorityColumns,
  careLeaverColumns,
  inspectionColumns,
  neighbour2025Columns,
  neighbourColumns,
  sourceColumns,
  workforceColumns,
  type Columns,
} from '../../src/data/schema';
import { identityOf } from './history';
import { cell } from './lib/csv-out';
import type { ImportOutput } from './lib/report';

const SCHEMAS: Readonly<Record<string, Columns>> = {
  'authorities.csv': authorityColumns,
  'inspections.csv': inspectionColumns,
  'care-leavers.csv': careLeaverColumns,
  'adoption-stages.csv': adoptionStageColumns,
  'neighbours.csv': neighbourColumns,
  'sources.csv': sourceColumns,
  'adoption-asglb.csv': adoptionAsglbColumns,
  'adoption-counts.csv': adoptionCountColumns,
  'workforce.csv': workforceColumns,
  'neighbours-2025.csv': neighbour2025Columns,
};

/** Every cell of `output` that its dataset's parser refuses, as a message; [] when all pass. */
export function schemaProblems(output: ImportOutput): string[] {
  const schema = SCHEMAS[output.file];
  if (!schema) return [`${output.file}: no schema for this output in scripts/import/schemas.ts`];
  const identity = identityOf(output);
  const out: string[] = [];
  for (const field of Object.keys(schema))
    if (!output.columns.includes(field)) out.push(`${output.file}: column "${field}" is not written`);
  output.rows.forEach((row, i) => {
    const text = Object.fromEntries(output.columns.map((c) => [c, cell(row[c])]));
    for (const [field, parse] of Object.entries(schema)) {
      const raw = text[field] ?? '';
      const p = parse(raw);
      if (!p.ok)
        out.push(
          `${output.file}: row ${i + 2} (${identity(text)}) ${field}: expected ${p.expected} (got "${raw}")`,
        );
    }
  });
  return out;
}
