/**
 * How each language reads an environment variable, writes its strings, and joins them. A language
 * missing here gets no fix rather than a guess.
 */
import type { PlanningText } from '../planning-text.js';
import type { TextEdit } from '../types.js';
import { goImportEdit, pythonImportEdit } from './imports.js';
import type { StringSyntax } from './strings.js';

export interface Language {
  label: string;
  syntax: StringSyntax;
  /** The expression that reads variable `name`, given the document (some need it to pick a form). */
  lookup(name: string, doc: PlanningText): string;
  /** Joins string pieces and the lookup when the secret is part of a literal; undefined = not supported. */
  concat?: string;
  /** An edit that makes the lookup compile (an import), if the document lacks it. */
  requiredImport?(text: string): TextEdit | undefined;
  notes?(name: string): string[];
}

const C_COMMENTS = { lineComments: ['//'], blockComment: ['/*', '*/'] as [string, string] };

const JAVASCRIPT: Language = {
  label: 'JavaScript',
  syntax: { quotes: '"\'`', ...C_COMMENTS },
  lookup: (name) => `process.env.${name}`,
  concat: ' + ',
};

const TYPESCRIPT: Language = {
  ...JAVASCRIPT,
  label: 'TypeScript',
  notes: (name) => [`process.env.${name} is typed string | undefined: check that it is set at start-up where a string is required.`],
};

const PYTHON: Language = {
  label: 'Python',
  syntax: {
    quotes: '"\'',
    tripleQuotes: true,
    prefixes: /^(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])$/,
    rawPrefix: /[rR]/,
    lineComments: ['#'],
  },
  // `os.environ[...]` fails loudly (KeyError) when the variable is missing, unlike os.getenv.
  lookup: (name) => `os.environ["${name}"]`,
  concat: ' + ',
  requiredImport: pythonImportEdit,
};

const GO: Language = {
  label: 'Go',
  syntax: { quotes: '"`\'', rawQuotes: '`', ...C_COMMENTS },
  lookup: (name) => `os.Getenv("${name}")`,
  concat: ' + ',
  requiredImport: goImportEdit,
  notes: (name) => [`os.Getenv returns "" when ${name} is unset; check it at start-up.`],
};

const JAVA_LIKE: Language = {
  label: 'Java',
  syntax: { quotes: '"\'', ...C_COMMENTS },
  lookup: (name) => `System.getenv("${name}")`,
  concat: ' + ',
};

const USING_SYSTEM = /^[ \t]*(?:global[ \t]+)?using[ \t]+System[ \t]*;/m;

const CSHARP: Language = {
  label: 'C#',
  syntax: { quotes: '"\'', prefixes: /^(?:@|\$+|\$+@|@\$+)$/, rawPrefix: /@/, ...C_COMMENTS },
  // Fully qualified unless the file already imports System, so it compiles without implicit usings.
  lookup: (name, doc) => `${doc.memo(USING_SYSTEM, () => USING_SYSTEM.test(doc.text)) ? '' : 'System.'}Environment.GetEnvironmentVariable("${name}")`,
  concat: ' + ',
};

const RUBY: Language = {
  label: 'Ruby',
  syntax: { quotes: '"\'', lineComments: ['#'] },
  // ENV.fetch raises KeyError when the variable is missing instead of handing nil on.
  lookup: (name) => `ENV.fetch("${name}")`,
  concat: ' + ',
};

const PHP: Language = {
  label: 'PHP',
  syntax: { quotes: '"\'', lineComments: ['//', '#'], blockComment: ['/*', '*/'] },
  lookup: (name) => `getenv('${name}')`,
  concat: ' . ',
};

const RUST: Language = {
  label: 'Rust',
  // No `'`: lifetimes (`'a`) would open strings that never close.
  syntax: { quotes: '"', prefixes: /^(?:b|r|br)$/, rawPrefix: /r/, ...C_COMMENTS },
  lookup: (name) => `std::env::var("${name}").expect("${name} is not set")`,
  notes: () => [
    'std::env::var returns a String, not a &str: borrow it (&) where a &str is expected, or use `?` instead of expect in functions that return a Result.',
  ],
};

/** Shell is handled on its own terms (quoting decides the form), but shares the lexer. */
export const SHELL_SYNTAX: StringSyntax = { quotes: '"\'', rawQuotes: "'", lineComments: ['#'], commentAtWordStart: true };

const BY_EXTENSION: Record<string, Language> = {
  js: JAVASCRIPT, jsx: JAVASCRIPT, mjs: JAVASCRIPT, cjs: JAVASCRIPT,
  ts: TYPESCRIPT, tsx: TYPESCRIPT, mts: TYPESCRIPT, cts: TYPESCRIPT,
  py: PYTHON,
  go: GO,
  java: JAVA_LIKE, kt: { ...JAVA_LIKE, label: 'Kotlin' }, kts: { ...JAVA_LIKE, label: 'Kotlin' }, scala: { ...JAVA_LIKE, label: 'Scala' },
  cs: CSHARP,
  rb: RUBY,
  php: PHP,
  rs: RUST,
};

const SHELL_EXTENSIONS = new Set(['sh', 'bash', 'zsh', 'ksh']);
/** Config formats where `${NAME}` is the common (but program-dependent) expansion syntax. */
const CONFIG_EXTENSIONS = new Set(['yaml', 'yml', 'toml', 'ini', 'properties', 'conf', 'cfg', 'json', 'jsonc', 'xml']);

export type SourceKind = { kind: 'code'; language: Language } | { kind: 'shell' } | { kind: 'config' } | { kind: 'unknown'; extension: string };

export function sourceKindOf(path: string): SourceKind {
  const name = path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  const extension = dot <= 0 ? '' : name.slice(dot + 1);
  const language = BY_EXTENSION[extension];
  if (language) return { kind: 'code', language };
  if (SHELL_EXTENSIONS.has(extension)) return { kind: 'shell' };
  if (CONFIG_EXTENSIONS.has(extension)) return { kind: 'config' };
  return { kind: 'unknown', extension };
}
