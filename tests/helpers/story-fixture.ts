/** A valid story against the fixture dataset (tests/helpers/dataset-fixture.ts), for tests to break. */
import { checkStory, formatStoryProblem } from '../../src/stories/check';
import { fixtureDataset } from './dataset-fixture';

export const FRONT = `---
title: "Havering rated inadequate"
standfirst: "Ofsted found widespread failings in Havering's children's services."
published: 2024-02-20
authorities: [havering]
inspections: [havering-2024-02-16-ilacs-standard]
tags: [havering]
byline: "Inspected data team"
sources:
  - publisher: "Ofsted"
    title: "Havering: inspection of children's services"
    url: "https://files.ofsted.gov.uk/v1/file/50239788"
    date: 2024-02-16
draft: false
---
`;

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
