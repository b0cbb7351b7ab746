/** A valid story against the fixture dataset (tests/helpers/dataset-fixture.ts), for tests to break. */
import { checkStory, formatStoryProblem } from '../../src/stories/check';
import { fixtureDataset } from './dataset-fixture';
import { haveringFields, haveringStoryFront } from './story-frontmatter';

export const FRONT = haveringStoryFront();

/**
 * A valid write-up's frontmatter against the fixture dataset's Havering inspection: a story's
 * fields plus a summary and a key quote (and `corrections`, YAML lines, when given).
 */
export function writeUpFront(
  o: { title?: string; published?: string; corrections?: string; draft?: boolean } = {},
): string {
  return `---
title: "${o.title ?? 'Havering, February 2024'}"
standfirst: "Ofsted judged three of the four areas it inspects in Havering inadequate."
published: ${o.published ?? '2024-02-20'}
${haveringFields()}summary:
  - "Inadequate overall and in three of four areas."
quotes:
  - text: "widespread drift and delay"
    by: "Ofsted inspectors, February 2024"
${o.corrections ?? ''}draft: ${String(o.draft ?? false)}
---
`;
}

export const STORY = `${FRONT}\nHavering was rated :grade[inadequate].\n`;

const data = fixtureDataset();
export const checkOptions = {
  data,
  site: { authorities: new Set(data.authorities.keys()), stories: new Set(['other-story']) },
  base: '/',
  today: '2026-11-24',
};

/** `npm run check`'s lines for one story. */
export function check(text: string, file = 'content/stories/havering.md'): string[] {
  return checkStory({ file, text }, checkOptions).map(formatStoryProblem);
}
