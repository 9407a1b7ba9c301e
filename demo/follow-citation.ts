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
  target.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}
