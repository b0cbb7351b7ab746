/**
 * Editors' write-ups of single inspections that a build publishes: drafts only under `npm run dev`
 * (a production build has already dropped them as the collection loaded: src/content.config.ts,
 * src/stories/loader.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isDevServer } from '../config/mode';
import { throwIfStoryProblems } from './registry';
import type { WriteUpInfo } from '../data/inspection-lists';

export type WriteUp = CollectionEntry<'inspections'>;

/** Published write-ups by inspection page id (the file name). */
export async function publishedWriteUps(): Promise<Map<string, WriteUp>> {
  // Under `npm run dev`, a broken write-up (or story) is an error page naming file:line.
  throwIfStoryProblems();
  const all = await getCollection('inspections', (e) => isDevServer() || !e.data.draft);
  return new Map(all.map((e) => [e.id, e]));
}

/** What lists and feeds show of each published write-up (src/data/inspection-lists.ts). */
export async function writeUpInfos(): Promise<WriteUpInfo[]> {
  return [...(await publishedWriteUps()).values()].map((w) => ({
    pageId: w.id,
    title: w.data.title,
    standfirst: w.data.standfirst,
    published: w.data.published,
    updated: w.data.updated,
  }));
}
