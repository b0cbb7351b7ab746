/**
 * The feeds' shared parts (src/data/feed.ts), through the feed library the site uses
 * (@astrojs/rss) and read back by a feed reader's parser (@rowanmanning/feed-parser): text stays
 * text, the channel carries lastBuildDate (from the items, not the clock) and atom:link rel=self,
 * and a write-up is an item of its own, dated by its own publication.
 */
import { getRssString } from '@astrojs/rss';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { FEED_XMLNS, feedChannelData, feedItem, lastBuildDate } from '../../src/data/feed';
import { councilWriteUps, writeUpFeedItem } from '../../src/data/inspection-lists';
import { fixtureDataset } from '../helpers/dataset-fixture';

const data = fixtureDataset();
const HOSTILE = 'Tom &amp; Jerry <img src=x onerror=alert(1)> & <b>bold</b> "quoted" \u2019s';

async function feedOf(items: { title: string; description: string; date: string }[]) {
  const xml = await getRssString({
    title: 'Test feed',
    description: 'A feed for the tests',
    site: 'https://site.example/sub/',
    xmlns: FEED_XMLNS,
    items: items.map((i, k) =>
      feedItem({
        title: i.title,
        description: i.description,
        pubDate: new Date(`${i.date}T00:00:00Z`),
        link: `https://site.example/sub/item-${k}/#part`,
        categories: [],
      }),
    ),
    customData: feedChannelData(
      'https://site.example/sub/rss.xml',
      items.map((i) => i.date),
    ),
  });
  return { xml, feed: parseFeed(xml) };
}

describe('the site’s feeds', () => {
  it('carry an editor’s text as text: a feed parser gives back exactly what was typed', async () => {
    const { xml, feed } = await feedOf([{ title: HOSTILE, description: HOSTILE, date: '2024-02-20' }]);
    expect(feed.items[0]?.title).toBe(HOSTILE);
    expect(feed.items[0]?.url).toBe('https://site.example/sub/item-0/#part');
    expect(feed.items[0]?.description).toBe(HOSTILE);
    // Not once-escaped markup a reader would run: the tag is escaped twice in the XML.
    expect(xml).not.toContain('&lt;img');
    expect(xml).toContain('&amp;lt;img src=x onerror=alert(1)&amp;gt;');
  });

  it('carry lastBuildDate from the newest item and atom:link rel="self"', async () => {
    const { xml, feed } = await feedOf([
      { title: 'Older item', description: 'Older.', date: '2023-05-01' },
      { title: 'Newer item', description: 'Newer.', date: '2024-02-20' },
    ]);
    expect(xml).toContain('<lastBuildDate>Tue, 20 Feb 2024 00:00:00 GMT</lastBuildDate>');
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(xml).toContain(
      '<atom:link href="https://site.example/sub/rss.xml" rel="self" type="application/rss+xml"/>',
    );
    expect(feed.self).toBe('https://site.example/sub/rss.xml');
    expect(feed.updated?.toISOString()).toBe('2024-02-20T00:00:00.000Z');
  });

  it('date a feed by its newest date, updates included, and none when it has no date', () => {
    expect(lastBuildDate(['2024-02-20', undefined, new Date('2025-01-02T00:00:00Z'), '2019-01-01'])).toBe(
      'Thu, 02 Jan 2025 00:00:00 GMT',
    );
    expect(lastBuildDate([])).toBeNull();
    expect(feedChannelData('https://a.example/rss.xml', [])).not.toContain('lastBuildDate');
  });

  it('make a write-up an item of its own: its title, its date, its section of the page', () => {
    const w = {
      pageId: 'havering-2024-ilacs',
      title: 'Havering: what the inspectors found',
      standfirst: 'Three of four areas inadequate.',
      published: '2026-11-30',
    };
    expect(writeUpFeedItem(data, w)).toEqual({
      title: w.title,
      description: w.standfirst,
      pubDate: new Date('2026-11-30T00:00:00Z'),
      link: '/inspections/havering-2024-ilacs/#write-up',
      categories: ['write-up'],
    });
    expect(writeUpFeedItem(data, { ...w, pageId: 'nowhere-2024-ilacs' })).toBeNull();
    expect(councilWriteUps(data, 'havering', [w]).map((x) => x.title)).toEqual([w.title]);
    expect(councilWriteUps(data, 'haringey', [w])).toEqual([]);
  });
});
