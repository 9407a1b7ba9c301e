import { describe, expect, it } from 'vitest';
import { CorpusError, parsePolicy } from '../../src/corpus/index.js';

const FILE = 'corpus/acme-privacy-2024-01-01.md';

/** The CorpusError parsing `text` throws. */
function parseError(text: string): CorpusError {
  try {
    parsePolicy({ path: FILE, text });
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('parsePolicy returned instead of throwing');
}

describe('parsePolicy', () => {
  describe('when the file is empty', () => {
    it('throws "file is empty" at line 1', () => {
      const error = parseError('');
      expect(error.message).toBe(`policy-assistant: ${FILE}:1: file is empty; write the policy as Markdown with at least one heading`);
      expect(error.name).toBe('CorpusError');
      expect(error.file).toBe(FILE);
      expect(error.line).toBe(1);
    });

    it('throws the same for white space only', () => {
      expect(parseError('  \n\n\t\n').message).toBe(`policy-assistant: ${FILE}:1: file is empty; write the policy as Markdown with at least one heading`);
    });
  });

  describe('when the file has front matter only', () => {
    it('throws at the line after the front matter', () => {
      expect(parseError('---\nid: acme\n---\n').message).toBe(
        `policy-assistant: ${FILE}:4: file has front matter but no policy text; write the policy below it`,
      );
    });
  });

  describe('when the file has no heading', () => {
    it('throws "no heading found" at the first body line', () => {
      expect(parseError('We use cookies.\n\nWe sell nothing.\n').message).toBe(
        `policy-assistant: ${FILE}:1: no heading found; a policy needs headings for its sections, e.g. "## Cookies"`,
      );
    });

    it('counts the front matter lines', () => {
      expect(parseError('---\nid: acme\n---\nWe use cookies.\n').message).toBe(
        `policy-assistant: ${FILE}:4: no heading found; a policy needs headings for its sections, e.g. "## Cookies"`,
      );
    });
  });

  describe('when a heading has no text', () => {
    it('throws at the line of "## "', () => {
      expect(parseError('# Privacy\n\n## Cookies\n\nWe use cookies.\n\n## \n\nText.\n').message).toBe(
        `policy-assistant: ${FILE}:7: heading has no text; write the heading or remove the line`,
      );
    });

    it('throws at the line of a lone "#" opening the file', () => {
      expect(parseError('#\n\nText.\n\n## Cookies\n\nWe use cookies.\n').message).toBe(
        `policy-assistant: ${FILE}:1: heading has no text; write the heading or remove the line`,
      );
    });

    it('throws at the line of a lone "#" further down', () => {
      expect(parseError('# Privacy\n\n## Cookies\n\nWe use cookies.\n\n#\n\nText.\n').message).toBe(
        `policy-assistant: ${FILE}:7: heading has no text; write the heading or remove the line`,
      );
    });
  });

  describe('when two headings give the same anchor', () => {
    it('throws "duplicate anchor" with both lines', () => {
      expect(parseError('# Privacy\n\n## Cookies\n\nWe use cookies.\n\n## Cookies\n\nMore cookies.\n').message).toBe(
        `policy-assistant: ${FILE}:7: duplicate anchor "acme-privacy-2024-01-01--cookies" (also at line 3); give the headings distinct text or numbers`,
      );
    });

    it('throws for two sections with the same number', () => {
      expect(parseError('# Privacy\n\n## 1. Collection\n\nWe collect.\n\n## 1. Use\n\nWe use.\n').message).toBe(
        `policy-assistant: ${FILE}:7: duplicate anchor "acme-privacy-2024-01-01--1" (also at line 3); give the headings distinct text or numbers`,
      );
    });

    it('counts the front matter lines and uses the front matter id', () => {
      expect(parseError('---\nid: acme\n---\n# Privacy\n\n## Cookies\n\nA.\n\n## Cookies\n\nB.\n').message).toBe(
        `policy-assistant: ${FILE}:10: duplicate anchor "acme-2024-01-01--cookies" (also at line 6); give the headings distinct text or numbers`,
      );
    });
  });

  describe('when the front matter is not closed', () => {
    it('throws at line 1', () => {
      expect(parseError('---\nid: acme\n# Privacy\n\n## Cookies\n\nWe use cookies.\n').message).toBe(
        `policy-assistant: ${FILE}:1: front matter is not closed; end it with a line "---" or remove the opening "---"`,
      );
    });
  });

  describe('when the front matter is not valid YAML', () => {
    it('throws with the line YAML reports and its reason', () => {
      expect(parseError('---\nid: acme\n  bad: indent\n---\n# Privacy\n\n## Cookies\n\nx.\n').message).toBe(
        `policy-assistant: ${FILE}:2: front matter is not valid YAML (Nested mappings are not allowed in compact mappings at line 1, column 5:); fix it or remove it`,
      );
    });

    it('throws for an unclosed quote', () => {
      expect(parseError('---\nid: acme\ntitle: "Acme\n---\n# Privacy\n\n## Cookies\n\nx.\n').message).toBe(
        `policy-assistant: ${FILE}:4: front matter is not valid YAML (Missing closing "quote at line 3, column 1:); fix it or remove it`,
      );
    });

    it('throws when it is a list, not keys and values', () => {
      expect(parseError('---\n- a\n- b\n---\n# Privacy\n\n## Cookies\n\nx.\n').message).toBe(
        `policy-assistant: ${FILE}:2: front matter must be a list of "key: value" lines; fix it or remove it`,
      );
    });
  });

  describe('when a front matter value is not usable', () => {
    it('throws for a version that is not a date, at its line', () => {
      expect(parseError('---\nid: acme\nversion: last week\n---\n# Privacy\n\n## Cookies\n\nx.\n').message).toBe(
        `policy-assistant: ${FILE}:3: front matter "version" must be a date written YYYY-MM-DD, not "last week"`,
      );
    });

    it('throws for a version written without leading zeros', () => {
      expect(parseError('---\nid: acme\nversion: 2024-1-5\n---\n# Privacy\n\n## Cookies\n\nx.\n').message).toBe(
        `policy-assistant: ${FILE}:3: front matter "version" must be a date written YYYY-MM-DD, not "2024-1-5"`,
      );
    });

    // Bug: the shape YYYY-MM-DD is checked, not that it is a calendar date.
    it('throws for a version that is no calendar date', () => {
      expect(parseError('---\nid: acme\nversion: 2024-13-45\n---\n# Privacy\n\n## Cookies\n\nx.\n').message).toBe(
        `policy-assistant: ${FILE}:3: front matter "version" must be a date written YYYY-MM-DD, not "2024-13-45"`,
      );
    });

    it('throws for an effective date that is not a date', () => {
      expect(parseError('---\nid: acme\ntitle: Acme\neffective: soon\n---\n# Privacy\n\n## Cookies\n\nx.\n').message).toBe(
        `policy-assistant: ${FILE}:4: front matter "effective" must be a date written YYYY-MM-DD, not "soon"`,
      );
    });

    it('throws for an id that is not lower-case letters, digits and dashes', () => {
      expect(parseError('---\nid: Acme Corp\n---\n# Privacy\n\n## Cookies\n\nx.\n').message).toBe(
        `policy-assistant: ${FILE}:2: front matter "id" must be lower-case letters, digits and dashes, not "Acme Corp"`,
      );
    });

    it('throws for a title that is not text', () => {
      expect(parseError('---\nid: acme\ntitle:\n  a: 1\n---\n# Privacy\n\n## Cookies\n\nx.\n').message).toBe(
        `policy-assistant: ${FILE}:3: front matter "title" must be text; write it as "title: …"`,
      );
    });
  });
});
