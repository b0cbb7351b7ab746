/** A council's feed: its inspections and visits, our write-ups of them and the stories about it, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadDataset } from '../../../data/load';
import { councilInspections } from '../../../data/inspection-pages';
import {
  councilWriteUps,
  inspectionFeedItem,
  writeUpFeedItem,
  type FeedItem,
} from '../../../data/inspection-lists';
import { FEED_XMLNS, feedChannelData, feedItem, feedText } from '../../../data/feed';
import { publishedStories, storiesAbout } from '../../../stories/collection';
import { writeUpInfos } from '../../../stories/write-ups';
import { aboutSentence } from '../../../stories/dates';
import { PLACEHOLDER_SITE, href } from '../../../config/urls';

export function getStaticPaths() {
  return [...loadDataset().authorities.keys()].map((slug) => ({ params: { slug } }));
}

export async function GET(context: APIContext) {
  const data = loadDataset();
  const slug = context.params['slug'] ?? '';
  const a = data.authorities.get(slug);
  if (!a) throw new Error(`unknown council "${slug}"`);
  const site = context.site ?? PLACEHOLDER_SITE;
  const about = storiesAbout(await publishedStories(), slug);
  const writeUps = councilWriteUps(data, slug, await writeUpInfos());
  const items: FeedItem[] = [
    ...about.map((s) => ({
      title: s.data.title,
      description: `${aboutSentence(s.data)}${s.data.standfirst}`,
      pubDate: new Date(s.data.published + 'T00:00:00Z'),
      link: `/stories/${s.id}/`,
      categories: ['story'],
    })),
    ...writeUps.map((w) => writeUpFeedItem(data, w)).filter((x) => x !== null),
    ...councilInspections(data, slug).map((i) => inspectionFeedItem(data, i)),
  ].sort((x, y) => y.pubDate.getTime() - x.pubDate.getTime() || x.link.localeCompare(y.link));
  return rss({
    title: feedText(`Inspected: ${a.name}`),
    description: feedText(
      `Ofsted’s inspections and visits of ${a.name}’s children’s services, and Inspected’s write-ups and stories about them.`,
    ),
    site: new URL(href(`/authorities/${slug}/`), site).href,
    xmlns: FEED_XMLNS,
    // Absolute links are written as they are (a write-up's ends in #write-up, no slash added).
    items: items.map((item) => feedItem({ ...item, link: new URL(href(item.link), site).href })),
    customData: feedChannelData(new URL(href(`/authorities/${slug}/rss.xml`), site).href, [
      ...items.map((i) => i.pubDate),
      ...about.map((s) => s.data.updated),
      ...writeUps.map((w) => w.updated),
    ]),
  });
}
