/**
 * References in built files, found without a browser: attributes that load or link (href, src,
 * srcset, action, poster, xlink:href, data-pagefind, and the content of og:/twitter: URL meta
 * tags) in HTML and SVG; url() and @import in CSS; <loc> and <link> in XML; "path", "url" and
 * "href" values in JSON (datapackage.json). Values are entity-decoded. Text inside <code> is
 * escaped in the build, so snippets shown to readers are not picked up.
 *
 * Used by the post-build check (scripts/check-built.ts) and the browser tests.
 */

export interface Ref {
  kind: string;
  value: string;
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    return String.fromCodePoint(parseInt(k.slice(1), 10));
  });
}

const ATTR = /\s(href|src|srcset|action|poster|xlink:href|data-pagefind)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const META = /<meta\b[^>]*>/gi;
const META_URL_PROPS = new Set([
  'og:url',
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'twitter:image',
]);

function htmlRefs(html: string): Ref[] {
  // Leave out JSON-LD and other scripts' bodies, and comments.
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2');
  const out: Ref[] = [];
  for (const m of text.matchAll(ATTR)) {
    const kind = (m[1] ?? '').toLowerCase();
    const raw = decodeEntities(m[2] ?? m[3] ?? '');
    if (kind === 'srcset') {
      for (const part of raw.split(',')) {
        const u = part.trim().split(/\s+/)[0];
        if (u) out.push({ kind, value: u });
      }
    } else out.push({ kind, value: raw.trim() });
  }
  for (const m of text.matchAll(META)) {
    const tag = m[0];
    const prop = /\s(?:property|name)\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '';
    const content = /\scontent\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
    if (META_URL_PROPS.has(prop.toLowerCase()) && content)
      out.push({ kind: `meta ${prop}`, value: decodeEntities(content) });
  }
  return out;
}

function cssRefs(css: string): Ref[] {
  const out: Ref[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)/g)) {
    out.push({ kind: 'css url()', value: m[1] ?? m[2] ?? m[3] ?? '' });
  }
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g))
    out.push({ kind: 'css @import', value: m[1] ?? m[2] ?? '' });
  return out;
}

function xmlRefs(xml: string): Ref[] {
  const out: Ref[] = [];
  for (const m of xml.matchAll(/<(loc|link)>\s*([^<\s]+)\s*<\/\1>/g))
    out.push({ kind: `<${m[1]}>`, value: decodeEntities(m[2] ?? '') });
  return out;
}

const JSON_URL_KEYS = new Set(['path', 'url', 'href']);

function jsonRefs(text: string): Ref[] {
  const out: Ref[] = [];
  const visit = (v: unknown, key: string) => {
    if (typeof v === 'string') {
      if (JSON_URL_KEYS.has(key)) out.push({ kind: `json "${key}"`, value: v });
    } else if (Array.isArray(v)) for (const x of v) visit(x, key);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, k);
  };
  visit(JSON.parse(text) as unknown, '');
  return out;
}

export type RefFileType = 'html' | 'css' | 'xml' | 'json';

/** The kind of references a built file can hold, from its name (null: none worth following). */
export function refFileType(file: string): RefFileType | null {
  if (/\.(html|svg)$/.test(file)) return 'html';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.xml')) return 'xml';
  if (file.endsWith('.json') || file.endsWith('.webmanifest')) return 'json';
  return null;
}

/**
 * References worth following: fragments-only (`#x`), data:, mailto: and tel: values are left
 * out, except that `javascript:` URLs are kept so that a check can reject them.
 */
export function extractRefs(text: string, type: RefFileType): Ref[] {
  const all =
    type === 'html'
      ? htmlRefs(text)
      : type === 'css'
        ? cssRefs(text)
        : type === 'xml'
          ? xmlRefs(text)
          : jsonRefs(text);
  return all.filter(
    (r) => r.value !== '' && !r.value.startsWith('#') && !/^(data|mailto|tel):/i.test(r.value),
  );
}

/** Every id (and <a name>) an anchor can target in an HTML document. */
export function anchorIds(html: string): Set<string> {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2');
  const ids = new Set<string>();
  for (const m of text.matchAll(/<[a-zA-Z][^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    ids.add(decodeEntities(m[1] ?? m[2] ?? ''));
  for (const m of text.matchAll(/<a\b[^>]*?\sname\s*=\s*(?:"([^"]*)"|'([^']*)')/gi))
    ids.add(decodeEntities(m[1] ?? m[2] ?? ''));
  return ids;
}

/** Same-page and cross-page links with a fragment, as written (`#x`, `/a/#x`). */
export function fragmentLinks(html: string): string[] {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2');
  const out: string[] = [];
  for (const m of text.matchAll(/\s(?:href|xlink:href)\s*=\s*(?:"([^"]*#[^"]*)"|'([^']*#[^']*)')/gi))
    out.push(decodeEntities(m[1] ?? m[2] ?? ''));
  return out;
}
