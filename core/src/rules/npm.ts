/**
 * npm registry credentials.
 * Token format (`npm_` + 30 random + 6-char base62 CRC32, same scheme as GitHub's):
 * https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/
 * .npmrc auth settings (`//registry/:_authToken`, `_auth`, `_password`):
 * https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration
 * Access tokens: https://docs.npmjs.com/about-access-tokens
 */
import type { LifetimeEvidence, Rule, RuleContext } from '../engine/types.js';
import { hasValidCrc32Suffix } from '../tokens/checksum.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://www.npmjs.com/settings/~/tokens';

function checksummed({ secret }: RuleContext): LifetimeEvidence {
  return hasValidCrc32Suffix(secret, 4)
    ? { lifetime: 'long-lived' }
    : { lifetime: 'long-lived', severity: 'low', note: 'checksum does not match: likely a test or truncated token' };
}

/** `_auth` holds base64 of `user:password`. */
function isBasicPair({ secret, match }: RuleContext): boolean {
  if (!/_auth\s*=/.test(match)) return true;
  try {
    const decoded = atob(secret);
    const colon = decoded.indexOf(':');
    return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded);
  } catch {
    return false;
  }
}

/** Variables that hold an npm token. */
const NPM_TOKEN_VARIABLES = ['npm_token', 'npm_auth_token', 'npmtoken', 'npmauthtoken', 'npm-token'];
const UUID = '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}';

export const rules: Rule[] = [
  {
    id: 'npm-access-token',
    provider: 'npm',
    description: 'npm access token (granular or classic)',
    regex: standalone('npm_[A-Za-z0-9]{36}'),
    keywords: ['npm_'],
    severity: 'critical',
    lifetime: checksummed,
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: '//registry.npmjs.org/:_authToken=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', reason: '.npmrc with a valid checksum' },
        { text: 'NPM_TOKEN=npm_hIqKByKZ8fCbE1QhsH9mIDIRO8bHcQQO80X4', reason: 'bad checksum: still reported, at low severity' },
      ],
      noMatch: [
        { text: 'npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
        { text: 'run_npm_SgXsg9ZLCyTL5LBlMnwVcaE2VZ0z7U54POQ9', reason: 'glued to other token characters' },
      ],
    },
  },
  {
    id: 'npmrc-auth-token',
    provider: 'npm',
    description: 'Registry auth token in an .npmrc (`//host/:_authToken=`)',
    regex:
      /\/\/[A-Za-z0-9][A-Za-z0-9.-]{0,253}(?::\d{1,5})?(?:\/[\w.~%@-]{1,100}){0,10}\/:_authToken\s{0,3}=\s{0,3}["']?(?<secret>[A-Za-z0-9_+/=.-]{20,2000})(?![A-Za-z0-9_+/=.-])/,
    keywords: [':_authtoken'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 2.8,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: '//registry.npmjs.org/:_authToken=8cbe8b81-136a-0fdf-22b7-5604b252613e', reason: 'legacy UUID token' },
        { text: '//npm.pkg.github.com/:_authToken=ghp_p7qpXcNihHtkbUCgl6lGlqu1kA7SIJFHGqmM', reason: 'GitHub Packages' },
        { text: '//artifactory.acme.io/artifactory/api/npm/npm-local/:_authToken=a46jmXjoBmk6xZKYfQkC_-XN48Fr1wnoFpR44p3U_UrGgudNP5Alaiff0i1qZ-Io', reason: 'private registry with a path' },
      ],
      noMatch: [
        { text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', reason: 'environment reference' },
        { text: '_authToken=8ad120f0-ad0c-1477-8f4b-65d5bea41779', reason: 'no registry scope' },
        { text: '//registry.npmjs.org:_authToken=a4eb8264-fdd3-2d39-0cd7-e449f7b0ef10', reason: 'malformed scope (no slash before the colon)' },
      ],
    },
  },
  {
    id: 'npm-legacy-uuid-token',
    provider: 'npm',
    description: 'Legacy npm access token (a UUID, before the npm_ format) in an NPM_TOKEN-style variable',
    // Tokens created before September 2021 are UUIDs (the npm_ format replaced them:
    // https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/). A UUID is only a
    // token by its name.
    regex: assignment(NPM_TOKEN_VARIABLES, UUID),
    keywords: NPM_TOKEN_VARIABLES,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://docs.npmjs.com/about-access-tokens',
    samples: {
      match: [{ text: 'export NPM_TOKEN="e4a9c2f7-1b8d-4c3e-9f5a-6d2b7e0c1a84"', reason: 'shell export' }],
      noMatch: [
        { text: 'NPM_TOKEN="${{ secrets.NPM_TOKEN }}"', reason: 'reference' },
        { text: 'npm_package_id = "3c8e1f5a-7b2d-4e9f-a6c1-8d0b2f4e7a93"', reason: 'not a token name' },
      ],
    },
  },
  {
    id: 'npm-legacy-uuid-auth-token-key',
    provider: 'npm',
    description: 'Legacy npm access token (a UUID) as the value of an `_authToken` key in JSON or YAML',
    // `"_authToken": "…"` (registry configs in JSON, `.yarnrc.yml` npmAuthToken-style maps). An `.npmrc`
    // line (`…:_authToken=`) is the registry-scoped rule's to judge, malformed scopes included.
    regex: new RegExp(String.raw`["']?_authToken["']?[ \t]{0,4}:[ \t]{0,4}["']?(?<secret>${UUID})(?![A-Za-z0-9_-])`),
    keywords: ['_authtoken'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://docs.npmjs.com/about-access-tokens',
    samples: {
      match: [{ text: '"_authToken": "3c8e1f5a-7b2d-4e9f-a6c1-8d0b2f4e7a93"', reason: 'registry config in JSON' }],
      noMatch: [{ text: '_authToken=3c8e1f5a-7b2d-4e9f-a6c1-8d0b2f4e7a93', reason: '.npmrc line without a registry scope' }],
    },
  },
  {
    id: 'npmrc-basic-auth',
    provider: 'npm',
    description: 'Base64 credentials in an .npmrc (`_auth` = base64 user:password, or `_password`)',
    regex: /(?<![A-Za-z0-9])_(?:auth|password)\s{0,3}=\s{0,3}["']?(?<secret>[A-Za-z0-9+/]{8,500}={0,2})(?![A-Za-z0-9+/=])/,
    keywords: ['_auth', '_password'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 2.8,
    validate: isBasicPair,
    samples: {
      match: [
        { text: '_auth=a3l5d29vYXg6UE1IanpMWnhnbzc0SkxocA==', reason: 'base64 user:password' },
        { text: '//nexus.acme.io/repository/npm/:_password="P67zL1rrlgPbJCi3GA2ufeNX"', reason: 'base64 password' },
      ],
      noMatch: [{ text: '_auth=bm90YXBhaXI=', reason: 'decodes to text without a colon' }],
    },
  },
  {
    id: 'npm-git-dependency-token',
    provider: 'npm',
    description: 'Access token embedded in a git+https dependency URL (package.json, package-lock.json)',
    regex: /git\+https?:\/\/(?<secret>[A-Za-z0-9_]{20,255}):x-oauth-basic@/,
    keywords: ['x-oauth-basic'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 2.5,
    samples: {
      match: [{ text: '"private-lib": "git+https://0aac92a612f6e0cd6991f4f5653c59c472dbada1:x-oauth-basic@github.com/acme/private-lib.git#v1.2.0"', reason: 'package.json dependency' }],
      noMatch: [{ text: '"lib": "git+https://github.com/acme/lib.git"', reason: 'no credential' }],
    },
  },
];
