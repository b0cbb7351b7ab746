/** Every dataset as a CSV download, byte for byte the committed file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, dataDirectory } from '../../data/load';
import { FILES } from '../../data/dictionary';

export const getStaticPaths = (() =>
  FILES.map((f) => ({ params: { file: f.download }, props: { path: DATA_FILES[f.key] } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const text = readFileSync(join(dataDirectory(), (props as { path: string }).path), 'utf8');
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
