/** References in built files: defined once in scripts/lib/site-refs.ts (the post-build check uses it too). */
export * from '../../scripts/lib/site-refs';
