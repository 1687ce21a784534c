/**
 * Anthropic (Claude) credentials. API keys start with `sk-ant-api03-` and admin keys with
 * `sk-ant-admin01-`: https://platform.claude.com/docs/en/get-api-key and
 * https://docs.anthropic.com/en/api/administration-api . Both are `sk-ant-<kind><2-digit version>-`
 * followed by 93 URL-safe characters and a trailing `AA` (108 characters for API keys; the Admin API
 * shows hints such as `sk-ant-api03-R2D...igAA`). Claude Code OAuth credentials use `sk-ant-oat01-`
 * (access; `claude setup-token` issues one valid for a year) and `sk-ant-ort01-` (refresh).
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const URL_SAFE = 'A-Za-z0-9_-';
const BODY = '[A-Za-z0-9_-]{93}AA';

export const rules: Rule[] = [
  {
    id: 'anthropic-api-key',
    provider: 'anthropic',
    description: 'Anthropic API key (sk-ant-api03-…)',
    regex: standalone(`sk-ant-api\\d{2}-${BODY}`, { tokenChars: URL_SAFE }),
    keywords: ['sk-ant-api'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://console.anthropic.com/settings/keys',
    samples: {
      match: [
        {
          text: 'ANTHROPIC_API_KEY=sk-ant-api03-z5u4S3cBfS0YznnWNIPbDCWorExZb43i9N4Jt9RlKjkJAQsC33bI_bKMx10uYDvTEPmkxIasznzoFWmqFKMFmyrBGIbfBAA',
          reason: 'dotenv assignment',
        },
        {
          text: '{"mcpServers":{"claude":{"env":{"ANTHROPIC_API_KEY":"sk-ant-api03-z5u4S3cBfS0YznnWNIPbDCWorExZb43i9N4Jt9RlKjkJAQsC33bI_bKMx10uYDvTEPmkxIasznzoFWmqFKMFmyrBGIbfBAA"}}}}',
          reason: 'MCP config',
        },
      ],
      noMatch: [
        { text: 'export ANTHROPIC_API_KEY="sk-ant-api03-..."', reason: 'elided documentation example' },
        {
          text: 'sk-ant-api03-z5u4S3cBfS0YznnWNIPbDCWorExZb43i9N4Jt9RlKjkJAQsC33bI_bKMx10uYDvTEPmkxIasznzoFWmqFKMFmyrBGIbfBBB',
          reason: 'does not end in AA',
        },
        { text: 'ssk-ant-api04-NotARealKeyButLooksLikeOne', reason: 'too short and glued' },
      ],
    },
  },
  {
    id: 'anthropic-admin-key',
    provider: 'anthropic',
    description: 'Anthropic Admin API key (sk-ant-admin01-…): manages the organization, members, workspaces and keys',
    regex: standalone(`sk-ant-admin\\d{2}-${BODY}`, { tokenChars: URL_SAFE }),
    keywords: ['sk-ant-admin'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://console.anthropic.com/settings/admin-keys',
    samples: {
      match: [
        {
          text: 'ANTHROPIC_ADMIN_KEY="sk-ant-admin01-ZhqCALtqghZmvmkd7GoobU-6oMHWiAhgeDcNLzpKUkmy1HtsFcTUxGkt8qPNY9jrbPNLHjQHueN02o39EJoKEQFDgYQluAA"',
          reason: 'admin key',
        },
      ],
      noMatch: [{ text: 'sk-ant-admin01-ZhqCALtqghZmvmkd7GoobU-6oMHWiAhgeDcNLzpKUkmy1HtsFcTUx', reason: 'truncated' }],
    },
  },
  {
    id: 'anthropic-oauth-token',
    provider: 'anthropic',
    description: 'Anthropic / Claude Code OAuth access token (sk-ant-oat01-…, e.g. CLAUDE_CODE_OAUTH_TOKEN)',
    regex: standalone('sk-ant-oat\\d{2}-[A-Za-z0-9_-]{80,120}', { tokenChars: URL_SAFE }),
    keywords: ['sk-ant-oat'],
    severity: 'high',
    // `claude setup-token` issues a one-year token with this prefix; interactive logins are shorter.
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://claude.ai/settings/claude-code',
    samples: {
      match: [
        {
          text: 'CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-rwPogcv0x_b85T0Mq9F1mZ52fw1am-hnSnFBm05IxOoPKxzjjiWgea4Mg6Gt0GJqD_AOYtDK2LTBrojomB_rn5nU0RtAVAA',
          reason: 'Claude Code token in CI env',
        },
      ],
      noMatch: [{ text: 'CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-...', reason: 'elided' }],
    },
  },
  {
    id: 'anthropic-oauth-refresh-token',
    provider: 'anthropic',
    description: 'Anthropic / Claude Code OAuth refresh token (sk-ant-ort01-…)',
    regex: standalone('sk-ant-ort\\d{2}-[A-Za-z0-9_-]{80,120}', { tokenChars: URL_SAFE }),
    keywords: ['sk-ant-ort'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://claude.ai/settings/claude-code',
    samples: {
      match: [
        {
          text: '"refreshToken": "sk-ant-ort01-K3JxpTfiBlfjGzWcYJofBkW9rLyZAGM-X5O9NvgwniIMTECtuEgn0t183F02NQhkUNRmTUFxm2Ih-DVETK-Fybw77ATKZAA"',
          reason: 'credentials.json',
        },
      ],
      noMatch: [{ text: '"refreshToken": "sk-ant-ort01-abc"', reason: 'too short' }],
    },
  },
];
