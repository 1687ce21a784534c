/**
 * Build output: compiled, transpiled or bundled JavaScript (and the JSON a build emits beside it), told
 * by where it lives and by the marks compilers leave. A scope list there was authored in the package's
 * source; the request is that source's (or, in a vendored SDK, the SDK's) to answer for. Secrets in
 * build output are still leaks: only scope findings use this.
 */

/** A folder a build writes into. */
const BUILD_FOLDER = /(?:^|[/\\])(?:dist|build|out|bundles?|\.next|\.nuxt|\.output|\.svelte-kit)[/\\]/;
const BUILT_FILE = /\.(?:min|bundle)\.[cm]?js$/i;
const SCRIPT_OR_DATA = /\.(?:[cm]?js|json)$/i;

/** Marks that only compilers and bundlers write (TypeScript/Babel CommonJS output, webpack, source maps). */
const COMPILED_HEAD = /Object\.defineProperty\(exports, ["']__esModule["']|__webpack_require__|\/\*! For license information/;
const SOURCE_MAP_TAIL = /\/\/[#@] sourceMappingURL=\S+\s*$/;

export function isBuildOutput(path: string | undefined, text: string): boolean {
  if (path && (BUILT_FILE.test(path) || (BUILD_FOLDER.test(path) && SCRIPT_OR_DATA.test(path)))) return true;
  if (path && !/\.[cm]?js$/i.test(path)) return false;
  return COMPILED_HEAD.test(text.slice(0, 4096)) || SOURCE_MAP_TAIL.test(text.slice(-512));
}
