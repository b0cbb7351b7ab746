/**
 * What every RSS feed of the site shares (src/pages/rss.xml.ts, src/pages/inspections/rss.xml.ts,
 * src/pages/authorities/[slug]/rss.xml.ts), so that no feed can leave one out:
 * - text carried as text: an RSS title or description is HTML to a feed reader, so an editor's
 *   plain text is HTML-escaped before the feed's XML escapes it again; a standfirst holding
 *   `<img src=x onerror=...>` reaches the reader as those characters, never as markup;
 * - `lastBuildDate`: the newest date among the feed's items (published or updated), never the
 *   wall clock, so building the same content twice gives the same feed;
 * - `atom:link rel="self"`: the feed's own address.
 */
import { escapeHtml } from '../config/html-escape';
import type { FeedItem } from './inspection-lists';

/** The namespace the channel's atom:link needs (the feed's `xmlns` option). */
export const FEED_XMLNS = { atom: 'http://www.w3.org/2005/Atom' } as const;

/** Plain text for a feed's title or description: a reader decodes it as HTML, so it is escaped. */
export function feedText(s: string): string {
  return escapeHtml(s);
}

/** An item with its text escaped for a feed (feedText), ready for @astrojs/rss. */
export function feedItem(item: FeedItem): FeedItem {
  return { ...item, title: feedText(item.title), description: feedText(item.description) };
}

/** RFC 822 date of the newest of `dates` (yyyy-mm-dd or Date), or null when there is none. */
export function lastBuildDate(dates: Iterable<Date | string | undefined>): string | null {
  let newest: number | null = null;
  for (const d of dates) {
    if (d === undefined) continue;
    const t = (typeof d === 'string' ? new Date(`${d.slice(0, 10)}T00:00:00Z`) : d).getTime();
    if (Number.isFinite(t) && (newest === null || t > newest)) newest = t;
  }
  return newest === null ? null : new Date(newest).toUTCString();
}

/**
 * The channel's own elements after its title, link and description: language, lastBuildDate
 * (from `dates`, the items' and any update dates) and atom:link to `selfUrl`, the feed's absolute
 * address. For @astrojs/rss's `customData`, with `xmlns: FEED_XMLNS`.
 */
export function feedChannelData(selfUrl: string, dates: Iterable<Date | string | undefined>): string {
  const built = lastBuildDate(dates);
  return (
    '<language>en-gb</language>' +
    (built ? `<lastBuildDate>${built}</lastBuildDate>` : '') +
    `<atom:link href="${escapeHtml(selfUrl)}" rel="self" type="application/rss+xml"/>`
  );
}
