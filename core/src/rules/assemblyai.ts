/**
 * AssemblyAI API keys: 32 lowercase hex characters with no prefix, sent in the `authorization` header
 * (https://www.assemblyai.com/docs/api-reference/overview#authorization). Recognisable only next to an
 * AssemblyAI-named variable (ASSEMBLYAI_API_KEY, aai.settings.api_key).
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { assignment } from './patterns.js';

const namesCredential = ({ match, secret }: RuleContext) => /key|token|secret|auth/i.test(match.slice(0, match.length - secret.length));

export const rules: Rule[] = [
  {
    id: 'assemblyai-api-key',
    provider: 'assemblyai',
    description: 'AssemblyAI API key assigned to an AssemblyAI-named variable',
    regex: assignment(['assemblyai', 'assembly_ai', 'assembly-ai', 'aai.settings'], '[a-f0-9]{32}'),
    keywords: ['assemblyai', 'assembly_ai', 'assembly-ai', 'aai.settings'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    validate: namesCredential,
    rotateUrl: 'https://www.assemblyai.com/app/api-keys',
    samples: {
      match: [
        { text: 'ASSEMBLYAI_API_KEY=c8bddfc2b556c6e14395911ba87a0317', reason: 'dotenv' },
        { text: 'aai.settings.api_key = "c8bddfc2b556c6e14395911ba87a0317"', reason: 'python SDK' },
      ],
      noMatch: [{ text: 'assemblyai_transcript_id = "c8bddfc2b556c6e14395911ba87a0317"', reason: 'not a credential name' }],
    },
  },
];
