/**
 * The form a URL is deduplicated by: lower-case scheme and host, no fragment, no
 * default port. Two editors citing the same page share one Source. The path is kept
 * as written, trailing slash included: `/releases/h41/` and `/releases/h41` can be
 * different resources, and the cited URL must stay the one that works (issue 13).
 */
export function normaliseUrl(input: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  const path = url.pathname.length > 1 ? url.pathname : '';
  return `${url.protocol}//${url.host.toLowerCase()}${path}${url.search}`;
}
