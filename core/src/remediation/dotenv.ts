/**
 * `.env` files are where environment variables already live, so the fix moves the value into the
 * team's secret manager: 1Password leaves an `op://` reference that `op run --env-file` resolves
 * (https://developer.1password.com/docs/cli/secret-references/); Doppler and Infisical inject the
 * variable themselves (`doppler run --`, `infisical run --`), so the line becomes a comment saying so.
 */
import type { Finding } from '../engine/types.js';
import { keychainReference, policyRefusal } from './broker.js';
import type { PlanningText } from './planning-text.js';
import { environmentStore, onePasswordReference } from './store.js';
import { unavailable, type JitContext, type JitPlan } from './types.js';

const ASSIGNMENT = /^(\s*(?:export\s+)?)([A-Za-z_][\w.-]*)(\s*=\s*)/;

export function planDotenv(doc: PlanningText, finding: Finding, context: JitContext): JitPlan {
  const [start, end] = finding.range;
  const line = doc.lineAt(start);
  // Once per line: however many findings a line holds, its assignment is read once.
  const { assignment, raw } = doc.perLine(ASSIGNMENT, line, () => {
    const found = ASSIGNMENT.exec(line.text);
    return { assignment: found, raw: found ? valueOf(line.text.slice(found[0].length)) : undefined };
  });
  if (!assignment || !raw || end > line.end) return unavailable('the secret is not a KEY=value line of this .env file');
  const valueStart = line.start + assignment[0].length;
  // References replace whole values: `op run` resolves a value only when all of it is a reference.
  if (start !== valueStart + raw.offset || end !== valueStart + raw.offset + raw.length) {
    return unavailable('the secret is part of a larger value (a URL or connection string?); move the whole value to your secret manager by hand');
  }
  const key = finding.location?.path?.[0];
  const name = typeof key === 'string' ? key : assignment[2]!;
  const settings = context.references;

  switch (settings?.provider) {
    case '1password': {
      const reference = onePasswordReference(name, settings);
      if (!reference) return unavailable(`the 1Password vault name "${settings.onePasswordVault}" cannot be written in a secret reference; configure the vault's ID instead`);
      // An unquoted value ends at whitespace in most dotenv parsers.
      const newText = !raw.quoted && /\s/.test(reference) ? `"${reference}"` : reference;
      return {
        title: `Use ${reference} (1Password, resolved by op run)`,
        reference: { kind: '1password', text: reference, storeAs: name },
        edits: [{ range: finding.range, newText }],
        store: { kind: '1password', name, key: reference },
        notes: ['Start the program with `op run --env-file=<this file> -- <command>`; op resolves the reference when it starts.'],
      };
    }
    case 'keychain': {
      // Resolved by `secret-hygiene run --env-file`, as `op run` resolves op:// (DESIGN.md, "JIT broker").
      const refused = policyRefusal(context, finding, 'keychain');
      if (refused) return unavailable(refused);
      const reference = keychainReference('dotenv', name);
      return {
        title: `Use ${reference} (OS keychain, resolved by secret-hygiene run)`,
        reference: { kind: 'keychain', text: reference, storeAs: name },
        edits: [{ range: finding.range, newText: reference }],
        store: { kind: 'keychain', name, key: reference },
        notes: ['Start the program with `secret-hygiene run --env-file <this file> -- <command>`; it resolves the reference when it starts.'],
      };
    }
    case 'doppler':
    case 'infisical': {
      const stored = environmentStore(name, settings, 'the program');
      if (typeof stored === 'string') return unavailable(stored);
      const tool = settings.provider === 'doppler' ? 'Doppler' : 'Infisical';
      const comment = `# ${name} is injected by \`${settings.provider} run\` (${tool})`;
      return {
        title: `Move ${name} to ${tool} (injected by ${settings.provider} run)`,
        reference: { kind: settings.provider, text: comment, storeAs: name },
        edits: [{ range: [line.start, line.end], newText: comment }],
        store: stored.store,
        notes: stored.notes,
      };
    }
    default:
      return unavailable(
        'a .env file is already where environment variables belong: keep it git-ignored, or configure a secret manager (1Password, Doppler, Infisical) in the policy to move the value out of the file',
      );
  }
}

/** Where the value sits after `KEY=`: inside its quotes if quoted, else up to an inline ` #` comment. */
function valueOf(rest: string): { offset: number; length: number; quoted: boolean } {
  const quote = rest[0];
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = rest.indexOf(quote, 1);
    if (close !== -1) return { offset: 1, length: close - 1, quoted: true };
  }
  // A comment starts at the first `#` after whitespace (found by index: a `\s+#` search would retry
  // every position of a long run of blanks).
  let comment = rest.indexOf('#', 1);
  while (comment !== -1 && !/\s/.test(rest[comment - 1]!)) comment = rest.indexOf('#', comment + 1);
  const value = (comment === -1 ? rest : rest.slice(0, comment)).trimEnd();
  return { offset: 0, length: value.length, quoted: false };
}
