// Text normalisation of the evaluation, mirroring plain() and norm() of the shared scorer
// (shared/eval/text.mjs), so that a phrase checked by check-questions.mjs and a quote scored by
// score.ts are matched the same way the shared scorer matches them. Keep it in step with that file.

/** Markdown markup removed: link text kept, autolinks unwrapped, escapes dropped, emphasis and heading marks gone. */
export function plain(text) {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/[#>]/g, ' ');
}

/** Normalises text for comparing quotes and phrases with the policy. */
export function norm(text) {
  return plain(String(text))
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1')
    .trim();
}
