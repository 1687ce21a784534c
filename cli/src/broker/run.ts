/** `secret-hygiene run` in the full CLI: the broker with the policy engine and the scanner wired in. */
import { runBrokerCommand } from './run-command.js';
import { loadRunPolicy } from './run-policy.js';
import { providersOf } from './value-providers.js';

export function runBroker(argv: string[], version: string): Promise<number> {
  return runBrokerCommand(argv, { version, loadPolicy: loadRunPolicy, providersOf });
}
