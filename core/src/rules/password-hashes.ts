/**
 * Password hashes in the Modular Crypt Format (`$id$salt$hash`): a leaked hash is a credential, since it can
 * be cracked offline or replayed where the hash itself authenticates (pass-the-hash, shadow files copied
 * between hosts). The formats are fixed by their specifications, so the shape alone is the evidence:
 *   - MD5-crypt `$1$`, Apache `$apr1$`: salt ≤ 8, hash 22 chars of `./0-9A-Za-z`
 *     (https://man7.org/linux/man-pages/man3/crypt.3.html, https://httpd.apache.org/docs/2.4/misc/password_encryptions.html)
 *   - bcrypt `$2a$`/`$2b$`/`$2x$`/`$2y$` + 2-digit cost + 53 chars (22 salt + 31 hash)
 *     (https://man.openbsd.org/crypt.3, https://passlib.readthedocs.io/en/stable/lib/passlib.hash.bcrypt.html)
 *   - SHA-crypt `$5$` (hash 43) / `$6$` (hash 86), optional `rounds=N$`, salt ≤ 16
 *     (https://www.akkadia.org/drepper/SHA-crypt.txt)
 *   - Cisco type 8 `$8$` (PBKDF2-SHA256) and type 9 `$9$` (scrypt): salt 14, hash 43
 *     (https://hashcat.net/wiki/doku.php?id=example_hashes, modes 9200 and 9300)
 *   - Argon2 `$argon2id$v=19$m=…,t=…,p=…$salt$hash` (RFC 9106; https://github.com/P-H-C/phc-string-format)
 * Severity medium: the secret is the password behind the hash, which still has to be recovered.
 */
import type { Rule, RuleContext } from '../engine/types.js';

const CRYPT = '[./0-9A-Za-z]';
const B64 = '[A-Za-z0-9+/]';
/** Neither glued to a preceding token character nor followed by one. */
const BEFORE = '(?<![A-Za-z0-9$./])';
const AFTER = '(?![./0-9A-Za-z$])';
const REFERENCE = 'https://man7.org/linux/man-pages/man3/crypt.3.html';

/** A real hash is random: several letters of both cases and digits, no long run of one character. */
function randomHash({ secret }: RuleContext): boolean {
  const hash = secret.slice(secret.lastIndexOf('$') + 1);
  return /[a-z]/.test(hash) && /[A-Z]/.test(hash) && /[0-9]/.test(hash) && !/(.)\1{5}/.test(hash);
}

function hashRule(id: string, description: string, body: string, keywords: string[], match: string, noMatch: string): Rule {
  return {
    id,
    provider: 'password-hash',
    description,
    regex: new RegExp(`${BEFORE}(?<secret>${body})${AFTER}`),
    keywords,
    severity: 'medium',
    lifetime: 'long-lived',
    validate: randomHash,
    reference: REFERENCE,
    samples: {
      match: [
        { text: `admin:${match}:19000:0:99999:7:::`, reason: 'shadow-file entry' },
        { text: `password_hash = "${match}"`, reason: 'assigned in code' },
      ],
      noMatch: [
        { text: noMatch, reason: 'a hash of the format with its hash part missing or not random' },
        { text: 'the prefix $1$ alone, in prose', reason: 'no hash' },
      ],
    },
  };
}

export const rules: Rule[] = [
  hashRule(
    'md5-crypt-hash',
    'MD5-crypt password hash ($1$ / $apr1$)',
    `\\$(?:1|apr1)\\$${CRYPT}{1,8}\\$${CRYPT}{22}`,
    ['$1$', '$apr1$'],
    '$1$Qm3vT9aZ$Hk2pL8xWq4Rt7Yb1Nc5Ds0',
    '$1$saltsalt$aaaaaaaaaaaaaaaaaaaaaa',
  ),
  hashRule(
    'bcrypt-hash',
    'bcrypt password hash ($2a$/$2b$/$2y$)',
    `\\$2[abxy]\\$[0-3][0-9]\\$${CRYPT}{53}`,
    ['$2a$', '$2b$', '$2x$', '$2y$'],
    '$2b$12$Xk3mQ9vT2pL8aZ4wR7yB1eHc5Nd0Fg6Js2Ku8Lm4Pq1Rt9Vw3Yx5z',
    '$2b$10$..................................................',
  ),
  hashRule(
    'sha-crypt-hash',
    'SHA-256-crypt or SHA-512-crypt password hash ($5$ / $6$)',
    `\\$5\\$(?:rounds=[0-9]{1,9}\\$)?${CRYPT}{1,16}\\$${CRYPT}{43}|\\$6\\$(?:rounds=[0-9]{1,9}\\$)?${CRYPT}{1,16}\\$${CRYPT}{86}`,
    ['$5$', '$6$'],
    '$6$Wq8Zt3Lm$Hk2pL8xWq4Rt7Yb1Nc5Ds0Fg6Js2Ku8Lm4Pq1Rt9Vw3Yx5zAb7Cd9Ef1Gh3Ij5Kl7Mn9Op1Qr3St5Uv7Wx9Yz0',
    '$5$salt$0000000000000000000000000000000000000000000',
  ),
  hashRule(
    'cisco-type8-type9-hash',
    'Cisco type 8 (PBKDF2) or type 9 (scrypt) password hash ($8$ / $9$)',
    `\\$[89]\\$${CRYPT}{14}\\$${CRYPT}{43}`,
    ['$8$', '$9$'],
    '$8$Tq4Wz8Lm2Xc6Vb$Hk2pL8xWq4Rt7Yb1Nc5Ds0Fg6Js2Ku8Lm4Pq1Rt9Vw3',
    '$9$abcdefghijklmn$aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  ),
  hashRule(
    'argon2-hash',
    'Argon2 password hash in the PHC string format ($argon2id$…)',
    `\\$argon2(?:id|i|d)\\$(?:v=[0-9]{1,3}\\$)?m=[0-9]{1,10},t=[0-9]{1,10},p=[0-9]{1,3}\\$${B64}{11,64}\\$${B64}{16,128}`,
    ['$argon2'],
    '$argon2id$v=19$m=65536,t=3,p=4$Zk9xT2pLm8QwR4vB$Hk2pL8xWq4Rt7Yb1Nc5Ds0Fg6Js2Ku8Lm4Pq1Rt9Vw3',
    '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$aaaaaaaaaaaaaaaaaaaaaa',
  ),
];
