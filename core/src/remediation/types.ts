/** What a JIT fix is made of: plain data, so an editor, the CLI or a test can apply it the same way. */
import type { JitReference } from '../engine/types.js';

import type { PolicyReferences, ReferenceProvider } from '../policy/schema.js';

export type { ReferenceProvider };

/**
 * Where the team keeps secrets: the managed policy's `references` block (declared once, in the policy
 * schema) with its provider decided. `onePasswordVault` defaults to `Private`.
 */
export type ReferenceSettings = Omit<PolicyReferences, 'provider'> & { provider: ReferenceProvider };

export interface JitContext {
  /** The document's path (workspace-relative or absolute); picks the file kind or language. */
  path: string;
  references?: ReferenceSettings;
  /** A document the user cannot change (diff view, read-only file system): no edits are planned. */
  readOnly?: boolean;
  /** What the JIT broker (`secret-hygiene run`) may use: the policy's GitHub App and schemes. */
  broker?: BrokerSettings;
}

/** A GitHub App whose installation tokens replace long-lived GitHub tokens (`github-app://APP_ID/INSTALLATION_ID`). */
export interface GithubAppSettings {
  appId: number | string;
  installationId: number | string;
  /** GitHub's permission names and levels (`contents: 'read'`); the token is narrowed to these. */
  permissions?: Record<string, string>;
}

/** The policy's `broker` block as the fix needs it: it never writes a reference `secret-hygiene run` would refuse. */
export interface BrokerSettings {
  githubApp?: GithubAppSettings;
  /** Schemes `run` may resolve (`keychain`, `github-app`…); absent = all. */
  allowedSchemes?: readonly string[];
  /** Per provider (`github`), the one scheme its credentials must come from. */
  requiredSchemes?: Readonly<Record<string, string>>;
}

/** Replace `range` (UTF-16 offsets in the ORIGINAL text) with `newText`. An insertion has an empty range. */
export interface TextEdit {
  range: [number, number];
  newText: string;
}

/**
 * `keychain`: the OS keychain, at `key` (a `keychain://SERVICE/ACCOUNT` reference), written with
 * `secret-hygiene store put`. `none`: nothing is stored (the reference mints its own credential, such
 * as a GitHub App token); the exposed value is only to be revoked.
 */
export type StoreKind = 'vscode-secret-storage' | 'dotenv' | '1password' | 'doppler' | 'infisical' | 'github-secret' | 'keychain' | 'none';

/** Where the adapter must save `text.slice(...finding.range)` BEFORE applying the edits. */
export interface JitStore {
  kind: StoreKind;
  /** The name the reference resolves: UPPER_SNAKE for environment-style stores, the input id for VS Code. */
  name: string;
  /** Extra address inside the store: the `op://` reference, or the `.env` file to write. */
  key?: string;
}

export interface JitFix {
  title: string;
  reference: JitReference;
  /** Sorted, non-overlapping; apply them together as one undoable edit. */
  edits: TextEdit[];
  store: JitStore;
  /** What the user still has to do or know (run wrappers, OIDC, imports). Never contains the secret. */
  notes: string[];
}

/**
 * A fix as the planners build it: `edits` may be deferred when computing them costs a pass over the
 * whole document (VS Code's `inputs` entry, planned by jsonc-parser's `modify`). A scan only needs the
 * reference; the edits are computed when a fix is actually asked for.
 */
export interface DraftFix extends Omit<JitFix, 'edits'> {
  edits: TextEdit[] | (() => TextEdit[]);
}

export type DraftPlan = DraftFix | JitFixUnavailable;

export interface JitFixUnavailable {
  unavailable: true;
  reason: string;
}

export type JitPlan = JitFix | JitFixUnavailable;

export function isJitFixUnavailable(plan: JitPlan | DraftPlan): plan is JitFixUnavailable {
  return 'unavailable' in plan;
}

export function unavailable(reason: string): JitFixUnavailable {
  return { unavailable: true, reason };
}
