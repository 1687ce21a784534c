/** The real-code corpora: npm packages installed on demand into a cache folder, filtered to text sources. */
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';

export const CACHE = join(process.cwd(), '.cache');

/** A real-code corpus: npm packages installed on demand (never at test time) into a cache folder. */
export interface CorpusSpec {
  label: string;
  /** Where the packages are installed; `tree` holds hard links to their text sources. */
  installDir: string;
  tree: string;
  packages: string[];
  /** A package whose presence means the install is done. */
  probe: string;
}

/** Popular packages with a lot of real JS/TS/JSON/Markdown/YAML (≈ 200 MB of sources). */
export const POPULAR: CorpusSpec = {
  label: 'popular npm packages',
  installDir: join(CACHE, 'bench-corpus'),
  tree: join(CACHE, 'bench-corpus', 'tree'),
  packages: ['typescript@5', 'aws-sdk@2', 'three', 'rxjs@7', 'webpack@5', 'eslint@9', 'prettier@3', 'lodash', 'moment', 'react-dom@18', '@babel/core@7'],
  probe: 'aws-sdk',
};

/**
 * Generated API clients and cloud SDKs: code nobody on this project tuned for, full of OAuth scope URLs in
 * doc comments and `.d.ts` declarations, credential-provider packages, `credentials` identifiers and
 * documentation placeholders (issue #12's noise classes).
 */
export const SDKS: CorpusSpec = {
  label: 'generated API clients and cloud SDKs',
  installDir: join(CACHE, 'bench-corpus-sdk'),
  tree: join(CACHE, 'bench-corpus-sdk', 'tree'),
  packages: ['googleapis', '@google-cloud/storage', '@aws-sdk/client-s3', '@azure/identity', 'firebase-admin', 'stripe', 'openai', '@slack/web-api', 'twilio'],
  probe: 'googleapis',
};

/** The first corpus's tree (the editor-latency bench reads real documents from it). */
export const TREE = POPULAR.tree;
const EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.json', '.md', '.yml', '.yaml']);

function npmInstall(dir: string, packages: string[]): void {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...packages], { cwd: dir, stdio: 'inherit' });
}

/** Installs the corpus if needed, links its text sources into its tree once, and measures it. */
export function ensureCorpus(spec: CorpusSpec = POPULAR): { files: number; bytes: number } {
  const modules = join(spec.installDir, 'node_modules');
  if (!existsSync(join(modules, spec.probe))) {
    console.error(`bench: installing the real-code corpus (${spec.label}) …`);
    npmInstall(spec.installDir, spec.packages);
  }
  let files = 0;
  let bytes = 0;
  const fresh = !existsSync(spec.tree);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && EXTENSIONS.has(extname(entry.name))) {
        const target = join(spec.tree, relative(modules, path));
        if (fresh) {
          mkdirSync(dirname(target), { recursive: true });
          linkSync(path, target);
        }
        files++;
        bytes += statSync(path).size;
      }
    }
  };
  walk(modules);
  return { files, bytes };
}

export function ensureSecretlint(): string {
  const dir = join(CACHE, 'secretlint');
  const bin = join(dir, 'node_modules', '.bin', 'secretlint');
  if (!existsSync(bin)) {
    console.error('bench: installing secretlint 13 with its recommended preset …');
    npmInstall(dir, ['secretlint@13', '@secretlint/secretlint-rule-preset-recommend@13']);
  }
  writeFileSync(join(dir, '.secretlintrc.json'), JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  return bin;
}

export function ensureRipgrep(): string | undefined {
  const found = ['/usr/bin/rg', '/usr/local/bin/rg'].find((p) => existsSync(p));
  if (found) return found;
  try {
    execFileSync('apt-get', ['install', '-y', '-qq', 'ripgrep'], { stdio: 'inherit' });
    return '/usr/bin/rg';
  } catch {
    return undefined;
  }
}
