/**
 * Zoom app credentials (Server-to-Server OAuth, OAuth, Meeting SDK): client id (22 chars, public) and
 * client secret (32 chars); webhook "secret token" (22 chars) used to sign event notifications.
 * https://developers.zoom.us/docs/internal-apps/s2s-oauth/ ,
 * https://developers.zoom.us/docs/api/webhooks/#verify-webhook-events
 * `zoom` is a common word (map zoom levels), so every rule also requires a credential word in the name.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const ROTATE = 'https://marketplace.zoom.us/user/build';
const ASSIGNED_WINDOW = { before: 64, after: 320, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'zoom-client-secret',
    provider: 'zoom',
    description: 'Zoom app client secret / SDK secret (32 chars) assigned to a Zoom-named variable',
    regex: assignment(['zoom'], '[A-Za-z0-9]{32}', { nameSlack: 30 }),
    keywords: ['zoom'],
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: ({ match }) => /secret/i.test(match),
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'ZOOM_CLIENT_SECRET=la7UJVZkFoRURVsZnI1kjX6TnHgDgmYf', reason: 'dotenv' }],
      noMatch: [{ text: 'zoomLevelName = "la7UJVZkFoRURVsZnI1kjX6TnHgDgmYf"', reason: 'not a credential name' }],
    },
  },
  {
    id: 'zoom-webhook-secret-token',
    provider: 'zoom',
    description: 'Zoom webhook secret / verification token (22 chars) assigned to a Zoom-named variable',
    regex: assignment(['zoom'], '[A-Za-z0-9_-]{22}', { nameSlack: 30 }),
    keywords: ['zoom'],
    window: ASSIGNED_WINDOW,
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: ({ match }) => /secret|verification/i.test(match),
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'ZOOM_WEBHOOK_SECRET_TOKEN=Qx7mB2vRk9LpT4nWc8HsZa', reason: 'webhook secret' }],
      noMatch: [{ text: 'ZOOM_CLIENT_ID=8dAoQ1qT5CRBj3d7Sick1C', reason: 'client id: public' }],
    },
  },
  {
    id: 'zoom-client-id',
    provider: 'zoom',
    description: 'Zoom app client id / SDK key (22 chars, public identifier)',
    regex: assignment(['zoom'], '[A-Za-z0-9_-]{22}', { nameSlack: 30 }),
    keywords: ['zoom'],
    window: ASSIGNED_WINDOW,
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: ({ match }) => /client.?id|sdk.?key|api.?key/i.test(match),
    samples: {
      match: [{ text: 'ZOOM_CLIENT_ID=8dAoQ1qT5CRBj3d7Sick1C', reason: 'client id' }],
      noMatch: [{ text: 'zoom_meeting = "8dAoQ1qT5CRBj3d7Sick1C"', reason: 'not a client id' }],
    },
  },
];
