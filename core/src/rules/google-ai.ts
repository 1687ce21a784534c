/**
 * Google AI Studio / Gemini API keys. They are ordinary Google API keys (`AIza` + 35 URL-safe
 * characters: https://cloud.google.com/docs/authentication/api-keys) created in AI Studio and used with
 * generativelanguage.googleapis.com: https://ai.google.dev/gemini-api/docs/api-key . The bare `AIza`
 * shape belongs to the GCP rules; this rule only fires on lines that name Gemini / Generative Language,
 * so the finding carries the AI provider (and its revocation page).
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'google-ai-studio-key',
    provider: 'google-ai',
    description: 'Google AI Studio (Gemini API) key',
    regex: standalone('AIza[0-9A-Za-z_-]{35}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: [
      'gemini',
      'genai',
      'generativelanguage',
      'google_ai',
      'googleai',
      'google-ai',
      'aistudio',
      'google_api_key',
      'googleapikey',
      'palm_api_key',
    ],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://aistudio.google.com/app/apikey',
    samples: {
      match: [
        { text: 'GEMINI_API_KEY=AIzaMTOnXJe_WyJ5rN4uo8WVYxX6uVtRRVF2Xgh', reason: 'dotenv' },
        { text: 'genai.configure(api_key="AIzaMTOnXJe_WyJ5rN4uo8WVYxX6uVtRRVF2Xgh")', reason: 'python SDK call' },
        {
          text: 'curl "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=AIzaMTOnXJe_WyJ5rN4uo8WVYxX6uVtRRVF2Xgh"',
          reason: 'REST URL',
        },
      ],
      noMatch: [
        { text: 'MAPS_KEY=AIzaMTOnXJe_WyJ5rN4uo8WVYxX6uVtRRVF2Xgh', reason: 'no AI context (left to the GCP rule)' },
        { text: 'GEMINI_API_KEY=AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
      ],
    },
  },
];
