/**
 * Text measured at build time from the font the charts are drawn in. Chart SVGs ask for DejaVu
 * Sans first (charts.css), and the build reads that font's own advance widths and vertical
 * metrics from the TTF files of the `dejavu-fonts-ttf` package (the same files the social cards
 * are drawn with), so labels are placed from the widths the reader's browser will draw. Where
 * DejaVu Sans is not installed the browser falls back to the page's system font, whose glyphs are
 * narrower than DejaVu's, so measured boxes stay an upper bound.
 *
 * Only what placement needs is read: `head` (units per em), `hhea` (ascender, descender, number
 * of horizontal metrics), `hmtx` (advance widths) and a format 4 `cmap` (characters to glyphs).
 * Kerning is ignored, which can only make a measured width larger than the drawn one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Weight = 'normal' | 'bold';

/** The family charts.css gives chart text; the measured font. */
export const CHART_FONT_FAMILY = 'DejaVu Sans';

export interface FontMetrics {
  unitsPerEm: number;
  /** Above the baseline, in em (positive). */
  ascent: number;
  /** Below the baseline, in em (positive). */
  descent: number;
  /** Advance width of a code point in font units (the missing glyph's for unknown ones). */
  advance(codePoint: number): number;
}

function table(buf: Buffer, tag: string): number {
  const n = buf.readUInt16BE(4);
  for (let i = 0; i < n; i++) {
    const rec = 12 + i * 16;
    if (buf.toString('latin1', rec, rec + 4) === tag) return buf.readUInt32BE(rec + 8);
  }
  throw new Error(`font has no ${tag} table`);
}

/** Parse the metrics of a TrueType font file (see the module comment for what is read). */
function parseFont(buf: Buffer): FontMetrics {
  const head = table(buf, 'head');
  const unitsPerEm = buf.readUInt16BE(head + 18);
  const hhea = table(buf, 'hhea');
  const ascender = buf.readInt16BE(hhea + 4);
  const descender = buf.readInt16BE(hhea + 6);
  const numberOfHMetrics = buf.readUInt16BE(hhea + 34);
  const hmtx = table(buf, 'hmtx');
  const advanceOfGlyph = (g: number) => buf.readUInt16BE(hmtx + 4 * Math.min(g, numberOfHMetrics - 1));

  const cmap = table(buf, 'cmap');
  let sub = -1;
  const subtables = buf.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = buf.readUInt16BE(cmap + 4 + i * 8);
    const encoding = buf.readUInt16BE(cmap + 6 + i * 8);
    const offset = cmap + buf.readUInt32BE(cmap + 8 + i * 8);
    if (buf.readUInt16BE(offset) !== 4) continue;
    if ((platform === 3 && encoding === 1) || (platform === 0 && sub < 0)) sub = offset;
  }
  if (sub < 0) throw new Error('font has no Unicode BMP (format 4) cmap');
  const segX2 = buf.readUInt16BE(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  const glyphOf = (cp: number): number => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segX2; i += 2) {
      if (buf.readUInt16BE(ends + i) < cp) continue;
      const start = buf.readUInt16BE(starts + i);
      if (start > cp) return 0;
      const delta = buf.readInt16BE(deltas + i);
      const rangeOffset = buf.readUInt16BE(ranges + i);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const g = buf.readUInt16BE(ranges + i + rangeOffset + 2 * (cp - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  const memo = new Map<number, number>();
  return {
    unitsPerEm,
    ascent: ascender / unitsPerEm,
    descent: -descender / unitsPerEm,
    advance(cp) {
      let w = memo.get(cp);
      if (w === undefined) memo.set(cp, (w = advanceOfGlyph(glyphOf(cp))));
      return w;
    },
  };
}

const FILES: Record<Weight, string> = { normal: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' };
const fonts = new Map<Weight, FontMetrics>();

/** The measured font of a weight (read once per process). */
export function fontMetrics(weight: Weight = 'normal'): FontMetrics {
  let f = fonts.get(weight);
  if (!f) {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    fonts.set(weight, (f = parseFont(readFileSync(join(dir, FILES[weight])))));
  }
  return f;
}

/** Width in px of one line of text at `size` px. */
export function textWidth(text: string, size: number, weight: Weight = 'normal'): number {
  const f = fontMetrics(weight);
  let units = 0;
  for (const ch of text) units += f.advance(ch.codePointAt(0) ?? 0);
  return (units * size) / f.unitsPerEm;
}

/** Height in px of one line's box (ascent + descent), as browsers draw a text's box. */
export function lineBoxHeight(size: number, weight: Weight = 'normal'): number {
  const f = fontMetrics(weight);
  return (f.ascent + f.descent) * size;
}

/**
 * Break text into lines no wider than `max` px, at spaces (and after hyphens). A single word
 * wider than `max` stays whole on its own line; callers check the widths they get back.
 */
export function wrapText(text: string, max: number, size: number, weight: Weight = 'normal'): string[] {
  const words = text.split(/\s+|(?<=-)/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const joiner = line === '' || line.endsWith('-') ? '' : ' ';
    const next = line + joiner + w;
    if (line === '' || textWidth(next, size, weight) <= max) line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The widest of some lines, in px. */
export function linesWidth(lines: readonly string[], size: number, weight: Weight = 'normal'): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, size, weight)));
}
