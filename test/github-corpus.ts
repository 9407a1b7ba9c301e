import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** GitHub's privacy statement in two versions, beside the project (`../shared/corpora/github/`). */
export const GITHUB_CORPUS = fileURLToPath(new URL('../../shared/corpora/github/', import.meta.url));

/** Whether it is there: a clone on its own has no `../shared`, and the tests that read it skip. */
export const HAS_GITHUB_CORPUS = existsSync(GITHUB_CORPUS);
