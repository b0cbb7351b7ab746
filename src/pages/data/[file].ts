/**
 * Every dataset as a CSV download: the committed file's records, with text cells made safe for
 * spreadsheets (src/data/csv.ts); a file with nothing to neutralise is served byte for byte.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, dataDirectory } from '../../data/load';
import { FILES } from '../../data/dictionary';
import { spreadsheetSafeCsv } from '../../data/csv';

export const getStaticPaths = (() =>
  FILES.map((f) => ({ params: { file: f.download }, props: { path: DATA_FILES[f.key] } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const text = readFileSync(join(dataDirectory(), (props as { path: string }).path), 'utf8');
  return new Response(spreadsheetSafeCsv(text), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
