#!/usr/bin/env node
// The `secret-hygiene` command. The CLI itself is the bundle in ../dist, built by `npm run build`; this
// small entry exists in the repository so that `npm install` links the command before the first build
// (npm links a workspace's bin only when the file is there at install time).
// `run` has a small bundle of its own, so wrapping a program in the JIT broker costs little start-up time.
const entry = process.argv[2] === 'run' ? '../dist/secret-hygiene-run.js' : '../dist/secret-hygiene.js';
try {
  await import(entry);
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !/secret-hygiene(-run)?\.js/.test(String(error.message))) throw error;
  process.stderr.write('secret-hygiene: the CLI is not built yet: run `npm run build` (or `npm start`) in the repository first\n');
  process.exitCode = 2;
}
