/**
 * Issue 11, items 4, 13 and 14: Markdown mistakes that used to reach readers are caught by
 * `npm run check` (and the build, which runs the same plugins), each with file:line and a fix:
 * images (remote, missing, without alt text, outside the images folder, linked, not a raster
 * image by their contents, SVG), charts inside sentences, lists, quotes and blocks, unclosed,
 * nested and unreadable blocks, stray fences, unknown directives, raw HTML, too many charts.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/config/limits';
import { sniffImage } from '../../src/markdown/remark-images';
import { PNG } from '../helpers/images';
import { check, FRONT } from '../helpers/story-fixture';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>';

/** A stories folder with an images folder; returns the story's path. */
function storyFolder(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'images-'));
  mkdirSync(join(dir, 'images'));
  writeFileSync(join(dir, 'images', 'chart.png'), PNG);
  writeFileSync(join(dir, 'images', 'evil.svg'), SVG);
  writeFileSync(join(dir, 'images', 'disguised.png'), SVG);
  writeFileSync(join(dir, 'images', 'photo.jpg'), PNG);
  writeFileSync(join(dir, 'secret.png'), PNG);
  symlinkSync(join(dir, 'secret.png'), join(dir, 'images', 'linked.png'));
  return { dir, file: join(dir, 'story.md') };
}

/** The problems of a body (after the fixture's frontmatter), without the file name. */
function bodyProblems(body: string, file?: string): string[] {
  const lines = file ? check(FRONT + body, file) : check(FRONT + body);
  return lines.map((l) => l.slice(l.indexOf('.md:') + 4));
}

describe('images', () => {
  it('accepts a local PNG with alt text from the images folder', () => {
    const { file } = storyFolder();
    expect(bodyProblems('\n![A chart of grades](./images/chart.png)\n', file)).toEqual([]);
    expect(bodyProblems('\n![A chart of grades](images/chart.png)\n', file)).toEqual([]);
  });

  for (const { name, body, problems } of [
    {
      name: 'refuses images from other websites: https, http and protocol-relative',
      body: '\n![a](https://example.net/p.png)\n\n![b](http://example.net/p.png)\n\n![c](//example.net/p.png)\n',
      problems: [
        expect.stringMatching(
          /^17:1 image from another website \("https:\/\/example\.net\/p\.png"\) would make every reader's browser contact it; save the image \(with permission\) in \/tmp\/images-\w+\/images\/ and write !\[what the image shows\]\(\.\/images\/name\.png\)$/,
        ),
        expect.stringMatching(
          /^19:1 image from another website \("http:\/\/example\.net\/p\.png"\) would make every reader's browser contact it; save the image \(with permission\) in \/tmp\/images-\w+\/images\/ and write !\[what the image shows\]\(\.\/images\/name\.png\)$/,
        ),
        expect.stringMatching(
          /^21:1 image from another website \("\/\/example\.net\/p\.png"\) would make every reader's browser contact it; save the image \(with permission\) in \/tmp\/images-\w+\/images\/ and write !\[what the image shows\]\(\.\/images\/name\.png\)$/,
        ),
      ],
    },
    {
      name: 'refuses missing images, images without alt text, and paths outside the images folder',
      body: '\n![](./images/chart.png)\n\n![x](./images/nope.png)\n\n![x](../secret.png)\n\n![x](/etc/passwd)\n',
      problems: [
        '17:1 image without alt text; describe what it shows for readers who cannot see it: ![what the image shows](./images/name.png)',
        expect.stringMatching(
          /^19:1 image not found: ".*images\/nope\.png"; check the file name \(capitals matter\)/,
        ),
        expect.stringMatching(
          /^21:1 image "\.\.\/secret\.png" is outside the images folder; put it in \/tmp\/images-\w+\/images\/ and write/,
        ),
        '23:1 image path "/etc/passwd" starts with /; expected a path from the story, ![what the image shows](./images/name.png)',
      ],
    },
    {
      name: 'refuses SVG, also disguised as .png, and a name that does not match the contents',
      body: '\n![x](./images/evil.svg)\n\n![x](./images/disguised.png)\n\n![x](./images/photo.jpg)\n',
      problems: [
        '17:1 image "./images/evil.svg" is an SVG, which can carry scripts that would run on this site; export it as PNG or WebP. Allowed: PNG, JPEG, WebP, AVIF (.png, .jpg, .jpeg, .webp, .avif)',
        '19:1 image "./images/disguised.png" is an SVG, which can carry scripts that would run on this site; export it as PNG or WebP. Allowed: PNG, JPEG, WebP, AVIF (.png, .jpg, .jpeg, .webp, .avif)',
        '21:1 image "./images/photo.jpg" is named as JPEG but its contents are PNG; rename it to .png',
      ],
    },
  ])
    it(name, () => {
      expect(bodyProblems(body, storyFolder().file)).toEqual(problems);
    });

  it('refuses an image that is a symbolic link (to a file outside), or in a linked images folder', () => {
    const { file } = storyFolder();
    expect(bodyProblems('\n![x](./images/linked.png)\n', file)).toEqual([
      '17:1 image "./images/linked.png": the image is a symbolic link; links are not followed: replace it with the file itself',
    ]);
    const outside = storyFolder();
    const dir = mkdtempSync(join(tmpdir(), 'images-'));
    symlinkSync(join(outside.dir, 'images'), join(dir, 'images'));
    expect(bodyProblems('\n![x](./images/chart.png)\n', join(dir, 'story.md'))).toEqual([
      '17:1 image "./images/chart.png": the folder "images" on the way to this image is a symbolic link; links are not followed: put the image itself in the folder',
    ]);
  });

  it('recognises the four raster formats by their first bytes', () => {
    expect(sniffImage(PNG)).toBe('PNG');
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('JPEG');
    expect(sniffImage(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))).toBe('WebP');
    expect(sniffImage(Buffer.from('\0\0\0\x1cftypavif\0\0\0\0avifmif1', 'latin1'))).toBe('AVIF');
    expect(sniffImage(Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1'))).toBe('unknown');
    expect(sniffImage(Buffer.from('GIF89a', 'latin1'))).toBe('unknown');
    expect(sniffImage(Buffer.from(`<?xml version="1.0"?>\n${SVG}`))).toBe('SVG');
  });
});

describe('directives', () => {
  for (const { name, body, problems } of [
    {
      name: 'refuses a chart inside a sentence, a list item, a quote or a block',
      body: [
        '',
        'The grades ::chart{type="trajectory" authority="havering"} fell.',
        '',
        '- ::chart{type="trajectory" authority="havering"}',
        '',
        '> ::chart{type="trajectory" authority="havering"}',
        '',
        ':::factbox{title="x"}',
        '::chart{type="trajectory" authority="havering"}',
        ':::',
        '',
      ].join('\n'),
      problems: [
        '17:12 a chart written inside a sentence is shown to readers as text; put ::chart{type="..."} on its own line, with a blank line before and after',
        '19:3 a chart cannot go inside a list item; put ::chart{...} on its own line, with a blank line before and after, outside lists, quotes and blocks',
        '21:3 a chart cannot go inside a quote; put ::chart{...} on its own line, with a blank line before and after, outside lists, quotes and blocks',
        '24:1 a chart cannot go inside a block (:::); put ::chart{...} on its own line, with a blank line before and after, outside lists, quotes and blocks',
      ],
    },
    {
      name: 'refuses a block inside a block, a stray closing fence and an unreadable block',
      body: [
        '',
        ':::factbox{title="a"}',
        ':::pullquote{cite="b"}',
        '"q"',
        ':::',
        ':::',
        '',
        ':::factbox title="no braces"',
        '- x',
        '',
      ].join('\n'),
      problems: [
        '18:1 a :::pullquote block cannot go inside a :::factbox block; close the first block with a line of ::: before opening the next',
        '21:1 a line of ::: closes a block, but no block is open here (or it is one too many); remove it, or open the block above with :::factbox{title="..."} or :::pullquote{cite="..."}',
        '23:1 this :::factbox block could not be read; write :::factbox{title="..."} alone on its line (check the braces and double quotes), and close it with a line of :::',
      ],
    },
    {
      name: 'refuses unknown directives, also when written in a sentence',
      body: '\n::map{authority="havering"}\n\nSee ::map here.\n',
      problems: [
        '17:1 unknown directive "::map"; allowed: ::chart{type="..."}',
        '19:5 "::map" is not a directive this site knows, or could not be read; allowed: ::chart{type="..."}, :::pullquote{cite="..."}, :::factbox{title="..."}, :grade[...] (each block on its own line)',
      ],
    },
    {
      name: 'leaves times, ratios and code alone',
      body: '\nAt 10:30 the ratio was 3::1; `a::b` and\n\n```\n:::factbox\n```\n',
      problems: [],
    },
    {
      name: 'still refuses raw HTML',
      body: '\n<img src="https://example.net/x.png" onerror="alert(1)">\n',
      problems: [
        '17:1 raw HTML is not allowed in stories (found "<img src="https://example.net/x.png" one"); use Markdown or a directive: ::chart, :::pullquote, :::factbox, :grade',
      ],
    },
  ])
    it(name, () => {
      expect(bodyProblems(body)).toEqual(problems);
    });

  it('refuses an unclosed block, which would swallow the rest of the story', () => {
    expect(
      bodyProblems('\n:::factbox{title="At a glance"}\n- A fact\n\n## The rest of the story\n\nText.\n'),
    ).toEqual([
      '17:1 the :::factbox block opened here is never closed, so it swallows the rest of the story; add a line of ::: where the block ends (with as many colons as the opening line)',
    ]);
    // Four colons are closed only by four or more.
    expect(bodyProblems('\n::::factbox{title="At a glance"}\n- A fact\n:::\n\nText.\n')[0]).toMatch(
      /^17:1 the :::factbox block opened here is never closed/,
    );
  });

  it(`refuses more than ${LIMITS.chartsPerStory} charts, without drawing any`, () => {
    const charts = Array.from(
      { length: LIMITS.chartsPerStory + 5 },
      () => '::chart{type="trajectory" authority="havering"}\n',
    ).join('\n');
    expect(bodyProblems('\n' + charts)).toEqual([
      `${17 + 2 * LIMITS.chartsPerStory}:1 more than ${LIMITS.chartsPerStory} charts in one story; split it into two stories or leave some charts out`,
    ]);
  });
});
