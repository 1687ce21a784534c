/**
 * GitLab tokens. Prefixes and lengths: https://docs.gitlab.com/security/tokens/#token-prefixes
 * (token overview: https://docs.gitlab.com/security/tokens/). Routable tokens (GitLab 17.x+) are
 * `<prefix><base64url payload>.<version>.<payload length><crc32 base36>`, see
 * https://gitlab.com/gitlab-org/gitlab/-/blob/master/lib/authn/token_field/generator/routable_token.rb
 * Runner registration tokens (deprecated) start with `GR1348941`:
 * https://docs.gitlab.com/security/tokens/#runner-registration-tokens-deprecated
 */
import type { LifetimeEvidence, Rule, RuleContext } from '../engine/types.js';
import { crc32 } from '../tokens/checksum.js';
import { assignment, standalone } from './patterns.js';

const TOKEN_CHARS = 'A-Za-z0-9_-';
const ROTATE_PAT = 'https://gitlab.com/-/user_settings/personal_access_tokens';
/** `.<2-char version>.<2-char length><7-char crc>`; older routable tokens omit the version segment. */
const ROUTABLE_TAIL = String.raw`\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9}`;

/**
 * Versioned routable tokens end in a base36 CRC32 of everything before it. A mismatch means the
 * token was hand-edited or truncated: still reported, at low severity.
 */
function routable(lifetime: 'long-lived' | 'short-lived') {
  return ({ secret }: RuleContext): LifetimeEvidence => {
    if (!/\.[0-9a-z]{2}\.[0-9a-z]{9}$/.test(secret)) return { lifetime };
    const expected = crc32(secret.slice(0, -7)).toString(36).padStart(7, '0');
    return expected === secret.slice(-7)
      ? { lifetime }
      : { lifetime, severity: 'low', note: 'CRC does not match: likely a test or truncated token' };
  };
}

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'gitlab-pat',
    provider: 'gitlab',
    description: 'GitLab personal, project or group access token',
    regex: standalone('glpat-[A-Za-z0-9_-]{20}', { tokenChars: TOKEN_CHARS }),
    keywords: ['glpat-'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE_PAT,
    samples: {
      match: [
        { text: 'GITLAB_TOKEN=glpat-Jen68ygh9uHtugRxBUmQ', reason: 'dotenv' },
        { text: 'git clone https://oauth2:glpat-q1y5rJRKrjcoycx1PApZ@gitlab.com/group/repo.git', reason: 'token in a clone URL' },
      ],
      noMatch: [
        { text: 'glpat-xxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
        { text: 'glpat-r49qyyQDZO60', reason: 'too short' },
      ],
    },
  },
  {
    id: 'gitlab-pat-routable',
    provider: 'gitlab',
    description: 'GitLab personal, project or group access token (routable format)',
    regex: standalone(`glpat-[A-Za-z0-9_-]{27,300}${ROUTABLE_TAIL}`, { tokenChars: TOKEN_CHARS }),
    keywords: ['glpat-'],
    severity: 'critical',
    lifetime: routable('long-lived'),
    entropy: 3,
    rotateUrl: ROTATE_PAT,
    samples: {
      match: [
        { text: 'export GITLAB_TOKEN="glpat-criETncCCEMnyXXiZpXXIG86ZHcwNTMH.01.0w1bw4uyi"', reason: 'versioned routable token with a valid CRC' },
        { text: 'token: glpat--TY97LctzidCAxXn0TWfDnYpaw_vDAm.5i8ocobs5', reason: 'early routable format without version segment' },
      ],
      noMatch: [{ text: 'glpat-xxxxxxxx-xxxxxxxxxxxxxxxxxx.xxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'gitlab-deploy-token',
    provider: 'gitlab',
    description: 'GitLab deploy token',
    regex: standalone('gldt-[A-Za-z0-9_-]{20}', { tokenChars: TOKEN_CHARS }),
    keywords: ['gldt-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'CI_DEPLOY_PASSWORD: gldt--Ud1e2QbuoB9pKeKaiZ7', reason: 'deploy token in CI config' }],
      noMatch: [{ text: 'gldt-Ax2gdXFsFTXtcUu5lzO', reason: 'one character short' }],
    },
  },
  {
    id: 'gitlab-pipeline-trigger-token',
    provider: 'gitlab',
    description: 'GitLab pipeline trigger token',
    regex: standalone('glptt-[0-9a-f]{40}', { tokenChars: TOKEN_CHARS }),
    keywords: ['glptt-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'curl -X POST -F token=glptt-31bb86a613c1a2916c2de74d9dc5a9fec69952c9 -F ref=main https://gitlab.example.com/api/v4/projects/9/trigger/pipeline', reason: 'trigger call' }],
      noMatch: [{ text: 'glptt-UysNyi3ycHrnvw7ByMJgRyw1om', reason: 'not 40 hex characters' }],
    },
  },
  {
    id: 'gitlab-runner-authentication-token',
    provider: 'gitlab',
    description: 'GitLab runner authentication token',
    regex: standalone('glrt-[A-Za-z0-9_-]{20}', { tokenChars: TOKEN_CHARS }),
    keywords: ['glrt-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://docs.gitlab.com/ci/runners/runners_scope/',
    samples: {
      match: [{ text: '  token = "glrt-rWxCM8LcPo_Bkc58C2Oz"', reason: 'runner config.toml' }],
      noMatch: [{ text: 'glrt-DhrQHTjYkL', reason: 'too short' }],
    },
  },
  {
    id: 'gitlab-runner-authentication-token-routable',
    provider: 'gitlab',
    description: 'GitLab runner authentication token (routable format)',
    regex: standalone(`glrt-(?:t\\d_)?[A-Za-z0-9_-]{27,300}${ROUTABLE_TAIL}`, { tokenChars: TOKEN_CHARS }),
    keywords: ['glrt-'],
    severity: 'high',
    lifetime: routable('long-lived'),
    entropy: 3,
    samples: {
      match: [{ text: '--token "glrt-t1_Ml5z-fkCrh2A-4HvsyWmom86MmczeGJzCA.01.0y1438u99"', reason: 'gitlab-runner register argument' }],
      noMatch: [{ text: 'glrt-tx_xxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'gitlab-runner-registration-token',
    provider: 'gitlab',
    description: 'GitLab runner registration token (deprecated registration workflow)',
    regex: standalone('GR1348941[A-Za-z0-9_-]{20,50}', { tokenChars: TOKEN_CHARS }),
    keywords: ['gr1348941'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'gitlab-runner register --registration-token GR1348941zZT0VubHp4scWv1CPRnu', reason: 'register command' }],
      noMatch: [{ text: 'GR1348941stlW5DVfQG', reason: 'too short' }],
    },
  },
  {
    id: 'gitlab-ci-job-token',
    provider: 'gitlab',
    description: 'GitLab CI/CD job token (valid only while the job runs)',
    regex: standalone('glcbt-(?:[0-9A-Za-z]{1,5}_)?[A-Za-z0-9_-]{20}', { tokenChars: TOKEN_CHARS }),
    keywords: ['glcbt-'],
    severity: 'high',
    lifetime: 'short-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'CI_JOB_TOKEN=glcbt-64_oEx5YLdDYUzJAClojCF2', reason: 'job log dump' }],
      noMatch: [{ text: 'glcbt-j0xflAiJJsbC', reason: 'too short' }],
    },
  },
  {
    id: 'gitlab-incoming-mail-token',
    provider: 'gitlab',
    description: 'GitLab incoming email token (create issues and merge requests by email)',
    regex: standalone('glimt-[A-Za-z0-9_-]{25}', { tokenChars: TOKEN_CHARS }),
    keywords: ['glimt-'],
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'incoming_email_token: glimt-t8b30lj3quu4pu1z1fz8w340f', reason: 'token in a config dump' }],
      noMatch: [{ text: 'glimt-ahf9z8D0vMtHpvA6ZlmU5jf', reason: 'too short' }],
    },
  },
  {
    id: 'gitlab-agent-token',
    provider: 'gitlab',
    description: 'GitLab agent for Kubernetes token',
    regex: standalone('glagent-[A-Za-z0-9_-]{50,300}', { tokenChars: TOKEN_CHARS }),
    keywords: ['glagent-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'helm upgrade --install agent gitlab/gitlab-agent --set config.token=glagent-TdBfOYFd6WpfItMXP04GMc7QzGJRLdO0ARUrPxhmwfqGTb2JHJ', reason: 'helm install' }],
      noMatch: [{ text: 'glagent-qXs8zLmlktlJuAGMXNeD', reason: 'too short' }],
    },
  },
  {
    id: 'gitlab-oauth-app-secret',
    provider: 'gitlab',
    description: 'GitLab OAuth application secret',
    regex: standalone('gloas-[A-Za-z0-9_-]{64}', { tokenChars: TOKEN_CHARS }),
    keywords: ['gloas-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'GITLAB_CLIENT_SECRET=gloas-lzrqixakgnyrinfh2sjmim7hqpeyyuoxygzkbg7hnht4l84l3ikc8wpzsmksf6qm', reason: 'OAuth client secret' }],
      noMatch: [{ text: 'gloas-XpPQcYrDmcLNKxKKu1DlT5tjD6TJCYbTabJWeYbqTqPv', reason: 'too short' }],
    },
  },
  {
    id: 'gitlab-scim-token',
    provider: 'gitlab',
    description: 'GitLab SCIM OAuth access token',
    regex: standalone('glsoat-[A-Za-z0-9_-]{20,50}', { tokenChars: TOKEN_CHARS }),
    keywords: ['glsoat-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'scim_token: glsoat-T4LBeupnBy2NC6ieI6o9', reason: 'identity provider config' }],
      noMatch: [{ text: 'glsoat-0ldF4BZS', reason: 'too short' }],
    },
  },
  {
    id: 'gitlab-feature-flag-client-token',
    provider: 'gitlab',
    description: 'GitLab feature flags client token (read-only access to feature flag state)',
    regex: standalone('glffct-[A-Za-z0-9_-]{20}', { tokenChars: TOKEN_CHARS }),
    keywords: ['glffct-'],
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'UNLEASH_INSTANCE_ID=glffct-1UAN9HD6yMxW4lNCG4Wj', reason: 'Unleash client config' }],
      noMatch: [{ text: 'glffct-Vd8bvEWoE18e1WiODPVOxaC7bodKiS', reason: 'too long' }],
    },
  },
  {
    id: 'gitlab-feed-token',
    provider: 'gitlab',
    description: 'GitLab feed token (RSS and calendar feeds)',
    regex: standalone('glft-[A-Za-z0-9_-]{20}', { tokenChars: TOKEN_CHARS }),
    keywords: ['glft-'],
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'https://gitlab.com/dashboard/issues.atom?feed_token=glft-i6OsTzwa203_JHyAJU-n', reason: 'feed URL' }],
      noMatch: [{ text: 'glft-kIARQgCi', reason: 'too short' }],
    },
  },
  {
    id: 'gitlab-session-cookie',
    provider: 'gitlab',
    description: 'GitLab web session cookie',
    regex: /_gitlab_session=(?<secret>[0-9a-z]{32})(?![A-Za-z0-9])/,
    keywords: ['_gitlab_session='],
    severity: 'high',
    lifetime: 'short-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'Cookie: _gitlab_session=122050245eae197a516817703ac216dd; known_sign_in=1', reason: 'copied request header' }],
      noMatch: [{ text: '_gitlab_session=f01d5b474da0952c', reason: 'too short' }],
    },
  },
  {
    id: 'gitlab-legacy-token',
    provider: 'gitlab',
    description: 'GitLab access token without prefix (created before the glpat- prefix), assigned to a GitLab variable',
    regex: assignment(['gitlab', 'private-token', 'private_token'], '[A-Za-z0-9_-]{20}'),
    keywords: ['gitlab', 'private-token', 'private_token'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE_PAT,
    samples: {
      match: [{ text: 'GITLAB_API_TOKEN=JQTuNZe5rCnnudj7s4oV', reason: 'unprefixed token in dotenv' }],
      noMatch: [
        { text: 'GITLAB_URL=https://gitlab.example.com', reason: 'not a token' },
        { text: 'gitlab_project = "my-group-my-project"', reason: 'low-entropy name' },
      ],
    },
  },
];
