/** Every dataset as a CSV download, byte for byte the committed file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirectory } from '../../data/load';
import { DATASETS, DATASET_KEYS } from '../../data/datasets';

export const getStaticPaths = (() =>
  DATASET_KEYS.map((k) => ({ params: { file: DATASETS[k].download }, props: { path: DATASETS[k].file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const text = readFileSync(join(dataDirectory(), (props as { path: string }).path), 'utf8');
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
