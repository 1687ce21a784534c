/**
 * The JIT broker's cost to a child's start (issue 15: ≤ 50 ms with one keychain reference): the child
 * started bare (`node -e 0`, as an MCP server would be) beside the same child started through
 * `secret-hygiene run -e X=keychain://…` against a real gnome-keyring in a private session bus, through
 * the small `run` bundle the bin uses and through the full CLI (what runs when a policy file exists).
 * Runs interleave, so machine load affects every variant alike; medians of wall and of CPU time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { missingKeyringTools, startTestKeyring } from '../../cli/test/support/keyring.js';

interface Sample {
  wallMs: number;
  cpuMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function timedRun(args: string[], env: NodeJS.ProcessEnv): Sample {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, ...args], { encoding: 'utf8', env });
  if (run.status !== 0) throw new Error(`broker bench: ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  const [wall, user, system] = (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { wallMs: (wall ?? NaN) * 1000, cpuMs: ((user ?? NaN) + (system ?? NaN)) * 1000 };
}

/** One bench line; `cli` is the secret-hygiene.js bundle (secret-hygiene-run.js sits next to it). */
export async function brokerBenchLine(cli: string, runs = 11): Promise<string> {
  const small = join(dirname(cli), 'secret-hygiene-run.js');
  if (!existsSync(small)) return `- JIT broker start-up: not measured (${small} is not built)`;
  const missing = missingKeyringTools();
  if (missing.length) return `- JIT broker start-up: not measured (needs ${missing.join(', ')})`;
  const keyring = await startTestKeyring();
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, ...keyring.env, SECRET_HYGIENE_POLICY: 'none' };
    delete env.DISPLAY;
    const stored = spawnSync('secret-tool', ['store', '--label=bench', 'service', 'bench', 'account', 'value'], { input: 'bench-value-not-a-secret', env });
    if (stored.status !== 0) return `- JIT broker start-up: not measured (secret-tool store failed: ${String(stored.stderr).trim()})`;
    const child = ['node', '-e', 'if (!process.env.X) process.exit(9)'];
    const variants: [string, string[]][] = [
      ['child alone', ['-e', '0']],
      ['run (small bundle)', [small, 'run', '-e', 'X=keychain://bench/value', '--', ...child]],
      ['run (full CLI)', [cli, 'run', '-e', 'X=keychain://bench/value', '--', ...child]],
    ];
    const samples = new Map<string, Sample[]>(variants.map(([label]) => [label, []]));
    for (let i = 0; i < runs; i++) for (const [label, args] of variants) samples.get(label)!.push(timedRun(args, env));
    const wall = (label: string) => median(samples.get(label)!.map((s) => s.wallMs));
    const cpu = (label: string) => median(samples.get(label)!.map((s) => s.cpuMs));
    const bare = { wall: wall('child alone'), cpu: cpu('child alone') };
    const parts = variants.slice(1).map(([label]) => `${label} ${wall(label).toFixed(0)} ms (+${(wall(label) - bare.wall).toFixed(0)}; CPU +${(cpu(label) - bare.cpu).toFixed(0)})`);
    return `- JIT broker, child start with one keychain reference (real gnome-keyring; median of ${runs}, interleaved): child alone ${bare.wall.toFixed(0)} ms (CPU ${bare.cpu.toFixed(0)} ms); ${parts.join('; ')} (target ≤ +50 ms; the full CLI runs when a policy file exists)`;
  } finally {
    await keyring.stop();
  }
}
