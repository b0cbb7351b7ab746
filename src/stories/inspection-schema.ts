/**
 * The frontmatter of an editor's write-up of one inspection (`content/inspections/<id>.md`):
 * a story's frontmatter (src/stories/schema.ts, checked the same way) plus three optional
 * fields of its own. The file name is the inspection's page id; `npm run check` checks it.
 */
import { z } from 'astro/zod';
import { storySchema, STORY_FIELDS, type StoryContext } from './schema';

/** Longest key quote, in words: quotes are short; the write-up says the rest in our words. */
const QUOTE_MAX_WORDS = 30;

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** The fields a write-up adds to a story's. */
export function writeUpExtraShape(ctx: StoryContext) {
  const date = storySchema(ctx).shape.published;
  return {
    /** What the report found, in two to six short points of our own words. */
    summary: z
      .array(
        z
          .string()
          .min(10, 'expected a summary point of at least 10 characters')
          .max(300, 'expected a summary point of at most 300 characters'),
      )
      .min(1, 'expected at least one summary point')
      .max(6, 'expected at most six summary points')
      .optional(),
    /** Short quotes from the report, each attributed ("Ofsted inspectors"). */
    quotes: z
      .array(
        z.strictObject({
          /** The words quoted, without quotation marks (the page adds them). */
          text: z
            .string()
            .min(2, 'expected the words quoted')
            .refine((s) => words(s) <= QUOTE_MAX_WORDS, {
              error: (i) =>
                `expected a short quote of at most ${QUOTE_MAX_WORDS} words (it has ${words(String(i.input))}); say the rest in our own words`,
            })
            .refine((s) => !/^\s*["“”‘’']|["“”‘’']\s*$/.test(s), {
              error: 'expected the quote without quotation marks at its ends (the page adds them)',
            }),
          /** Who said it, e.g. "Ofsted inspectors, report of 16 February 2024". */
          by: z.string().min(2, 'expected who said it (the attribution)'),
        }),
      )
      .max(6, 'expected at most six key quotes')
      .optional(),
    /** Corrections to the write-up, oldest first. */
    corrections: z
      .array(
        z.strictObject({
          date,
          /** What was wrong and what it now says. */
          text: z.string().min(10, 'expected the correction in at least 10 characters'),
        }),
      )
      .optional(),
  };
}

export const WRITE_UP_EXTRA_FIELDS = ['summary', 'quotes', 'corrections'] as const;
export const WRITE_UP_FIELDS = [...STORY_FIELDS, ...WRITE_UP_EXTRA_FIELDS] as const;

/** The whole frontmatter of a write-up (the content collection's schema). */
export function writeUpSchema(ctx: StoryContext) {
  return storySchema(ctx).safeExtend(writeUpExtraShape(ctx));
}
