/**
 * Okta API tokens (SSWS): `00` + 40 URL-safe characters; they act with the creating admin's privileges.
 * https://developer.okta.com/docs/guides/create-an-api-token/main/
 * The variable name must spell Okta as a word (`okta`, `Okta`, `OKTA`): `rookTable` is not Okta.
 * A Terraform input variable named for Okta holds its value in `default = "…"` a few lines below the name:
 * https://developer.hashicorp.com/terraform/language/values/variables
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { assignment } from './patterns.js';

const TOKEN = '00[A-Za-z0-9_=-]{40}';
const ROTATE = 'https://help.okta.com/en-us/content/topics/security/api.htm';
const REFERENCE = 'https://developer.okta.com/docs/guides/create-an-api-token/main/';

/**
 * A typed stand-in rather than a generated token: a run of six letters in alphabet order
 * (`ABCDEFGHIJKL`), as people type when inventing an example value.
 */
function notTyped({ secret }: RuleContext): boolean {
  const letters = secret.toLowerCase();
  let run = 1;
  for (let i = 1; i < letters.length; i++) {
    const step = letters.charCodeAt(i) - letters.charCodeAt(i - 1);
    run = step === 1 && /[a-z]/.test(letters[i]!) ? run + 1 : 1;
    if (run >= 6) return false;
  }
  return true;
}

function oktaAssignment(secret: string): RegExp {
  const source = assignment(['okta'], secret).source;
  return new RegExp(source.replace('(?:[oO][kK][tT][aA])', '(?:okta|Okta|OKTA)'));
}

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'okta-access-token',
    provider: 'okta',
    description: 'Okta API token',
    regex: oktaAssignment(TOKEN),
    keywords: ['okta'],
    window: NEXT_LINE,
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: notTyped,
    rotateUrl: ROTATE,
    reference: REFERENCE,
    samples: {
      match: [{ text: 'OKTA_API_TOKEN=00NjQbALHdGSONGYU-cUXqMvQFqb6meKJvoI_IJnwF', reason: 'dotenv' }],
      noMatch: [
        { text: 'rookTable = 00gqRmzpQTvRFItejArzkD6xvF0LcCf7GUQidZluqi', reason: 'not an Okta variable' },
        { text: 'oktaKey = 00000000000000000000000000000000000TUVWXYZ', reason: 'placeholder' },
        { text: 'okta_token: 00Hq7Wv-ZpL3-MNOPQRSTUVW-4kTx9b-RmYc-d2Zq8', reason: 'typed alphabet run, not generated' },
      ],
    },
  },
  {
    id: 'okta-terraform-variable-token',
    provider: 'okta',
    description: 'Okta API token as the default of a Terraform variable named for Okta',
    regex: new RegExp(
      String.raw`variable[ \t]{1,4}"[\w-]{0,40}(?:okta|Okta|OKTA)[\w-]{0,40}"[ \t]{0,4}\{[^{}]{0,400}?\bdefault[ \t]{0,8}=[ \t]{0,8}"(?<secret>${TOKEN})"`,
    ),
    keywords: ['okta'],
    window: { before: 64, after: 500, crossLines: true },
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: notTyped,
    rotateUrl: ROTATE,
    reference: REFERENCE,
    samples: {
      match: [
        {
          text: 'variable "okta_api_token" {\n  type    = string\n  default = "00Rv7nXq2LpZ8wKt4HmJ9sYc6bFd1GaQe3Tu5Vo0Ni"\n}',
          reason: 'Terraform variable default',
        },
      ],
      noMatch: [
        { text: 'variable "okta_api_token" {\n  type = string\n}', reason: 'no default' },
        { text: 'variable "region" {\n  default = "00Rv7nXq2LpZ8wKt4HmJ9sYc6bFd1GaQe3Tu5Vo0Ni"\n}', reason: 'not an Okta variable' },
      ],
    },
  },
];
