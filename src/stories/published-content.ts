/**
 * Everything editors write that a build publishes, across the content collections (stories and
 * write-ups): one list for whatever must cover them all, such as the charts their Markdown draws
 * (each gets a CSV download and an embed page: src/charts/cache.ts publishedChartSpecs).
 */
import type { CollectionEntry } from 'astro:content';
import { publishedStories } from './collection';
import { publishedWriteUps } from './write-ups';

/** An entry of any content collection (what ContentBody.astro renders). */
export type ContentEntry = CollectionEntry<'stories'> | CollectionEntry<'inspections'>;

/** The rendered HTML of every published story and write-up (charts still as slots). */
export async function publishedContentHtml(): Promise<string[]> {
  const entries: ContentEntry[] = [...(await publishedStories()), ...(await publishedWriteUps()).values()];
  return entries.map((e) => e.rendered?.html ?? '');
}
