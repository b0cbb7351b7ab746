/**
 * Reading parts of a zip archive (.ods, .xlsx) within the import's budget (`budget.ts`): the
 * central directory lists the parts; only the parts a reader asks for are inflated, streamed in
 * small chunks with fflate's `Inflate`, so a part is never held whole and a part that inflates
 * past its declared size or the budget is refused part way. Parts the reader does not need (an
 * image, a 1.5 GB bomb beside the sheet) are never inflated at all.
 */
import { Inflate } from 'fflate';
import type { ReadBudget } from './budget';

interface ZipPart {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The size the archive declares for the inflated part. */
  size: number;
  /** Offset of the part's local header. */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time (at most about 16 MB out of each). */
const CHUNK = 16 * 1024;

const u16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number) => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;

/** The parts of a zip archive by name, from its central directory. */
export function zipParts(bytes: Uint8Array): Map<string, ZipPart> {
  let e = bytes.length - 22;
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  while (e >= lowest && u32(bytes, e) !== EOCD) e--;
  if (e < lowest) throw new Error('not a zip archive (no end of central directory)');
  const count = u16(bytes, e + 10);
  let o = u32(bytes, e + 16);
  if (count === 0xffff || o === 0xffffffff)
    throw new Error('a ZIP64 archive, which the import does not read');
  const dec = new TextDecoder('utf-8');
  const parts = new Map<string, ZipPart>();
  for (let i = 0; i < count; i++) {
    if (o + 46 > bytes.length || u32(bytes, o) !== CENTRAL)
      throw new Error('the zip archive’s central directory is damaged');
    const nameLength = u16(bytes, o + 28);
    const part: ZipPart = {
      method: u16(bytes, o + 10),
      compressedSize: u32(bytes, o + 20),
      size: u32(bytes, o + 24),
      name: dec.decode(bytes.subarray(o + 46, o + 46 + nameLength)),
      offset: u32(bytes, o + 42),
    };
    if (!parts.has(part.name)) parts.set(part.name, part);
    o += 46 + nameLength + u16(bytes, o + 30) + u16(bytes, o + 32);
  }
  return parts;
}

/**
 * Inflate one part, handing its bytes to `onBytes` chunk by chunk. Its declared size counts
 * against the budget before anything is inflated, and the bytes are counted as they come: a part
 * that inflates past its declared size is refused.
 */
function streamPart(
  bytes: Uint8Array,
  part: ZipPart,
  budget: ReadBudget,
  onBytes: (chunk: Uint8Array) => void,
): void {
  budget.inflate(part.size, part.name);
  const o = part.offset;
  if (o + 30 > bytes.length || u32(bytes, o) !== LOCAL) throw new Error(`${part.name}: damaged zip entry`);
  const start = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28);
  const end = start + part.compressedSize;
  if (end > bytes.length) throw new Error(`${part.name}: the zip archive is truncated`);
  if (part.method === 0) {
    if (part.compressedSize !== part.size) throw new Error(`${part.name}: damaged zip entry`);
    for (let i = start; i < end; i += CHUNK) {
      onBytes(bytes.subarray(i, Math.min(end, i + CHUNK)));
      budget.clock();
    }
    return;
  }
  if (part.method !== 8) throw new Error(`${part.name}: unknown compression method ${part.method}`);
  let out = 0;
  const inflater = new Inflate((chunk) => {
    out += chunk.length;
    if (out > part.size)
      throw new Error(`${part.name} inflates past the ${part.size} bytes its archive declares`);
    onBytes(chunk);
  });
  for (let i = start; i < end; i += CHUNK) {
    const stop = Math.min(end, i + CHUNK);
    inflater.push(bytes.subarray(i, stop), stop === end);
    budget.clock();
  }
  if (start === end) inflater.push(new Uint8Array(0), true);
  if (out !== part.size)
    throw new Error(`${part.name} inflates to ${out} bytes, not the ${part.size} its archive declares`);
}

/** A part as UTF-8 text, chunk by chunk (a character split between chunks is kept whole). */
export function streamPartText(
  bytes: Uint8Array,
  part: ZipPart,
  budget: ReadBudget,
  onText: (text: string) => void,
): void {
  const dec = new TextDecoder('utf-8');
  streamPart(bytes, part, budget, (chunk) => onText(dec.decode(chunk, { stream: true })));
  const rest = dec.decode();
  if (rest) onText(rest);
}
