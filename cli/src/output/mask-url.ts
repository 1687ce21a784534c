/**
 * URLs we print (a policy's audit endpoint, an OAuth request's redirect_uri) may carry credentials: a
 * password in the userinfo (`https://user:pass@host`), a `?token=` or `?code=` in the query, an access
 * token in the fragment of an implicit-flow redirect. Printed, they keep their shape (scheme, host, path,
 * parameter names) and lose the values.
 */
const MASK = '***';

export function maskUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL we can take apart: keep only what cannot be a credential's value.
    return url.replace(/\/\/[^/@]*@/, `//${MASK}@`).replace(/([?#&][^=&#]*=)[^&#]*/g, `$1${MASK}`);
  }
  if (parsed.username) parsed.username = MASK;
  if (parsed.password) parsed.password = MASK;
  const maskParams = (text: string, lead: '?' | '#') =>
    text.length > 1 ? lead + text.slice(1).split('&').map((pair) => (pair.includes('=') ? `${pair.slice(0, pair.indexOf('='))}=${MASK}` : pair)).join('&') : text;
  const search = maskParams(parsed.search, '?');
  const hash = maskParams(parsed.hash, '#');
  return `${parsed.protocol}//${parsed.username ? `${parsed.username}${parsed.password ? `:${parsed.password}` : ''}@` : ''}${parsed.host}${parsed.pathname}${search}${hash}`;
}

/** Every http(s) URL in a finished output (text or JSON) masked: one pass, so no printer can forget one. */
export function maskUrlsIn(output: string): string {
  return output.replace(/https?:\/\/[^\s"'<>`]+/g, (url) => maskUrl(url));
}
