/**
 * axe (WCAG 2.0, 2.1 and 2.2, A and AA) on the page as loaded, in the desktop layout: every
 * sitemap page, /404.html and an evenly spread sample of the embed pages (as before the pass was
 * one). Each of the 2,000-odd embeds is one chart on a bare page that shares its template and its
 * chart markup with the pages axe does check; axe on each would triple the suite's costliest check
 * (docs/testing.md). The other checks of the pass run on every embed.
 */
import { axeViolations } from '../axe';
import { embedSample } from '../built';
import { WIDE, type PageCheck } from './page-check';

/** How many embed pages axe checks, spread evenly over all of them. */
const EMBED_SAMPLE = 8;
let sample: Set<string> | undefined;

export const axe: PageCheck = async function axe(page, url, width) {
  if (width !== WIDE) return [];
  const path = new URL(url).pathname;
  sample ??= new Set(embedSample(EMBED_SAMPLE));
  if (path.startsWith('/embed/') && !sample.has(path)) return [];
  return (await axeViolations(page, '')).map((v) => v.trim());
};
