/** Drafts and the dev-only page differences follow the Astro command, not NODE_ENV. */
import { describe, expect, it } from 'vitest';
import { isDevServer } from '../../src/config/mode';

describe('isDevServer', () => {
  it.each([
    [['node', 'astro', 'dev'], true],
    [['node', '/x/node_modules/.bin/astro', 'dev', '--port', '4321'], true],
    [['node', 'astro', '--verbose', 'dev'], true],
    [['node', 'astro', 'build'], false],
    [['node', 'astro', 'build', '--mode', 'dev'], false],
    [['node', 'astro', 'check'], false],
    [['node', 'vitest', 'run', 'tests/dev.test.ts'], false],
  ])('%j -> %s', (argv, dev) => {
    expect(isDevServer(argv)).toBe(dev);
  });

  it('is false under this test run, whatever NODE_ENV says', () => {
    expect(process.env['NODE_ENV']).toBe('test');
    expect(isDevServer()).toBe(false);
  });
});
