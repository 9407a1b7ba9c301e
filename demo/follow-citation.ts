/**
 * Scrolls to the clause or section a `#anchor` names, highlights it and moves focus to it, so a
 * keyboard or screen reader user lands where the citation points. `#ask=…` hashes are the
 * element's, not anchors.
 */
export function followCitation(container: HTMLElement, hash: string, smooth: boolean): void {
  if (!hash || hash.startsWith('#ask=')) return;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return;
  }
  const target = document.getElementById(id);
  if (!target || !container.contains(target)) return;
  for (const old of container.querySelectorAll('.is-cited')) old.classList.remove('is-cited');
  // Restart the highlight animation when the same clause is cited again.
  void target.offsetWidth;
  target.classList.add('is-cited');
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  // A clause is centred. A section or view starts at the top, so its beginning is what is seen, and
  // one that already starts in the upper half of the window is left where it is.
  const clause = target.classList.contains('clause');
  const top = target.getBoundingClientRect().top;
  if (!clause && top >= 0 && top < window.innerHeight / 2) return;
  target.scrollIntoView({ block: clause ? 'center' : 'start', behavior: smooth ? 'smooth' : 'auto' });
}
