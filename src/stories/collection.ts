/** The stories a build publishes: drafts only under `npm run dev`. Newest first. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { throwIfStoryProblems } from './registry';

export type Story = CollectionEntry<'stories'>;

export async function publishedStories(): Promise<Story[]> {
  // Under `npm run dev`, a broken story is an error page naming file:line (src/stories/registry.ts).
  throwIfStoryProblems();
  const all = await getCollection('stories', (e) => import.meta.env.DEV || !e.data.draft);
  return all.sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
}

export function storiesAbout(stories: readonly Story[], slug: string): Story[] {
  return stories.filter((s) => s.data.authorities.includes(slug));
}
