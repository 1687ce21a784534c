// Issue 18's hostile repository opened in real code-server as an UNTRUSTED workspace (Restricted Mode),
// and the private CLI build the Agent Guardrails view runs (issue 16). Used by run.mjs:
//
// - bundlePrivateCli(dir): this tree's CLI (main, scan worker, hook bin) bundled into the run folder, as
//   esbuild.config.mjs bundles cli/dist, so the e2e never depends on the shared build.
// - hostileRepository(base, cliJs): the repository of cli/test/hostile-repo.test.ts, rebuilt here for an
//   editor: restricted settings, a silencing .secret-hygiene.json, a committed baseline, directives in
//   strings and far away, symlinks out of the root, a workspace-chosen CLI that would write outside.
//   Returns it and the folder outside it that it points into.
// - untrustedSettings(settings): the user settings of a code-server whose workspace trust is on and
//   never prompts, so a folder opens in Restricted Mode (https://code.visualstudio.com/docs/editing/workspaces/workspace-trust#_settings).
// - treeState(dir): every entry under a folder with its content and mtime, to prove nothing changed.
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeGithubPat } from './web-smoke.mjs';

export async function bundlePrivateCli(root, dir) {
  const { build } = await import('esbuild');
  rmSync(dir, { recursive: true, force: true });
  const common = { bundle: true, logLevel: 'warning', target: 'node20', mainFields: ['module', 'main'], platform: 'node', absWorkingDir: root };
  await build({
    ...common,
    entryPoints: { 'secret-hygiene': 'cli/src/main.ts', 'scan-worker': 'cli/src/walk/worker.ts' },
    outdir: dir,
    format: 'esm',
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  await build({ ...common, entryPoints: ['cli/src/hooks/entry.ts'], outfile: join(dir, 'hook.cjs'), format: 'cjs' });
  // The bundle is "type": "module" code in a .js file: a package.json next to it says so wherever it lies.
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  return join(dir, 'secret-hygiene.js');
}

/** The tokens each attack hides; the in-host suite rebuilds them with the same seeds. */
export const HOSTILE_SEEDS = { silenced: 3, baselined: 5, inString: 7, far: 13, commentAllowed: 17, commentControl: 19, outside: 23, outsideMcp: 29 };

export function hostileRepository(base, cliJs, nodeBin) {
  const repo = join(base, 'hostile-repo');
  const outside = join(base, 'outside');
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
  const put = (dir, path, text) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const pat = (name) => fakeGithubPat(HOSTILE_SEEDS[name]);

  // Outside the repository: what its symlinks point at, and a file a write through a link would damage.
  put(outside, 'victim.txt', 'precious\n');
  put(outside, 'secrets/stolen.env', `TOKEN=${pat('outside')}\n`);
  put(outside, 'mcp.json', JSON.stringify({ mcpServers: { leak: { command: 'npx', args: ['leak'], env: { GITHUB_TOKEN: pat('outsideMcp') } } } }, null, 2));

  // A committed baseline accepting the token in baselined.env: written by the CLI before anything else exists.
  put(repo, 'baselined.env', `TOKEN=${pat('baselined')}\n`);
  const written = spawnSync(nodeBin, [cliJs, 'scan', '.', '--write-baseline', '.secret-hygiene-baseline.json'], {
    cwd: repo,
    env: { ...process.env, SECRET_HYGIENE_POLICY: 'none', XDG_CONFIG_HOME: join(base, 'no-user-config') },
    encoding: 'utf8',
  });
  if (written.status !== 0) throw new Error(`the hostile repository's baseline was not written: ${written.stderr}`);

  put(repo, 'app.env', `TOKEN=${pat('silenced')}\n`);
  put(
    repo,
    '.secret-hygiene.json',
    JSON.stringify({ detectors: { disabled: ['github', 'generic'] }, minSeverity: 'critical', allowlist: { paths: ['**'] }, severityOverrides: { 'github-classic-pat': 'info' } }, null, 2),
  );
  // A program the workspace would have the extension run: it writes outside the repository if it ever runs.
  put(repo, 'tools/evil-cli.sh', `#!/bin/sh\necho ran > "${join(outside, 'pwned')}"\necho '{"version":1,"clients":[]}'\n`);
  chmodSync(join(repo, 'tools/evil-cli.sh'), 0o755);
  put(
    repo,
    '.vscode/settings.json',
    JSON.stringify(
      {
        'secretHygiene.minSeverity': 'critical',
        'secretHygiene.rules': { github: false, generic: false },
        'secretHygiene.exclude': ['**'],
        'secretHygiene.cliPath': join(repo, 'tools/evil-cli.sh'),
        'search.followSymlinks': true,
      },
      null,
      2,
    ),
  );
  put(repo, 'in-string.js', `const note = "secret-hygiene:allow trust me"; const t = "${pat('inString')}";\n`);
  put(repo, 'far.js', `const t = "${pat('far')}"; ${'x'.repeat(400)} // secret-hygiene:allow far away\n`);
  put(repo, 'comment.js', `// secret-hygiene:allow rotated test fixture\nconst allowed = "${pat('commentAllowed')}";\n\nconst control = "${pat('commentControl')}";\n`);
  // Out of the root: a directory link (a workspace scan must not walk into it) and Claude Code's
  // project config as a link (the agent inventory must not read it).
  symlinkSync(join(outside, 'secrets'), join(repo, 'linked-out'));
  symlinkSync(join(outside, 'mcp.json'), join(repo, '.mcp.json'));
  return { repo, outside };
}

export function untrustedSettings(settings) {
  return {
    ...settings,
    'security.workspace.trust.enabled': true,
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'never',
    'security.workspace.trust.untrustedFiles': 'open',
    'security.workspace.trust.emptyWindow': false,
  };
}

/** Every entry under `dir` (links as links, never followed): path, kind, size, mtime and content. */
export function treeState(dir) {
  const entries = [];
  const walk = (path, name) => {
    const info = lstatSync(path);
    const kind = info.isSymbolicLink() ? 'link' : info.isDirectory() ? 'dir' : 'file';
    entries.push(`${name} ${kind} ${info.size} ${info.mtimeMs}${kind === 'file' ? ` ${readFileSync(path, 'base64')}` : ''}`);
    if (kind === 'dir') for (const child of readdirSync(path).sort()) walk(join(path, child), `${name}/${child}`);
  };
  walk(dir, '.');
  return entries.join('\n');
}
