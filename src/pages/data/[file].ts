/**
 * Every dataset as a CSV download (src/data/downloads.ts): the committed file's records, with
 * text cells made safe for spreadsheets apart from its declared missing values; a file with
 * nothing to neutralise is served byte for byte.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS, DATASET_KEYS, type DatasetKey } from '../../data/datasets';
import { downloadCsv } from '../../data/downloads';

export const getStaticPaths = (() =>
  DATASET_KEYS.map((k) => ({
    params: { file: DATASETS[k].download },
    props: { key: k },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(downloadCsv((props as { key: DatasetKey }).key), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
