import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerRules } from '../../eslint.layers.js';

/** Lints `code` with the project's layer rules alone, as if the file stood at `filePath`. */
async function lintAs(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [{ languageOptions: { parser: tseslint.parser } }, ...layerRules],
  });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const fixture = (name: string) => readFileSync(`tests/fixtures/layers/${name}`, 'utf8');

describe('layer rule (eslint.layers.js)', () => {
  it('fails a deliberately wrong import in a fixture: src/data importing src/charts', async () => {
    const messages = await lintAs('src/data/wrong-import.ts', fixture('src/data/wrong-import.ts'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^no-restricted-imports: .*Layer rule: src\/data may import only/);
  });

  it('lets a layer import the layers below it', async () => {
    expect(await lintAs('src/charts/right-import.ts', fixture('src/charts/right-import.ts'))).toEqual([]);
  });

  it.each([
    ['src/config/x.ts', "import '../data/load';"],
    ['src/charts/x.ts', "import '../markdown/pipeline';"],
    ['src/markdown/x.ts', "import '../stories/check';"],
    ['src/stories/x.ts', "import '../components/Chart.astro';"],
    ['src/components/x.ts', "import '../pages/index.astro';"],
    ['src/pages/x.ts', "import '../../scripts/import';"],
    ['scripts/import/x.ts', "import '../../src/charts/registry';"],
  ])('refuses an upward import from %s', async (file, code) => {
    const messages = await lintAs(file, code);
    expect(messages.join('\n')).toMatch(/Layer rule/);
  });
});
