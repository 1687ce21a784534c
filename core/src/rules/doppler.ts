/**
 * Doppler tokens: personal `dp.pt.`, service `dp.st.[<config>.]`, service account `dp.sa.`, CLI `dp.ct.`,
 * SCIM `dp.scim.`, audit `dp.audit.` (no expiry unless set):
 * https://docs.doppler.com/docs/token-formats and https://docs.doppler.com/reference/auth-token-formats
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'doppler-token',
    provider: 'doppler',
    description: 'Doppler API token (personal, service, service-account, CLI, SCIM or audit)',
    regex: standalone('dp\\.(?:pt|sa|ct|scim|audit|st(?:\\.[a-z0-9_-]{2,35})?)\\.[A-Za-z0-9]{40,44}', { tokenChars: 'A-Za-z0-9_.' }),
    keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://dashboard.doppler.com/workplace/tokens',
    samples: {
      match: [
        { text: 'DOPPLER_TOKEN=dp.st.prd.iQVXLeUGn3IupI7PCbTHr9qW3k5gh8kgTH7ncmDH', reason: 'service token' },
        { text: 'dp.pt.Ri2g26QLbkLNcpQZANKG9iMdmiTPNsU3npggeqUA6zP', reason: 'personal token' },
      ],
      noMatch: [{ text: 'dp.pt.short', reason: 'too short' }],
    },
  },
];
