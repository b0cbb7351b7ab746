/**
 * A story's (or write-up's) two dates in words: the event it is about (`covers`, a day or a
 * month) and when it was written (and updated). The listing, the home page, the feeds and the
 * story page all word them here: "About Ofsted’s report, 18 July 2014 · written 24 November 2026".
 */
import { formatDate, formatMonth } from '../data/format';

/** The frontmatter fields the dates come from. */
export interface DatedStory {
  published: string;
  updated?: string | undefined;
  covers?: string | undefined;
  coversWhat?: string | undefined;
}

/** A date as written for readers: `2014-07` is "July 2014", `2014-07-18` "18 July 2014". */
export function eventWhen(covers: string): string {
  return /^\d{4}-\d{2}$/.test(covers) ? formatMonth(covers) : formatDate(covers);
}

/**
 * What the story is about and when, e.g. "Ofsted’s report, 18 July 2014"; `coversWhat` alone
 * where no source dates the event to a month ("Ofsted’s focused visit, winter 2019-20"); '' for neither.
 */
export function aboutWords(d: DatedStory): string {
  if (!d.covers) return d.coversWhat ?? '';
  return d.coversWhat ? `${d.coversWhat}, ${eventWhen(d.covers)}` : eventWhen(d.covers);
}

/** "written 24 November 2026", with ", updated …" where there is a later update. */
export function writtenWords(d: DatedStory): string {
  const updated = d.updated && d.updated !== d.published ? `, updated ${formatDate(d.updated)}` : '';
  return `written ${formatDate(d.published)}${updated}`;
}

/** The whole line: "About Ofsted’s report, 18 July 2014 · written 24 November 2026". */
export function storyDatesLine(d: DatedStory): string {
  const about = aboutWords(d);
  const written = writtenWords(d);
  return about ? `About ${about} · ${written}` : `${written.charAt(0).toUpperCase()}${written.slice(1)}`;
}

/** The event as the first sentence of a feed item's description ("About … . "); '' without one. */
export function aboutSentence(d: DatedStory): string {
  const about = aboutWords(d);
  return about ? `About ${about}. ` : '';
}

/**
 * The day after which later inspections are "since then": the event (`covers`; for a month, its
 * last day), else the newest document the story cites, since it can be about nothing later.
 */
export function eventCutoff(d: DatedStory & { sources: readonly { date: string }[] }): string {
  if (d.covers) return /^\d{4}-\d{2}$/.test(d.covers) ? `${d.covers}-31` : d.covers;
  return d.sources.map((s) => s.date).reduce((m, x) => (x > m ? x : m), '');
}

/** The lead-in of a "Since then" box: "This story is about Ofsted’s report, 18 July 2014." */
export function sinceThenLead(
  d: DatedStory & { sources: readonly { date: string }[] },
  kind: 'story' | 'write-up',
): string {
  const about = aboutWords(d);
  return about
    ? `This ${kind} is about ${about}.`
    : `This ${kind} draws on documents up to ${formatDate(eventCutoff(d))}.`;
}

/**
 * The order of the listing and the feeds: newest written first; of those written the same day,
 * the newer event first (`eventCutoff`); then by `id`.
 */
export function newestFirst(
  a: { id: string; data: DatedStory & { sources: readonly { date: string }[] } },
  b: { id: string; data: DatedStory & { sources: readonly { date: string }[] } },
): number {
  return (
    b.data.published.localeCompare(a.data.published) ||
    eventCutoff(b.data).localeCompare(eventCutoff(a.data)) ||
    a.id.localeCompare(b.id)
  );
}
