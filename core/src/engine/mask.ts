/**
 * The one place a secret is turned into something printable. Short secrets reveal nothing;
 * longer ones keep a recognisable head (usually the provider prefix) and a 4-char tail,
 * which is what users need to match a finding to a key in the provider's console.
 */
export function redact(secret: string): string {
  const n = secret.length;
  if (n < 12) return '…';
  const head = n >= 32 ? 4 : 2;
  const tail = n >= 20 ? 4 : 2;
  return `${secret.slice(0, head)}…${secret.slice(n - tail)}`;
}
