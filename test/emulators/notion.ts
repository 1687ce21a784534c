/**
 * Notion's `GET /v1/users/me` ("Retrieve your token's bot user") as documented: `Authorization: Bearer`
 * plus a `Notion-Version` header (400 `missing_version` without it), 401 `unauthorized`, 429
 * `rate_limited` with Retry-After, 500/503 error objects.
 * https://developers.notion.com/reference/get-self and https://developers.notion.com/reference/status-codes
 */
import { bearerToken, type EmulatedReply, type Route } from './loopback-server.js';
import { maybeSlow, outageReply, type OutageSwitch } from './outages.js';

export interface EmulatedNotionBot {
  name: string;
  workspace: string;
  owner: 'workspace' | 'user';
}

export interface NotionEmulatorState extends OutageSwitch {
  tokens: Record<string, EmulatedNotionBot>;
}

const notionError = (status: number, code: string, message: string): EmulatedReply => ({ status, body: { object: 'error', status, code, message } });

export function notionEmulator(state: NotionEmulatorState): Route {
  return (request) => {
    if (request.url !== '/v1/users/me') return undefined;
    if (request.method !== 'GET') return notionError(400, 'invalid_request', `Unsupported request: ${request.method}.`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(request.headers['notion-version'] ?? '')) return notionError(400, 'missing_version', 'Notion-Version header failed validation: Notion-Version header should be defined.');
    const down = outageReply(state, {
      rateLimited: { ...notionError(429, 'rate_limited', 'You have been rate limited. Please try again in a few minutes.'), headers: { 'retry-after': '2' } },
      serverError: notionError(503, 'service_unavailable', 'Notion is unavailable, please try again later.'),
    });
    if (down) return down;
    const bot = state.tokens[bearerToken(request) ?? ''];
    if (!bot) return notionError(401, 'unauthorized', 'API token is invalid.');
    return maybeSlow(state, {
      status: 200,
      body: {
        object: 'user',
        id: '9a3b5ae0-c6e6-482d-b0e1-ed315ee6dc57',
        name: bot.name,
        avatar_url: null,
        type: 'bot',
        bot: { owner: bot.owner === 'workspace' ? { type: 'workspace', workspace: true } : { type: 'user', user: { object: 'user', id: '5389a034-eb5c-47b5-8a9e-f79c99ef166c' } }, workspace_name: bot.workspace },
      },
    });
  };
}
