/**
 * Freemius SDK credentials: the `secret_key` entry of the `fs_dynamic_init()` array is `sk_` followed by
 * 29 printable characters (the `public_key` is `pk_…`): https://freemius.com/help/documentation/wordpress-sdk/integrating-freemius-sdk/
 * Secret keys do not expire; they are regenerated in the developer dashboard.
 */
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'freemius-secret-key',
    provider: 'freemius',
    description: 'Freemius SDK secret key in a PHP `secret_key` array entry (licensing and sandbox access)',
    // Quoted key, PHP `=>`, quoted value of `sk_` + 29 printable characters other than quotes and spaces.
    regex: /["']secret_key["'][ \t]{0,5}=>[ \t]{0,5}(?<q>["'])(?<secret>sk_[!#-&(-~]{29})\k<q>/,
    keywords: ['secret_key'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    // The array syntax is the PHP SDK's; when the file is known it must be PHP source.
    validate: ({ path }) => path === undefined || /\.(?:php\d?|phtml|inc)$/i.test(path),
    rotateUrl: 'https://dashboard.freemius.com/',
    reference: 'https://freemius.com/help/documentation/wordpress-sdk/integrating-freemius-sdk/',
    samples: {
      match: [{ text: "\t'secret_key' => 'sk_UniNV6l#MAjXLs;XafTE5E@DnKc8p',", reason: 'fs_dynamic_init array' }],
      noMatch: [
        { text: "'other_key' => 'sk_UniNV6l#MAjXLs;XafTE5E@DnKc8p',", reason: 'different key' },
        { text: "'secret_key' => sk_UniNV6l#MAjXLs;XafTE5E@DnKc8p,", reason: 'unquoted' },
      ],
    },
  },
];
