/**
 * Social card images (1200 x 630 PNG) for stories and councils, drawn as SVG and rasterised
 * with resvg at build time using the DejaVu fonts shipped in node_modules (no system fonts, so
 * every machine draws the same pixels). Results are cached by content hash between builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f));
/** Where drawn cards are kept between builds; INSPECTED_OG_CACHE moves it (the benchmark does). */
const CACHE = resolve(process.cwd(), process.env['INSPECTED_OG_CACHE'] ?? 'node_modules/.cache/inspected-og');

export interface CardContent {
  kicker: string;
  title: string;
  lines: string[];
  /** Optional grade strip: text and background colour. */
  badge?: { text: string; color: string } | undefined;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Greedy word wrap by an average glyph width: good enough for a card. */
function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if ((line + ' ' + w).trim().length > maxChars && line) {
      lines.push(line);
      line = w;
    } else line = (line + ' ' + w).trim();
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = (kept[maxLines - 1] ?? '').replace(/\s*\S*$/, '') + '…';
    return kept;
  }
  return lines;
}

function cardSvg(c: CardContent): string {
  const title = wrap(c.title, 30, 3);
  const titleY = 200;
  const lh = 72;
  const after = titleY + title.length * lh + 10;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#ffffff"/>
<rect width="1200" height="16" fill="#0b57a4"/>
<text x="72" y="110" font-family="DejaVu Sans" font-weight="bold" font-size="34" fill="#0b57a4">Inspected</text>
<text x="300" y="110" font-family="DejaVu Sans" font-size="28" fill="#4f5661">${esc(c.kicker)}</text>
${title.map((t, i) => `<text x="72" y="${titleY + i * lh}" font-family="DejaVu Sans" font-weight="bold" font-size="60" fill="#1b1f24">${esc(t)}</text>`).join('\n')}
${c.lines.map((t, i) => `<text x="72" y="${after + 40 + i * 44}" font-family="DejaVu Sans" font-size="32" fill="#4f5661">${esc(t)}</text>`).join('\n')}
${c.badge ? `<rect x="72" y="520" width="${40 + c.badge.text.length * 22}" height="64" rx="8" fill="${c.badge.color}"/><text x="92" y="563" font-family="DejaVu Sans" font-weight="bold" font-size="34" fill="#ffffff">${esc(c.badge.text)}</text>` : ''}
<text x="1128" y="600" text-anchor="end" font-family="DejaVu Sans" font-size="22" fill="#4f5661">Ofsted and DfE data · OGL v3.0</text>
</svg>`;
}

/** The PNG for a card, from the cache when the same card was drawn before. */
export function cardPng(c: CardContent): Buffer {
  const svg = cardSvg(c);
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 24);
  const cached = join(CACHE, `${hash}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = new Resvg(svg, {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'original' },
  })
    .render()
    .asPng();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
