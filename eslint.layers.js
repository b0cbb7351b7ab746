// The layer rule (docs/architecture.md): code flows one way,
//   src/config -> src/data -> src/charts -> src/markdown -> src/stories -> components/layouts/pages,
// and scripts/ (importers, checks, bench) sits beside the site: src/ never imports scripts/, and
// the importers read only src/config and src/data. A lower layer importing a higher one fails lint.

const ORDER = ['config', 'data', 'charts', 'markdown', 'stories', 'components|layouts', 'pages'];

/** A regex matching a relative import of any of the given src folders (or of scripts/). */
function importOf(folders) {
  return `^(\\.{1,2}/)+(src/)?(${folders.join('|')})(/|$)`;
}

function rule(folders, why) {
  return [
    'error',
    {
      patterns: [
        {
          regex: importOf(folders),
          message: `Layer rule: ${why} (see docs/architecture.md).`,
        },
      ],
    },
  ];
}

/** @type {import('eslint').Linter.Config[]} */
export const layerRules = [
  ...ORDER.map((layer, i) => {
    const higher = ORDER.slice(i + 1).flatMap((l) => l.split('|'));
    const own = layer.split('|');
    return {
      files: own.map((f) => `src/${f}/**/*.{ts,astro,mjs,js}`),
      rules: {
        'no-restricted-imports': rule(
          [...higher, 'scripts'],
          `src/${own.join(', src/')} may import only lower layers (${ORDER.slice(0, i).join(', ') || 'none'}), never ${higher.join(', ') || 'scripts'}${higher.length ? ' or scripts' : ''}`,
        ),
      },
    };
  }),
  {
    files: ['scripts/import*.ts', 'scripts/import/**/*.ts', 'scripts/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': rule(
        ['charts', 'markdown', 'stories', 'components', 'layouts', 'pages'],
        'importers read only src/config and src/data',
      ),
    },
  },
];
