/**
 * Mapbox access tokens: `pk.` public (meant for browsers), `sk.` secret (scoped, server-side), `tk.`
 * temporary (max 1 hour). The body is base64url JSON (`eyJ1Ijoi…` = {"u":"<user>",…}) + "." + signature.
 * https://docs.mapbox.com/help/dive-deeper/access-tokens/ ,
 * https://docs.mapbox.com/api/accounts/tokens/#create-a-temporary-token
 */
import type { LifetimeEvidence, Rule, RuleContext } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://account.mapbox.com/access-tokens/';
const BODY = '[A-Za-z0-9_-]{20,300}\\.[A-Za-z0-9_-]{20,40}';
const CHARS = 'A-Za-z0-9_.-';

/** For tokens found by assignment: the prefix says what kind of token it is. */
function byPrefix({ secret }: RuleContext): LifetimeEvidence {
  if (secret.startsWith('pk.')) return { lifetime: 'long-lived', severity: 'low', note: 'public token' };
  if (secret.startsWith('tk.')) return { lifetime: 'short-lived' };
  return { lifetime: 'long-lived' };
}

export const rules: Rule[] = [
  {
    id: 'mapbox-secret-token',
    provider: 'mapbox',
    description: 'Mapbox secret access token (sk.)',
    regex: standalone(`sk\\.eyJ${BODY}`, { tokenChars: CHARS }),
    keywords: ['sk.eyj'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1Ijoib3VtY2JvcGciLCJhIjoibnhhYzYxanNlZDYwdmUyYWxreXNhMndtNCJ9.kP62tZkhQM1V9rMRdyC5ks', reason: 'secret token' }],
      noMatch: [{ text: 'sk.eyJ1Ijoi.short', reason: 'truncated' }],
    },
  },
  {
    id: 'mapbox-public-token',
    provider: 'mapbox',
    description: 'Mapbox public access token (pk.; designed to be shipped to clients, restrict by URL)',
    regex: standalone(`pk\\.eyJ${BODY}`, { tokenChars: CHARS }),
    keywords: ['pk.eyj'],
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: "mapboxgl.accessToken = 'pk.eyJ1Ijoib3VtY2JvcGciLCJhIjoibnhhYzYxanNlZDYwdmUyYWxreXNhMndtNCJ9.V1UE4YHoDxzoCGmyG_D6Co';", reason: 'public token in JS' }],
      noMatch: [{ text: 'pk.eyJ1Ijoi', reason: 'truncated' }],
    },
  },
  {
    id: 'mapbox-temporary-token',
    provider: 'mapbox',
    description: 'Mapbox temporary access token (tk., expires within 1 hour)',
    regex: standalone(`tk\\.eyJ${BODY}`, { tokenChars: CHARS }),
    keywords: ['tk.eyj'],
    severity: 'high',
    lifetime: 'short-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'token: tk.eyJ1Ijoib3VtY2JvcGciLCJhIjoibnhhYzYxanNlZDYwdmUyYWxreXNhMndtNCJ9.k0j4ron6Yvy8lrVhZEgVfb', reason: 'temporary token' }],
      noMatch: [{ text: 'tk.eyJ1Ijoi', reason: 'truncated' }],
    },
  },
  {
    id: 'mapbox-token-assigned',
    provider: 'mapbox',
    description: 'Mapbox access token (pk./sk./tk.) assigned to a Mapbox-named variable',
    regex: assignment(['mapbox'], `[pst]k\\.${BODY}`),
    keywords: ['mapbox'],
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: byPrefix,
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'MAPBOX_TOKEN=sk.q4v9zoyo600r2iq0muw497dlxkswtuggbfaoe7v211nvog.b0gtbrms9oqhqtoht816t9', reason: 'token without JSON body' }],
      noMatch: [{ text: 'MAPBOX_TOKEN=pk.xxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
];
