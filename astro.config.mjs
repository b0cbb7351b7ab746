// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';
import { storyRemarkPlugins } from './src/markdown/pipeline.ts';
import { loadDataset } from './src/data/load.ts';
import { storySlugs } from './src/config/site-paths.ts';
import { inspectionPageIds } from './src/data/inspection-ids.ts';

// SITE is the public origin; BASE the sub-path the site is served under (default: domain root).
// One setting moves the whole site: `BASE=/inspected/ npm run build`.
const site = process.env.SITE ?? 'https://inspected.example.org';
const base = process.env.BASE ?? '/';
const baseWithSlash = base.endsWith('/') ? base : `${base}/`;
const dev = process.argv.includes('dev');

export default defineConfig({
  site,
  base,
  output: 'static',
  // OUT_DIR lets tests build a sub-path copy beside the root build (dist-sub/).
  outDir: process.env.OUT_DIR ?? './dist',
  // Astro's content store lives in node_modules/.astro by default; worktrees that share one
  // node_modules can point ASTRO_CACHE_DIR at a folder of their own so builds do not race.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', assets: 'assets' },
  devToolbar: { enabled: false },
  integrations: [sitemap({ filter: (page) => !page.includes('/embed/') })],
  markdown: {
    gfm: true,
    smartypants: true,
    syntaxHighlight: false,
    // The same plugins, in the same order, as `npm run check` (src/markdown/pipeline.ts).
    remarkPlugins: /** @type {any[]} */ ([
      remarkGfm,
      ...storyRemarkPlugins({
        data: () => loadDataset(),
        base: baseWithSlash,
        site: () => ({
          authorities: new Set(loadDataset().authorities.keys()),
          stories: storySlugs(dev),
          inspections: new Set(inspectionPageIds(loadDataset().inspections).values()),
        }),
      }),
    ]),
  },
});
