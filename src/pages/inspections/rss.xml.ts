/** RSS feed of the newest 50 inspections and visits and editors' write-ups, each linking its page. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadDataset } from '../../data/load';
import { inspectionsNewestFirst } from '../../data/inspection-pages';
import { inspectionFeedItem, writeUpFeedItem, type FeedItem } from '../../data/inspection-lists';
import { FEED_XMLNS, feedChannelData, feedItem, feedText } from '../../data/feed';
import { writeUpInfos } from '../../stories/write-ups';
import { PLACEHOLDER_SITE, href } from '../../config/urls';

const FEED_SIZE = 50;

export async function GET(context: APIContext) {
  const data = loadDataset();
  const site = context.site ?? PLACEHOLDER_SITE;
  const writeUps = await writeUpInfos();
  const items: FeedItem[] = [
    ...inspectionsNewestFirst(data)
      .slice(0, FEED_SIZE)
      .map((i) => inspectionFeedItem(data, i)),
    ...writeUps.map((w) => writeUpFeedItem(data, w)).filter((x) => x !== null),
  ]
    .sort((x, y) => y.pubDate.getTime() - x.pubDate.getTime() || x.link.localeCompare(y.link))
    .slice(0, FEED_SIZE);
  return rss({
    title: feedText('Inspected: new inspections'),
    description: feedText(
      'Ofsted’s newest inspections and visits of England’s councils’ children’s services, each with its grades beside the previous ones, and our write-ups of them.',
    ),
    site: new URL(href('/inspections/'), site).href,
    xmlns: FEED_XMLNS,
    // Absolute links are written as they are (a write-up's ends in #write-up, no slash added).
    items: items.map((item) => feedItem({ ...item, link: new URL(href(item.link), site).href })),
    customData: feedChannelData(new URL(href('/inspections/rss.xml'), site).href, [
      ...items.map((i) => i.pubDate),
      ...writeUps.map((w) => w.updated),
    ]),
  });
}
