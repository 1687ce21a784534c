/**
 * Meta (Facebook Login) permissions, requested in `scope` at `facebook.com/vNN.N/dialog/oauth`. Page,
 * ads and business permissions act for the Pages and ad accounts the user manages, not only the user.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'public_profile', risk: 'low', grants: 'The user’s public profile: id, name, picture (granted to every app).' },
  { scope: 'email', risk: 'low', grants: 'The user’s primary email address.' },
  { scope: 'user_friends', risk: 'low', grants: 'The user’s friends who also use the app.' },
  { scope: 'user_birthday', risk: 'medium', grants: 'The user’s date of birth.' },
  { scope: 'user_gender', risk: 'medium', grants: 'The user’s gender.' },
  { scope: 'user_hometown', risk: 'medium', grants: 'The user’s hometown.' },
  { scope: 'user_location', risk: 'medium', grants: 'The user’s current city.' },
  { scope: 'user_age_range', risk: 'low', grants: 'The user’s age range.' },
  { scope: 'user_link', risk: 'low', grants: 'A link to the user’s profile.' },
  { scope: 'user_likes', risk: 'medium', grants: 'The Pages the user liked.' },
  { scope: 'user_photos', risk: 'high', grants: 'Every photo the user uploaded or was tagged in.' },
  { scope: 'user_videos', risk: 'high', grants: 'Every video the user uploaded or was tagged in.' },
  { scope: 'user_posts', risk: 'high', grants: 'Every post on the user’s timeline, including private ones.' },
  { scope: 'pages_show_list', risk: 'low', grants: 'The list of Pages the user manages.' },
  { scope: 'pages_read_engagement', risk: 'medium', grants: 'Read content, followers and insights of the user’s Pages.' },
  { scope: 'pages_read_user_content', risk: 'medium', grants: 'Read what other people post on the user’s Pages.' },
  { scope: 'pages_manage_posts', risk: 'high', grants: 'Publish, edit and delete posts as the user’s Pages.' },
  { scope: 'pages_manage_engagement', risk: 'medium', grants: 'Comment, like and moderate comments as the user’s Pages.' },
  { scope: 'pages_manage_metadata', risk: 'high', grants: 'Change Page settings and webhooks subscriptions.' },
  { scope: 'pages_messaging', risk: 'high', grants: 'Read and send Messenger conversations of the user’s Pages.' },
  { scope: 'pages_manage_ads', risk: 'high', grants: 'Create and manage ads for the user’s Pages.' },
  { scope: 'read_insights', risk: 'medium', grants: 'Read insights of the user’s Pages, apps and domains.' },
  { scope: 'ads_read', risk: 'medium', grants: 'Read the ad accounts the user can access and their reports.' },
  { scope: 'ads_management', risk: 'critical', grants: 'Create, change and pay for ads in every ad account the user can access: spends money.', narrower: 'ads_read' },
  { scope: 'business_management', risk: 'critical', grants: 'Manage the user’s Business Manager: assets, ad accounts, people and their roles.' },
  { scope: 'leads_retrieval', risk: 'high', grants: 'Download leads (names, emails, phones) from the user’s lead ads.' },
  { scope: 'catalog_management', risk: 'medium', grants: 'Create and change product catalogs.' },
  { scope: 'publish_video', risk: 'medium', grants: 'Publish live videos as the user.' },
  { scope: 'publish_to_groups', risk: 'medium', grants: 'Post to groups on the user’s behalf.' },
  { scope: 'groups_access_member_info', risk: 'medium', grants: 'Public profile information of group members.' },
  { scope: 'whatsapp_business_management', risk: 'high', grants: 'Manage WhatsApp Business accounts: phone numbers, templates, settings.' },
  { scope: 'whatsapp_business_messaging', risk: 'high', grants: 'Send and receive WhatsApp messages as the business.' },
  { scope: 'instagram_basic', risk: 'low', grants: 'The Instagram professional account’s profile and media (through a Page).' },
  { scope: 'instagram_content_publish', risk: 'high', grants: 'Publish posts to the Instagram professional account.' },
  { scope: 'instagram_manage_comments', risk: 'medium', grants: 'Read, reply to and delete comments on the Instagram account.' },
  { scope: 'instagram_manage_insights', risk: 'medium', grants: 'Read the Instagram account’s insights.' },
  { scope: 'instagram_manage_messages', risk: 'high', grants: 'Read and send the Instagram account’s direct messages.' },
];

export const facebookScopes: ScopeCatalog = {
  provider: 'facebook',
  name: 'Meta (Facebook Login)',
  sources: ['https://developers.facebook.com/docs/permissions', 'https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow'],
  scopes: entries,
};
