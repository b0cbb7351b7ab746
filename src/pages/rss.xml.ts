/** RSS feed of the newest published stories (the index at /stories/ lists them all). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { publishedStories } from '../stories/collection';
import { aboutSentence } from '../stories/dates';
import { PLACEHOLDER_SITE, href } from '../config/urls';
import { FEED_XMLNS, feedChannelData, feedItem, feedText } from '../data/feed';

/** Stories in the feed: the newest, as readers' feed apps show only the latest anyway. */
const FEED_SIZE = 50;

export async function GET(context: APIContext) {
  const stories = (await publishedStories()).slice(0, FEED_SIZE);
  const site = context.site ?? PLACEHOLDER_SITE;
  return rss({
    title: feedText('Inspected'),
    description: feedText('Stories from Ofsted’s inspections of England’s councils’ children’s services.'),
    // The channel link is the site's home under its base, so feeds work under a sub-path too.
    site: new URL(href('/'), site).href,
    xmlns: FEED_XMLNS,
    items: stories.map((s) => ({
      ...feedItem({
        title: s.data.title,
        description: `${aboutSentence(s.data)}${s.data.standfirst}`,
        pubDate: new Date(s.data.published + 'T00:00:00Z'),
        // Absolute, so the feed library writes it as it is.
        link: new URL(href(`/stories/${s.id}/`), site).href,
        categories: s.data.tags,
      }),
      author: s.data.byline,
    })),
    customData: feedChannelData(
      new URL(href('/rss.xml'), site).href,
      stories.flatMap((s) => [s.data.published, s.data.updated]),
    ),
  });
}
