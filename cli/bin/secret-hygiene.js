#!/usr/bin/env node
// The `secret-hygiene` command. The CLI itself is the bundle in ../dist, built by `npm run build`; this
// small entry exists in the repository so that `npm install` links the command before the first build
// (npm links a workspace's bin only when the file is there at install time).
try {
  await import('../dist/secret-hygiene.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('secret-hygiene.js')) throw error;
  process.stderr.write('secret-hygiene: the CLI is not built yet: run `npm run build` (or `npm start`) in the repository first\n');
  process.exitCode = 2;
}
