/** JIT credential references: the edits a quick fix makes, and where the secret is stored. */
export { JitPlanner, planJitFix } from './plan.js';
export { applyTextEdits, TextEditError } from './edits.js';
export { BROKER_COMMAND, KEYCHAIN_SERVICE, githubAppReference, keychainReference } from './broker.js';
export {
  isJitFixUnavailable,
  type BrokerSettings,
  type GithubAppSettings,
  type JitContext,
  type JitFix,
  type JitFixUnavailable,
  type JitPlan,
  type JitStore,
  type ReferenceProvider,
  type ReferenceSettings,
  type StoreKind,
  type TextEdit,
} from './types.js';
