/**
 * Hugging Face tokens. User access tokens (`hf_` + 34 letters, roles read / write / fine-grained):
 * https://huggingface.co/docs/hub/security-tokens . Organization API tokens (`api_org_` + 34 letters)
 * are deprecated but still found in old notebooks and CI files (same page, "Organization API Tokens").
 * Revocation: https://huggingface.co/settings/tokens
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://huggingface.co/settings/tokens';

/**
 * Tokens are 34 random mixed-case letters. An identifier that happens to be 34 letters long after
 * `hf_` (`hf_generatedByHomeAppForDebugging…`) is camelCase: few capitals. Random bodies have ~17.
 */
function randomLetters({ secret }: RuleContext): boolean {
  const body = secret.slice(secret.lastIndexOf('_') + 1);
  const upper = body.replace(/[^A-Z]/g, '').length;
  const lower = body.replace(/[^a-z]/g, '').length;
  return upper >= 7 && lower >= 7;
}

export const rules: Rule[] = [
  {
    id: 'huggingface-access-token',
    provider: 'huggingface',
    description: 'Hugging Face user access token (hf_…)',
    regex: standalone('hf_[A-Za-z]{34}'),
    keywords: ['hf_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    validate: randomLetters,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'HF_TOKEN=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', reason: 'dotenv' },
        { text: 'huggingface-cli login --token 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', reason: 'CLI login' },
      ],
      noMatch: [
        { text: 'hf_token = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', reason: 'placeholder' },
        { text: 'hf_FakeFakeFake1FakeFakeFakeFakeFakeFa', reason: 'digit in body' },
        { text: 'xhf_ATlzTKXBDkIXQeqDFXdsSwYtxOznGprtfb', reason: 'glued to a word' },
        { text: '_kHMSymptomhf_generatedByHomeAppForDebuggingPurposesKey', reason: 'identifier' },
      ],
    },
  },
  {
    id: 'huggingface-org-token',
    provider: 'huggingface',
    description: 'Hugging Face organization API token (api_org_…, deprecated but still honoured by old deployments)',
    regex: standalone('api_org_[A-Za-z]{34}'),
    keywords: ['api_org_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    validate: randomLetters,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: "use_auth_token='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'", reason: 'datasets.load_dataset argument' },
      ],
      noMatch: [
        { text: 'const api_org_controller = require("./controllers")', reason: 'identifier' },
        { text: 'old tokens are api_org_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', reason: 'placeholder' },
      ],
    },
  },
];
