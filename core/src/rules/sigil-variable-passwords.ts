/**
 * Passwords assigned to `$`-sigil variables in PHP and Perl database settings (`$password = "…";`,
 * `$db_pass = '…';`) and PHP's `define('DB_PASSWORD', '…')` (WordPress `wp-config.php`,
 * https://developer.wordpress.org/advanced-administration/wordpress/wp-config/#database-name).
 * In these languages a quoted literal on the right of a password variable is the password itself: a form
 * field's name is read from `$_POST["password"]`, never assigned. So an ordinary word counts here, where
 * the generic rules (built for languages whose strings are often identifiers) let it pass.
 */
import type { Rule, RuleContext } from '../engine/types.js';

/** Not a reference, an interpolation, or a value that names itself. */
function literalPassword({ secret }: RuleContext): boolean {
  return !/[$]|\{|passw(?:or)?d|^(?:pass|pwd|secret|root|admin|test|null|none)$|^(.)\1*$/i.test(secret);
}

export const rules: Rule[] = [
  {
    id: 'sigil-variable-password',
    provider: 'generic',
    // Assignment-style: a provider rule on the same span wins, and a value a provider owns is judged by it.
    generic: true,
    description: "Password assigned to a PHP/Perl $variable or PHP define('DB_PASSWORD', …)",
    regex:
      /(?:\$(?:[A-Za-z0-9]{1,20}_?)?(?:password|passwd|pass|pwd)\b[ \t]{0,4}=[ \t]{0,4}|\bdefine\([ \t]{0,2}['"][A-Z0-9_]{0,30}(?:PASSWORD|PASS|PWD)['"][ \t]{0,2},[ \t]{0,2})(?:\\?"(?<secret>[^"\\\s$]{4,100})\\?"|'(?<secret2>[^'\\\s]{4,100})')[ \t]{0,2}[;)]/i,
    keywords: ['pass', 'pwd'],
    severity: 'high',
    lifetime: 'long-lived',
    validate: literalPassword,
    reference: 'https://developer.wordpress.org/advanced-administration/wordpress/wp-config/#database-name',
    samples: {
      match: [
        { text: '$host = "db01";\n$user = "shop";\n$password = "ferncastle42";', reason: 'PHP database settings' },
        { text: "define( 'DB_PASSWORD', 'k7#Tq2vLmx' );", reason: 'wp-config.php' },
      ],
      noMatch: [
        { text: '$password = $_POST["password"];', reason: 'read from the request' },
        { text: "define('DB_PASSWORD', 'password_here');", reason: 'the shipped placeholder' },
        { text: '$password = "";', reason: 'empty' },
      ],
    },
  },
];
