/**
 * SerpApi API keys: 64 lowercase hex characters with no prefix, passed as the `api_key` query
 * parameter (https://serpapi.com/search-api , key at https://serpapi.com/manage-api-key).
 * Recognisable next to a SerpApi-named variable or in a serpapi.com URL.
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { anyCase } from './patterns.js';

const OPERATOR = String.raw`[\s'"\x60]{0,3}(?:=|>|:{1,3}=|\|\|=?|:|=>|\?=|\.=|,)[\x60'"\s=]{0,5}`;
const NAME = `(?:${['serpapi', 'serp_api', 'serp-api'].map(anyCase).join('|')})`;
const namesCredential = ({ match, secret }: RuleContext) => /key|token|secret|auth/i.test(match.slice(0, match.length - secret.length));

export const rules: Rule[] = [
  {
    id: 'serpapi-api-key',
    provider: 'serpapi',
    description: 'SerpApi API key assigned to a SerpApi-named variable or in a serpapi.com URL',
    regex: new RegExp(
      String.raw`(?:${NAME}[ \t\w.-]{0,20}?${OPERATOR}|${NAME}\.com/[\w/.-]{0,40}\?(?:[\w%.-]{1,40}=[^&\s"']{0,100}&){0,10}api_key=)(?<secret>[a-f0-9]{64})(?![A-Za-z0-9_-])`,
    ),
    keywords: ['serpapi', 'serp_api', 'serp-api'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    validate: (ctx) => /\.com\//.test(ctx.match) || namesCredential(ctx),
    rotateUrl: 'https://serpapi.com/manage-api-key',
    samples: {
      match: [
        { text: 'SERPAPI_API_KEY=b219dc4fe83f1e820f7b24f67e593419dfb67f31867e7abd174841a592aff59f', reason: 'dotenv' },
        {
          text: 'https://serpapi.com/search.json?engine=google&q=coffee&api_key=b219dc4fe83f1e820f7b24f67e593419dfb67f31867e7abd174841a592aff59f',
          reason: 'request URL',
        },
      ],
      noMatch: [
        {
          text: 'serpapi==0.1.5 --hash=sha256:b219dc4fe83f1e820f7b24f67e593419dfb67f31867e7abd174841a592aff59f',
          reason: 'package hash',
        },
      ],
    },
  },
];
