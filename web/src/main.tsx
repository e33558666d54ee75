import { render } from 'preact';
import type { ComponentType } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { getToken, gql, setToken } from './api.ts';
import { DocumentView } from './document-view.tsx';
import { isTyping, SHORTCUT_HELP, useShortcuts } from './keys.ts';
import { startLive } from './live.ts';
import { SOURCES, type SourceRef } from './queries.ts';
import { navigate, useRoute } from './router.ts';
import './styles.css';

/**
 * A view loaded on first use: the graph renderer (cytoscape + dagre) and the liquidity charts are
 * separate chunks, so the document view — the first load — does not ship them.
 */
function Lazy<P extends object>(props: { load: () => Promise<ComponentType<P>>; props: P }) {
  const [View, setView] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    props.load().then((v) => setView(() => v));
  }, []);
  return View ? <View {...props.props} /> : <p class="loading" role="status">Loading…</p>;
}
const loadChains = () => import('./chains-view.tsx').then((m) => m.ChainsView);
const loadLiquidity = () => import('./liquidity-view.tsx').then((m) => m.LiquidityView);
const loadDesk = () => import('./desk-view.tsx').then((m) => m.DeskView);
const loadMeasure = () => import('./measure-view.tsx').then((m) => m.MeasureView);

function App() {
  const route = useRoute();
  const [message, setMessage] = useState('');
  const [live, setLive] = useState(false);
  const [help, setHelp] = useState(false);
  const [token, setTokenState] = useState(getToken());
  const [sources, setSources] = useState<SourceRef[]>([]);
  const helpRef = useRef<HTMLDialogElement>(null);

  // One polite live region for the whole page: saves, conflicts and others' reviews are announced,
  // never moving focus or the text.
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback((m: string) => {
    setMessage('');
    requestAnimationFrame(() => setMessage(m));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(''), 10_000) as unknown as number;
  }, []);

  useEffect(() => startLive(setLive), []);
  useEffect(() => { gql<{ sources: SourceRef[] }>(SOURCES).then((d) => setSources(d.sources), () => undefined); }, []);
  useEffect(() => {
    const d = helpRef.current;
    if (!d) return;
    if (help && !d.open) d.showModal();
    if (!help && d.open) d.close();
  }, [help]);
  useShortcuts({ '?': () => setHelp((h) => !h) }, []);
  // Esc leaves a field, so the single-key shortcuts work again without reaching for the mouse.
  useEffect(() => {
    const on = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && isTyping(e.target) && !(e.target as HTMLElement).closest('dialog')) (e.target as HTMLElement).blur();
    };
    document.addEventListener('keydown', on);
    return () => document.removeEventListener('keydown', on);
  }, []);

  const link = (path: string, label: string, active: boolean) => (
    <a href={path} aria-current={active ? 'page' : undefined} onClick={(e) => { e.preventDefault(); navigate(path); }}>{label}</a>
  );
  return (
    <>
      <header class="top">
        <h1><a href="/" onClick={(e) => { e.preventDefault(); navigate('/'); }}>claimgraph</a> <span class="sub">review</span></h1>
        <nav aria-label="Views">
          {link('/documents', 'Documents', route.view === 'desk')}
          {link('/', 'Document', route.view === 'document')}
          {link('/chains', 'Chains', route.view === 'chains')}
          {link('/liquidity', 'Liquidity', route.view === 'liquidity')}
          <a href="/graphql">GraphiQL</a>
        </nav>
        <form class="token" onSubmit={(e) => { e.preventDefault(); setToken(token); announce(token ? 'Editor token saved in this browser.' : 'Editor token removed.'); }}>
          <label for="token">Editor token</label>
          <input id="token" type="password" autoComplete="off" value={token} onInput={(e) => setTokenState((e.target as HTMLInputElement).value)} />
          <button type="submit">Use</button>
        </form>
        <span class={`live-dot${live ? ' on' : ''}`}>{live ? 'Live' : 'Offline'}</span>
        <button type="button" class="help-btn" onClick={() => setHelp(true)} aria-label="Keyboard shortcuts (?)">?</button>
      </header>
      <main id="main">
        {route.view === 'document' && <DocumentView documentId={route.documentId} claimId={route.claimId} sources={sources} announce={announce} />}
        {route.view === 'chains' && <Lazy load={loadChains} props={{ linkId: route.linkId, sources, announce }} />}
        {route.view === 'liquidity' && <Lazy load={loadLiquidity} props={{ announce }} />}
        {route.view === 'desk' && <Lazy load={loadDesk} props={{}} />}
        {route.view === 'measure' && <Lazy key={route.factorId} load={loadMeasure} props={{ factorId: route.factorId }} />}
      </main>
      <div class="sr-status" role="status" aria-live="polite" aria-atomic="true">{message}</div>
      <dialog ref={helpRef} class="help" aria-labelledby="help-h" onClose={() => setHelp(false)}>
        <h2 id="help-h">Keyboard shortcuts</h2>
        <p>Single keys work when no field has focus; in a field, press <kbd>Esc</kbd> or <kbd>Tab</kbd> away first.</p>
        <dl>{SHORTCUT_HELP.map(([k, what]) => <><dt><kbd>{k}</kbd></dt><dd>{what}</dd></>)}</dl>
        <button type="button" onClick={() => setHelp(false)}>Close</button>
      </dialog>
    </>
  );
}

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
