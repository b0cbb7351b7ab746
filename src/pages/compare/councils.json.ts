/**
 * The "compare any two councils" form's data: every current council's cells as the compare table
 * shows them (src/data/compare.ts, compareJson), which public/compare-any.js puts side by side.
 * Each council's path carries the site's base, like every link.
 */
import type { APIRoute } from 'astro';
import { loadDataset } from '../../data/load';
import { compareJson } from '../../data/compare';
import { href } from '../../config/urls';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(compareJson(loadDataset(), (p) => href(p))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
