/**
 * The agent hook's start-up cost, whole process, beside a bare `node -e 0` on the same machine (issue 16:
 * a typical prompt may cost at most 60 ms more). Measured: the hook bin with its startup snapshot (what
 * `hooks install` sets up), the same bin without it, and the CLI printing its version. Runs interleave,
 * so machine load affects every variant alike; medians of wall and of CPU time (user + system).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const PROMPT = JSON.stringify({
  session_id: 'bench',
  hook_event_name: 'UserPromptSubmit',
  prompt: 'Refactor the login handler in src/auth.ts to async/await, keep the public API, and add tests for the expired-session path.',
});

interface Sample {
  wallMs: number;
  cpuMs: number;
}

function timedRun(args: string[], input: string): Sample {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, ...args], { input, encoding: 'utf8', env: { ...process.env, SECRET_HYGIENE_POLICY: 'none' } });
  const [wall, user, system] = (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { wallMs: (wall ?? NaN) * 1000, cpuMs: ((user ?? NaN) + (system ?? NaN)) * 1000 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One bench line; `cli` is the secret-hygiene.js bundle (hook.cjs sits next to it). */
export function hookBenchLine(cli: string, runs = 11): string {
  const hook = join(dirname(cli), 'hook.cjs');
  if (!existsSync(hook)) return `- agent hook start-up: not measured (${hook} is not built)`;
  const cache = mkdtempSync(join(tmpdir(), 'sh-bench-hook-'));
  try {
    const blob = join(cache, 'hook.blob');
    const built = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', hook], { encoding: 'utf8' });
    const variants: [string, string[], string][] = [
      ['node -e 0', ['-e', '0'], ''],
      ['hook (snapshot)', ['--snapshot-blob', blob, hook, 'claude-code'], PROMPT],
      ['hook (no snapshot)', [hook, 'claude-code'], PROMPT],
      ['CLI --version', [cli, '--version'], ''],
    ];
    if (built.status !== 0) variants.splice(1, 1);
    const samples = new Map<string, Sample[]>(variants.map(([label]) => [label, []]));
    for (let i = 0; i < runs; i++) for (const [label, args, input] of variants) samples.get(label)!.push(timedRun(args, input));
    const wall = (label: string) => median(samples.get(label)!.map((s) => s.wallMs));
    const cpu = (label: string) => median(samples.get(label)!.map((s) => s.cpuMs));
    const bare = { wall: wall('node -e 0'), cpu: cpu('node -e 0') };
    const parts = variants.slice(1).map(([label]) => `${label} ${wall(label).toFixed(0)} ms (+${(wall(label) - bare.wall).toFixed(0)}; CPU +${(cpu(label) - bare.cpu).toFixed(0)})`);
    return `- agent hook, typical prompt, whole process (median of ${runs}, interleaved): node -e 0 ${bare.wall.toFixed(0)} ms (CPU ${bare.cpu.toFixed(0)} ms); ${parts.join('; ')} (target ≤ +60 ms)`;
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
