/**
 * Sidekiq Pro/Enterprise gem server credentials (`user:password`, 8 hex each), set through Bundler as
 * BUNDLE_GEMS__CONTRIBSYS__COM / BUNDLE_ENTERPRISE__CONTRIBSYS__COM or embedded in the source URL.
 * https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro#installation and
 * https://github.com/sidekiq/sidekiq/wiki/Ent-Installation
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const ROTATE = 'https://sidekiq.org/support.html';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'sidekiq-secret',
    provider: 'sidekiq',
    description: 'Sidekiq Pro/Enterprise license credentials in a Bundler variable',
    regex: assignment(['bundle_enterprise__contribsys__com', 'bundle_gems__contribsys__com'], '[a-f0-9]{8}:[a-f0-9]{8}', {
      end: '(?![A-Za-z0-9_:-])',
    }),
    keywords: ['contribsys__com'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'export BUNDLE_GEMS__CONTRIBSYS__COM=f0cc88b7:4fa83b76', reason: 'Bundler env' }],
      noMatch: [{ text: 'BUNDLE_GEMS__CONTRIBSYS__COM: "${SIDEKIQ_CREDS}"', reason: 'reference' }],
    },
  },
  {
    id: 'sidekiq-sensitive-url',
    provider: 'sidekiq',
    description: 'Sidekiq Pro/Enterprise credentials embedded in a gem source URL',
    regex: /https?:\/\/(?<secret>[a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\.contribsys\.com(?![\w-])/,
    keywords: ['contribsys.com'],
    severity: 'high',
    lifetime: 'long-lived',
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'source "https://c0e26f80:7f2b2fe2@gems.contribsys.com/" do', reason: 'Gemfile source' }],
      noMatch: [{ text: 'source "https://gems.contribsys.com/" do', reason: 'no credentials' }],
    },
  },
];
