/**
 * The build's one loader for Markdown content, in place of Astro's glob loader, used for both
 * collections (src/content.config.ts): stories (content/stories/) and editors' write-ups of
 * inspections (content/inspections/), each with its own folder, check and schema. The build reads
 * a file exactly as `npm run check` does:
 * - only ordinary files directly in the folder (links, folders named x.md, pipes are refused),
 *   within the size limit (src/config/limits.ts);
 * - frontmatter read by src/config/frontmatter.ts (YAML only, no tags or anchors, nothing
 *   evaluated: `---js` is refused, never run; Astro's own reader would also accept `+++` TOML),
 *   validated with line numbers by the collection's check;
 * - a valid draft left out of a production build before it is rendered or stored;
 * - the body rendered by Astro's Markdown processor (the site's remark plugins, and Astro's
 *   image pipeline for local images) with the frontmatter blanked, so lines match the file;
 * - a render error is a problem with file:line, where Astro's glob loader logs it and publishes
 *   an empty page.
 * `npm run build` stops with every problem listed. `npm run dev` keeps serving: the problems are
 * registered (src/stories/registry.ts) and every page listing stories or write-ups shows them as
 * an error.
 */
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readStoryFile, storyEntries } from '../config/site-paths';
import { isDevServer } from '../config/mode';
import { isInside } from '../config/safe-files';
import { displayPath } from '../markdown/problems';
import {
  checkAcrossStories,
  problemsFromRenderError,
  type StoryInput,
  type StoryProblem,
  type StoryTextResult,
} from './check';
import { storyProblemRegistry, StoryProblemsError } from './registry';

interface ContentLoaderOptions {
  /** The loader's name in Astro's messages, e.g. `inspected-stories`. */
  name: string;
  /** What one file is, in messages: "story" or "write-up". */
  what: 'story' | 'write-up';
  /** The folder (absolute). */
  dir: string;
  /**
   * Everything about one file except its Markdown (file name, size, frontmatter read safely and
   * validated with lines): checkStoryText (src/stories/check.ts) for stories, checkWriteUpText
   * (src/stories/inspection-check.ts) for write-ups. The collection's schema (Astro's
   * parseData) then validates the fields again.
   */
  checkText: (input: StoryInput) => StoryTextResult;
  /**
   * Under `npm run dev` only: a full check of a file (checkStory or checkWriteUp), made once per
   * reload and run before rendering, so that a broken file is reported once, cleanly, instead
   * of also through the Markdown processor's own stack trace.
   */
  devCheck?: () => (input: StoryInput) => StoryProblem[];
}

type Renderer = Awaited<
  ReturnType<NonNullable<LoaderContext['config']['markdown']['processor']>['createRenderer']>
>;

interface Loaded {
  id: string;
  data: Record<string, unknown>;
  body: string;
  filePath: string;
  digest: string;
  rendered: { html: string; metadata: Record<string, unknown> & { imagePaths: string[] } };
}

async function createRenderer(ctx: LoaderContext): Promise<Renderer> {
  const { markdown, image } = ctx.config;
  if (!markdown.processor) throw new Error('no Markdown processor is configured');
  // The same options Astro's content layer passes (astro/dist/content/content-layer.js); Astro's
  // config types mark them optional-with-undefined, the renderer's without.
  const shared = {
    image,
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
  } as unknown as Parameters<NonNullable<typeof markdown.processor>['createRenderer']>[0];
  return markdown.processor.createRenderer(shared);
}

/** Read, check and render one file; problems instead of an entry if anything is wrong. */
async function loadOne(
  ctx: LoaderContext,
  renderer: Renderer,
  o: ContentLoaderOptions,
  name: string,
  devCheck: ((input: StoryInput) => StoryProblem[]) | undefined,
): Promise<{ input?: StoryInput; problems: StoryProblem[]; entry?: Loaded }> {
  const full = join(o.dir, name);
  const file = displayPath(full);
  const read = readStoryFile(name, o.dir, o.what);
  if (read.kind === 'missing') return { problems: [] }; // removed since it was listed
  if (read.kind === 'refused') return { problems: [{ file, ...read.refusal }] };
  const input = { file, text: read.text };
  const head = o.checkText(input);
  if (!head.data || head.body === undefined) return { input, problems: head.problems };
  // A production build leaves a valid draft out before it is rendered or stored, so its text
  // cannot reach the output or the build's intermediate files; `npm run dev` keeps it.
  if (head.data['draft'] === true && !head.problems.length && !isDevServer()) return { input, problems: [] };
  if (devCheck) {
    const all = devCheck(input);
    if (all.length) return { input, problems: all };
  }
  if (head.problems.length) {
    // Render anyway, so that the body's problems are listed with the frontmatter's.
    try {
      await renderer.render(head.body, { frontmatter: head.data, fileURL: pathToFileURL(full) });
      return { input, problems: head.problems };
    } catch (e) {
      return { input, problems: [...head.problems, ...problemsFromRenderError(file, e)] };
    }
  }
  const id = name.slice(0, -'.md'.length);
  let data: Record<string, unknown>;
  try {
    data = await ctx.parseData({ id, data: head.data, filePath: full });
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    return {
      input,
      problems: [{ file, line: 1, column: 1, message: `the frontmatter was refused: ${message}` }],
    };
  }
  try {
    const r = await renderer.render(head.body, { frontmatter: data, fileURL: pathToFileURL(full) });
    const imagePaths = [...r.metadata.localImagePaths, ...r.metadata.remoteImagePaths];
    return {
      input,
      problems: [],
      entry: {
        id,
        data,
        body: head.body.trim(),
        filePath: relative(fileURLToPath(ctx.config.root), full).split(sep).join('/'),
        digest: ctx.generateDigest(read.text),
        rendered: { html: r.code, metadata: { ...r.metadata, imagePaths } },
      },
    };
  } catch (e) {
    return { input, problems: problemsFromRenderError(file, e) };
  }
}

export function contentLoader(o: ContentLoaderOptions): Loader {
  // The problem registry is shared by both collections: each loader clears and reports only the
  // files in its own folder.
  const own = (file: string) => isInside(o.dir, resolve(file));
  const ownProblems = () =>
    [...storyProblemRegistry().entries()]
      .filter(([file]) => own(file))
      .flatMap(([, problems]) => problems)
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  return {
    name: o.name,
    load: async (ctx) => {
      const renderer = await createRenderer(ctx);
      const registry = storyProblemRegistry();
      const sync = async () => {
        for (const file of [...registry.keys()]) if (own(file)) registry.delete(file);
        const inputs: StoryInput[] = [];
        const entries: Loaded[] = [];
        const devCheck = ctx.watcher ? o.devCheck?.() : undefined;
        for (const e of storyEntries(o.dir)) {
          const r = await loadOne(ctx, renderer, o, e.name, devCheck);
          if (r.input) inputs.push(r.input);
          if (r.problems.length)
            registry.set(r.problems[0]?.file ?? displayPath(join(o.dir, e.name)), r.problems);
          if (r.entry) entries.push(r.entry);
        }
        for (const p of checkAcrossStories(inputs))
          registry.set(p.file, [...(registry.get(p.file) ?? []), p]);
        // Stale entries (from a cache or a deleted file) go; only files without a problem are kept.
        ctx.store.clear();
        for (const entry of entries) {
          if (registry.has(displayPath(join(o.dir, `${entry.id}.md`)))) continue;
          ctx.store.set({ ...entry, assetImports: entry.rendered.metadata.imagePaths });
        }
        const all = ownProblems();
        if (all.length && ctx.watcher) ctx.logger.error(new StoryProblemsError(all).message);
      };
      await sync();
      if (!ctx.watcher) {
        const all = ownProblems();
        if (all.length) throw new StoryProblemsError(all);
        return;
      }
      // npm run dev: reload every file when anything in the folder changes (a fixed image or a
      // renamed file can change another file's problems).
      const watcher = ctx.watcher;
      watcher.add(o.dir);
      let queue = Promise.resolve();
      const onEvent = (path: string) => {
        if (!isInside(o.dir, path)) return;
        queue = queue.then(sync).catch((e: unknown) => {
          ctx.logger.error(`${o.what}s could not be reloaded: ${e instanceof Error ? e.message : String(e)}`);
        });
      };
      for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const)
        watcher.on(event, onEvent);
    },
  };
}
