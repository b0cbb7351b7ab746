/** Editors' write-ups of single inspections that a build publishes: drafts only under `npm run dev`. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isDevServer } from '../config/mode';

export type WriteUp = CollectionEntry<'inspections'>;

/** Published write-ups by inspection page id (the file name). */
export async function publishedWriteUps(): Promise<Map<string, WriteUp>> {
  const all = await getCollection('inspections', (e) => isDevServer() || !e.data.draft);
  return new Map(all.map((e) => [e.id, e]));
}
