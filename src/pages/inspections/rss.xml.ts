/** RSS feed of the newest 50 inspections and visits, each linking its page. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadDataset } from '../../data/load';
import { inspectionsNewestFirst } from '../../data/inspection-pages';
import { inspectionFeedItem } from '../../data/inspection-lists';
import { href } from '../../config/urls';

const FEED_SIZE = 50;

export function GET(context: APIContext) {
  const data = loadDataset();
  return rss({
    title: 'Inspected: new inspections',
    description:
      'Ofsted’s newest inspections and visits of England’s councils’ children’s services, each with its grades beside the previous ones.',
    site: new URL(href('/inspections/'), context.site ?? 'https://inspected.example.org').href,
    items: inspectionsNewestFirst(data)
      .slice(0, FEED_SIZE)
      .map((i) => {
        const item = inspectionFeedItem(data, i);
        return { ...item, link: href(item.link) };
      }),
    customData: '<language>en-gb</language>',
  });
}
