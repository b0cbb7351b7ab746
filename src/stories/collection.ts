/** The stories a build publishes: drafts only under `npm run dev`. Newest first. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Story = CollectionEntry<'stories'>;

export async function publishedStories(): Promise<Story[]> {
  const all = await getCollection('stories', (e) => import.meta.env.DEV || !e.data.draft);
  return all.sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
}

export function storiesAbout(stories: readonly Story[], slug: string): Story[] {
  return stories.filter((s) => s.data.authorities.includes(slug));
}
