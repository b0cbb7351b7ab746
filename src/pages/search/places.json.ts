/**
 * The search page's place index: every current council with its areas and other names
 * (src/data/places.ts), which public/search-places.js matches queries against so that a council's
 * page comes first when a query names it. Each path carries the site's base, like every link.
 */
import type { APIRoute } from 'astro';
import { loadDataset } from '../../data/load';
import { placeIndex } from '../../data/places';
import { href } from '../../config/urls';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(placeIndex(loadDataset()).map((e) => ({ ...e, path: href(e.path) }))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
