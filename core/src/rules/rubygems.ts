/**
 * RubyGems.org API keys: `rubygems_` + 48 hex characters.
 * https://guides.rubygems.org/api-key-scopes/ and https://github.com/rubygems/rubygems.org/pull/2921
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'rubygems-api-token',
    provider: 'rubygems',
    description: 'RubyGems.org API key',
    regex: standalone('rubygems_[a-f0-9]{48}'),
    keywords: ['rubygems_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://rubygems.org/profile/api_keys',
    samples: {
      match: [{ text: '---\n:rubygems_api_key: rubygems_836b4058419162f2dd95bc673308d6ce987b7831ee7246ba', reason: '~/.gem/credentials' }],
      noMatch: [{ text: 'rubygems_2c81c203d6d6bbed226696f7a6986b66083cd56b', reason: 'too short' }],
    },
  },
];
