// Types for the parts of build.mjs the unit tests import.
export function withoutSamples(source: string, path?: string): string;
export function vscodeBundles(common?: object, options?: { dev?: boolean }): object[];
export const stripRuleSamples: object;
