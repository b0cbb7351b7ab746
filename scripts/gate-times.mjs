// Wall and CPU time of each gate of `npm test` (scripts/test-all.mjs), printed as a table at the
// end so that a slow gate shows itself. CPU time is user + system time of the gate's whole process
// tree: on Linux the kernel adds a waited-for child's times (and its own waited-for children's) to
// the parent's cutime and cstime in /proc/self/stat; elsewhere only wall time is shown.
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** user + system seconds of this process's finished children, or null where /proc is missing. */
function childCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (in parentheses, which may hold spaces): field 3 is index 0.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cutime = Number(fields[13]);
    const cstime = Number(fields[14]);
    return (cutime + cstime) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Start timing a gate; the returned function records it. */
export function startGate(times, name) {
  const wall0 = performance.now();
  const cpu0 = childCpuSeconds();
  return (ok) => {
    const cpu1 = childCpuSeconds();
    times.push({
      name,
      ok,
      wall: (performance.now() - wall0) / 1000,
      cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
    });
  };
}

const fmt = (s) =>
  s === null
    ? '-'
    : s >= 60
      ? `${Math.floor(s / 60)}m${(s % 60).toFixed(0).padStart(2, '0')}s`
      : `${s.toFixed(1)}s`;

/** The table of gate times, slowest wall time marked. */
export function gateTable(times) {
  const width = Math.max(4, ...times.map((t) => t.name.length));
  const total = times.reduce((s, t) => s + t.wall, 0);
  const cpuTotal = times.every((t) => t.cpu !== null) ? times.reduce((s, t) => s + (t.cpu ?? 0), 0) : null;
  const lines = [`${'gate'.padEnd(width)}  ${'wall'.padStart(7)}  ${'cpu'.padStart(7)}  result`];
  for (const t of times)
    lines.push(
      `${t.name.padEnd(width)}  ${fmt(t.wall).padStart(7)}  ${fmt(t.cpu).padStart(7)}  ${t.ok ? 'ok' : 'FAILED'}`,
    );
  lines.push(`${'total'.padEnd(width)}  ${fmt(total).padStart(7)}  ${fmt(cpuTotal).padStart(7)}`);
  return lines.join('\n');
}
