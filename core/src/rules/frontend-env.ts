/**
 * Passwords and secrets in front-end build variables. Create React App inlines every `REACT_APP_*`
 * variable into the JavaScript bundle it ships to browsers (https://create-react-app.dev/docs/adding-custom-environment-variables/),
 * as Vite does with `VITE_*` (https://vite.dev/guide/env-and-mode) and Next.js with `NEXT_PUBLIC_*`
 * (https://nextjs.org/docs/app/guides/environment-variables#bundling-environment-variables-for-the-browser):
 * a password there is published with the site. The value is taken as written in a dotenv line
 * (`NAME=value`, optional quotes, an optional `# comment` after white space), where an ordinary word is a
 * real password, which the generic rules (built for code, where words are identifiers) let pass.
 */
import type { Rule, RuleContext } from '../engine/types.js';

/** A value that names itself (`smtp_password`, `your-secret`) or points elsewhere is not the secret. */
function written({ secret }: RuleContext): boolean {
  return !/passw(?:or)?d|secret|token|^\$|^https?:|^\/|\$\{/i.test(secret) && !/^(.)\1*$/.test(secret);
}

export const rules: Rule[] = [
  {
    id: 'frontend-env-password',
    provider: 'generic',
    // Assignment-style: a provider rule on the same span wins, and a value a provider owns is judged by it.
    generic: true,
    description: 'Password or secret in a REACT_APP_/VITE_/NEXT_PUBLIC_ variable, shipped in the browser bundle',
    // Line start (optionally commented out: `# REACT_APP_PASSWORD=…` still leaks in history), the prefix,
    // a name ending in a password/secret word, `=`, then the value to the end of the word.
    regex:
      /^[ \t]{0,8}(?:#[ \t]{0,2})?(?:export[ \t]{1,4})?(?:REACT_APP|VITE|NEXT_PUBLIC)_(?:[A-Z0-9]{1,30}_){0,4}(?:PASSWORD|PASSWD|PASS|PWD|SECRET|SECRET_KEY|CLIENT_SECRET|PRIVATE_KEY)[ \t]{0,2}=[ \t]{0,2}(?:"(?<secret2>[^"\s$]{4,100})"|'(?<secret3>[^'\s]{4,100})'|(?<secret>[^\s"'#$]{4,100}))(?=[ \t]|$)/m,
    keywords: ['react_app_', 'vite_', 'next_public_'],
    severity: 'high',
    lifetime: 'long-lived',
    validate: written,
    reference: 'https://create-react-app.dev/docs/adding-custom-environment-variables/',
    samples: {
      match: [
        { text: 'REACT_APP_ADMIN_PASSWORD=Tulip-Harbor-82', reason: 'password in a CRA variable' },
        { text: '# VITE_SMTP_PASS=quokkaorbit   # old server', reason: 'commented-out line with a comment' },
      ],
      noMatch: [
        { text: 'REACT_APP_RESET_PASSWORD=$REACT_APP_BASE_URL/reset_password', reason: 'a URL built from another variable' },
        { text: 'REACT_APP_SMTP_PASSWORD=smtp_password', reason: 'names itself' },
        { text: 'const pass = process.env.REACT_APP_DB_PASSWORD || "unset"', reason: 'read, not written' },
      ],
    },
  },
];
