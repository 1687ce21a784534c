/**
 * Coarse syntax families, enough to know how a literal is written: in code a secret is a quoted
 * string (an unquoted value is a variable), in config files values are often bare.
 */
export type SyntaxFamily = 'config' | 'c-like' | 'go' | 'code';

const CONFIG = new Set([
  'conf', 'cfg', 'cnf', 'ini', 'env', 'properties', 'props', 'toml', 'yaml', 'yml', 'xml', 'config', 'npmrc', 'pypirc',
  'netrc', 'tfvars', 'hcl', 'txt', 'md', 'sh', 'bash', 'zsh', 'ps1', 'bat', 'cmd', 'dockerfile', 'service',
]);
const C_LIKE = new Set(['c', 'h', 'cc', 'cpp', 'hpp', 'cs', 'm', 'mm']);

export function syntaxFamily(path: string | undefined): SyntaxFamily {
  if (!path) return 'code';
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name.startsWith('.env') || name === 'dockerfile' || name.endsWith('rc') && !name.includes('.')) return 'config';
  const dot = name.lastIndexOf('.');
  const ext = dot === -1 ? '' : name.slice(dot + 1);
  if (CONFIG.has(ext)) return 'config';
  if (C_LIKE.has(ext)) return 'c-like';
  if (ext === 'go') return 'go';
  return 'code';
}
