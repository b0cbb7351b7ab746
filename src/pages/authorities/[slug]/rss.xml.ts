/** A council's feed: its inspections and visits and the stories about it, newest first. */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadDataset } from '../../../data/load';
import { councilInspections } from '../../../data/inspection-pages';
import { inspectionFeedItem } from '../../../data/inspection-lists';
import { publishedStories, storiesAbout } from '../../../stories/collection';
import { aboutSentence } from '../../../stories/dates';
import { href } from '../../../config/urls';

export function getStaticPaths() {
  return [...loadDataset().authorities.keys()].map((slug) => ({ params: { slug } }));
}

export async function GET(context: APIContext) {
  const data = loadDataset();
  const slug = context.params['slug'] ?? '';
  const a = data.authorities.get(slug);
  if (!a) throw new Error(`unknown council "${slug}"`);
  const stories: RSSFeedItem[] = storiesAbout(await publishedStories(), slug).map((s) => ({
    title: s.data.title,
    description: `${aboutSentence(s.data)}${s.data.standfirst}`,
    pubDate: new Date(s.data.published + 'T00:00:00Z'),
    link: href(`/stories/${s.id}/`),
    categories: ['story'],
  }));
  const inspections = councilInspections(data, slug).map((i) => {
    const item = inspectionFeedItem(data, i);
    return { ...item, link: href(item.link) };
  });
  const items = [...stories, ...inspections].sort(
    (x, y) =>
      (y.pubDate?.getTime() ?? 0) - (x.pubDate?.getTime() ?? 0) || (x.link ?? '').localeCompare(y.link ?? ''),
  );
  return rss({
    title: `Inspected: ${a.name}`,
    description: `Ofsted’s inspections and visits of ${a.name}’s children’s services, and Inspected’s stories about them.`,
    site: new URL(href(`/authorities/${slug}/`), context.site ?? 'https://inspected.example.org').href,
    items,
    customData: '<language>en-gb</language>',
  });
}
