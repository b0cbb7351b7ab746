/**
 * The generated files in `data/`, as the importers write them: each file's name, its columns in
 * order and the column(s) that identify a row in the change summary. Names and columns come from
 * the dataset schemas (`src/data/datasets.ts`), the one place a column is defined; every reader
 * and merge step builds rows by column name, and the writer (`write.ts`) serialises them in this
 * order.
 */
import { DATASETS as SCHEMAS, type DatasetKey } from '../../src/data/datasets';
import { columnsOf } from '../../src/data/dataset-rows';

export { JUDGEMENT_COLUMNS, type JudgementColumn } from '../../src/data/vocabulary';

export interface Dataset {
  /** Path relative to `data/`. */
  file: string;
  columns: readonly string[];
  /** Column(s) that identify a row, for the change summary. */
  key: string | readonly string[];
}

/**
 * A generated file's output description. `key` defaults to the schema's primary key; the area
 * files (England, a region or councils) have none in the schema, as their code and region cells
 * may be empty, and name the cells that tell their rows apart here.
 */
function output(k: DatasetKey, key: readonly string[] = SCHEMAS[k].primaryKey): Dataset {
  return { file: SCHEMAS[k].file, columns: columnsOf(k), key: key.length === 1 ? (key[0] as string) : key };
}

export const DATASETS = {
  authorities: output('authorities'),
  inspections: output('inspections'),
  careLeavers: output('careLeavers'),
  adoptionStages: output('adoptionStages'),
  neighbours: output('neighbours'),
  sources: output('sources'),
  adoptionAsglb: output('adoptionAsglb', ['period', 'level', 'la_code', 'region']),
  adoptionCounts: output('adoptionCounts', ['level', 'la_code', 'year', 'measure']),
  workforce: output('workforce', ['level', 'la_code', 'region', 'year']),
  neighbours2025: output('neighbours2025'),
  places: output('places'),
  hexes: output('hexes'),
} satisfies Record<string, Dataset>;
