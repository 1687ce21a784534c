import { fileURLToPath } from 'node:url';
import { parseScanArgs } from './args.js';
import { UsageError } from './errors.js';
import { runAgentsCommand } from './agents/command.js';
import { HOOKS_HELP, runHookCommand, runHooksCommand } from './hooks/command.js';
import { readStdin } from './hooks/stdin.js';
import { runInstallHook } from './install-hook.js';
import { runOauth } from './oauth-command.js';
import { runPolicy } from './policy-command.js';
import { runScan, VERSION } from './scan-command.js';
import { REVOKE_HELP, runRevoke } from './revoke-command.js';
import { runFix } from './fix-command.js';
import { runStoreCommand, STORE_HELP } from './broker/store-command.js';
import { runBroker } from './broker/run.js';

const HELP = `secret-hygiene ${VERSION} — find long-lived tokens, over-scoped grants and embedded secrets

Usage:
  secret-hygiene scan [paths…] [options]
  secret-hygiene verify [paths…] [options]        scan --verify: ask each provider whether the secrets are live
  secret-hygiene revoke PATH… [--yes]             revoke leaked credentials where the provider allows it
  secret-hygiene install-hook [--pre-push] [--force] [PATH]   a git pre-commit (or pre-push) hook
  secret-hygiene oauth URL [--format text|json]   rate an OAuth authorization URL's scopes
                                                  (exit 1 when the overall risk is high or critical)
  secret-hygiene hook claude-code|cursor          answer an agent's hook call (JSON on stdin): deny secrets
  secret-hygiene hooks install|uninstall --client claude-code|cursor [--scope user|project]
  secret-hygiene hooks status [--format text|json]  where the agent hooks are installed (exit 1 when the
                                                  policy requires them and some are missing)
  secret-hygiene agents [--format text|json]      AI clients, MCP servers and their credentials on this machine
  secret-hygiene policy [--format text|json]      print the effective policy and where each value came from
                                                  (exit 1 when a policy file is malformed)
  secret-hygiene run [-e NAME=REF]… [--env-file F] -- COMMAND [ARGS…]   start COMMAND with references
                                                  (keychain://, op://, env://, github-app://) resolved
                                                  into its environment only; exit status is COMMAND's
  secret-hygiene store put|delete|list [REF]      keychain://SERVICE/ACCOUNT entries (put reads stdin)

Options (scan):
  -f, --format text|json|sarif   output format (default text)
  --min-severity LEVEL           report findings at or above: critical, high, medium, low, info
                                 (default: the policy's minimum, low; never looser than a managed minimum)
  --baseline FILE                ignore findings whose fingerprint is in FILE
                                 (default: .secret-hygiene-baseline.json when present)
  --write-baseline FILE          write the current findings to FILE as a baseline, exit 0
  --no-ignore                    do not honour .gitignore files
  --max-file-size SIZE           skip larger files with a notice (default 10MB)
  --[no-]color                   force colour on or off (default: on for a TTY, off with NO_COLOR)
  --[no-]workers                 force worker threads on or off (default: one worker for a small tree,
                                 one per core for a large one; --no-workers scans on the main thread,
                                 with no time budget)
  --file-timeout SECONDS         time budget per file up to 2 MB, SECONDS per 2 MB above (default 10,
                                 0 = none); a file over it is reported as not scanned
  --allow-incomplete             exit 0/1 by findings even when some paths could not be scanned
  --[no-]trust-repository        whether the scanned repository's .secret-hygiene.json, committed baseline
                                 and ignore files may loosen the scan (default: yes, within the policy,
                                 and every loosening is printed); --no-trust-repository: tighten only
  --follow-symlinks              follow symlinks that lead out of the scan root (default: notice, not followed)
  --git [RANGE] [PATH]           scan the history of the repository at PATH: each blob once, with the commit
                                 that added it (RANGE: main..feature, default every ref); see docs/history.md
  --since REV                    with --git: only what REV..HEAD added
  --staged [PATH]                scan what the next commit adds (the index; added lines only)
  --all-lines                    with --staged: whole staged files
  --verify                       ask each secret's provider (official API host only) whether it is live,
                                 whose it is, its scopes and expiry; severity follows (docs/verify.md)
  --verify-timeout SECONDS       per request (default 10); a slower answer is reported as unknown
  --fix                          rewrite agent (MCP) configs: each secret goes to the OS keychain and the
                                 server starts through \`secret-hygiene run\`; FILE.secret-hygiene.bak first
                                 (exit 0 all fixed, 1 some left, 2 keychain unavailable: file unchanged)

Policy: the managed file (/etc/secret-hygiene/policy.json; macOS /Library/Application Support/SecretHygiene/
policy.json; Windows %ProgramData%\\SecretHygiene\\policy.json) wins over ~/.config/secret-hygiene/policy.json
and ./.secret-hygiene.json. See docs/policy.md.

Exit codes: 0 nothing at or above the threshold, 1 findings, 2 error or an incomplete scan (a path
that exists was not scanned: unreadable, over --max-file-size or the time budget; findings are still
printed; --allow-incomplete gives 0/1). See docs/cli.md.
`;

const COMMAND_HELP: Record<string, string> = {
  scan: HELP,
  verify: HELP,
  revoke: REVOKE_HELP,
  hook: `Usage:\n  secret-hygiene hook claude-code|cursor < hook-input.json\n\nAnswers the client's hook call in its own protocol: denies when a secret at or above the policy's\nguardrails threshold (default high) would reach the agent. See docs/guardrails.md.\n`,
  hooks: HOOKS_HELP,
  store: STORE_HELP,
  agents: `Usage:\n  secret-hygiene agents [--format text|json] [--verify]\n\nAI clients on this machine and in this project, their MCP servers and the credentials each gets\n(masked, with lifetime), and whether our hooks are installed. Exit 1 when a credential is found.\n--verify checks each credential with its provider (docs/verify.md).\n`,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  // `scan --help`, `hooks -h`, …: every command answers for itself with its usage (exit 0). oauth, policy
  // and install-hook parse their own --help.
  if (COMMAND_HELP[command] !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(COMMAND_HELP[command]!);
    return 0;
  }
  if (command === 'revoke') {
    const result = await runRevoke(rest);
    await new Promise<void>((resolve) => process.stdout.write(result.stdout, () => resolve()));
    return result.exitCode;
  }
  if (command === 'scan' || command === 'verify') {
    // `verify PATH…` is `scan --verify PATH…`.
    const args = parseScanArgs(command === 'verify' && !rest.includes('--verify') ? [...rest, '--verify'] : rest);
    const result = args.fix ? await runFix(args) : await runScan(args, process.stderr);
    await new Promise<void>((resolve) => process.stdout.write(result.stdout, () => resolve()));
    return result.exitCode;
  }
  if (command === 'policy') {
    const result = await runPolicy(rest);
    await new Promise<void>((resolve) => process.stdout.write(result.stdout, () => resolve()));
    return result.exitCode;
  }
  if (command === 'install-hook') {
    const result = runInstallHook(rest, process.argv[1]!);
    await new Promise<void>((resolve) => process.stdout.write(result.stdout, () => resolve()));
    return result.exitCode;
  }
  if (command === 'oauth') {
    const result = runOauth(rest);
    await new Promise<void>((resolve) => process.stdout.write(result.stdout, () => resolve()));
    return result.exitCode;
  }
  if (command === 'hook' || command === 'hooks' || command === 'agents') {
    const result =
      command === 'hook'
        ? await runHookCommand(rest, await readStdin())
        : command === 'hooks'
          ? await runHooksCommand(rest, fileURLToPath(new URL('./hook.cjs', import.meta.url)))
          : await runAgentsCommand(rest);
    if (result.stderr) process.stderr.write(result.stderr);
    await new Promise<void>((resolve) => process.stdout.write(result.stdout, () => resolve()));
    return result.exitCode;
  }
  // run's own exit status is the child's: it never goes through the error path below (125 = broker failure).
  if (command === 'run') return runBroker(rest, VERSION);
  if (command === 'store') {
    const result = await runStoreCommand(rest);
    if (result.stderr) process.stderr.write(result.stderr);
    await new Promise<void>((resolve) => process.stdout.write(result.stdout, () => resolve()));
    return result.exitCode;
  }
  throw new UsageError(`unknown command "${command}" (try: secret-hygiene --help)`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`secret-hygiene: ${error.name === 'UsageError' ? error.message : error.stack ?? error.message}\n`);
    process.exitCode = 2;
  },
);
