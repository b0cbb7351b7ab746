/**
 * First use of a term on a page links to its glossary entry: `<a href="/glossary/#sif"
 * class="term"><abbr title="single inspection framework">SIF</abbr></a>`, or a plain link for
 * a phrase with no abbreviation. Runs over a page's rendered HTML at build time (no JS). Text
 * inside links, abbreviations, headings, SVG, code, form controls, summaries, scripts and
 * styles is left alone, so no link is nested and no heading or chart changes.
 */
import { GLOSSARY, type GlossaryTerm } from '../data/reader-words';
import { VOID_ELEMENTS } from '../config/html-void-elements';
import { href } from '../config/urls';

const SKIP = new Set([
  'a',
  'abbr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'svg',
  'code',
  'pre',
  'script',
  'style',
  'button',
  'label',
  'select',
  'option',
  'textarea',
  'summary',
  'title',
  'time',
]);

interface Matcher {
  term: GlossaryTerm;
  re: RegExp;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const MATCHERS: Matcher[] = GLOSSARY.filter((t) => t.patterns?.length).map((t) => ({
  term: t,
  // Word edges that also respect letters outside ASCII; longest pattern first.
  re: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...(t.patterns ?? [])]
      .sort((a, b) => b.length - a.length)
      .map(escapeRe)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'u',
  ),
}));

function linkFor(term: GlossaryTerm, text: string, base: string | undefined, target: string | undefined) {
  const to = escapeAttr(href(`/glossary/#${term.id}`, base));
  const t = target ? ` target="${escapeAttr(target)}"` : '';
  const inner =
    term.abbr && text === term.abbr && term.expansion
      ? `<abbr title="${escapeAttr(term.expansion)}">${text}</abbr>`
      : text;
  return `<a href="${to}" class="term"${t}>${inner}</a>`;
}

export interface TermLinkOptions {
  base?: string;
  /** e.g. `_top` on embed pages, so the glossary opens outside the iframe. */
  target?: string;
  /** Terms already linked (or defined) on the page: not linked again. */
  skip?: Iterable<string>;
}

/** The HTML with the first use of each glossary term linked. */
export function linkTerms(html: string, opts: TermLinkOptions = {}): string {
  const done = new Set<string>(opts.skip ?? []);
  const stack: string[] = [];
  let skipDepth = 0;
  let out = '';
  const token = /<!--[\s\S]*?-->|<\/?([A-Za-z][A-Za-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</g;
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const tok = m[0];
    const name = m[1]?.toLowerCase();
    // A chart's SVG is never linked into (svg is in SKIP): passed over whole, not tag by tag
    // (thousands of tags in a national grid).
    if (name === 'svg' && !tok.startsWith('</') && !tok.endsWith('/>')) {
      const end = svgEnd(html, token.lastIndex);
      if (end > 0) {
        out += html.slice(m.index, end);
        token.lastIndex = end;
        continue;
      }
    }
    if (name) {
      const closing = tok.startsWith('</');
      const selfClosing = tok.endsWith('/>') || VOID_ELEMENTS.has(name);
      if (closing) {
        const at = Math.max(stack.lastIndexOf(name), stack.lastIndexOf(`${name}#skip`));
        if (at >= 0) {
          for (let i = stack.length - 1; i >= at; i--) if (stack[i]?.endsWith('#skip')) skipDepth--;
          stack.length = at;
        }
      } else if (!selfClosing) {
        // A chart's title names its figure: left as plain text too.
        const skip = SKIP.has(name) || /\bclass="[^"]*\bchart-title\b/.test(tok);
        stack.push(skip ? `${name}#skip` : name);
        if (skip) skipDepth++;
      }
      out += tok;
      continue;
    }
    if (skipDepth > 0 || tok.startsWith('<') || done.size >= MATCHERS.length) {
      out += tok;
      continue;
    }
    out += linkText(tok, done, opts);
  }
  return out;
}

/** Where the <svg> element whose content starts at `from` ends (after its `</svg>`), or -1. */
function svgEnd(html: string, from: number): number {
  const tag = /<(\/?)svg\b[^>]*>/gi;
  tag.lastIndex = from;
  let depth = 1;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[1]) depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return tag.lastIndex;
  }
  return -1;
}

function linkText(text: string, done: Set<string>, opts: TermLinkOptions): string {
  let rest = text;
  let out = '';
  for (;;) {
    let best: { m: RegExpExecArray; term: GlossaryTerm } | undefined;
    for (const x of MATCHERS) {
      if (done.has(x.term.id)) continue;
      const m = x.re.exec(rest);
      if (m && (!best || m.index < best.m.index)) best = { m, term: x.term };
    }
    if (!best) return out + rest;
    const { m, term } = best;
    out += rest.slice(0, m.index) + linkFor(term, m[0], opts.base, opts.target);
    rest = rest.slice(m.index + m[0].length);
    done.add(term.id);
  }
}
