/**
 * Every dataset as a CSV download: the committed file's records, with text cells made safe for
 * spreadsheets (src/data/csv.ts); a file with nothing to neutralise is served byte for byte.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirectory } from '../../data/load';
import { DATASETS, DATASET_KEYS } from '../../data/datasets';
import { spreadsheetSafeCsv } from '../../data/csv';

export const getStaticPaths = (() =>
  DATASET_KEYS.map((k) => ({
    params: { file: DATASETS[k].download },
    props: { path: DATASETS[k].file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const text = readFileSync(join(dataDirectory(), (props as { path: string }).path), 'utf8');
  return new Response(spreadsheetSafeCsv(text), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
