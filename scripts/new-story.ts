/**
 * `npm run new:story -- "Title"`: create content/stories/<slug>.md from the template, dated
 * today, as a draft, with every frontmatter field.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LIMITS } from '../src/config/limits';
import { storiesDir } from '../src/config/site-paths';
import { describeUnsafe, escapeText, findUnsafeChars } from '../src/config/text-safety';

export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.slugChars)
    .replace(/-+$/, '');
}

/** Why a title cannot start a story (invisible or control characters, length), or undefined. */
export function titleProblem(title: string): string | undefined {
  const bad = findUnsafeChars(title);
  if (bad[0]) return `The title ${escapeText(title)} contains ${describeUnsafe(bad[0])}: retype it.`;
  if (title.length > LIMITS.titleChars)
    return `The title has ${title.length} characters; a headline may have at most ${LIMITS.titleChars}.`;
  return undefined;
}

/** The story file's text. The title is written as a JSON string, which YAML reads as text. */
export function storyTemplate(title: string, today: string): string {
  return `---
title: ${JSON.stringify(title)}
standfirst: "One or two sentences that state the finding."
published: ${today}
# updated: ${today}
covers: ${today.slice(0, 7)}   # the event the story is about: yyyy-mm-dd, or yyyy-mm if only the month is known
coversWhat: "Ofsted's report"  # what happened then, in a few words
authorities: []        # council slugs, e.g. [haringey]; see data/authorities.csv
inspections: []        # inspection ids, e.g. [haringey-2014-07-18-sif]; see data/inspections.csv
tags: []
byline: "Inspected data team"
sources:
  - publisher: "Ofsted"
    title: "Title of the report or dataset"
    url: "https://reports.ofsted.gov.uk/"
    date: ${today}
draft: true
---

Lead with the finding in one sentence.

::chart{type="trajectory" authority="haringey"}

Write the story in your own words. Quote only short phrases, in quotation marks, and say who said them.
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const title = process.argv.slice(2).join(' ').trim();
  if (!title) {
    console.error('Usage: npm run new:story -- "Title of the story"');
    process.exit(1);
  }
  const problem = titleProblem(title);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  const slug = slugify(title);
  if (!slug) {
    console.error(`Cannot make a file name from "${title}": use letters or digits.`);
    process.exit(1);
  }
  const path = join(storiesDir, `${slug}.md`);
  if (existsSync(path)) {
    console.error(`${relative(process.cwd(), path)} already exists: choose another title or edit that file.`);
    process.exit(1);
  }
  mkdirSync(storiesDir, { recursive: true });
  writeFileSync(path, storyTemplate(title, new Date().toISOString().slice(0, 10)));
  console.log(`Created ${relative(process.cwd(), path)} (a draft: set draft: false to publish).`);
}
