/**
 * Comment syntax per language, for the `secret-hygiene:allow <reason>` directive. A format without
 * comments (strict JSON, .git-credentials, plain text) gets `undefined`: the allow action then records
 * the finding's fingerprint in the workspace baseline instead.
 */
import { detectFileKind } from './core.js';

export type CommentStyle = { open: string; close: string };

const line = (open: string): CommentStyle => ({ open, close: '' });
const block = (open: string, close: string): CommentStyle => ({ open, close });

const SLASHES = line('//');
const HASH = line('#');
const DASHES = line('--');
const XML = block('<!--', '-->');
const C_BLOCK = block('/*', '*/');

/** VS Code language ids (https://code.visualstudio.com/docs/languages/identifiers) and a few common extensions' ids. */
const BY_LANGUAGE: Record<string, CommentStyle> = {};
for (const id of [
  'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'jsonc', 'json5', 'c', 'cpp', 'csharp', 'java', 'go',
  'rust', 'swift', 'kotlin', 'scala', 'dart', 'php', 'groovy', 'objective-c', 'objective-cpp', 'fsharp', 'zig', 'proto',
  'proto3', 'solidity', 'vue', 'svelte', 'd', 'hlsl', 'glsl', 'jsonnet', 'prisma', 'graphql',
]) BY_LANGUAGE[id] = SLASHES;
for (const id of [
  'python', 'shellscript', 'ruby', 'perl', 'perl6', 'raku', 'yaml', 'dotenv', 'properties', 'toml', 'dockerfile', 'makefile',
  'r', 'powershell', 'elixir', 'julia', 'coffeescript', 'nix', 'terraform', 'hcl', 'cmake', 'nginx', 'gitignore', 'ignore',
  'ssh_config', 'github-actions-workflow', 'dockercompose', 'starlark', 'tcl', 'crystal', 'nim', 'fish',
]) BY_LANGUAGE[id] = HASH;
for (const id of ['sql', 'lua', 'haskell', 'elm', 'ada', 'plsql']) BY_LANGUAGE[id] = DASHES;
for (const id of ['html', 'xml', 'xsl', 'markdown', 'svg']) BY_LANGUAGE[id] = XML;
for (const id of ['css', 'scss', 'less']) BY_LANGUAGE[id] = C_BLOCK;
BY_LANGUAGE['ini'] = line(';');
BY_LANGUAGE['clojure'] = line(';');
BY_LANGUAGE['lisp'] = line(';');
BY_LANGUAGE['vb'] = line("'");
BY_LANGUAGE['bat'] = line('REM');
BY_LANGUAGE['latex'] = line('%');
BY_LANGUAGE['erlang'] = line('%');
BY_LANGUAGE['matlab'] = line('%');

/** File kinds whose own parser accepts comments (and which comment), when the language id says nothing useful. */
const BY_FILE_KIND: Record<string, CommentStyle | undefined> = {
  dotenv: HASH,
  npmrc: HASH,
  pypirc: HASH,
  'aws-credentials': HASH,
  kubeconfig: HASH,
  yarnrc: HASH,
  'github-workflow': HASH,
  'jetbrains-xml': XML,
  netrc: undefined,
  'git-credentials': undefined,
  'docker-config': undefined,
};

/** Language ids that mean "no comment syntax here": fall back to the path, then to the baseline. */
const NO_COMMENTS = new Set(['json', 'plaintext', 'log', 'csv', 'tsv']);

export function commentStyle(languageId: string, path: string | undefined): CommentStyle | undefined {
  const match = path ? detectFileKind(path) : undefined;
  const kind = match?.fileKind;
  // The file kind wins over the language id where the client's parser is stricter than the editor's
  // mode (a `.mcp.json` opened as jsonc is still read by Claude Code with JSON.parse).
  if (kind && kind in BY_FILE_KIND) return BY_FILE_KIND[kind];
  if (kind === 'mcp-config' || kind === 'agent-settings' || kind === 'editor-settings') {
    if (match!.syntax === 'yaml') return HASH;
    // VS Code and Zed read their JSON files as JSONC; other clients use strict JSON parsers.
    return match!.client === 'vscode' || match!.client === 'zed' ? SLASHES : undefined;
  }
  if (!NO_COMMENTS.has(languageId) && BY_LANGUAGE[languageId]) return BY_LANGUAGE[languageId];
  const name = (path ?? '').replace(/\\/g, '/').split('/').pop()?.toLowerCase() ?? '';
  if (/^\.env(\..*)?$|\.env$|^dockerfile$|\.(sh|bash|zsh|py|rb|ya?ml|toml|tf|properties|conf|cfg)$/.test(name)) return HASH;
  if (/\.(m?[jt]sx?|c|cc|cpp|h|hpp|cs|java|go|rs|kt|swift|scala|php|dart)$/.test(name)) return SLASHES;
  return undefined;
}

/** A reason fit for one comment line: whitespace collapsed, comment terminators removed, bounded. */
export function sanitizeReason(reason: string): string | undefined {
  const clean = reason
    .replace(/\*\/|-->|\r|\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return clean || undefined;
}

/**
 * The insertion that puts the directive on its own line above the finding's line, indented like it.
 * `offset` is the finding's start; returns where to insert and what.
 */
export function allowDirectiveInsertion(text: string, offset: number, style: CommentStyle, reason: string): { at: number; text: string } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, Math.min(text.length, lineStart + 256)))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const close = style.close ? ` ${style.close}` : '';
  return { at: lineStart, text: `${indent}${style.open} secret-hygiene:allow ${reason}${close}${eol}` };
}
