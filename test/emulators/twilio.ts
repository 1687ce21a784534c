/**
 * Twilio's `GET /2010-04-01/Accounts/{Sid}.json` with HTTP basic auth (Account SID + auth token, or
 * API key SID + secret), answering as documented: 200 the Account resource, 401 error 20003 with
 * `WWW-Authenticate`, 429 error 20429, 5xx error 20500.
 * https://www.twilio.com/docs/iam/api/account and https://www.twilio.com/docs/api/errors/20003
 */
import type { EmulatedReply, Route } from './loopback-server.js';
import { maybeSlow, outageReply, type OutageSwitch } from './outages.js';

export interface EmulatedTwilioAccount {
  authToken: string;
  friendlyName: string;
  status?: 'active' | 'suspended' | 'closed';
  type?: 'Trial' | 'Full';
  /** API key SID → secret. */
  apiKeys?: Record<string, string>;
}

export interface TwilioEmulatorState extends OutageSwitch {
  accounts: Record<string, EmulatedTwilioAccount>;
}

const twilioError = (status: number, code: number, message: string): EmulatedReply => ({
  status,
  headers: status === 401 ? { 'www-authenticate': 'Basic realm="Twilio API"' } : {},
  body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
});

export function twilioEmulator(state: TwilioEmulatorState): Route {
  return (request) => {
    const path = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\.json$/.exec(request.url);
    if (!path) return undefined;
    if (request.method !== 'GET') return twilioError(405, 20004, 'Method not allowed');
    const down = outageReply(state, {
      rateLimited: { ...twilioError(429, 20429, 'Too Many Requests'), headers: { 'retry-after': '1' } },
      serverError: twilioError(500, 20500, 'Internal Server Error'),
    });
    if (down) return down;
    const basic = /^Basic ([A-Za-z0-9+/=]+)$/.exec(request.headers.authorization ?? '');
    const [user, password] = basic ? Buffer.from(basic[1]!, 'base64').toString('utf8').split(/:(.*)/s) : [];
    const sid = path[1]!;
    const account = state.accounts[sid];
    const authenticated = account && user && password !== undefined && (user === sid ? password === account.authToken : account.apiKeys?.[user] === password);
    if (!authenticated) return twilioError(401, 20003, 'Authenticate');
    return maybeSlow(state, {
      status: 200,
      body: {
        sid,
        owner_account_sid: sid,
        friendly_name: account.friendlyName,
        status: account.status ?? 'active',
        type: account.type ?? 'Full',
        date_created: 'Thu, 01 Jan 2026 00:00:00 +0000',
        uri: `/2010-04-01/Accounts/${sid}.json`,
      },
    });
  };
}
