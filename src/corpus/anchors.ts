/**
 * Turns a heading into the part of an anchor that names it: lower case, letters and digits of any
 * script joined by dashes, at most 60 characters.
 *
 * @example slugify('Credit card information') // 'credit-card-information'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Anchor prefix of a policy version: `kayako-privacy-2019-05-11`. */
export function versionAnchor(policy: string, version: string): string {
  return `${policy}-${version}`;
}

/** Anchor of a section: `kayako-privacy-2019-05-11--3`. */
export function sectionAnchor(versionId: string, key: string): string {
  return `${versionId}--${key}`;
}

/** Anchor of a clause: `kayako-privacy-2019-05-11--3--p2` (1-based position in the section). */
export function clauseAnchor(sectionAnchorValue: string, index: number): string {
  return `${sectionAnchorValue}--p${index + 1}`;
}
