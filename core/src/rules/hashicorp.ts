/**
 * HashiCorp Terraform Cloud / HCP Terraform and Vault tokens.
 * Terraform API tokens (`<14>.atlasv1.<60–70>`; user/team/org tokens, optional expiry):
 * https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens
 * Vault token prefixes (service `hvs.`, batch `hvb.`, recovery `hvr.`; legacy `s.`/`b.`/`r.`): service tokens are
 * persisted and renewable (default TTL 768 h), batch tokens are not renewable and meant to be short-lived:
 * https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes and
 * https://developer.hashicorp.com/vault/docs/upgrading/upgrade-to-1.0.0#token-format-change
 * Unseal keys (Shamir shares of the root key): https://developer.hashicorp.com/vault/docs/commands/operator/init
 */
import type { LifetimeEvidence, Rule, RuleContext } from '../engine/types.js';
import { standalone } from './patterns.js';

const VAULT_ROTATE = 'https://developer.hashicorp.com/vault/docs/commands/token/revoke';
const BASE64URL_CHARS = 'A-Za-z0-9_-';

function legacyVaultLifetime({ secret }: RuleContext): LifetimeEvidence {
  if (secret.startsWith('b.')) return { lifetime: 'short-lived', note: 'batch token' };
  if (secret.startsWith('r.')) return { lifetime: 'unknown', note: 'recovery token' };
  return { lifetime: 'long-lived', note: 'renewable service token' };
}

/** Generated, not typed: upper and lower case and a digit, and (in a short body) no long lowercase word. */
function looksGenerated(body: string): boolean {
  if (!/[a-z]/.test(body) || !/[A-Z]/.test(body) || !/[0-9]/.test(body)) return false;
  return body.length > 40 || !/[a-z]{8}/.test(body);
}

export const rules: Rule[] = [
  {
    id: 'terraform-cloud-api-token',
    provider: 'hashicorp',
    description: 'HCP Terraform / Terraform Enterprise API token',
    regex: /(?<![A-Za-z0-9_.-])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=.-])/,
    keywords: ['atlasv1'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://app.terraform.io/app/settings/tokens',
    samples: {
      match: [{ text: 'token = "M5epXTk4zs212r.atlasv1.yPWLqqBB4cSjwmOMvctsMBUTUKKOv44v4bzimJ367_bw-pugEnh4bFjCMS-mGy8bjx9"', reason: '.terraformrc credentials block' }],
      noMatch: [{ text: 'token = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', reason: 'placeholder' }],
    },
  },
  {
    id: 'terraform-hardcoded-password',
    provider: 'hashicorp',
    description: 'Password literal hard-coded in a Terraform resource argument',
    regex:
      /^[ \t]{0,16}(?:administrator_login|admin|master|root|db|database|sql)_password[ \t]{0,20}=[ \t]{0,5}"(?<secret>[^"$\s{}]{8,128})"[ \t]*(?:#.{0,200})?$/m,
    keywords: ['_password'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 2.5,
    generic: true,
    samples: {
      match: [{ text: '  administrator_login_password = "Vq7rK2mwZp4x"', reason: 'azurerm SQL server' }],
      noMatch: [
        { text: '  administrator_login_password = var.db_password', reason: 'variable reference' },
        { text: '  master_password = "${random_password.db.result}"', reason: 'interpolation' },
      ],
    },
  },
  {
    id: 'vault-service-token',
    provider: 'hashicorp',
    description: 'HashiCorp Vault service token (renewable)',
    regex: standalone('hvs\\.[A-Za-z0-9_-]{24,255}', { tokenChars: BASE64URL_CHARS }),
    keywords: ['hvs.'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: VAULT_ROTATE,
    samples: {
      match: [{ text: 'VAULT_TOKEN=hvs.CAESI2H_fa7nuF3kvETLnCeydx3qr786s96tE5v3MN7psaNVnSU4AgnEdClsL3xHit-TB6nUAYM-8D4cU0YDk4lql2_HqI1', reason: 'env var' }],
      noMatch: [
        { text: 'hvs.abc', reason: 'too short' },
        { text: 'xhvs.CAESIrZp8i29UjDrJFMAIo511i8OSgSj8T-zlfX1nwkzzEv8_39K346dVShZJtG6SKAxTNvTS6KTfDuhmmzn8CH8kmKm_tK', reason: 'glued' },
      ],
    },
  },
  {
    id: 'vault-batch-token',
    provider: 'hashicorp',
    description: 'HashiCorp Vault batch token (not renewable, short-lived)',
    // Vault documents the prefix, not a length (batch tokens are encrypted blobs, usually longer than
    // service tokens): any base64url body of service-token size or more is accepted.
    regex: standalone('hvb\\.[A-Za-z0-9_-]{24,400}', { tokenChars: BASE64URL_CHARS }),
    keywords: ['hvb.'],
    severity: 'critical',
    lifetime: 'short-lived',
    entropy: 3.5,
    rotateUrl: VAULT_ROTATE,
    samples: {
      match: [{ text: 'VAULT_TOKEN=hvb.AAAAAQSIwwi0yt-wydIqn8uJF7kAym_4Brp1OvtWQCIVU-iTO7fa7iFRIxurbG3s7PgzHyY0JoqM9VXmPKEFEV9oGH9vvBZuoQGVAX-9MjOPowjJBLpK4dMa44q8NG7hW_yqM7JSynN8hPRRR8DJhjCKGrDJ', reason: 'batch token' }],
      noMatch: [{ text: 'hvb.tooshortxxx', reason: 'too short' }],
    },
  },
  {
    id: 'vault-recovery-token',
    provider: 'hashicorp',
    description: 'HashiCorp Vault recovery-mode token',
    regex: standalone('hvr\\.[A-Za-z0-9_-]{24,255}', { tokenChars: BASE64URL_CHARS }),
    keywords: ['hvr.'],
    severity: 'high',
    lifetime: 'unknown',
    entropy: 3.5,
    rotateUrl: VAULT_ROTATE,
    samples: {
      match: [{ text: "VAULT_RECOVERY_TOKEN='hvr.rfQB3QNfC7zRvq_b2rofS1dVh4jvmk3fR1fPQhEp2-XmRTgh4JQHUlVaZBkIHv-SXhtPGAdhvBq3fwGtj45FAOQh9y'", reason: 'recovery token' }],
      noMatch: [{ text: 'hvr.placeholder', reason: 'too short' }],
    },
  },
  {
    id: 'vault-legacy-token',
    provider: 'hashicorp',
    description: 'HashiCorp Vault token in the pre-1.10 format (s./b./r. prefix) on a Vault-named line',
    // Pre-1.10 tokens are `s.` + 24 random characters (`.` + a 5-character namespace id inside a
    // namespace); server-side-consistent tokens of 1.9 carry a longer base64url body after the same
    // prefix, and `vault token create -id` accepts operator-chosen ids. The one-letter prefix is weak,
    // so the line must name Vault, and the body must look generated (mixed case and digits).
    regex: /(?<![A-Za-z0-9_.-])(?<secret>[sbr]\.[A-Za-z0-9_-]{24,255}(?:\.[A-Za-z0-9]{5})?)(?![A-Za-z0-9_.(-])/,
    // `Initial Root Token:` is how `vault operator init` prints the root token.
    keywords: ['vault', 'initial root token'],
    severity: 'critical',
    lifetime: legacyVaultLifetime,
    entropy: 3.5,
    validate: ({ secret }) => looksGenerated(secret.slice(2)),
    rotateUrl: VAULT_ROTATE,
    reference: 'https://developer.hashicorp.com/vault/docs/upgrading/upgrade-to-1.0.0#token-format-change',
    samples: {
      match: [
        { text: 'vault_token = "s.foNW4Li7QjSHKE9o4fZgwBrw"', reason: 'legacy service token' },
        { text: 'VAULT_TOKEN=b.Kq2Vn8Rt5Lm3Xw9Zp7Jd4Hs6Fg1Ab0Cy3', reason: 'legacy batch token, longer body' },
        { text: 'vault login s.Hz81Qm5Xv2Lp7Kr4Wn9Tb3Yc.aB3dE', reason: 'token inside a namespace' },
      ],
      noMatch: [
        { text: 'vault: s.AcceptanceTimeoutSeconds', reason: 'identifier' },
        { text: 'vault_token = "s.THISSTRINGISALLUPPERCASE"', reason: 'not random' },
        { text: 'const vault = client; s.readSecretFromVaultPath2(x)', reason: 'method call' },
      ],
    },
  },
  {
    id: 'vault-unseal-key',
    provider: 'hashicorp',
    description: 'HashiCorp Vault unseal key (a Shamir share of the root key) printed by `vault operator init` or passed to `vault operator unseal`',
    // `vault operator init` prints `Unseal Key N: <base64>`; `vault operator unseal <key>` takes one on
    // the command line. Shares are base64 (or hex with -format=json's unseal_keys_hex): 40–90 characters.
    regex:
      /(?:Unseal Key \d{1,2}:|operator unseal(?: -[a-z]{1,10})?)[ \t]{1,8}(?<secret>[A-Za-z0-9+/]{40,90}={0,2})(?![A-Za-z0-9+/=])/,
    keywords: ['unseal key', 'operator unseal'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 4,
    rotateUrl: 'https://developer.hashicorp.com/vault/docs/commands/operator/rekey',
    reference: 'https://developer.hashicorp.com/vault/docs/commands/operator/unseal',
    samples: {
      match: [
        { text: 'Unseal Key 3: Qm7zLp2Rk9Vx4Tn8Wc1Hs5Jd0Fg3Ab6Ey2Ku7Po4Zi9Mr1', reason: 'operator init output' },
        { text: 'kubectl exec vault-0 -- vault operator unseal Xr4Bn8Lq2Zm6Vt0Kw3Hy7Pd5Fs9Jc1Ga4Eu8Ro2Ti6=', reason: 'key on the command line' },
      ],
      noMatch: [
        { text: 'vault operator unseal', reason: 'prompts for the key' },
        { text: 'Unseal Key 1: RntjR...DQv', reason: 'elided in documentation' },
      ],
    },
  },
];
