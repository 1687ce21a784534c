/**
 * fast-check arbitraries for fuzz inputs: a file path (so the format parsers and the fix planner run,
 * as they do in the CLI and the editor) and a text built from rule samples, keywords, PEM armour,
 * quotes, escapes, newlines real and escaped, indentation, YAML/JSON structure, random Unicode, and
 * long repeats of small units: the shape of catastrophic backtracking is a unit repeated many times.
 * https://fast-check.dev/docs/core-blocks/arbitraries/
 */
import fc from 'fast-check';
import { HEX_CHARS, PEM_MARKERS, PUNCTUATION, RULE_KEYWORDS, RULE_SAMPLES, STRUCTURE, TOKEN_CHARS } from './fragments.js';

export interface FuzzInput {
  /** The path the text is scanned as (the CLI and VS Code always pass one). */
  path: string;
  text: string;
}

/** No generated text is longer than this (a bigger file only tests throughput, which the bench measures). */
export const MAX_INPUT_CHARS = 1 << 20;
/** One repeated run is at most this long, whatever its count. */
const MAX_REPEAT_CHARS = 256 * 1024;

/** Paths of every syntax `detectFileKind` knows, plus source and plain files that take the text path only. */
export const FUZZ_PATHS: readonly string[] = [
  '.vscode/mcp.json', '.cursor/mcp.json', '.mcp.json', '.claude/settings.json', 'claude_desktop_config.json', '.continue/config.yaml',
  '.vscode/settings.json', '.idea/workspace.xml', '.github/workflows/ci.yml', '.npmrc', '.yarnrc.yml', '.pypirc', '.docker/config.json',
  '.netrc', '.git-credentials', '.aws/credentials', '.kube/config', '.env', '.env.production', 'charts/app/values.yaml',
  'src/app.ts', 'src/config.js', 'main.py', 'main.go', 'config/settings.json', 'README.md', 'Dockerfile', 'notes.txt', 'fixtures/example.env',
];

const oneOf = (chars: string) => fc.constantFrom(...chars.split(''));
const tokenRun = fc.string({ unit: oneOf(TOKEN_CHARS), minLength: 1, maxLength: 80 });
const hexRun = fc.string({ unit: oneOf(HEX_CHARS), minLength: 8, maxLength: 64 });

/** A rule sample cut, doubled or broken across lines: near-misses are where regexes explore most. */
const mutatedSample = fc
  .tuple(fc.constantFrom(...RULE_SAMPLES), fc.nat(), fc.nat(), fc.constantFrom('cut', 'stretch', 'break', 'escape'))
  .map(([sample, a, b, how]) => {
    const i = a % (sample.length + 1);
    const j = b % (sample.length + 1);
    if (how === 'cut') return sample.slice(Math.min(i, j), Math.max(i, j));
    if (how === 'stretch') return sample.slice(0, i) + sample.slice(i, i + 1).repeat(2 + (j % 300)) + sample.slice(i + 1);
    if (how === 'break') return `${sample.slice(0, i)}\n${sample.slice(i)}`;
    return JSON.stringify(sample).slice(1, -1);
  });

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...RULE_SAMPLES) },
  { weight: 3, arbitrary: mutatedSample },
  { weight: 4, arbitrary: fc.constantFrom(...RULE_KEYWORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PEM_MARKERS) },
  { weight: 6, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 3, arbitrary: fc.constantFrom(...STRUCTURE) },
  { weight: 3, arbitrary: tokenRun },
  { weight: 1, arbitrary: hexRun },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/** Small counts find exponential blow-ups (40 newlines); large ones find quadratic work per finding. */
const repeatCount = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 10, max: 100 }) },
  { weight: 2, arbitrary: fc.integer({ min: 100, max: 1000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 5000 }) },
);

/** A unit of one to four fragments, repeated 10–5000 times (bounded by MAX_REPEAT_CHARS). */
const repeated = fc.tuple(fc.array(fragment, { minLength: 1, maxLength: 4 }), repeatCount).map(([parts, count]) => {
  const unit = parts.join('') || ' ';
  return unit.repeat(Math.min(count, Math.max(1, Math.floor(MAX_REPEAT_CHARS / unit.length))));
});

const piece = fc.oneof({ weight: 14, arbitrary: fragment }, { weight: 1, arbitrary: repeated });

/** Free text: pieces back to back. */
const freeText = fc.array(piece, { minLength: 1, maxLength: 40 }).map((pieces) => pieces.join(''));

const indentOf = fc.constantFrom('  ', '    ', '\t', '        ', ' ');

/** Ways a file wraps the same text: JSON-escaped (`\n` as two characters), a YAML block scalar, indented, quoted, CRLF, deeply nested. */
const wrapped = fc.tuple(freeText, fc.constantFrom('none', 'json-string', 'yaml-block', 'indent', 'quote', 'crlf', 'nest-json', 'nest-yaml'), indentOf, fc.integer({ min: 1, max: 300 })).map(
  ([text, how, indent, depth]) => {
    const lines = text.split('\n');
    switch (how) {
      case 'json-string':
        return `{"key": ${JSON.stringify(text)}}`;
      case 'yaml-block':
        return `key: |\n${lines.map((line) => indent + line).join('\n')}\n`;
      case 'indent':
        return lines.map((line) => indent + line).join('\n');
      case 'quote':
        return `"${text}"`;
      case 'crlf':
        return lines.join('\r\n');
      case 'nest-json':
        return `${'{"a":['.repeat(depth)}${JSON.stringify(text)}${']}'.repeat(depth)}`;
      case 'nest-yaml':
        return `${Array.from({ length: Math.min(depth, 60) }, (_, level) => `${indent.repeat(level)}k${level}:`).join('\n')} ${JSON.stringify(text)}\n`;
      default:
        return text;
    }
  },
);

/** A JSON document (MCP config, settings) whose keys and values are fragments, as its own client would write it. */
const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: freeText },
    { weight: 1, arbitrary: fc.constantFrom(true, false, null, 0, 1.5) },
    { weight: 2, arbitrary: fc.dictionary(fc.oneof(fragment, fc.constantFrom('env', 'headers', 'args', 'servers', 'mcpServers', 'inputs', 'command')), tie('value'), { maxKeys: 5 }) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 5 }) },
  ),
})).value;
const jsonText = fc.tuple(jsonValue, fc.constantFrom(0, 2, 4, '\t')).map(([value, space]) => JSON.stringify({ servers: value }, null, space));

/** A YAML-like document: nested keys, list items and block scalars holding fragments. */
const yamlLine = fc.tuple(fc.integer({ min: 0, max: 8 }), fc.constantFrom('key', 'list', 'block', 'plain'), fc.constantFrom(...RULE_KEYWORDS, 'env', 'data', 'values'), freeText).map(
  ([level, how, key, text]) => {
    const pad = '  '.repeat(level);
    if (how === 'key') return `${pad}${key}: ${text.replace(/\n/g, ' ')}`;
    if (how === 'list') return `${pad}- ${key}: ${text.replace(/\n/g, ' ')}`;
    if (how === 'block') return `${pad}${key}: |\n${text.split('\n').map((line) => `${pad}  ${line}`).join('\n')}`;
    return pad + text;
  },
);
const yamlText = fc.array(yamlLine, { minLength: 1, maxLength: 30 }).map((lines) => `${lines.join('\n')}\n`);

/** dotenv / ini / shell assignments, one per line. */
const assignments = fc.array(fc.tuple(fc.constantFrom(...RULE_KEYWORDS, 'API_KEY', 'TOKEN', 'PASSWORD'), fc.constantFrom('=', ' = ', ': ', '="', "='"), freeText), { minLength: 1, maxLength: 30 }).map((lines) =>
  lines.map(([key, separator, value]) => `${key}${separator}${value.replace(/\n/g, '\\n')}`).join('\n'),
);

const text = fc.oneof({ weight: 6, arbitrary: wrapped }, { weight: 2, arbitrary: jsonText }, { weight: 2, arbitrary: yamlText }, { weight: 1, arbitrary: assignments });

export const fuzzInput: fc.Arbitrary<FuzzInput> = fc.record({ path: fc.constantFrom(...FUZZ_PATHS), text: text.map((t) => t.slice(0, MAX_INPUT_CHARS)) });

/** Inputs are generated in batches of this many, each batch from its own seed: input `i` of a run is reproducible alone. */
export const BATCH_SIZE = 200;

/** Batch `batch` of the run seeded `seed`: deterministic. */
export function fuzzBatch(seed: number, batch: number, count = BATCH_SIZE): FuzzInput[] {
  return fc.sample(fuzzInput, { seed: (seed + batch * 7919) | 0, numRuns: count });
}

/** Input number `index` of the run seeded `seed` (what `npm run fuzz -- --seed S --only I` replays). */
export function fuzzInputAt(seed: number, index: number): FuzzInput {
  return fuzzBatch(seed, Math.floor(index / BATCH_SIZE))[index % BATCH_SIZE]!;
}
