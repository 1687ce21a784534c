/**
 * Notion integration tokens: `GET /v1/users/me` ("Retrieve your token's bot user") returns the bot the
 * token belongs to, its owner and workspace: https://developers.notion.com/reference/get-self
 * Every request carries `Authorization: Bearer <token>` and the API version in `Notion-Version`
 * (https://developers.notion.com/reference/versioning); 401 `unauthorized` means the token is not
 * valid, 429 `rate_limited` comes with `Retry-After`: https://developers.notion.com/reference/status-codes
 * and https://developers.notion.com/reference/request-limits
 *
 * Revocation: not offered. Notion's token revocation endpoint authenticates the public integration
 * (client id and secret), not the token alone; internal integration secrets are refreshed in the
 * integration's settings: https://developers.notion.com/docs/authorization
 */
import { objectBody, stringField, unknownAnswer } from '../answers.js';
import type { VerifierSpec } from '../types.js';

const API = 'https://api.notion.com';
/** A dated API version; the reply shape read here (object, name, bot.owner, workspace_name) is stable across versions. */
export const NOTION_VERSION = '2022-06-28';

export const notionVerifier: VerifierSpec = {
  id: 'notion',
  name: 'Notion',
  ruleIds: ['notion-api-token', 'notion-legacy-token'],
  hosts: [API],
  docs: ['https://developers.notion.com/reference/get-self', 'https://developers.notion.com/reference/status-codes'],

  async verify(credential, call) {
    const response = await call({ method: 'GET', host: API, path: '/v1/users/me', headers: { authorization: `Bearer ${credential.secret}`, 'notion-version': NOTION_VERSION, accept: 'application/json' } });
    if (response.status === 401) return { status: 'invalid', error: 'Notion rejected the token (HTTP 401 unauthorized)' };
    if (response.status !== 200) return unknownAnswer(response, 'Notion');
    const user = objectBody(response);
    if (stringField(user, 'object') !== 'user') return { status: 'unknown', error: 'Notion answered without the bot user' };
    const bot = user?.bot as Record<string, unknown> | undefined;
    const owner = bot?.owner as Record<string, unknown> | undefined;
    const workspace = stringField(bot, 'workspace_name');
    const name = stringField(user, 'name') ?? stringField(user, 'id');
    return {
      status: 'live',
      identity: workspace ? `${name} (workspace ${workspace})` : name,
      kind: owner?.type === 'workspace' ? 'internal integration token' : owner?.type === 'user' ? 'public integration token (user-authorized)' : 'integration token',
    };
  },
};
