/** Keeps the URL hash and the store's selection in step, both ways, so every view is a shareable link. */
import { getPanel, getPavilion } from '../content';
import { formatHash, parseHash, sameSelection, type Selection } from './route';
import { useExhibit } from './store';

/** Applies a hash to the store; unknown ids and garbage fall back to the overview with a notice. */
export function applyHash(hash: string): void {
  const route = parseHash(hash);
  const { actions, selection } = useExhibit.getState();
  if (route.kind === 'invalid') {
    console.warn(`Unrecognised link "${route.raw}"; showing the overview.`);
    dropBadHash();
    actions.overview();
    actions.showNotice('notice.badLink');
    return;
  }
  if (route.kind !== 'overview' && !(route.kind === 'pavilion' ? getPavilion(route.id) : getPanel(route.id))) {
    console.warn(`Unknown ${route.kind} "${route.id}" in the link; showing the overview.`);
    dropBadHash();
    actions.overview();
    actions.showNotice(route.kind === 'pavilion' ? 'notice.unknownPavilion' : 'notice.unknownPanel');
    return;
  }
  if (!sameSelection(route, selection)) useExhibit.setState({ selection: route as Selection });
}

/** Replaces a bad hash in the address bar (and its history entry), so Back and reload do not repeat it. */
function dropBadHash(): void {
  if (typeof window !== 'undefined' && window.location.hash) history.replaceState(null, '', window.location.pathname + window.location.search);
}

/** Starts syncing: reads the current hash, then follows hash changes and selection changes. Returns a stop function. */
export function startUrlSync(): () => void {
  applyHash(window.location.hash);
  // A bad initial hash is replaced, so reloading does not show the notice again.
  const initial = formatHash(useExhibit.getState().selection);
  if (window.location.hash !== initial) history.replaceState(null, '', initialUrl(initial));
  const onHash = () => applyHash(window.location.hash);
  window.addEventListener('hashchange', onHash);
  const unsubscribe = useExhibit.subscribe((state, prev) => {
    if (sameSelection(state.selection, prev.selection)) return;
    const hash = formatHash(state.selection);
    if (hash === window.location.hash || (hash === '' && window.location.hash === '')) return;
    // A visitor's own choice is a history entry (Back returns to it); the tour's and the attract loop's
    // stops only update the link, or an all-day loop would fill the history.
    if (state.mode === 'explore') history.pushState(null, '', initialUrl(hash));
    else history.replaceState(null, '', initialUrl(hash));
  });
  return () => {
    window.removeEventListener('hashchange', onHash);
    unsubscribe();
  };
}

const initialUrl = (hash: string) => window.location.pathname + window.location.search + hash;
