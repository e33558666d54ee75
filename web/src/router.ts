import { useEffect, useState } from 'preact/hooks';

/** The page's views are real paths (`/claims/<id>` is what ClaimReview exports link to). */
export type Route =
  | { view: 'document'; documentId?: string; claimId?: string }
  | { view: 'chains'; linkId?: string }
  | { view: 'liquidity' }
  | { view: 'desk' }
  | { view: 'measure'; factorId: string };

export function parseRoute(path: string): Route {
  const [, head, id] = path.split('/').map((p) => decodeURIComponent(p));
  if (head === 'documents' && id) return { view: 'document', documentId: id };
  if (head === 'documents') return { view: 'desk' };
  if (head === 'measures' && id) return { view: 'measure', factorId: id };
  if (head === 'claims' && id) return { view: 'document', claimId: id };
  if (head === 'causal-links' && id) return { view: 'chains', linkId: id };
  if (head === 'chains') return { view: 'chains' };
  if (head === 'liquidity') return { view: 'liquidity' };
  return { view: 'document' };
}

/** Changes the address without reloading; `replace` for moves that should not fill the history. */
export function navigate(path: string, replace = false): void {
  if (location.pathname + location.search === path) return;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.pathname));
    addEventListener('popstate', on);
    return () => removeEventListener('popstate', on);
  }, []);
  return route;
}
