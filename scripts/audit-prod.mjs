// `npm audit --omit=dev` for CI (.ci/run), read from its JSON: the advisories of the packages the
// site ships with. Fails on any high or critical advisory. When the registry's audit endpoint
// cannot be reached or refuses the request (some mirrors and proxies answer 405), it prints a clear
// "audit unavailable" line and does not fail: an unreachable endpoint is not a finding.
//
//   node scripts/audit-prod.mjs
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * What an `npm audit --json` run means. `status` is its exit status, `stdout` its JSON text.
 * Returns `{ result: 'pass' | 'fail' | 'unavailable', line }`.
 */
export function interpretAudit(status, stdout) {
  let j;
  try {
    j = JSON.parse(stdout);
  } catch {
    return { result: 'unavailable', line: `npm audit unavailable: no JSON answer (exit ${status})` };
  }
  const counts = j?.metadata?.vulnerabilities;
  if (!counts) {
    const why = j?.error?.summary || j?.message || j?.error?.code || `exit ${status}`;
    return { result: 'unavailable', line: `npm audit unavailable: ${String(why).split('\n')[0]}` };
  }
  const n = (k) => Number(counts[k] ?? 0);
  const summary = ['critical', 'high', 'moderate', 'low', 'info'].map((k) => `${n(k)} ${k}`).join(', ');
  if (n('critical') + n('high') > 0) {
    const names = Object.values(j.vulnerabilities ?? {})
      .filter((v) => v.severity === 'high' || v.severity === 'critical')
      .map((v) => `${v.name} (${v.severity})`);
    return {
      result: 'fail',
      line: `npm audit --omit=dev: ${summary}: ${names.join(', ') || 'see npm audit --omit=dev'}`,
    };
  }
  return { result: 'pass', line: `npm audit --omit=dev: ${summary}; no high or critical advisory` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
  const { result, line } = r.error
    ? { result: 'unavailable', line: `npm audit unavailable: ${r.error.message}` }
    : interpretAudit(r.status, r.stdout ?? '');
  console.log(line);
  process.exit(result === 'fail' ? 1 : 0);
}
