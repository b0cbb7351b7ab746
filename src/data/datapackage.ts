/**
 * datapackage.json: a Frictionless Tabular Data Package describing every CSV download, derived
 * from the datasets' schemas (`datasets.ts`): each field's type, constraints (required, allowed
 * values, pattern, range), boolean spellings, the file's CSV dialect, missing values, primary key
 * and foreign keys. /data/datapackage.json serves it; tests read every file through it with a
 * reference Frictionless implementation.
 */
import { BOOLEAN_WORDS } from './fields';
import { DATASETS, DATASET_KEYS, type Column, type DatasetKey } from './datasets';
import { coverage, fileCoverage } from './coverage';
import type { Dataset } from './types';

/** How every file is written (d3-dsv's csvFormatRows, and the curated files by hand). */
const CSV_DIALECT = {
  delimiter: ',',
  doubleQuote: true,
  lineTerminator: '\n',
  quoteChar: '"',
  skipInitialSpace: false,
  header: true,
  caseSensitiveHeader: true,
} as const;

/** A resource's name: its download without `.csv`. */
function resourceName(key: DatasetKey): string {
  return DATASETS[key].download.replace(/\.csv$/, '');
}

function field(name: string, c: Column) {
  const constraints = {
    // A suppression symbol is a missing value (null), so a column that may hold one is not required.
    ...(c.required && !c.symbols ? { required: true } : {}),
    ...(c.values ? { enum: [...c.values] } : {}),
    ...(c.pattern ? { pattern: c.pattern } : {}),
    ...(c.minimum !== undefined ? { minimum: c.minimum } : {}),
    ...(c.maximum !== undefined ? { maximum: c.maximum } : {}),
  };
  return {
    name,
    type: c.type,
    ...(c.format ? { format: c.format } : {}),
    description: c.unit ? `${c.description} (${c.unit})` : c.description,
    ...(c.type === 'boolean' ? { trueValues: [BOOLEAN_WORDS.true], falseValues: [BOOLEAN_WORDS.false] } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

function resource(data: Dataset, key: DatasetKey) {
  const d = DATASETS[key];
  const columns: Record<string, Column> = d.columns;
  const foreignKeys = Object.entries(columns).flatMap(([name, c]) => {
    const r = c.references;
    if (!r?.published) return [];
    const target = DATASETS[r.dataset];
    return [
      { fields: name, reference: { resource: resourceName(r.dataset), fields: target.primaryKey[0] ?? '' } },
    ];
  });
  return {
    name: resourceName(key),
    path: d.download,
    title: d.title,
    description: [d.description, fileCoverage(data, key)].filter(Boolean).join(' '),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    profile: 'tabular-data-resource',
    dialect: CSV_DIALECT,
    schema: {
      fields: Object.entries(columns).map(([name, c]) => field(name, c)),
      missingValues: [...d.missingValues],
      ...(d.primaryKey.length ? { primaryKey: [...d.primaryKey] } : {}),
      ...(foreignKeys.length ? { foreignKeys } : {}),
    },
  };
}

/** The data package of the site's downloads; the sources list comes from the loaded data. */
export function dataPackage(data: Dataset) {
  return {
    profile: 'tabular-data-package',
    name: 'inspected',
    title: 'Inspected: Ofsted inspections of English councils’ children’s services',
    description: `Every Ofsted judgement on English councils’ children’s services since ${coverage(data).firstYear}, care leavers in education, employment or training, and adoption timeliness, derived from Ofsted’s and the DfE’s official downloads.`,
    licenses: [
      {
        name: 'OGL-UK-3.0',
        title: 'Open Government Licence v3.0',
        path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      },
    ],
    sources: [...data.sources.values()].map((s) => ({ title: `${s.publisher}: ${s.title}`, path: s.url })),
    resources: DATASET_KEYS.map((k) => resource(data, k)),
  };
}
