/** Run a command to its end, its stdout and stderr gathered as one text (builds in the slow suites). */
import { spawn } from 'node:child_process';

export interface CommandRun {
  code: number | null;
  output: string;
}

export function runCommand(
  cmd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<CommandRun> {
  return new Promise((ok) => {
    const child = spawn(cmd, args, { env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => ok({ code, output }));
  });
}

/** `npm run build` with these variables added to the environment. */
export const npmBuild = (env: NodeJS.ProcessEnv): Promise<CommandRun> =>
  runCommand('npm', ['run', '--silent', 'build'], { ...process.env, ...env });
