// Types of scripts/ensure-chromium.mjs for TypeScript callers (test/bench/browser.ts).

/** Path of an executable Chromium (`/usr/bin/chromium`, else `chromium` on PATH), or `null`. */
export function findChromium(): string | null;

/** Flags every headless Chromium run of the project takes (no sandbox as root, no network). */
export const CHROMIUM_FLAGS: readonly string[];
