/**
 * Reddit OAuth scopes (`www.reddit.com/api/v1/authorize[.compact]`). `duration=permanent` asks for a
 * refresh token (the default, `temporary`, lasts one hour).
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'identity', risk: 'low', grants: 'The user’s name and signup date.' },
  { scope: 'read', risk: 'low', grants: 'Read posts and comments through the user’s account.' },
  { scope: 'history', risk: 'medium', grants: 'The user’s voting history and saved, hidden and upvoted items.' },
  { scope: 'mysubreddits', risk: 'low', grants: 'The subreddits the user moderates, contributes to and subscribes to.' },
  { scope: 'subscribe', risk: 'low', grants: 'Subscribe and unsubscribe the user.' },
  { scope: 'vote', risk: 'medium', grants: 'Vote as the user.' },
  { scope: 'submit', risk: 'medium', grants: 'Post links and comments as the user.' },
  { scope: 'edit', risk: 'medium', grants: 'Edit and delete the user’s posts and comments.' },
  { scope: 'save', risk: 'low', grants: 'Save and unsave items.' },
  { scope: 'report', risk: 'low', grants: 'Report content and hide it.' },
  { scope: 'flair', risk: 'low', grants: 'Change the user’s flair.' },
  { scope: 'privatemessages', risk: 'high', grants: 'Read and send the user’s private messages.' },
  { scope: 'account', risk: 'medium', grants: 'Change the user’s account preferences.' },
  { scope: 'wikiread', risk: 'low', grants: 'Read wiki pages.' },
  { scope: 'wikiedit', risk: 'medium', grants: 'Edit wiki pages.' },
  { scope: 'livemanage', risk: 'medium', grants: 'Manage live threads the user contributes to.' },
  { scope: 'creddits', risk: 'medium', grants: 'Spend the user’s creddits.' },
  { scope: 'structuredstyles', risk: 'medium', grants: 'Change styles of subreddits the user moderates.' },
  { scope: 'modposts', risk: 'high', grants: 'Approve, remove and lock posts in subreddits the user moderates.' },
  { scope: 'modflair', risk: 'medium', grants: 'Manage flair in subreddits the user moderates.' },
  { scope: 'modlog', risk: 'medium', grants: 'Read moderation logs.' },
  { scope: 'modwiki', risk: 'medium', grants: 'Change wiki permissions.' },
  { scope: 'modconfig', risk: 'high', grants: 'Change settings, sidebar and rules of subreddits the user moderates.' },
  { scope: 'modcontributors', risk: 'high', grants: 'Ban, mute and approve users in subreddits the user moderates.' },
  { scope: 'modmail', risk: 'high', grants: 'Read and send modmail.' },
  { scope: 'modothers', risk: 'critical', grants: 'Invite and remove other moderators.' },
  { scope: 'modself', risk: 'medium', grants: 'Accept or abandon moderator invitations.' },
  { scope: '*', risk: 'critical', grants: 'Every scope, including private messages and moderation.', narrower: 'the individual scopes the app uses' },
];

export const redditScopes: ScopeCatalog = {
  provider: 'reddit',
  name: 'Reddit',
  sources: ['https://github.com/reddit-archive/reddit/wiki/OAuth2', 'https://www.reddit.com/api/v1/scopes'],
  scopes: entries,
};
