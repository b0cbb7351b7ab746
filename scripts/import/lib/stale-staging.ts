/**
 * Staging folders left by a run that was killed (out of memory, Ctrl-C, a power cut): a
 * `finally` never ran for them. Each staging folder carries the process id of its run
 * (`.refresh-<pid>-data`, `.import-tmp-<pid>`); one whose process is no longer running is removed
 * by the next run, so none is left behind for long.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Whether a process with this id is running (one we may not signal is running too). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove the folders in `dir` whose name `pattern` matches with the process id as its first
 * group, when that process is not running (never this one's). Returns the names removed.
 */
export function removeStaleStaging(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || running(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** The refresh's staging folders beside data/ and dist/ (`refresh.ts`). */
export const REFRESH_STAGING = /^\.refresh-(\d+)-(?:data|out)$/;
/** The import's staging folder inside data/ (`write.ts`). */
export const IMPORT_STAGING = /^\.import-tmp-(\d+)$/;
