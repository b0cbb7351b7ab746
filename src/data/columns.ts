/**
 * The column model of every dataset (src/data/datasets.ts): a column pairs a cell parser with what
 * datapackage.json and the data dictionary say of it (type, unit, meaning, allowed values,
 * missing-value symbols, references).
 */
import {
  SLUG_PATTERN,
  decimal,
  financialYear,
  httpsUrl,
  integer,
  isoDate,
  matching,
  measured,
  oneOf,
  optional,
  slug,
  slugList,
  text,
  yesNo,
  type FieldParser,
} from './fields';
import type { Measured } from './types';
import { SUPPRESSION_SYMBOLS } from './vocabulary';

/** Table Schema field types used by the files. */
export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'boolean';

/** The datasets that other datasets refer to (checked against DatasetKey below). */
type ReferenceTarget = 'authorities' | 'sources' | 'curatedSources' | 'inspections';

/** A reference from a column to the key of another dataset. */
interface Reference {
  dataset: ReferenceTarget;
  /**
   * Published as a Table Schema foreign key. False where a value may also point into the
   * referenced dataset's twin (a curated figure may quote a curated event), which a foreign key
   * to one resource cannot say.
   */
  published: boolean;
}

export interface Column<T = unknown> {
  type: FieldType;
  /** What the column holds, for the data dictionary and datapackage.json. */
  description: string;
  unit?: string;
  /** False when the cell may be empty. */
  required: boolean;
  /** Validates and parses a cell. */
  parse: FieldParser<T>;
  /** Allowed values, and how a reader would name each. */
  values?: readonly string[];
  valueLabel?: (value: string) => string;
  /** What a whole cell must match, as a Table Schema (XML Schema) pattern: no anchors. */
  pattern?: string;
  format?: 'uri';
  minimum?: number;
  maximum?: number;
  /** Publisher's symbols that may stand in place of a number. */
  symbols?: readonly string[];
  /** Several slugs separated by single spaces. */
  list?: boolean;
  references?: Reference;
}

type Meta = Pick<Column, 'unit' | 'references' | 'symbols'>;
const withMeta = <T>(col: Column<T>, meta: Meta = {}): Column<T> => ({ ...col, ...meta });

/** Column builders: each pairs a cell parser with what datapackage.json and the dictionary say. */
export const col = {
  slug: (description: string, meta?: Meta): Column<string> =>
    withMeta({ type: 'string', description, required: true, parse: slug, pattern: SLUG_PATTERN }, meta),
  slugList: (description: string, meta?: Meta): Column<string[]> =>
    withMeta(
      {
        type: 'string',
        description,
        required: false,
        parse: slugList,
        list: true,
        pattern: `${SLUG_PATTERN}( ${SLUG_PATTERN})*`,
      },
      meta,
    ),
  text: (description: string): Column<string> => ({
    type: 'string',
    description,
    required: true,
    parse: text,
  }),
  /** A code matching `pattern` (unanchored, as in Table Schema), e.g. an ONS code. */
  pattern: (pattern: string, expected: string, description: string): Column<string> => ({
    type: 'string',
    description,
    required: true,
    parse: matching(new RegExp(`^(?:${pattern})$`), expected),
    pattern,
  }),
  url: (description: string): Column<string> => ({
    type: 'string',
    description,
    required: true,
    parse: httpsUrl,
    format: 'uri',
  }),
  date: (description: string): Column<string> => ({
    type: 'date',
    description,
    required: true,
    parse: isoDate,
  }),
  /** A financial year written `2022-23`. */
  financialYear: (description: string): Column<string> => ({
    type: 'string',
    description,
    required: true,
    parse: financialYear,
    pattern: '[0-9]{4}-[0-9]{2}',
  }),
  integer: (min: number, max: number, description: string, meta?: Meta): Column<number> =>
    withMeta(
      { type: 'integer', description, required: true, parse: integer(min, max), minimum: min, maximum: max },
      meta,
    ),
  number: (min: number, max: number, description: string, meta?: Meta): Column<number> =>
    withMeta(
      { type: 'number', description, required: true, parse: decimal(min, max), minimum: min, maximum: max },
      meta,
    ),
  /** A published figure, or one of the publisher's suppression symbols kept as it is. */
  measured: (
    type: 'integer' | 'number',
    min: number,
    max: number,
    description: string,
    meta?: Meta,
  ): Column<Measured> =>
    withMeta(
      {
        type,
        description,
        required: true,
        parse: measured(min, max, type === 'integer', meta?.symbols ?? SUPPRESSION_SYMBOLS),
        minimum: min,
        maximum: max,
        symbols: SUPPRESSION_SYMBOLS,
      },
      meta,
    ),
  oneOf: <const V extends string>(
    values: readonly V[],
    description: string,
    valueLabel?: (v: V) => string,
  ): Column<V> => ({
    type: 'string',
    description,
    required: true,
    parse: oneOf(values),
    values,
    ...(valueLabel ? { valueLabel: valueLabel as (v: string) => string } : {}),
  }),
  yesNo: (description: string): Column<boolean> => ({
    type: 'boolean',
    description,
    required: true,
    parse: yesNo,
  }),
};

/** The same column, but the cell may be empty (read as null). */
export function optionalColumn<T>(c: Column<T>): Column<T | null> {
  return { ...c, required: false, parse: optional(c.parse) };
}

export type Columns = Record<string, Column>;
