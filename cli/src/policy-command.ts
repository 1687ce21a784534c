import { parseArgs } from 'node:util';
import { formatPolicyProblem, policySchema, resolvePolicy, type ProvenanceEntry, type ResolvedPolicy } from '@secret-hygiene/core';
import { UsageError } from './errors.js';
import { maskUrlsIn } from './output/mask-url.js';
import { WORKSPACE_POLICY_FILE, defaultPolicyContext, loadPolicyLayers, type PolicyContext, type PolicyFile } from './policy/sources.js';

export const POLICY_HELP = `Usage:
  secret-hygiene policy [--format text|json]

Prints the effective policy and where each value came from. Layers, weakest first:
  built-in defaults < workspace ./.secret-hygiene.json < user $XDG_CONFIG_HOME/secret-hygiene/policy.json
  (default ~/.config/…) < managed: /etc/secret-hygiene/policy.json (Linux),
  /Library/Application Support/SecretHygiene/policy.json (macOS), %ProgramData%\\SecretHygiene\\policy.json
  (Windows); SECRET_HYGIENE_POLICY overrides the managed path.
Managed values can be tightened by the other layers, never loosened. A managed policy that cannot be
read or validated is replaced by strict defaults (fail closed).

Options (policy):
  -f, --format text|json   output format (default text)

Exit codes: 0 every policy file is valid, 1 a policy file is broken (the output says which, why, and
what applies instead), 2 usage error. So \`SECRET_HYGIENE_POLICY=new.json secret-hygiene policy\`
validates a policy before it is rolled out.
`;

export interface PolicyCommandResult {
  stdout: string;
  exitCode: 0 | 1;
}

export async function runPolicy(argv: string[], context: PolicyContext = defaultPolicyContext()): Promise<PolicyCommandResult> {
  let format: string;
  try {
    const parsed = parseArgs({ args: argv, options: { format: { type: 'string', short: 'f', default: 'text' }, help: { type: 'boolean', short: 'h' } } });
    if (parsed.values.help) return { stdout: POLICY_HELP, exitCode: 0 };
    format = parsed.values.format!;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format: expected text or json, got "${format}"`);

  const { layers, files } = await loadPolicyLayers(context);
  const resolved = resolvePolicy(layers);
  const broken = resolved.problems.some((problem) => problem.level === 'error');
  // The audit endpoint (and any URL a message quotes) printed with userinfo and query values masked.
  const stdout = maskUrlsIn(format === 'json' ? formatPolicyJson(resolved, files) : formatPolicyText(resolved, files));
  return { stdout, exitCode: broken ? 1 : 0 };
}

function formatPolicyJson(resolved: ResolvedPolicy, files: PolicyFile[]): string {
  const problems = resolved.problems.map((problem) => ({ ...problem, text: formatPolicyProblem(problem) }));
  const { policy, provenance, limits, trust, loosened } = resolved;
  return `${JSON.stringify({ version: 1, files, problems, policy, provenance, limits, trust, loosened }, null, 2)}\n`;
}

/** Top-level fields in the document's own order, so related values print together. */
/** Top-level fields in the order the policy schema declares them (a new field is placed, never first by accident). */
const FIELD_ORDER = Object.keys(policySchema.shape);

function formatPolicyText(resolved: ResolvedPolicy, files: PolicyFile[]): string {
  const lines: string[] = [];
  const errors = resolved.problems.filter((problem) => problem.level === 'error');
  if (errors.length) {
    lines.push('✖ POLICY PROBLEMS: some policy was not applied as written', ...errors.map((problem) => `  ✖ ${formatPolicyProblem(problem)}`), '');
  }

  lines.push('Policy files (weakest first)');
  const width = Math.max(...files.map((file) => file.path.length));
  for (const file of files) {
    lines.push(`  ${file.source.padEnd(10)} ${file.path.padEnd(width)}  ${file.status}${file.via ? ` (path from ${file.via})` : ''}`);
  }

  const notices = resolved.problems.filter((problem) => problem.level === 'notice');
  if (notices.length) lines.push('', 'Notices', ...notices.map((problem) => `  · ${formatPolicyProblem(problem)}`));

  lines.push('', 'Effective policy');
  const topIndex = (field: string) => FIELD_ORDER.indexOf(field.split(/[.[]/)[0]!);
  const entries = Object.entries(resolved.provenance).sort(([a], [b]) => topIndex(a) - topIndex(b));
  const shown = entries.map(([field, entry]) => [field, describeValue(resolved, field, entry), entry] as const);
  const fieldWidth = Math.max(...shown.map(([field]) => field.length));
  const valueWidth = Math.max(...shown.map(([, value]) => value.length));
  for (const [field, value, entry] of shown) {
    lines.push(`  ${field.padEnd(fieldWidth)}  ${value.padEnd(valueWidth)}  ${entry.source.padEnd(14)} ${entry.origin}`);
  }
  const { trust, loosened } = resolved;
  lines.push('', `Repository (${WORKSPACE_POLICY_FILE}): ${trust.mayLoosen ? 'may loosen' : 'may only tighten'} (${trust.decidedBy})`);
  for (const { field, value } of loosened) lines.push(`  loosened: ${field}${field.endsWith(']') ? '' : ` = ${value}`}`);
  const limit = resolved.limits.minSeverity;
  if (limit) lines.push('', `--min-severity cannot be looser than ${limit.value} (${limit.source} ${limit.origin}).`);
  return `${lines.join('\n')}\n`;
}

function describeValue(resolved: ResolvedPolicy, field: string, entry: ProvenanceEntry): string {
  const text = Array.isArray(entry.value) ? (entry.value.length ? entry.value.join(', ') : '(none)') : String(entry.value);
  const override = field.startsWith('severityOverrides.') ? resolved.policy.severityOverrides[field.slice('severityOverrides.'.length)] : undefined;
  return override?.raiseOnly ? `${text} (raise only)` : text;
}
