/**
 * The effective policy: the managed layer (Chrome/Edge `storage.managed` from the manifest's
 * managed_schema; Firefox `policies.json` 3rdparty) over the user's own rules from the options page,
 * layered by core. Cached until either changes; then every open request is judged again.
 *
 * Chromium answers `storage.managed.get` only once its policy service has loaded, seconds after the
 * browser starts. Recognition does not wait for that: until the answer comes, the policy is resolved
 * without the managed layer (and not cached), and when it arrives every open request is judged again,
 * so a request the managed policy blocks is still sent to the explanation page.
 */
import browser from 'webextension-polyfill';
import { resolvePolicy, type PolicyLayer, type ResolvedPolicy } from '../core-api.js';
import { readOptions } from './options-store.js';

export const MANAGED_ORIGIN = 'browser managed storage (enterprise policy)';
export const USER_ORIGIN = 'options page';
/** How long a navigation waits for the first managed-storage answer before going on without it. */
const MANAGED_WAIT_MS = 300;

export interface PolicySnapshot {
  resolved: ResolvedPolicy;
  managedDocument: Record<string, unknown> | undefined;
  userDocument: Record<string, unknown> | null;
  /** The managed layer has not answered yet: this snapshot may be looser than the real policy. */
  provisional: boolean;
}

interface ManagedAnswer {
  document?: Record<string, unknown>;
  unreadable?: string;
}

let cached: Promise<PolicySnapshot> | undefined;
let managed: ManagedAnswer | undefined;
let managedRead: Promise<ManagedAnswer> | undefined;
/** Some request was judged before managed storage answered. */
let judgedWithoutManaged = false;
let onLateManaged: () => void = () => {};

/** Firefox rejects `storage.managed.get` when no policy names the add-on: that is "no managed policy". */
async function readManaged(): Promise<ManagedAnswer> {
  try {
    const document = await browser.storage.managed.get(null);
    return Object.keys(document).length ? { document } : {};
  } catch (error) {
    const message = (error as Error)?.message ?? String(error);
    return /manifest|not found|no such/i.test(message) ? {} : { unreadable: message };
  }
}

function managedAnswer(): Promise<ManagedAnswer | undefined> {
  if (managed) return Promise.resolve(managed);
  if (!managedRead) {
    const read = readManaged();
    managedRead = read;
    void read.then((answer) => {
      if (managedRead !== read) return; // superseded by a newer read after a change
      managed = answer;
      if (!judgedWithoutManaged) return;
      judgedWithoutManaged = false;
      cached = undefined;
      onLateManaged();
    });
  }
  return Promise.race([managedRead, new Promise<undefined>((resolve) => setTimeout(resolve, MANAGED_WAIT_MS))]);
}

async function load(): Promise<PolicySnapshot> {
  const [answer, { options }] = await Promise.all([managedAnswer(), readOptions()]);
  const layers: PolicyLayer[] = [];
  if (options.userPolicy) layers.push({ source: 'user', origin: USER_ORIGIN, document: options.userPolicy });
  if (answer?.document) layers.push({ source: 'managed', origin: MANAGED_ORIGIN, document: answer.document });
  if (answer?.unreadable) layers.push({ source: 'managed', origin: MANAGED_ORIGIN, unreadable: answer.unreadable });
  if (!answer) judgedWithoutManaged = true;
  return { resolved: resolvePolicy(layers), managedDocument: answer?.document, userDocument: options.userPolicy, provisional: !answer };
}

export function currentPolicy(): Promise<PolicySnapshot> {
  const snapshot = (cached ??= load());
  // A provisional snapshot serves this caller only; the next one asks managed storage again.
  void snapshot.then((s) => {
    if (s.provisional && cached === snapshot) cached = undefined;
  });
  return snapshot;
}

/** The options changed: resolve again (the managed answer stays). */
export function forgetCachedPolicy(): void {
  cached = undefined;
}

/** The managed policy changed: read it again. */
export function forgetManagedPolicy(): void {
  managed = undefined;
  managedRead = undefined;
  cached = undefined;
}

/** Called when the managed answer arrives after requests were judged without it. */
export function whenManagedPolicyArrivesLate(callback: () => void): void {
  onLateManaged = callback;
}
