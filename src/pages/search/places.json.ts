/**
 * The search page's place index: every current council with its areas and other names
 * (src/data/places.ts), which public/search-places.js matches queries against so that a council's
 * page comes first when a query names it; and, for showing it, its latest grade and its newest
 * stories and inspections (src/data/search-councils.ts). Each path carries the site's base, like
 * every link.
 */
import type { APIRoute } from 'astro';
import { loadDataset } from '../../data/load';
import { placeIndex } from '../../data/places';
import { councilSearchCard } from '../../data/search-councils';
import { publishedStories } from '../../stories/collection';
import { href } from '../../config/urls';

export const GET: APIRoute = async () => {
  const data = loadDataset();
  const stories = await publishedStories();
  const linked = <T extends { path: string }>(xs: T[]): T[] => xs.map((x) => ({ ...x, path: href(x.path) }));
  const entries = placeIndex(data).map((e) => {
    const card = councilSearchCard(data, e.path.split('/')[2] ?? '', stories);
    return {
      ...e,
      path: href(e.path),
      ...card,
      stories: linked(card.stories),
      inspections: linked(card.inspections),
    };
  });
  return new Response(JSON.stringify(entries), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
