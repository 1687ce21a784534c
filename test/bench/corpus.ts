/** The real-code corpus: popular npm packages installed into a cache folder, filtered to text sources. */
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';

export const CACHE = join(process.cwd(), '.cache');
const INSTALL_DIR = join(CACHE, 'bench-corpus');
export const TREE = join(INSTALL_DIR, 'tree');

/** Popular packages with a lot of real JS/TS/JSON/Markdown/YAML (≈ 180 MB of sources). */
const PACKAGES = ['typescript@5', 'aws-sdk@2', 'three', 'rxjs@7', 'webpack@5', 'eslint@9', 'prettier@3', 'lodash', 'moment', 'react-dom@18', '@babel/core@7'];
const EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.json', '.md', '.yml', '.yaml']);

function npmInstall(dir: string, packages: string[]): void {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...packages], { cwd: dir, stdio: 'inherit' });
}

export function ensureCorpus(): { files: number; bytes: number } {
  if (!existsSync(join(INSTALL_DIR, 'node_modules', 'aws-sdk'))) {
    console.error('bench: installing the real-code corpus (npm packages) …');
    npmInstall(INSTALL_DIR, PACKAGES);
  }
  let files = 0;
  let bytes = 0;
  const fresh = !existsSync(TREE);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && EXTENSIONS.has(extname(entry.name))) {
        const target = join(TREE, relative(join(INSTALL_DIR, 'node_modules'), path));
        if (fresh) {
          mkdirSync(dirname(target), { recursive: true });
          linkSync(path, target);
        }
        files++;
        bytes += statSync(path).size;
      }
    }
  };
  walk(join(INSTALL_DIR, 'node_modules'));
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
