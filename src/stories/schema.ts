/**
 * The frontmatter of a story, validated the same way by the build (the stories loader) and by
 * `npm run check`, both reading it with src/config/frontmatter.ts. Cross-references (councils, inspections) are checked against
 * the dataset passed in.
 */
import { z } from 'astro/zod';
import { yearProblem } from '../config/build-day';
import { LIMITS } from '../config/limits';
import { describeUnsafe, escapeText, findUnsafeChars } from '../config/text-safety';

export interface StoryContext {
  authorities: ReadonlySet<string>;
  inspections: ReadonlySet<string>;
  /** Today, yyyy-mm-dd: no story may be dated later. */
  today: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Plain text an editor typed: no control, bidirectional or invisible characters, no broken
 * Unicode, not blank, and within a length limit. `what` names it in messages ("a headline").
 */
function plainText(what: string, min: number, max: number, o: { multiline?: boolean; words?: boolean } = {}) {
  return z.string().superRefine((s, ctx) => {
    const bad = findUnsafeChars(s, { newlines: o.multiline ?? false });
    if (bad[0])
      ctx.addIssue({
        code: 'custom',
        message: `contains ${describeUnsafe(bad[0])} at character ${bad[0].index + 1}${bad.length > 1 ? ` and ${bad.length - 1} more` : ''}; expected ${what} in plain text`,
      });
    const length = s.trim().length;
    if (length === 0) ctx.addIssue({ code: 'custom', message: `expected ${what}; it is empty` });
    else if (length < min)
      ctx.addIssue({ code: 'custom', message: `expected ${what} of at least ${min} characters` });
    else if (o.words && !/\p{L}/u.test(s))
      ctx.addIssue({ code: 'custom', message: `expected ${what} in words, not only digits and punctuation` });
    if (s.length > max)
      ctx.addIssue({
        code: 'custom',
        message: `expected ${what} of at most ${max} characters (it has ${s.length})`,
      });
  });
}

/** A yyyy-mm-dd date, written in YAML either quoted or bare (YAML then parses it as a Date). */
function isoDate(today: string) {
  return z.union([z.string(), z.date()]).transform((v, ctx) => {
    const s = v instanceof Date ? (isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10)) : v;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!m || !d || d.toISOString().slice(0, 10) !== s) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a real date written yyyy-mm-dd (got ${escapeText(String(v))})`,
      });
      return z.NEVER;
    }
    const years = yearProblem(s);
    if (years) {
      ctx.addIssue({ code: 'custom', message: `expected ${years} (got "${s}")` });
      return z.NEVER;
    }
    if (s > today) {
      ctx.addIssue({ code: 'custom', message: `expected a date no later than today, ${today} (got "${s}")` });
      return z.NEVER;
    }
    return s;
  });
}

export function storySchema(ctx: StoryContext) {
  const date = isoDate(ctx.today);
  return z
    .object({
      /** The headline. */
      title: plainText('a headline', 5, LIMITS.titleChars, { words: true }),
      /**
       * The page title for browser tabs and search results, when the headline is longer than
       * 70 characters: a complete shorter headline, never a cut one.
       */
      shortTitle: plainText('a short headline', 5, 70, { words: true }).optional(),
      /** One or two sentences: the finding. Shown under the headline and in feeds. */
      standfirst: plainText('a standfirst', 20, LIMITS.standfirstChars, { multiline: true }),
      /** Publication date, yyyy-mm-dd, not in the future. */
      published: date,
      /** Date of the last substantive update, if any. */
      updated: date.optional(),
      /**
       * The date of what the story reports on, yyyy-mm-dd: for a story about an inspection, the
       * day the report was published. Shown as prominently as `published`.
       */
      covers: date.optional(),
      /** What happened on `covers`, e.g. "Ofsted's report" or "Ofsted's statistics". */
      coversWhat: plainText('a few words, e.g. "Ofsted\'s report"', 3, 80).optional(),
      /** Councils the story is about, by slug (see data/authorities.csv). */
      authorities: z.array(
        z.string().refine((s) => ctx.authorities.has(s), {
          error: (i) =>
            `unknown council ${escapeText(String(i.input))}; expected a slug from data/authorities.csv, e.g. haringey`,
        }),
      ),
      /** Inspections the story reports on, by id (see data/inspections.csv and data/curated/events.csv). */
      inspections: z.array(
        z.string().refine((s) => ctx.inspections.has(s), {
          error: (i) =>
            `unknown inspection ${escapeText(String(i.input))}; expected an id from data/inspections.csv or data/curated/events.csv`,
        }),
      ),
      /** Lowercase-hyphenated tags. */
      tags: z.array(z.string().regex(SLUG, 'expected a lowercase-hyphenated tag')),
      /** Who wrote it. */
      byline: plainText('a byline', 2, LIMITS.nameChars),
      /** Every document the story draws on. */
      sources: z
        .array(
          z.strictObject({
            publisher: plainText('the publisher', 2, LIMITS.nameChars),
            title: plainText('the title', 2, LIMITS.sourceTitleChars),
            url: z.url({ protocol: /^https$/, error: 'expected a web address starting https://' }),
            date,
          }),
        )
        .min(1, 'expected at least one source'),
      /** Drafts are shown by `npm run dev` and never built by `npm run build`. */
      draft: z.boolean(),
    })
    .strict()
    .refine((s) => !s.updated || s.updated >= s.published, {
      path: ['updated'],
      error: 'expected a date on or after published',
    });
}

/** Field names, for "did you mean" hints on misspelt fields. */
export const STORY_FIELDS = [
  'title',
  'shortTitle',
  'standfirst',
  'published',
  'updated',
  'covers',
  'coversWhat',
  'authorities',
  'inspections',
  'tags',
  'byline',
  'sources',
  'draft',
] as const;
