/**
 * A compact version of the "skeleton" of Unicode Technical Standard #39 (security mechanisms):
 * two headlines with the same skeleton look the same to a reader even if their characters
 * differ, e.g. "Havering" with a Cyrillic "а" and the real one. The full confusables table has
 * over 6,000 entries; this one covers the Cyrillic and Greek letters that look like Latin
 * letters, look-alike digits and letter pairs, and typographic punctuation, which is what a
 * copied English headline can be disguised with. Case and spacing are ignored too, as a reader
 * would.
 */
import { stripInvisible } from '../config/text-safety';

/** Look-alike characters (after NFKC) and the Latin character a reader takes them for. */
const CONFUSABLES = new Map<string, string>();
for (const [from, to] of [
  // Cyrillic capitals
  ['АВЕЅІЈКМНОРСТУХҮҺӀԚԜЬ', 'ABESIJKMHOPCTYXYHlQWb'],
  // Cyrillic small letters
  ['авеѕіјорсухһӏԁԛԝѡүꙇѵкмнтьпг', 'abesijopcyxhldqwwyivkmhtbnr'],
  // Greek capitals
  ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹϺ', 'ABEZHIKMNOPTYXCM'],
  // Greek small letters
  ['αικνορτυχϲϳγ', 'aikvoptuxcjy'],
  // Latin look-alikes that NFKC keeps
  ['ıȷɑɩʟᴄᴏᴠᴡᴢɡ', 'ijailcovwzg'],
  // Quotation marks and dashes
  ['‘’‛′ʼ`´“”‟″«»‐‑‒–—―−⁃', "'''''''\"\"\"\"\"\"--------"],
] as const)
  for (let i = 0; i < from.length; i++) CONFUSABLES.set(from[i] ?? '', to[i] ?? '');

/** Sequences that read as one letter, applied after the characters are mapped and lowercased. */
const SEQUENCES: [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
  [/0/g, 'o'],
  [/[1|]/g, 'l'],
];

/** The skeleton of a headline: equal skeletons look the same to a reader. */
export function skeleton(s: string): string {
  let out = '';
  for (const ch of stripInvisible(s.normalize('NFKC'))) out += CONFUSABLES.get(ch) ?? ch;
  out = out.toLowerCase().normalize('NFD').replace(/\s+/g, ' ').trim();
  for (const [re, to] of SEQUENCES) out = out.replace(re, to);
  return out;
}
