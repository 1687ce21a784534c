/**
 * JFrog Platform / Artifactory credentials.
 * API keys (deprecated, start with `AKCp`), reference tokens (start with `cmVmd`, base64 of "ref") and
 * access tokens (JWTs): https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens
 * Identity tokens: https://jfrog.com/help/r/jfrog-platform-administration-documentation/generate-identity-token
 * API key deprecation: https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key-deprecation
 */
import type { Rule } from '../engine/types.js';
import { jwtLifetime } from '../tokens/jwt.js';
import { assignment, standalone } from './patterns.js';

const NAMES = ['jfrog', 'artifactory'];
const ROTATE = 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens';
/** base64url of `{"ver":"2","typ":"JWT","alg":"RS256"`: the fixed start of every JFrog access token header. */
const JWT_HEAD = 'eyJ2ZXIiOiIyIiwidHlwIjoiSldUIiwiYWxnIjoiUlMyNTYi';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'jfrog-api-key',
    provider: 'jfrog',
    description: 'JFrog Artifactory API key',
    regex: standalone('AKCp[A-Za-z0-9]{69}'),
    keywords: ['akcp'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'curl -H "X-JFrog-Art-Api: AKCpuTX8iyLjDNmHsArSUeaghLjp1vPp6YEsX82EdanpjkbcVDh3oeZFs3HyiZWQ5NsWckR5t" https://acme.jfrog.io/artifactory/api/repositories', reason: 'API header' }],
      noMatch: [
        { text: 'AKCpBT3GRneVZBZLAJKF1RQjxIIY7hJWyA09nFBkqPWJqb3c7rQcrvLaSNTXlEWJ', reason: 'wrong length' },
        { text: 'AkCp81cae9adu7ugaiqa1l127d6fpuikaqp5b48uy9kwb2rhdvbutcf81oa9xdlmykjy5ub6r', reason: 'wrong prefix case' },
      ],
    },
  },
  {
    id: 'jfrog-assigned-api-key',
    provider: 'jfrog',
    description: 'JFrog Artifactory API key (73 characters) assigned to a JFrog/Artifactory variable',
    regex: assignment(NAMES, '[A-Za-z0-9]{73}'),
    keywords: NAMES,
    window: NEXT_LINE,
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'artifactory.password=ur04fa9c35wqh1qp7ldxjdv44ox1spdj0es86bi92quskgemafrbnocb6few3dvjsq878jwtl', reason: 'properties file' }],
      noMatch: [{ text: 'artifactory.url=https://acme.jfrog.io/artifactory', reason: 'not a key' }],
    },
  },
  {
    id: 'jfrog-reference-token',
    provider: 'jfrog',
    description: 'JFrog reference token',
    regex: standalone('cmVmd[A-Za-z0-9]{59}'),
    keywords: ['cmvmd'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'JFROG_ACCESS_TOKEN=cmVmdywSkoSTPzTXtXuwv5uWYL30EPmAaLuGJNAV6nGZc6OMiOvmY0smWuLHjN1y', reason: 'dotenv' }],
      noMatch: [
        { text: 'cmVmd1us0tVZmqLaO5jV1N3xj5Uh5U6kxLKIaVuGaF8Uu', reason: 'wrong length' },
        { text: 'cmVMdBGwCCXBsyZlNT1yV9iNXhJ1PfKGS1hSqpUMyMkOpQY0rxsw0Y9K0J3kHOSw', reason: 'wrong prefix' },
      ],
    },
  },
  {
    id: 'jfrog-identity-token',
    provider: 'jfrog',
    description: 'JFrog identity token or other 64-character JFrog secret assigned to a JFrog/Artifactory/Xray/Bintray variable',
    regex: assignment([...NAMES, 'bintray', 'xray'], '[A-Za-z0-9]{64}'),
    keywords: [...NAMES, 'bintray', 'xray'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'JFROG_IDENTITY_TOKEN="20yy3mwc3y0m1a97r7vjzzalpkravgc3rkymib5lmdym5di2xshld1qw0pivs370"', reason: 'dotenv' }],
      noMatch: [{ text: 'JFROG_IDENTITY_TOKEN="006ps2rq3s0iyl63fi84x04m3nb7ppltxawwimkf"', reason: 'wrong length' }],
    },
  },
  {
    id: 'jfrog-access-token',
    provider: 'jfrog',
    description: 'JFrog Platform access token (JWT)',
    regex: standalone(`${JWT_HEAD}[A-Za-z0-9_-]{0,300}\\.eyJ[A-Za-z0-9_-]{20,2000}\\.[A-Za-z0-9_-]{20,1000}`, {
      tokenChars: 'A-Za-z0-9_.-',
    }),
    keywords: [JWT_HEAD.toLowerCase()],
    severity: 'critical',
    lifetime: ({ secret, now }) => jwtLifetime(secret, now),
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'JF_ACCESS_TOKEN=eyJ2ZXIiOiIyIiwidHlwIjoiSldUIiwiYWxnIjoiUlMyNTYiLCJraWQiOiJHS3NyT0hpNng5U0VWSnlhcWE3dVUzZ29lVjlLMDZSSWFxTXNFaFBhRWxtIn0.eyJzdWIiOiJqZnJ0QGwxbmpscmpucWh5ejR4bW9xY29ycmtkcm9jL3VzZXJzL2NpIiwic2NwIjoiYXBwbGllZC1wZXJtaXNzaW9ucy91c2VyIiwiYXVkIjoiKkAqIiwiaXNzIjoiamZydEB3OTV0ODNnbG13a2RybHM4eXF2ejl4amw2ZiIsImlhdCI6MTc2NzIyNTYwMH0.mhQ0BWtD1zC13TBut8rAcyDwpAIHI_PAoN1mp-P9e6HTMUtMZ-wrHHJ_sMbWaIBFzE1jaO5JxHq5gEiKdIOHqEds-vCFYfZHhqpEkV4zNGX1wSS8rGo_v9iuszBegXdOs7KmDirYu9fduNv_N79V5KBiwhgog0KQeLrxvpfsF4U6zbNUdpU4nH5UuBwIY6s_36a3KG4Xwz12TquWRPzrFexLezMyscjN_VySbkkQ3TiwmV8ykdWd4uZSoqOlCjvSNh884HuNXHtNDmmnk1SG6f-Og4E0hLsb6AHKAN2TvZ1l930VyVu5e_fkRfw-Mv36EhdoprkXd3S7LTidUoawLE', reason: 'access token without exp' }],
      noMatch: [{ text: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.VN2qd1took6mNoL3zKVf8QX4Lo4954UiVr6NvLpjg7-', reason: 'a JWT from another issuer' }],
    },
  },
  {
    id: 'artifactory-encrypted-password',
    provider: 'jfrog',
    description: 'Artifactory password or encrypted password (starts with AP) assigned to an Artifactory variable',
    regex: assignment([...NAMES, 'x-jfrog-art-api'], 'AP[0-9A-F][A-Za-z0-9]{20,100}'),
    keywords: [...NAMES, 'x-jfrog-art-api'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'artifactory_password=AP6XzKxqA74TJQPetu6B4te4qAoyWH6FjFYMgBi2lmq', reason: '.npmrc / gradle.properties credential' }],
      noMatch: [{ text: 'artifactory_password=AP6xxxxxx', reason: 'placeholder' }],
    },
  },
];
