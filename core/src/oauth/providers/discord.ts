/**
 * Discord OAuth2 scopes. A bot invite (`scope=bot`, often with `applications.commands`) also carries a
 * `permissions` bitfield: what the bot's role may do in the server; `flows.ts` decodes it with
 * `discordPermissions` below. Scopes: https://discord.com/developers/docs/topics/oauth2#shared-resources-oauth2-scopes
 * Permission bits: https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags
 */
import type { ScopeCatalog, ScopeEntry, ScopeRisk } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'identify', risk: 'low', grants: 'The user’s id, name and avatar (GET /users/@me without email).' },
  { scope: 'email', risk: 'low', grants: 'The user’s email address.' },
  { scope: 'connections', risk: 'medium', grants: 'The accounts the user linked to Discord (Steam, GitHub, Spotify…).' },
  { scope: 'guilds', risk: 'low', grants: 'The list of servers the user is in.' },
  { scope: 'guilds.members.read', risk: 'low', grants: 'The user’s member record (nickname, roles) in their servers.' },
  { scope: 'guilds.join', risk: 'high', grants: 'Add the user to any server the app’s bot is in, without asking again.', narrower: 'an invite link the user follows themselves' },
  { scope: 'gdm.join', risk: 'medium', grants: 'Add the user to group DMs the app creates.' },
  { scope: 'bot', risk: 'medium', grants: 'Add the app’s bot to a server you manage, with the role permissions in `permissions`.', narrower: 'only the permission bits the bot’s commands need, never Administrator' },
  { scope: 'applications.commands', risk: 'low', grants: 'Add the app’s slash commands to a server.' },
  { scope: 'applications.commands.permissions.update', risk: 'medium', grants: 'Change who may use the app’s commands in servers where the user can.' },
  { scope: 'applications.builds.upload', risk: 'medium', grants: 'Upload builds of the user’s games to Discord.' },
  { scope: 'applications.entitlements', risk: 'low', grants: 'The user’s entitlements (purchases) for the app.' },
  { scope: 'webhook.incoming', risk: 'medium', grants: 'Create a webhook that posts into a channel the user picks.' },
  { scope: 'messages.read', risk: 'high', grants: 'Read messages from every channel the user is in, over local RPC.' },
  { scope: 'rpc', risk: 'high', grants: 'Control the user’s local Discord client over RPC (allow-listed apps only).' },
  { scope: 'rpc.notifications.read', risk: 'medium', grants: 'Receive the user’s notifications over local RPC.' },
  { scope: 'rpc.voice.read', risk: 'medium', grants: 'Read the user’s voice settings over local RPC.' },
  { scope: 'rpc.voice.write', risk: 'medium', grants: 'Change the user’s voice settings (mute, input) over local RPC.' },
  { scope: 'dm_channels.read', risk: 'high', grants: 'See the user’s DM channels (allow-listed apps only).' },
  { scope: 'relationships.read', risk: 'medium', grants: 'The user’s friends list (allow-listed apps only).' },
  { scope: 'role_connections.write', risk: 'low', grants: 'Update the user’s linked-role connection metadata for the app.' },
  { scope: 'activities.read', risk: 'low', grants: 'The user’s activities (allow-listed apps only).' },
  { scope: 'activities.write', risk: 'medium', grants: 'Update the user’s activity (game SDK).' },
  { scope: 'voice', risk: 'medium', grants: 'Connect to voice on the user’s behalf and see everyone in the call.' },
  { scope: 'openid', risk: 'low', grants: 'Sign in with Discord (ID token).' },
];

export const discordScopes: ScopeCatalog = {
  provider: 'discord',
  name: 'Discord',
  sources: ['https://discord.com/developers/docs/topics/oauth2', 'https://discord.com/developers/docs/topics/permissions'],
  scopes: entries,
};

/** One permission bit a bot invite can ask for, rated for a bot that acts unattended in the whole server. */
export interface DiscordPermission {
  bit: number;
  name: string;
  risk: ScopeRisk;
  grants: string;
}

/**
 * The permission bits we rate (Discord's bitwise permission flags table). Bits not listed are rated
 * `medium` as "an unknown permission". Administrator overrides every channel permission: it is the
 * whole server.
 */
export const DISCORD_PERMISSIONS: readonly DiscordPermission[] = [
  { bit: 0, name: 'Create Instant Invite', risk: 'low', grants: 'create invites' },
  { bit: 1, name: 'Kick Members', risk: 'high', grants: 'kick members' },
  { bit: 2, name: 'Ban Members', risk: 'high', grants: 'ban members' },
  { bit: 3, name: 'Administrator', risk: 'critical', grants: 'every permission in every channel, overriding channel permissions: the whole server' },
  { bit: 4, name: 'Manage Channels', risk: 'high', grants: 'create, change and delete channels' },
  { bit: 5, name: 'Manage Server', risk: 'high', grants: 'change the server’s name, region and settings' },
  { bit: 6, name: 'Add Reactions', risk: 'low', grants: 'add reactions' },
  { bit: 7, name: 'View Audit Log', risk: 'medium', grants: 'read the server’s audit log' },
  { bit: 8, name: 'Priority Speaker', risk: 'low', grants: 'priority speaker in voice' },
  { bit: 9, name: 'Video', risk: 'low', grants: 'stream video' },
  { bit: 10, name: 'View Channels', risk: 'medium', grants: 'see channels and read their messages as they arrive' },
  { bit: 11, name: 'Send Messages', risk: 'low', grants: 'send messages' },
  { bit: 12, name: 'Send TTS Messages', risk: 'low', grants: 'send text-to-speech messages' },
  { bit: 13, name: 'Manage Messages', risk: 'high', grants: 'delete and pin other members’ messages' },
  { bit: 14, name: 'Embed Links', risk: 'low', grants: 'embed links' },
  { bit: 15, name: 'Attach Files', risk: 'low', grants: 'upload files' },
  { bit: 16, name: 'Read Message History', risk: 'medium', grants: 'read past messages of the channels it can see' },
  { bit: 17, name: 'Mention Everyone', risk: 'medium', grants: 'ping @everyone and @here' },
  { bit: 18, name: 'Use External Emojis', risk: 'low', grants: 'use emojis from other servers' },
  { bit: 19, name: 'View Server Insights', risk: 'low', grants: 'view server insights' },
  { bit: 20, name: 'Connect', risk: 'low', grants: 'join voice channels' },
  { bit: 21, name: 'Speak', risk: 'low', grants: 'speak in voice channels' },
  { bit: 22, name: 'Mute Members', risk: 'medium', grants: 'mute members in voice' },
  { bit: 23, name: 'Deafen Members', risk: 'medium', grants: 'deafen members in voice' },
  { bit: 24, name: 'Move Members', risk: 'medium', grants: 'move members between voice channels' },
  { bit: 25, name: 'Use Voice Activity', risk: 'low', grants: 'use voice activity detection' },
  { bit: 26, name: 'Change Nickname', risk: 'low', grants: 'change its own nickname' },
  { bit: 27, name: 'Manage Nicknames', risk: 'medium', grants: 'change other members’ nicknames' },
  { bit: 28, name: 'Manage Roles', risk: 'critical', grants: 'create roles and assign any role below its own: privilege escalation' },
  { bit: 29, name: 'Manage Webhooks', risk: 'high', grants: 'create webhooks that post as anyone and read their tokens' },
  { bit: 30, name: 'Manage Expressions', risk: 'medium', grants: 'change and delete emojis, stickers and sounds' },
  { bit: 31, name: 'Use Application Commands', risk: 'low', grants: 'use slash commands' },
  { bit: 32, name: 'Request to Speak', risk: 'low', grants: 'request to speak in stage channels' },
  { bit: 33, name: 'Manage Events', risk: 'medium', grants: 'change and delete scheduled events' },
  { bit: 34, name: 'Manage Threads', risk: 'medium', grants: 'delete and archive threads' },
  { bit: 35, name: 'Create Public Threads', risk: 'low', grants: 'create public threads' },
  { bit: 36, name: 'Create Private Threads', risk: 'low', grants: 'create private threads' },
  { bit: 37, name: 'Use External Stickers', risk: 'low', grants: 'use stickers from other servers' },
  { bit: 38, name: 'Send Messages in Threads', risk: 'low', grants: 'send messages in threads' },
  { bit: 39, name: 'Use Activities', risk: 'low', grants: 'start activities' },
  { bit: 40, name: 'Timeout Members', risk: 'high', grants: 'time members out' },
  { bit: 41, name: 'View Creator Monetization Analytics', risk: 'medium', grants: 'view the server’s monetization analytics' },
  { bit: 42, name: 'Use Soundboard', risk: 'low', grants: 'use the soundboard' },
  { bit: 43, name: 'Create Expressions', risk: 'low', grants: 'create emojis, stickers and sounds' },
  { bit: 44, name: 'Create Events', risk: 'low', grants: 'create scheduled events' },
  { bit: 45, name: 'Use External Sounds', risk: 'low', grants: 'use sounds from other servers' },
  { bit: 46, name: 'Send Voice Messages', risk: 'low', grants: 'send voice messages' },
  { bit: 49, name: 'Send Polls', risk: 'low', grants: 'create polls' },
  { bit: 50, name: 'Use External Apps', risk: 'low', grants: 'use user-installed apps' },
];

const BY_BIT = new Map(DISCORD_PERMISSIONS.map((p) => [p.bit, p]));

/** The permissions a bitfield (decimal string, as in the invite URL) sets; undefined when it is not a number. */
export function discordPermissions(bitfield: string): DiscordPermission[] | undefined {
  if (!/^\d{1,20}$/.test(bitfield)) return undefined;
  let bits = BigInt(bitfield);
  const found: DiscordPermission[] = [];
  for (let bit = 0; bits > 0n; bit++, bits >>= 1n) {
    if ((bits & 1n) === 0n) continue;
    found.push(BY_BIT.get(bit) ?? { bit, name: `unknown permission bit ${bit}`, risk: 'medium', grants: 'a permission this catalog does not know' });
  }
  return found;
}
