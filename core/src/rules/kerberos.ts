/**
 * Kerberos AS-REP and TGS-REP hashes as extracted for offline cracking (AS-REP roasting, Kerberoasting):
 * each holds ciphertext encrypted with the account's password-derived key, so it is a credential of that
 * account. Formats as hashcat defines them (https://hashcat.net/wiki/doku.php?id=example_hashes, modes
 * 18200 `$krb5asrep$23$…`, 13100 `$krb5tgs$23$…`, 19600/19700 `$krb5tgs$17$`/`$18$…`, 32100/32200
 * `$krb5asrep$17$`/`$18$…`): `$krb5asrep$` or `$krb5tgs$`, the encryption type, then `$`-separated fields
 * (user, realm, SPN: the TGS form wraps them in `*…*`) ending in a hex checksum and a long hex ciphertext.
 */
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'kerberos-roast-hash',
    provider: 'kerberos',
    description: 'Kerberos AS-REP or TGS-REP hash (hashcat $krb5asrep$ / $krb5tgs$ format)',
    // Up to four `$`-ended fields of ≤ 64 characters (user@realm:checksum, *user$realm$spn*, checksum; short
    // enough to stay provably linear), then the ciphertext:
    // each field stops at its `$`, so a field has one reading and the ciphertext is the last run of hex.
    regex: /(?<![A-Za-z0-9$])(?<secret>\$krb5(?:asrep|tgs)\$(?:17|18|23)\$(?:[^\s$]{1,64}\$){1,4}[0-9a-fA-F]{64,16384})(?![0-9A-Za-z$])/,
    keywords: ['$krb5asrep$', '$krb5tgs$'],
    severity: 'medium',
    lifetime: 'long-lived',
    validate: ({ secret }) => {
      const cipher = secret.slice(secret.lastIndexOf('$') + 1);
      return !/(.)\1{7}/.test(cipher) && /[a-f]/i.test(cipher) && /[0-9]/.test(cipher);
    },
    reference: 'https://hashcat.net/wiki/doku.php?id=example_hashes',
    samples: {
      match: [
        {
          text: '$krb5asrep$23$svc_backup@CORP.LOCAL:9c1f3a7be25d40816fa2c3d9e7b05a41$5e8d2c7a19b34f60d8e1a2c5b7f9038d4e6a1c3b5d7f92e0a4c6b8d1f3e5a7c9b2d4f6e8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7c9e2b4d6f8a',
          reason: 'AS-REP hash with user and realm',
        },
        {
          text: 'hash: $krb5tgs$23$*sqlsvc$CORP.LOCAL$MSSQLSvc/db01.corp.local:1433*$a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b2$3f5a7c9e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f',
          reason: 'Kerberoasted TGS hash',
        },
      ],
      noMatch: [
        { text: 'hashcat -m 18200 hashes.txt  # $krb5asrep$23$ hashes', reason: 'the mode named, no hash' },
        { text: '$krb5tgs$23$*user$REALM$spn*$00000000$0000000000000000000000000000000000000000000000000000000000000000', reason: 'zeros' },
      ],
    },
  },
];
