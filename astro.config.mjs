// @ts-check
import { defineConfig } from 'astro/config';

// SITE is the public origin (no trailing slash); BASE is the sub-path the site is served under.
// Both come from the environment so one build can be hosted at a domain root or under a sub-path.
const site = process.env.SITE ?? 'https://inspected.example.org';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
