/**
 * Which providers a resolved value belongs to, by the scanner's own rules (a `ghp_…` value is GitHub's):
 * what `broker.requiredSchemes` is checked against.
 */
import { builtinRules, Scanner } from '@secret-hygiene/core';

let scanner: Scanner | undefined;

export function providersOf(value: string): string[] {
  scanner ??= new Scanner(builtinRules);
  return [...new Set(scanner.scan(value).findings.map((finding) => finding.provider))];
}
