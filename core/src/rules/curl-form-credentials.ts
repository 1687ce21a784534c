/**
 * Credentials sent as curl form data (`-d access_token=…`, `--data-urlencode "api_key=…"`, `-F password=…`;
 * https://curl.se/docs/manpage.html#-d): APIs that take the token as a POST field (Particle, Pushover, many
 * OAuth token endpoints) are documented this way and copied into scripts with a real value.
 * Gated by `curl` on the line; -u and -H are ./curl.ts.
 */
import type { Rule } from '../engine/types.js';
import { looksLikeSecretValue } from './generic.js';

export const rules: Rule[] = [
  {
    id: 'curl-form-credential',
    provider: 'generic',
    description: 'Token, key or password passed to curl as form data (-d/--data/-F field=value)',
    // The field opens the -d argument (`-d access_token=…`, `-d "api_key=…"`) or follows an `&` inside it.
    regex:
      /\s(?:-d|--data(?:-urlencode|-raw|-binary|-ascii)?|-F|--form)[ \t]{1,3}["']?(?:[\w.%-]{1,40}=[^&\s"']{0,100}&){0,3}(?:access_token|auth_token|api_key|apikey|api_token|client_secret|password|token|secret)=(?<secret>[^&\s"'\\$<>{}]{12,300})(?=[&\s"'\\]|$)/i,
    keywords: ['curl'],
    generic: true,
    severity: 'high',
    lifetime: 'unknown',
    validate: ({ secret }) => /[0-9]/.test(secret) && /[A-Za-z]/.test(secret) && looksLikeSecretValue(secret, { allowSpaces: false }),
    reference: 'https://curl.se/docs/manpage.html#-d',
    samples: {
      match: [
        { text: 'curl https://api.particle.io/v1/devices -d access_token=5e8d2c7a19b34f60d8e1a2c5b7f9038d4e6a1c3b', reason: 'token as a form field' },
        { text: 'curl -s --data-urlencode "user=ops&api_key=Qm7vT2xLp9ZkR4wN8cB1" https://api.example.net/send', reason: 'second field of the argument' },
      ],
      noMatch: [
        { text: 'curl -d access_token=$PARTICLE_TOKEN https://api.particle.io/v1/devices', reason: 'shell variable' },
        { text: 'curl -d "grant_type=client_credentials" https://login.example.net/token', reason: 'no credential field' },
      ],
    },
  },
];
