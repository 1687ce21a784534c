/**
 * The managed policy's word on going online (`verification`): `off` forbids verification and
 * revocation; `on-demand` (the default) allows them only when the user asks in that invocation
 * (`scan --verify`, `verify`, `revoke`, a "Check token" action on one finding); `allowed` also lets a
 * surface verify without being asked each time (a user setting such as VS Code's automatic check).
 * Ordered strictest first: a repository may only move left.
 */
export const VERIFICATION_MODES = ['off', 'on-demand', 'allowed'] as const;
export type VerificationMode = (typeof VERIFICATION_MODES)[number];

/** Whether `mode` lets a surface make the call: `asked` = the user asked for it in this invocation. */
export function verificationAllows(mode: VerificationMode, asked: boolean): boolean {
  return mode === 'allowed' || (mode === 'on-demand' && asked);
}
