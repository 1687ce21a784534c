/**
 * Authress service client access keys: `<sc|ext|scauth|authress>_<client id>.<key id>.acc[_-]<account id>.<secret>`.
 * https://authress.io/knowledge-base/docs/authentication/service-clients and
 * https://authress.io/knowledge-base/articles/2024/06/11/secret-scanning-authress-keys
 */
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'authress-service-client-access-key',
    provider: 'authress',
    description: 'Authress service client access key',
    regex:
      /(?<![A-Za-z0-9_])(?<secret>(?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[a-z0-9+/_=-]{30,120})(?![A-Za-z0-9+/_=-])/i,
    keywords: ['.acc_', '.acc-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://authress.io/app/#/settings?focus=clients',
    samples: {
      match: [{ text: 'AUTHRESS_KEY=sc_v905wto8y5.fo3x.acc_icf8tf7xog.tHqdeZQrOtaDlmFvvw9lJ6q7gXwmTiEuusWr1YNgt5Ba', reason: 'service client key' }],
      noMatch: [{ text: 'sc_llgtmu5gi3.8hom.acc_77ntmlsckn', reason: 'no secret part' }],
    },
  },
];
