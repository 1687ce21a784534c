/**
 * Datadog API keys: `GET /api/v1/validate` with the key in `DD-API-KEY` answers 200 `{"valid":true}`, or
 * 403 when the key is not valid on that site: https://docs.datadoghq.com/api/latest/authentication/validate-api-key/
 * A key lives on exactly one Datadog site and each site has its own API host, so the sites are asked in
 * the documented order until one says 200; 403 everywhere is `invalid`, and any site that did not answer
 * (429, 5xx, timeout) leaves the verdict `unknown`.
 *
 * Application keys need their API key beside them (the `apiKey` companion): `GET /api/v2/validate_keys`
 * with both `DD-API-KEY` and `DD-APPLICATION-KEY` on the API key's site answers 200 `{"status":"ok"}` or
 * 401/403: https://docs.datadoghq.com/api/latest/key-management/validate-api-and-application-keys/
 *
 * Revocation: not offered. Deleting a key (`DELETE /api/v2/api_keys/{api_key_id}`) needs an application
 * key with `api_keys_delete` and the key's id, not the key alone:
 * https://docs.datadoghq.com/api/latest/key-management/#delete-an-api-key
 */
import type { VerifyAnswer } from '../answers.js';
import { unknownAnswer } from '../answers.js';
import type { ApiCall, ApiResponse, VerifierSpec } from '../types.js';

/** The API hosts of every Datadog site, in the order the validate page lists them (US1 first). */
export const DATADOG_SITES = [
  'https://api.datadoghq.com',
  'https://api.us3.datadoghq.com',
  'https://api.us5.datadoghq.com',
  'https://api.datadoghq.eu',
  'https://api.ap1.datadoghq.com',
  'https://api.ap2.datadoghq.com',
  'https://api.uk1.datadoghq.com',
  'https://api.ddog-gov.com',
  'https://api.us2.ddog-gov.com',
] as const;

const siteName = (site: string) => new URL(site).host;

type SiteSearch = { site: string } | { answer: VerifyAnswer };

/**
 * The site whose validate endpoint accepts `apiKey`, or the verdict when none does. A site that cannot
 * be reached is remembered and the search goes on: the key may live on a later site.
 */
async function findSite(apiKey: string, call: ApiCall): Promise<SiteSearch> {
  let unanswered: VerifyAnswer | undefined;
  for (const site of DATADOG_SITES) {
    let response: ApiResponse;
    try {
      response = await call({ method: 'GET', host: site, path: '/api/v1/validate', headers: { 'dd-api-key': apiKey, accept: 'application/json' } });
    } catch (error) {
      const reason = error instanceof Error && /timed? ?out/i.test(error.message) ? 'timed out' : 'network error';
      unanswered ??= { status: 'unknown', error: `Datadog site ${siteName(site)} could not be reached (${reason})` };
      continue;
    }
    if (response.status === 200) return { site };
    if (response.status !== 403) unanswered ??= unknownAnswer(response, 'Datadog');
  }
  return { answer: unanswered ?? { status: 'invalid', error: `no Datadog site accepts the API key (HTTP 403 on all ${DATADOG_SITES.length})` } };
}


export const datadogVerifier: VerifierSpec = {
  id: 'datadog',
  name: 'Datadog',
  ruleIds: ['datadog-api-key', 'datadog-access-token'],
  hosts: DATADOG_SITES,
  docs: [
    'https://docs.datadoghq.com/api/latest/authentication/validate-api-key/',
    'https://docs.datadoghq.com/api/latest/key-management/validate-api-and-application-keys/',
  ],
  companions: [{ name: 'apiKey', ruleIds: ['datadog-api-key'], required: false }],

  async verify(credential, call) {
    if (credential.ruleId !== 'datadog-access-token') {
      const found = await findSite(credential.secret, call);
      if ('answer' in found) return found.answer;
      return { status: 'live', identity: `Datadog site ${siteName(found.site)}`, kind: 'API key' };
    }
    const apiKey = credential.companions.apiKey;
    if (!apiKey) return { status: 'unknown', error: 'an application key is checked together with its API key (none found in the same file)' };
    const found = await findSite(apiKey, call);
    if ('answer' in found) {
      return found.answer.status === 'invalid' ? { status: 'unknown', error: 'the API key found beside the application key is not valid, so the application key cannot be checked' } : found.answer;
    }
    const response = await call({ method: 'GET', host: found.site, path: '/api/v2/validate_keys', headers: { 'dd-api-key': apiKey, 'dd-application-key': credential.secret, accept: 'application/json' } });
    if (response.status === 200) return { status: 'live', identity: `Datadog site ${siteName(found.site)}`, kind: 'application key' };
    if (response.status === 401 || response.status === 403) return { status: 'invalid', error: `Datadog rejected the application key (HTTP ${response.status})` };
    return unknownAnswer(response, 'Datadog');
  },
};
