// @ts-check
import { writeFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';
import { storyRemarkPlugins } from './src/markdown/pipeline.ts';
import { loadDataset } from './src/data/load.ts';
import { storySlugs } from './src/config/site-paths.ts';
import { siteAddress } from './src/config/urls.ts';
import { headersFile } from './src/config/security.ts';
import { isDevServer } from './src/config/mode.ts';
import { inspectionPageIds } from './src/data/inspection-ids.ts';
import { contentLastmod } from './src/config/content-dates.ts';

// SITE is the public origin (the one setting for the production address; unset, a placeholder
// that `npm run build` warns about); BASE the sub-path the site is served under (default: domain
// root). One setting moves the whole site: `BASE=/inspected/ npm run build`. docs/deploy.md.
const site = siteAddress(process.env.SITE);
const base = process.env.BASE ?? '/';
const baseWithSlash = base.endsWith('/') ? base : `${base}/`;
const dev = isDevServer();
/** The sitemap's lastmod for stories and write-ups: their updated, else published, date. */
const lastmod = contentLastmod();

/** Writes `_headers` (Netlify, Cloudflare Pages) from src/config/security.ts into the build. */
const securityHeaders = {
  name: 'inspected-security-headers',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': ({ dir }) => {
      writeFileSync(new URL('_headers', dir), headersFile());
    },
  },
};

export default defineConfig({
  site,
  base,
  output: 'static',
  // OUT_DIR: where the build writes (scripts/build-site.mjs points it at a staging folder).
  outDir: process.env.OUT_DIR ?? './dist',
  // Astro's content store lives in node_modules/.astro by default; worktrees that share one
  // node_modules can point ASTRO_CACHE_DIR at a folder of their own so builds do not race.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', assets: 'assets' },
  devToolbar: { enabled: false },
  integrations: [
    sitemap({
      filter: (page) => !page.includes('/embed/'),
      serialize: (item) => {
        const date = lastmod.get(new URL(item.url).pathname.slice(baseWithSlash.length - 1));
        return date ? { ...item, lastmod: date } : item;
      },
    }),
    securityHeaders,
  ],
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
        // Charts as slots that the story page fills in: flat memory with thousands of stories.
        chartSlots: true,
        site: () => ({
          authorities: new Set(loadDataset().authorities.keys()),
          stories: storySlugs(dev),
          inspections: new Set(inspectionPageIds(loadDataset().inspections).values()),
        }),
      }),
    ]),
  },
});
