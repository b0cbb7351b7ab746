/**
 * Runs the site's stories loader (src/stories/loader.ts) outside Astro, with the context Astro
 * would give it: Astro's own Markdown renderer (@astrojs/markdown-remark) with the site's remark
 * plugins, the story schema as parseData, an in-memory store, and in dev mode a watcher and the
 * full check run before rendering (as src/content.config.ts sets up).
 */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import remarkGfm from 'remark-gfm';
import { storyRemarkPlugins } from '../../src/markdown/pipeline';
import { checkStory, storyContext } from '../../src/stories/check';
import { storyLoader } from '../../src/stories/loader';
import { storySchema } from '../../src/stories/schema';
import { fixtureDataset } from './dataset-fixture';

export interface LoadedStories {
  /** Ids stored, sorted. */
  stored: string[];
  /** Entries stored, by id. */
  entries: Map<string, { data: Record<string, unknown>; rendered?: { html: string } }>;
  /** What load() threw (the build's behaviour), if anything. */
  error?: Error;
  /** Messages the loader logged as errors. */
  logged: string[];
  /** In dev mode: the watcher, to emit file events. */
  watcher?: EventEmitter;
}

export async function loadStories(dir: string, o: { dev: boolean }): Promise<LoadedStories> {
  const data = fixtureDataset();
  const context = storyContext(data, '2026-11-24');
  const entries = new Map<
    string,
    { id: string; data: Record<string, unknown>; rendered?: { html: string } }
  >();
  const logged: string[] = [];
  const watcher = o.dev ? Object.assign(new EventEmitter(), { add: () => undefined }) : undefined;
  const ctx = {
    collection: 'stories',
    store: {
      set: (e: { id: string; data: Record<string, unknown>; rendered?: { html: string } }) => {
        entries.set(e.id, e);
        return true;
      },
      clear: () => entries.clear(),
      delete: (id: string) => entries.delete(id),
      get: (id: string) => entries.get(id),
      has: (id: string) => entries.has(id),
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      entries: () => [...entries.entries()],
      addModuleImport: () => undefined,
    },
    logger: { error: (m: string) => logged.push(m), warn: () => undefined, info: () => undefined },
    config: {
      root: pathToFileURL(process.cwd() + '/'),
      image: {},
      markdown: {
        gfm: true,
        smartypants: true,
        syntaxHighlight: false,
        processor: {
          name: 'unified',
          options: {},
          createRenderer: (shared: object) =>
            createMarkdownProcessor({
              ...shared,
              remarkPlugins: [
                remarkGfm,
                ...storyRemarkPlugins({
                  data: () => data,
                  base: '/',
                  site: () => ({ authorities: new Set(data.authorities.keys()), stories: new Set() }),
                }),
              ] as never,
            }),
        },
      },
    },
    parseData: ({ data: d }: { data: Record<string, unknown> }) =>
      Promise.resolve(storySchema(context).parse(d)),
    generateDigest: (s: unknown) => String(JSON.stringify(s).length),
    watcher,
  } as unknown as LoaderContext;
  let error: Error | undefined;
  try {
    const site = { authorities: new Set(data.authorities.keys()), stories: new Set<string>() };
    await storyLoader({
      dir,
      context,
      devCheck: () => (input) => checkStory(input, { data, site, base: '/', today: '2026-11-24' }),
    }).load(ctx);
  } catch (e) {
    error = e as Error;
  }
  return {
    stored: [...entries.keys()].sort(),
    entries,
    ...(error ? { error } : {}),
    logged,
    ...(watcher ? { watcher } : {}),
  };
}
