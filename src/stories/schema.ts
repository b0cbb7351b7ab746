/**
 * The frontmatter of a story, validated the same way by the build (the stories loader) and by
 * `npm run check`, both reading it with src/config/frontmatter.ts. Cross-references (councils, inspections) are checked against
 * the dataset passed in.
 */
import { z } from 'astro/zod';
import { yearProblem } from '../config/build-day';
import { LIMITS } from '../config/limits';
import { closestWord } from '../config/edit-distance';
import { describeUnsafe, escapeText, findUnsafeChars } from '../config/text-safety';

export interface StoryContext {
  authorities: ReadonlySet<string>;
  /** Inspections by their data id (data/inspections.csv, data/curated/events.csv). */
  inspections: ReadonlySet<string>;
  /**
   * Inspections by page id (the end of /inspections/<page id>/, e.g. wirral-2024-ilacs), each to
   * its data id: editors name an inspection by its page id everywhere; a data id still works.
   */
  inspectionPages?: ReadonlyMap<string, string>;
  /** Today, yyyy-mm-dd: no story may be dated later. */
  today: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * How each text field is named in messages, and whether it may hold line breaks, by its path in
 * the frontmatter (`*` for any item of a list). Every other string, at any depth, in any field
 * (one added later included), is held to the same rule as "this field", on one line.
 */
const TEXT_FIELDS: Record<string, { what: string; multiline?: boolean }> = {
  title: { what: 'a headline' },
  shortTitle: { what: 'a short headline' },
  standfirst: { what: 'a standfirst', multiline: true },
  coversWhat: { what: 'a few words, e.g. "Ofsted\'s report"' },
  byline: { what: 'a byline' },
  'sources.*.publisher': { what: 'the publisher' },
  'sources.*.title': { what: 'the title' },
  'summary.*': { what: 'a summary point' },
  'quotes.*.text': { what: 'the quote' },
  'quotes.*.by': { what: 'who said it' },
  'corrections.*.text': { what: 'the correction', multiline: true },
};

/**
 * The plain-text rule, applied to every string in the frontmatter wherever it sits (nested lists
 * and fields included), whatever the field's own schema says: no control, bidirectional or
 * invisible characters and no broken Unicode. A field added to a schema cannot skip it, because
 * it walks the values, not a list of fields. Runs even when other fields have problems.
 */
function plainTextEverywhere(value: unknown, ctx: z.RefinementCtx): void {
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (typeof v === 'string') {
      const key = path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
      const field = TEXT_FIELDS[key] ?? { what: 'this field' };
      const bad = findUnsafeChars(v, { newlines: field.multiline ?? false });
      if (bad[0])
        ctx.addIssue({
          code: 'custom',
          path,
          input: v,
          message: `contains ${describeUnsafe(bad[0])} at character ${bad[0].index + 1}${bad.length > 1 ? ` and ${bad.length - 1} more` : ''}; expected ${field.what} in plain text`,
        });
    } else if (Array.isArray(v)) v.forEach((x, k) => walk(x, [...path, k]));
    else if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(value, []);
}

/** `schema` with the plain-text rule on every string in it (plainTextEverywhere). */
export function withPlainText<T extends z.ZodType>(schema: T) {
  return schema.superRefine(plainTextEverywhere, { when: () => true });
}

/**
 * Text an editor typed: not blank, and within a length limit. `what` names it in messages ("a
 * headline"). Its characters are checked with every other string's (plainTextEverywhere).
 */
function plainText(what: string, min: number, max: number, o: { words?: boolean } = {}) {
  return z.string().superRefine((s, ctx) => {
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

/**
 * The date of an event, to the day (yyyy-mm-dd) or to the month (yyyy-mm) where the sources give
 * no day. Not after today: a simple check against the build day (NOTE: the build-day notion and
 * the 2000-2100 bounds for every date field are being settled separately; use them here when they land).
 */
function eventDay(today: string) {
  return z.union([z.string(), z.date()]).transform((v, ctx) => {
    const s = v instanceof Date ? (isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10)) : v;
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? '1'))) : null;
    if (!m || !d || d.toISOString().slice(0, s.length) !== s) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a real date written yyyy-mm-dd, or a month written yyyy-mm (got ${escapeText(String(v))})`,
      });
      return z.NEVER;
    }
    if (s > today.slice(0, s.length)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected an event no later than today, ${today} (got "${s}")`,
      });
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
      standfirst: plainText('a standfirst', 20, LIMITS.standfirstChars),
      /** Publication date, yyyy-mm-dd, not in the future. */
      published: date,
      /** Date of the last substantive update, if any. */
      updated: date.optional(),
      /**
       * The date of the event the story is about: yyyy-mm-dd, or yyyy-mm where the sources give
       * only the month (e.g. "2014-07"); for a story about an inspection, the day its report was
       * published. Not after today. Shown beside `published` wherever the story is listed
       * ("About Ofsted's report, 18 July 2014 · written 24 November 2026"), and later inspections
       * of its councils are listed under it ("Since then").
       */
      covers: eventDay(ctx.today).optional(),
      /** What happened on `covers`, e.g. "Ofsted's report" or "Ofsted's statistics". */
      coversWhat: plainText('a few words, e.g. "Ofsted\'s report"', 3, 80).optional(),
      /** Councils the story is about, by slug (see data/authorities.csv). */
      authorities: z.array(
        z.string().refine((s) => ctx.authorities.has(s), {
          error: (i) => {
            const hint = closestWord(String(i.input), ctx.authorities);
            return `unknown council ${escapeText(String(i.input))}; ${hint ? `did you mean "${hint}"? ` : ''}expected a council's slug, the end of its address /authorities/<slug>/ (data/authorities.csv), e.g. haringey`;
          },
        }),
      ),
      /**
       * Inspections the story reports on, by page id (the end of /inspections/<page id>/); a data
       * id (data/inspections.csv, data/curated/events.csv) still works. Stored as the data id.
       */
      inspections: z.array(
        z.string().transform((s, c) => {
          if (ctx.inspections.has(s)) return s;
          const id = ctx.inspectionPages?.get(s);
          if (id) return id;
          const hint = closestWord(s, ctx.inspectionPages?.keys() ?? ctx.inspections, 4);
          c.addIssue({
            code: 'custom',
            message: `unknown inspection ${escapeText(s)}; ${hint ? `did you mean "${hint}"? ` : ''}expected an inspection's page id, the end of its address /inspections/<page id>/, e.g. havering-2024-ilacs`,
          });
          return z.NEVER;
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
    })
    .superRefine(plainTextEverywhere, { when: () => true });
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
