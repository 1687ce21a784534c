/**
 * `.netrc` entries (`machine HOST login USER password PASS`, https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html)
 * pasted into other files: READMEs, Dockerfiles, CI scripts that write a `.netrc` with a heredoc. A real
 * `.netrc` file is read by the format parser (formats/); this finds the entry wherever it is written.
 */
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'netrc-entry-password',
    provider: 'generic',
    // Assignment-style: a provider rule on the same span wins, and a value a provider owns is judged by it.
    generic: true,
    description: 'Password in a .netrc machine entry',
    // The three tokens in their documented order, on one line or spread over a few (white space separates them).
    regex: /(?<![\w-])machine[ \t]{1,8}[A-Za-z0-9.-]{1,253}\s{1,40}login[ \t]{1,8}[^\s]{1,100}\s{1,40}password[ \t]{1,8}(?<secret>[^\s"'`<>$]{4,200})(?=\s|$|["'`])/,
    keywords: ['machine'],
    window: { before: 0, after: 800, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    reference: 'https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html',
    samples: {
      match: [
        { text: 'machine api.heroku.com login ops@corp.dev password 7c1f9e2ab84d4e0c9b35f6a1d2e8c7b4', reason: 'one-line entry' },
        { text: 'cat > ~/.netrc <<EOF\nmachine git.corp.dev\n  login ci-bot\n  password Zq7!vL2mTx9k\nEOF', reason: 'heredoc in a script' },
      ],
      noMatch: [
        { text: 'machine api.heroku.com login you@example.com password <your-api-key>', reason: 'placeholder' },
        { text: 'machine github.com login $GH_USER password $GH_TOKEN', reason: 'variables' },
      ],
    },
  },
];
