/** A Frictionless Data Package describing every CSV download and its fields. */
import type { APIRoute } from 'astro';
import { dataPackage } from '../../data/datapackage';
import { loadDataset } from '../../data/load';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(dataPackage(loadDataset()), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json' },
  });
