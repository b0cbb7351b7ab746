import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugify, storyTemplate } from '../../scripts/new-story';
import { storySlugs } from '../../src/config/site-paths';
import { checkStory } from '../../src/stories/check';
import { STORY_FIELDS, storySchema } from '../../src/stories/schema';
import { fixtureDataset } from '../helpers/dataset-fixture';

describe('drafts and new stories', () => {
  it('leaves drafts out of the published set and keeps them for dev', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stories-'));
    writeFileSync(join(dir, 'published-one.md'), '---\ntitle: x\ndraft: false\n---\n');
    writeFileSync(join(dir, 'work-in-progress.md'), '---\ntitle: y\ndraft: true\n---\n');
    expect([...storySlugs(false, dir)]).toEqual(['published-one']);
    expect([...storySlugs(true, dir)]).toEqual(['published-one', 'work-in-progress']);
  });

  it('makes a file name from a title', () => {
    expect(slugify('Havering rated “inadequate” & what comes next')).toBe(
      'havering-rated-inadequate-and-what-comes-next',
    );
    expect(slugify("Haringey's care leavers")).toBe('haringeys-care-leavers');
  });

  it('creates a template with every field that passes the check once filled in', () => {
    const text = storyTemplate('Havering rated inadequate', '2026-11-24');
    const shape = storySchema({ authorities: new Set(), inspections: new Set(), today: '2026-11-24' }).shape;
    for (const field of STORY_FIELDS.filter((f) => !shape[f].safeParse(undefined).success))
      expect(text).toMatch(new RegExp(`^${field}:`, 'm'));
    expect(text).toContain('draft: true');
    const data = fixtureDataset();
    const problems = checkStory(
      { file: 'content/stories/havering-rated-inadequate.md', text },
      {
        data,
        site: { authorities: new Set(data.authorities.keys()), stories: new Set() },
        base: '/',
        today: '2026-11-24',
      },
    );
    expect(problems).toEqual([]);
  });
});
