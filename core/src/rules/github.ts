/**
 * GitHub tokens. Formats: https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
 * Lifetimes: https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens
 * (user-to-server 8 h, refresh 6 months), installation tokens 1 h:
 * https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app
 */
import type { LifetimeEvidence, Rule, RuleContext } from '../engine/types.js';
import { hasValidCrc32Suffix } from '../tokens/checksum.js';
import { jwtLifetime } from '../tokens/jwt.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://github.com/settings/tokens';

/**
 * Classic-format tokens end in a CRC32 checksum. A token whose checksum fails is still reported
 * (people paste truncated or hand-edited tokens), but at low severity: it was never issued by GitHub.
 */
function checksummed(lifetime: 'long-lived' | 'short-lived') {
  return ({ secret }: RuleContext): LifetimeEvidence =>
    hasValidCrc32Suffix(secret, 4)
      ? { lifetime }
      : { lifetime, severity: 'low', note: 'checksum does not match: likely a test or truncated token' };
}

export const rules: Rule[] = [
  {
    id: 'github-classic-pat',
    provider: 'github',
    description: 'GitHub classic personal access token',
    regex: standalone('ghp_[A-Za-z0-9]{36}'),
    keywords: ['ghp_'],
    severity: 'critical',
    lifetime: checksummed('long-lived'),
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'GITHUB_TOKEN=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', reason: 'dotenv assignment' },
        { text: '"env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_9igdkr20jal2en7jpblu3abhgg7a1hkv0b0o" }', reason: 'MCP env block' },
      ],
      noMatch: [
        { text: 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
        { text: 'foo_wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx', reason: 'not a GitHub prefix' },
        { text: 'x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1', reason: 'glued to other token characters' },
      ],
    },
  },
  {
    id: 'github-fine-grained-pat',
    provider: 'github',
    description: 'GitHub fine-grained personal access token',
    regex: standalone('github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}|github_pat_[A-Za-z0-9_]{82}'),
    keywords: ['github_pat_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://github.com/settings/personal-access-tokens',
    samples: {
      match: [{ text: 'token: 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', reason: 'fine-grained format' }],
      noMatch: [{ text: 'github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'github-oauth-token',
    provider: 'github',
    description: 'GitHub OAuth app access token',
    regex: standalone('gho_[A-Za-z0-9]{36}'),
    keywords: ['gho_'],
    severity: 'critical',
    lifetime: checksummed('long-lived'),
    entropy: 3,
    rotateUrl: 'https://github.com/settings/applications',
    samples: {
      match: [{ text: 'token = "gho_a8485if254yuak36d1f98ts0v0s1n4huw5tu"', reason: 'OAuth token in code' }],
      noMatch: [{ text: 'gho_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'github-user-to-server-token',
    provider: 'github',
    description: 'GitHub App user access token (expires after 8 hours)',
    regex: standalone('ghu_[A-Za-z0-9]{36}'),
    keywords: ['ghu_'],
    severity: 'high',
    lifetime: checksummed('short-lived'),
    entropy: 3,
    rotateUrl: 'https://github.com/settings/apps/authorizations',
    samples: {
      match: [{ text: 'Authorization: token ghu_x8ecrf0tjpwqf3gl78exy5n1pk5riq374ws3', reason: 'header' }],
      noMatch: [{ text: 'ghu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'github-installation-token',
    provider: 'github',
    description: 'GitHub App installation access token (expires after 1 hour)',
    regex: standalone('ghs_[A-Za-z0-9]{36}|ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_-]{10,600}\\.[A-Za-z0-9_-]{10,1500}\\.[A-Za-z0-9_-]{10,700}', {
      tokenChars: 'A-Za-z0-9_.',
    }),
    keywords: ['ghs_'],
    severity: 'high',
    lifetime: (ctx) => {
      const jwt = /^ghs_\d+_(.+)$/.exec(ctx.secret)?.[1];
      if (!jwt) return checksummed('short-lived')(ctx);
      const evidence = jwtLifetime(jwt, ctx.now);
      // Installation tokens never live longer than an hour, whatever the embedded claims say.
      return { ...evidence, lifetime: 'short-lived' };
    },
    entropy: 3,
    samples: {
      match: [
        { text: 'GH_TOKEN=ghs_qsp66prhu1jhy60jqc29udivln29nu5fnxlc', reason: 'classic installation format' },
        {
          text: 'ghs_12345_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpYXQiOjQxMDI0NDQ4MDAsImV4cCI6NDEwMjQ0ODQwMCwiaXNzIjoiMTIzNDUifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
          reason: 'new ghs_<appid>_<JWT> format',
        },
      ],
      noMatch: [{ text: 'ghs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'github-refresh-token',
    provider: 'github',
    description: 'GitHub App refresh token (valid for 6 months)',
    regex: standalone('ghr_[A-Za-z0-9]{36}(?:[A-Za-z0-9]{40})?'),
    keywords: ['ghr_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://github.com/settings/apps/authorizations',
    samples: {
      match: [{ text: 'refresh: ghr_96w4jadekt93832ff840q3dbekzlu0erde5w', reason: 'refresh token' }],
      noMatch: [{ text: 'ghr_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
];
