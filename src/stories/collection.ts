/**
 * The stories a build publishes: drafts only under `npm run dev` (a production build has already
 * dropped them as the collection loaded: src/content.config.ts). Newest written first; of those
 * written the same day, the one about the newer event first.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isDevServer } from '../config/mode';
import { throwIfStoryProblems } from './registry';
import { newestFirst } from './dates';

export type Story = CollectionEntry<'stories'>;

export async function publishedStories(): Promise<Story[]> {
  // Under `npm run dev`, a broken story is an error page naming file:line (src/stories/registry.ts).
  throwIfStoryProblems();
  const all = await getCollection('stories', (e) => isDevServer() || !e.data.draft);
  return all.sort(newestFirst);
}

export function storiesAbout(stories: readonly Story[], slug: string): Story[] {
  return stories.filter((s) => s.data.authorities.includes(slug));
}
