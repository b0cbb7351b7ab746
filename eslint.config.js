// Typed ESLint config: typescript-eslint's type-checked rules for TS, eslint-plugin-astro for .astro.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import { layerRules } from './eslint.layers.js';

export default defineConfig(
  {
    ignores: [
      'tests/fixtures/layers/',
      'dist/',
      'dist-*/',
      '*.staging/',
      '*.previous/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.astro'],
        projectService: false,
        project: true,
      },
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Scripts served to readers run in the browser. They are plain JavaScript, type-checked from
    // their JSDoc (// @ts-check, tsconfig.public.json), so the type-checked rules apply to them too.
    files: ['public/**/*.js'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: {
        projectService: false,
        project: './tsconfig.public.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // astro-eslint-parser types JSX expressions in templates as `error`, so this rule reports every
    // `.map(() => <li/>)`. Type safety of templates is checked by `astro check` instead.
    files: ['**/*.astro'],
    rules: { '@typescript-eslint/no-unsafe-return': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerRules,
);
