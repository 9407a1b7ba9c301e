// The demo help page: renders every policy version of the corpus with its section and clause
// anchors, and follows citations from <policy-assistant> to the clause they quote.
import corpus from 'virtual:policy-assistant/corpus';
import '../src/element/index.js';
import { followCitation } from './follow-citation.js';
import { renderCorpus } from './render-policy.js';

const policies = document.getElementById('policies')!;
const nav = document.getElementById('versions')!;
renderCorpus(corpus, policies, nav);

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const follow = (smooth: boolean) => followCitation(policies, window.location.hash, smooth && !reducedMotion.matches);

window.addEventListener('hashchange', () => follow(true));
// A citation to the clause already in the URL changes no hash; follow it all the same.
document.addEventListener('click', (event) => {
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (link && link.hash && link.hash === window.location.hash && link.pathname === window.location.pathname) follow(true);
});
follow(false);
