/**
 * Where a file documents rather than requests. A scope named in a comment, a doc block, a declaration
 * file (`.d.ts`) or prose (Markdown) is an explanation — generated API clients repeat "defaults to
 * `https://www.googleapis.com/auth/cloud-platform`" in thousands of JSDoc blocks — not a grant. Only code
 * that requests scopes (calls, config objects, manifests, workflows) makes a scope finding at `low`+.
 *
 * One linear pass over the text finds the comment spans (../../formats/comments.ts); it runs only for
 * files with scope hits.
 */
import { commentSpans, spanAt } from '../../formats/comments.js';

/** True when `offset` lies in documentation. */
export type DocumentationTest = (offset: number) => boolean;

/**
 * Files that are documentation or declarations as a whole. A protobuf file is an interface definition:
 * its `option (google.api.oauth_scopes)` says which scopes a service's methods accept, and Google's
 * client libraries ship hundreds of them; it never requests one.
 * https://github.com/googleapis/googleapis/blob/master/google/api/client.proto
 */
const DOCUMENTATION_FILE = /\.(?:d\.[mc]?ts|md|mdx|markdown|rst|adoc|asciidoc|txt|proto)$/i;

const NOWHERE: DocumentationTest = () => false;
const EVERYWHERE: DocumentationTest = () => true;

export function documentationAt(text: string, path: string | undefined): DocumentationTest {
  if (!path) return NOWHERE;
  if (DOCUMENTATION_FILE.test(path)) return EVERYWHERE;
  const spans = commentSpans(text, path) ?? [];
  if (!spans.length) return NOWHERE;
  return (offset) => spanAt(spans, offset) !== undefined;
}
