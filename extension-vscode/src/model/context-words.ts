/**
 * Words whose presence anywhere in a file changes verdicts elsewhere in it: the libraries and endpoints
 * that say whose scopes a bare `repo` or `Mail.Read` is (core's provider-context words). A file or an
 * edit holding one is rescanned in full.
 */
import { PROVIDER_CONTEXT_WORDS } from './core.js';

const CONTEXT = new RegExp(PROVIDER_CONTEXT_WORDS.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');

export function hasProviderContext(text: string): boolean {
  return CONTEXT.test(text);
}
