/**
 * Runs the site's content loader (src/stories/loader.ts) outside Astro, for stories or for
 * write-ups, with the context Astro would give it: Astro's own Markdown renderer
 * (@astrojs/markdown-remark) with the site's remark plugins, the collection's schema as
 * parseData, an in-memory store, and in dev mode a watcher and the full check run before
 * rendering (as src/content.config.ts sets up).
 */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import remarkGfm from 'remark-gfm';
import { inspectionPageIds } from '../../src/data/inspection-ids';
import { storyRemarkPlugins } from '../../src/markdown/pipeline';
import { checkStory, checkStoryText, storyContext } from '../../src/stories/check';
import { checkWriteUp, checkWriteUpText } from '../../src/stories/inspection-check';
import { writeUpSchema } from '../../src/stories/inspection-schema';
import { contentLoader } from '../../src/stories/loader';
import { storyProblemRegistry } from '../../src/stories/registry';
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

export function loadStories(dir: string, o: { dev: boolean }): Promise<LoadedStories> {
  return load(dir, { ...o, kind: 'story' });
}

/** The same loader configured for write-ups (content/inspections/), as src/content.config.ts does. */
export function loadWriteUps(dir: string, o: { dev: boolean }): Promise<LoadedStories> {
  return load(dir, { ...o, kind: 'write-up' });
}

async function load(dir: string, o: { dev: boolean; kind: 'story' | 'write-up' }): Promise<LoadedStories> {
  const data = fixtureDataset();
  const today = '2026-11-24';
  const context = storyContext(data, today);
  const pageIds = new Set(inspectionPageIds(data.inspections).values());
  const schema = o.kind === 'story' ? storySchema(context) : writeUpSchema(context);
  const entries = new Map<
    string,
    { id: string; data: Record<string, unknown>; rendered?: { html: string } }
  >();
  const logged: string[] = [];
  const watcher = o.dev ? Object.assign(new EventEmitter(), { add: () => undefined }) : undefined;
  const ctx = {
    collection: o.kind === 'story' ? 'stories' : 'inspections',
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
                  site: () => ({
                    authorities: new Set(data.authorities.keys()),
                    stories: new Set(),
                    inspections: pageIds,
                  }),
                }),
              ] as never,
            }),
        },
      },
    },
    parseData: ({ data: d }: { data: Record<string, unknown> }) => Promise.resolve(schema.parse(d)),
    generateDigest: (s: unknown) => String(JSON.stringify(s).length),
    watcher,
  } as unknown as LoaderContext;
  let error: Error | undefined;
  // A fresh process, as a build is: no problems registered by an earlier test's folder.
  storyProblemRegistry().clear();
  try {
    const site = {
      authorities: new Set(data.authorities.keys()),
      stories: new Set<string>(),
      inspections: pageIds,
    };
    await contentLoader(
      o.kind === 'story'
        ? {
            name: 'inspected-stories',
            what: 'story',
            dir,
            checkText: (input) => checkStoryText(input, context),
            devCheck: () => (input) => checkStory(input, { data, site, base: '/', today }),
          }
        : {
            name: 'inspected-write-ups',
            what: 'write-up',
            dir,
            checkText: (input) => checkWriteUpText(input, { context, pageIds }),
            devCheck: () => (input) => checkWriteUp(input, { data, site, base: '/', today, pageIds }),
          },
    ).load(ctx);
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
