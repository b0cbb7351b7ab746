/**
 * The data dictionary: every published CSV file, its fields and what they mean, derived from the
 * datasets' schemas (`datasets.ts`). Used by the /data/ page and its CSV downloads.
 */
import { BOOLEAN_WORDS } from './fields';
import { DATASETS, DATASET_KEYS, tableOf, type Column, type DatasetKey, type FieldType } from './datasets';
import { symbolMeaning } from './vocabulary';

interface FieldDoc {
  name: string;
  type: FieldType;
  /** Everything a reader needs: meaning, unit, allowed values, references, missing values. */
  meaning: string;
}

export interface FileDoc {
  key: DatasetKey;
  /** Name of the download, e.g. `inspections.csv`. */
  download: string;
  title: string;
  description: string;
  /** Where the rows come from. */
  origin: string;
  curated: boolean;
  /** The columns that identify a row. */
  primaryKey: readonly string[];
  fields: FieldDoc[];
}

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** "a, b or c" */
function either(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}

/** The full meaning of a column, from its schema. */
function meaningOf(c: Column): string {
  const parts = [sentence(c.description)];
  if (c.unit) parts.push(`Unit: ${c.unit}.`);
  if (c.values) {
    const label = c.valueLabel;
    parts.push(
      label
        ? `One of: ${c.values.map((v) => `${v} = ${label(v)}`).join('; ')}.`
        : `One of: ${either(c.values)}.`,
    );
  }
  if (c.type === 'boolean') parts.push(`Written ${BOOLEAN_WORDS.true} or ${BOOLEAN_WORDS.false}.`);
  if (c.references) {
    const target = DATASETS[c.references.dataset];
    const files = c.references.published
      ? [target.download]
      : tableOf(c.references.dataset).map((k) => DATASETS[k].download);
    const key = target.primaryKey[0] ?? '';
    const a = `${/^[aeiou]/.test(key) ? 'an' : 'a'} ${key}`;
    parts.push(`${c.list ? `Each ${a}` : a.charAt(0).toUpperCase() + a.slice(1)} in ${either(files)}.`);
  }
  if (c.symbols)
    parts.push(
      `Or a suppression symbol, kept as published: ${c.symbols.map((s) => `${s} (${symbolMeaning(s)})`).join(', ')}.`,
    );
  if (!c.required) parts.push('Empty when not given.');
  return parts.join(' ');
}

export const FILES: FileDoc[] = DATASET_KEYS.map((key) => {
  const d = DATASETS[key];
  const columns: Record<string, Column> = d.columns;
  return {
    key,
    download: d.download,
    title: d.title,
    description: d.description,
    origin: d.origin,
    curated: d.curated,
    primaryKey: d.primaryKey,
    fields: Object.entries(columns).map(([name, c]) => ({ name, type: c.type, meaning: meaningOf(c) })),
  };
});
