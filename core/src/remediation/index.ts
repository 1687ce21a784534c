/** JIT credential references: the edits a quick fix makes, and where the secret is stored. */
export { JitPlanner, planJitFix } from './plan.js';
export { applyTextEdits, TextEditError } from './edits.js';
export {
  isJitFixUnavailable,
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
