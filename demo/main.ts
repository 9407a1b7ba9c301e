// The demo help page: renders every policy version of the corpus with its section and clause
// anchors, and follows citations from <policy-assistant> to the clause they quote.
import corpus from 'virtual:policy-assistant/corpus';
import { searchFor } from '../src/element/index.js';
import { followCitation } from './follow-citation.js';
import { renderChanges } from './render-changes.js';
import { renderCorpus } from './render-policy.js';

const policies = document.getElementById('policies')!;
const nav = document.getElementById('versions')!;
renderCorpus(corpus, policies, nav);

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const follow = (smooth: boolean) => {
  if (showView()) return;
  followCitation(policies, window.location.hash, smooth && !reducedMotion.matches);
};

// The "What changed" view, in place of the policies while the URL is `#what-changed`; built from
// the alignment in the index (the chunk the element loads on first focus) when first shown. The
// section's id is not the hash, so the browser does not scroll to it: it appears where the policy was.
const VIEW = '#what-changed';
const changes = document.createElement('section');
changes.id = 'changes-view';
changes.tabIndex = -1;
changes.className = 'changes';
changes.hidden = true;
changes.setAttribute('aria-label', 'What changed');
changes.append(Object.assign(document.createElement('p'), { className: 'changes__loading', textContent: 'Loading the changes…' }));
const viewLink = Object.assign(document.createElement('a'), { href: VIEW, textContent: 'What changed' });
let built: Promise<void> | null = null;
if (new Set(corpus.versions.map((v) => v.policy)).size < corpus.versions.length) {
  nav.after(changes);
  const item = document.createElement('li');
  item.append(viewLink);
  nav.querySelector('ul')?.append(item);
}

/** Shows the view or the policies, as the URL says; returns whether the view is shown. */
function showView(): boolean {
  const shown = window.location.hash === VIEW && changes.isConnected;
  changes.hidden = !shown;
  for (const article of policies.querySelectorAll<HTMLElement>('article.policy')) article.hidden = shown;
  if (shown) viewLink.setAttribute('aria-current', 'page');
  else viewLink.removeAttribute('aria-current');
  if (shown && !built) {
    built = import('virtual:policy-assistant/index').then(({ default: index }) => {
      changes.replaceChildren();
      changes.removeAttribute('aria-label');
      // The stored index, opened once for the page: the element shares it.
      renderChanges(searchFor(index).index, changes);
    });
  }
  if (shown) {
    // Keyboard and screen reader users land on the view; it is scrolled to only when out of sight.
    changes.focus({ preventScroll: true });
    if (changes.getBoundingClientRect().top < 0) changes.scrollIntoView({ block: 'start' });
  }
  return shown;
}

window.addEventListener('hashchange', () => follow(true));
// A citation to the clause already in the URL changes no hash; follow it all the same.
document.addEventListener('click', (event) => {
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (link && link.hash && link.hash === window.location.hash && link.pathname === window.location.pathname) follow(true);
});
follow(false);
