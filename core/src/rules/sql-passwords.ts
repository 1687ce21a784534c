/**
 * Passwords in SQL that creates or changes a database account, as written in migrations, init scripts
 * and Docker entrypoints: `CREATE USER 'app'@'%' IDENTIFIED BY 'p'`, `ALTER USER … IDENTIFIED WITH
 * caching_sha2_password BY 'p'` (MySQL, MariaDB:
 * https://dev.mysql.com/doc/refman/8.4/en/create-user.html) and Oracle's `CREATE USER app IDENTIFIED BY p`,
 * where an unquoted password starts with a letter
 * (https://docs.oracle.com/en/database/oracle/oracle-database/21/sqlrf/CREATE-USER.html). Not the hashed
 * forms (`IDENTIFIED BY PASSWORD '*…'`, Oracle's `IDENTIFIED BY VALUES '…'`) nor `IDENTIFIED BY RANDOM
 * PASSWORD`: none of them writes the password. Only after `CREATE USER` or `ALTER USER` (written with one
 * blank: the keyword) and the account, because "identified by" is common English ("the bucket identified
 * by the ID"). MySQL 5's `GRANT … IDENTIFIED BY` is not followed: a statement of any length precedes it.
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { atKeyword } from './patterns.js';

/** The account, `'app'@'%'`, `"app"`, `app`: one run of non-blanks (a quoted name with a blank is not followed). */
const ACCOUNT = String.raw`\S{1,255}`;

/** A bind variable, a format or template slot where the password should be. */
const SLOT = /\$\{|\$\(|\{\{|%\(?\w*\)?s|^[?:@]\w*$|^\$\w+$/;

export const rules: Rule[] = [
  {
    id: 'sql-identified-by-password',
    provider: 'generic',
    description: 'Database account password in SQL (IDENTIFIED BY …)',
    // Assignment-style: a provider rule on the same span wins.
    generic: true,
    regex: new RegExp(
      String.raw`\b(?:CREATE|ALTER)[ \t]{1,4}USER[ \t]{1,4}(?:IF[ \t]{1,4}(?:NOT[ \t]{1,4})?EXISTS[ \t]{1,4})?${ACCOUNT}[ \t]{1,4}` +
        String.raw`IDENTIFIED[ \t]{1,4}(?:WITH[ \t]{1,4}\S{1,64}[ \t]{1,4})?BY[ \t]{1,4}(?!(?:PASSWORD|VALUES|RANDOM)\b)` +
        String.raw`(?:'(?<secret>[^'\r\n]{1,128})'|"(?<secret2>[^"\r\n]{1,128})"|(?<secret3>[A-Za-z][A-Za-z0-9_$#]{0,29})(?![A-Za-z0-9_$#]))`,
      'i',
    ),
    // Tried once where each `CREATE USER` / `ALTER USER` starts (a sticky attempt: linear, and the
    // search over every offset that a free regex of this size would need is left undecided by the proof).
    keywords: ['create user', 'alter user'],
    anchored: { starts: atKeyword },
    severity: 'high',
    lifetime: 'long-lived',
    validate: ({ secret }: RuleContext) => !SLOT.test(secret),
    reference: 'https://dev.mysql.com/doc/refman/8.4/en/create-user.html',
    samples: {
      match: [
        { text: "CREATE USER 'app'@'%' IDENTIFIED BY 'Rk7v#Q2mXz9L';", path: 'init.sql', reason: 'MySQL account' },
        { text: "ALTER USER 'repl'@'10.0.%' IDENTIFIED WITH caching_sha2_password BY 'Wm4@zQ8tLx2R';", path: 'setup.sql', reason: 'with an authentication plugin' },
        { text: 'CREATE USER billing IDENTIFIED BY Tq8s2LmZ0vRx;', path: 'schema.sql', reason: 'Oracle, unquoted' },
      ],
      noMatch: [
        { text: "CREATE USER 'app'@'%' IDENTIFIED BY PASSWORD '*6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4';", reason: 'a password hash' },
        { text: 'CREATE USER app IDENTIFIED BY VALUES \'S:8F2D...\';', reason: "Oracle's stored hash" },
        { text: "CREATE USER app IDENTIFIED BY RANDOM PASSWORD;", reason: 'the server makes one up' },
        { text: "cursor.execute(\"CREATE USER %s IDENTIFIED BY '%s'\", (user, pw))", path: 'provision.py', reason: 'a format slot' },
        { text: "CREATE USER app IDENTIFIED BY '${DB_PASSWORD}';", reason: 'a template' },
        { text: "CREATE USER 'app'@'%' IDENTIFIED BY 'password';", reason: 'placeholder' },
        { text: ' * The configuration identified by the ID must exist in the bucket.', path: 'commands/GetBucketConfiguration.d.ts', reason: 'English prose' },
      ],
    },
  },
];
