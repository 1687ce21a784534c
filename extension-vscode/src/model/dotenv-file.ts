/**
 * Writing one variable into a `.env` file without disturbing the rest of it. A variable that already
 * holds a different value is a conflict: the fix stops there, because overwriting it would break
 * whatever reads the old value.
 */

const BARE = /^[\w.\-/+=:@~%^,]*$/;

/** `NAME=value` with the least quoting dotenv readers agree on, or an error when no quoting is safe. */
export function dotenvAssignment(name: string, value: string): string | { error: string } {
  if (/[\r\n]/.test(value)) return { error: 'the value spans several lines; a .env file cannot hold it safely' };
  if (BARE.test(value)) return `${name}=${value}`;
  if (!value.includes("'")) return `${name}='${value}'`;
  if (!/["\\$`]/.test(value)) return `${name}="${value}"`;
  return { error: 'the value mixes quotes and escape characters; a .env file cannot hold it safely' };
}

function unquote(raw: string): string {
  const value = raw.trim();
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) return value.slice(1, -1);
  return value.replace(/\s+#.*$/, '');
}

export type DotenvUpdate = { text: string; changed: boolean } | { error: string };

export function upsertDotenv(text: string | undefined, name: string, value: string): DotenvUpdate {
  const assignment = dotenvAssignment(name, value);
  if (typeof assignment !== 'string') return assignment;
  const current = text ?? '';
  const pattern = new RegExp(`^[ \\t]*(?:export[ \\t]+)?${name}[ \\t]*=(.*)$`, 'm');
  const existing = pattern.exec(current);
  if (existing) {
    if (unquote(existing[1]!) === value) return { text: current, changed: false };
    return { error: `${name} is already set in the .env file to another value; rename the variable or edit the file by hand` };
  }
  const eol = current.includes('\r\n') ? '\r\n' : '\n';
  const prefix = current && !current.endsWith('\n') ? `${current}${eol}` : current;
  return { text: `${prefix}${assignment}${eol}`, changed: true };
}
