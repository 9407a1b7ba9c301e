// Types of test/eval/text.mjs for TypeScript callers (test/eval/score.ts).

/** Markdown markup removed: link text kept, autolinks unwrapped, escapes dropped, emphasis and heading marks gone. */
export function plain(text: string): string;

/** Normalises text for comparing quotes and phrases with the policy. */
export function norm(text: unknown): string;
