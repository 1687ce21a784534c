/**
 * Jenkins. API tokens: 32–34 hex digits, bound to a Jenkins name (the long-tail matcher, from its table
 * line here: https://www.jenkins.io/doc/book/using/remote-access-api/). The setup wizard's initial admin
 * password: a new controller logs it between rows of asterisks ("Please use the following password to
 * proceed to installation:", then 32 hex digits on a line of their own, also kept in
 * `secrets/initialAdminPassword`), and that log is pasted into issues, CI output and tutorials
 * (https://www.jenkins.io/doc/book/installing/linux/#unlocking-jenkins). It is the admin account's
 * password until someone changes it.
 */
import type { Rule } from '../engine/types.js';
import { longTailRule } from './long-tail/matcher.js';

export const rules: Rule[] = [
  longTailRule({
    id: 'jenkins',
    name: 'Jenkins',
    names: ['jenkins'],
    credential: 'API token',
    token: { alphabet: 'hex', length: [32, 34] },
    doc: 'https://www.jenkins.io/doc/book/using/remote-access-api/',
  }),
  {
    id: 'jenkins-initial-admin-password',
    provider: 'jenkins',
    description: 'Jenkins initial admin password (setup wizard log)',
    regex: /use the following password to proceed to installation:[ \t]{0,4}\r?\n(?:[ \t]{0,8}\r?\n){0,3}[ \t]{0,8}(?<secret>[0-9a-f]{32})[ \t]{0,8}(?=\r?\n|$)/,
    keywords: ['use the following password to proceed to installation'],
    window: { before: 0, after: 240, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    reference: 'https://www.jenkins.io/doc/book/installing/linux/#unlocking-jenkins',
    samples: {
      match: [
        {
          text: 'Jenkins initial setup is required. An admin user has been created and a password generated.\nPlease use the following password to proceed to installation:\n\n4f0c2a9e7b31d8c65a1e0f9b2d47c8e3\n\nThis may also be found at: /var/jenkins_home/secrets/initialAdminPassword\n',
          reason: 'the setup wizard banner in a container log',
        },
      ],
      noMatch: [
        { text: 'Please use the following password to proceed to installation:\n\n<password>\n', reason: 'placeholder' },
        { text: 'Please use the following password to proceed to installation:\n\n4f0c2a9e7b31d8c65a1e0f9b2d47c8e3d1\n', reason: 'not 32 hex digits' },
      ],
    },
  },
];
