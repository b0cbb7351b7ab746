/**
 * Images in stories: only files from the `images/` folder beside the stories, in a raster format
 * that Astro's image pipeline re-encodes (PNG, JPEG, WebP, AVIF: checked by their first bytes,
 * not only the name), with alt text. Refused, each with the line and a fix:
 * - images from other websites (http:, https:, //host): they would make readers' browsers
 *   contact a third party, and could change after publication;
 * - absolute paths, paths leaving the images folder (`../`), symbolic links, missing files;
 * - SVG (it can carry scripts that run on the site's origin) and every other format;
 * - images without alt text, and images over the size limit.
 * Astro then optimises each local image and sets its width and height.
 */
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Definition, Image, ImageReference, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { LIMITS } from '../config/limits';
import { isInside, readContained } from '../config/safe-files';
import { STORY_IMAGES_FOLDER } from '../config/site-paths';
import { escapeText } from '../config/text-safety';
import { addProblem } from './problems';

const IMAGE_FORMATS = ['PNG', 'JPEG', 'WebP', 'AVIF'] as const;
type Format = (typeof IMAGE_FORMATS)[number];

const EXTENSIONS: Record<string, Format> = {
  png: 'PNG',
  jpg: 'JPEG',
  jpeg: 'JPEG',
  webp: 'WebP',
  avif: 'AVIF',
};

/** The raster format a file's first bytes say it is, or what else it looks like. */
export function sniffImage(b: Uint8Array): Format | 'SVG' | 'unknown' {
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length >= 8 && b[0] === 0x89 && ascii(1, 4) === 'PNG' && b[4] === 0x0d && b[5] === 0x0a) return 'PNG';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'JPEG';
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'WebP';
  if (b.length >= 12 && ascii(4, 8) === 'ftyp') {
    // ISO media file: AVIF if the major brand or a compatible brand is avif/avis.
    const boxSize = Math.min(
      b.length,
      ((b[0] ?? 0) << 24) | ((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0),
    );
    for (let at = 8; at + 4 <= boxSize; at += at === 8 ? 8 : 4) {
      const brand = ascii(at, at + 4);
      if (brand === 'avif' || brand === 'avis') return 'AVIF';
    }
    return 'unknown';
  }
  const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 1024)).toLowerCase();
  if (head.includes('<svg')) return 'SVG';
  return 'unknown';
}

const HOW = `![what the image shows](./${STORY_IMAGES_FOLDER}/name.png)`;

/**
 * The images folder of the file's own collection, as an editor types it: `content/stories/images/`
 * for a story, `content/inspections/images/` for a write-up (each collection has its own, beside
 * its files).
 */
function imagesFolderOf(file: VFile): string {
  const full = resolve(dirname(file.path || '.'));
  const rel = relative(process.cwd(), full);
  // Inside the project: as the editor types it; elsewhere (a test's folder): the whole path.
  const dir = (rel.startsWith('..') ? full : rel).split(sep).join('/');
  return `${dir ? `${dir}/` : ''}${STORY_IMAGES_FOLDER}/`;
}

function checkImage(file: VFile, node: Image | ImageReference, url: string, alt: string): void {
  const WHERE = imagesFolderOf(file);
  if (!alt.trim())
    addProblem(
      file,
      node,
      `image without alt text; describe what it shows for readers who cannot see it: ${HOW}`,
    );
  const shownUrl = escapeText(url, 60);
  if (/^\s*(javascript|vbscript|data|file):/i.test(url)) return; // refused by remark-no-raw-html
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    addProblem(
      file,
      node,
      `image from another website (${shownUrl}) would make every reader's browser contact it; save the image (with permission) in ${WHERE} and write ${HOW}`,
    );
    return;
  }
  let path: string;
  try {
    path = decodeURI(url.split(/[?#]/)[0] ?? '');
  } catch {
    addProblem(file, node, `image address ${shownUrl} is not a valid path; expected ${HOW}`);
    return;
  }
  if (path.startsWith('/')) {
    addProblem(file, node, `image path ${shownUrl} starts with /; expected a path from the story, ${HOW}`);
    return;
  }
  const storyDir = resolve(dirname(file.path || '.'));
  const imagesDir = join(storyDir, STORY_IMAGES_FOLDER);
  const full = resolve(storyDir, path);
  if (!isInside(imagesDir, full) || full === imagesDir) {
    addProblem(
      file,
      node,
      `image ${shownUrl} is outside the images folder; put it in ${WHERE} and write ${HOW}`,
    );
    return;
  }
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  const expected = EXTENSIONS[ext];
  // From the story's folder, so that a linked images folder is refused too.
  const read = readContained(storyDir, relative(storyDir, full), LIMITS.imageBytes, 'image');
  if (read.kind === 'missing') {
    addProblem(
      file,
      node,
      `image not found: ${escapeText(relative(process.cwd(), full), 80)}; check the file name (capitals matter) and that it is in ${WHERE}`,
    );
    return;
  }
  if (read.kind === 'refused') {
    addProblem(file, node, `image ${shownUrl}: ${read.refusal.message}`);
    return;
  }
  const actual = sniffImage(read.bytes);
  const formats = `${IMAGE_FORMATS.join(', ')} (${Object.keys(EXTENSIONS)
    .map((e) => `.${e}`)
    .join(', ')})`;
  if (actual === 'SVG')
    addProblem(
      file,
      node,
      `image ${shownUrl} is an SVG, which can carry scripts that would run on this site; export it as PNG or WebP. Allowed: ${formats}`,
    );
  else if (actual === 'unknown')
    addProblem(
      file,
      node,
      `image ${shownUrl} is not a PNG, JPEG, WebP or AVIF file (by its contents); allowed: ${formats}`,
    );
  else if (!expected)
    addProblem(
      file,
      node,
      `image ${shownUrl} has the ending ".${ext}"; name it .${actual === 'JPEG' ? 'jpg' : actual.toLowerCase()}, as it is a ${actual} file`,
    );
  else if (expected !== actual)
    addProblem(
      file,
      node,
      `image ${shownUrl} is named as ${expected} but its contents are ${actual}; rename it to .${actual === 'JPEG' ? 'jpg' : actual.toLowerCase()}`,
    );
}

export function remarkImages() {
  return (tree: Root, file: VFile) => {
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (d) => {
      definitions.set(d.identifier.toLowerCase(), d);
    });
    visit(tree, (node) => {
      if (node.type === 'image') checkImage(file, node, node.url, node.alt ?? '');
      else if (node.type === 'imageReference') {
        const d = definitions.get(node.identifier.toLowerCase());
        if (!d)
          addProblem(
            file,
            node,
            `image reference [${node.label ?? node.identifier}] has no matching definition`,
          );
        else checkImage(file, node, d.url, node.alt ?? '');
      }
    });
  };
}
