import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus, parsePolicy, type Clause, type PolicyVersion } from '../../src/corpus/index.js';
import { GITHUB_CORPUS } from '../github-corpus.js';

const GITHUB_2022 = 'github-privacy-statement-2022-09-01.md';
const GITHUB_2024 = 'github-privacy-statement-2024-02-01.md';
const hasGithub = existsSync(GITHUB_CORPUS + GITHUB_2024) && existsSync(GITHUB_CORPUS + GITHUB_2022);

const readGithub = (name: string) => ({ path: `../shared/corpora/github/${name}`, text: readFileSync(GITHUB_CORPUS + name, 'utf8') });
const clausesOf = (version: PolicyVersion): Clause[] => version.sections.flatMap((s) => s.clauses);
const parseText = (text: string, path = 'corpus/acme-privacy-2024-01-01.md') => parsePolicy({ path, text });

describe('parsePolicy', () => {
  describe.skipIf(!hasGithub)("when given GitHub's privacy statement (../shared/corpora/github)", () => {
    const v2024 = hasGithub ? parsePolicy(readGithub(GITHUB_2024)) : null!;
    const v2022 = hasGithub ? parsePolicy(readGithub(GITHUB_2022)) : null!;

    it('takes policy and version from the file name and ignores the foreign front matter', () => {
      expect(v2024.policy).toBe('github-privacy-statement');
      expect(v2024.version).toBe('2024-02-01');
      expect(v2024.title).toBe('GitHub General Privacy Statement');
      expect(v2024.company).toBe('GitHub');
      expect(clausesOf(v2024).filter((c) => /redirect_from|site-policy\/privacy-policies\/global|fpt/.test(c.text))).toEqual([]);
    });

    it('reads the effective date from the "Effective date:" line', () => {
      expect(v2024.effective).toBe('2024-02-01');
      expect(v2022.effective).toBe('2022-09-01');
    });

    it('drops HTML comments', () => {
      expect(clausesOf(v2024).filter((c) => /markdownlint|<!--|-->/.test(c.text))).toEqual([]);
    });

    it('returns each table row as a clause, without the header row', () => {
      const rows = clausesOf(v2024).filter((c) => c.kind === 'table-row');
      const required = rows.find((c) => c.text.startsWith('Required Cookies | GitHub uses required cookies'));
      expect(required?.line).toBe(245);
      expect(rows.map((c) => c.text)).not.toContain('Purpose | Description');
      expect(clausesOf(v2022).some((c) => c.kind === 'table-row' && c.text.startsWith('Who is responsible for the processing of your information | '))).toBe(true);
    });

    it('returns list items as clauses', () => {
      const items = clausesOf(v2024).filter((c) => c.kind === 'list-item');
      expect(items.some((c) => c.text.startsWith('Account Data: We collect certain information when you open an account'))).toBe(true);
    });

    it('keeps a bold lead-in of a list item as a strong span', () => {
      const item = clausesOf(v2024).find((c) => c.text.startsWith('Specifically on GitHub Enterprise Marketing Pages'));
      expect(item?.spans[0]).toEqual({ text: 'Specifically on GitHub Enterprise Marketing Pages', strong: true });
    });

    it('keeps relative links as text without an href, as the file gives no source', () => {
      const clause = clausesOf(v2022).find((c) => c.text.startsWith('All capitalized terms have their definition in GitHub’s Terms of Service'));
      expect(clause?.spans).toEqual([{ text: 'All capitalized terms have their definition in GitHub’s Terms of Service, unless otherwise noted here.' }]);
    });

    it('keeps absolute https links', () => {
      const hrefs = clausesOf(v2024).flatMap((c) => c.spans.map((s) => s.href).filter(Boolean));
      expect(hrefs).toContain('https://en.wikipedia.org/wiki/Do_Not_Track');
      expect(hrefs.every((h) => /^(https?|mailto):/.test(h!))).toBe(true);
    });

    it('gives every section and clause a unique anchor', () => {
      for (const version of [v2022, v2024]) {
        const anchors = version.sections.flatMap((s) => [s.anchor, ...s.clauses.map((c) => c.anchor)]);
        expect(new Set(anchors).size).toBe(anchors.length);
      }
    });

    it('makes the two files versions of one policy, newest first', () => {
      const corpus = buildCorpus([readGithub(GITHUB_2022), readGithub(GITHUB_2024)]);
      expect(corpus.versions.map((v) => v.id)).toEqual(['github-privacy-statement-2024-02-01', 'github-privacy-statement-2022-09-01']);
    });
  });

  describe('when the file has front matter of its own publisher', () => {
    it('ignores the keys it does not know', () => {
      const policy = parseText('---\nredirect_from:\n  - /privacy\nversions:\n  fpt: "*"\nlayout: legal\n---\n# Acme Privacy Notice\n\n## Cookies\n\nWe use cookies.\n');
      expect(policy.policy).toBe('acme-privacy');
      expect(policy.version).toBe('2024-01-01');
      expect(policy.title).toBe('Acme Privacy Notice');
      expect(policy.company).toBe('Acme');
      expect(clausesOf(policy).map((c) => c.text)).toEqual(['We use cookies.']);
    });
  });

  describe('when the file has our front matter', () => {
    it('takes id, title, company, version, effective date and source from it', () => {
      const policy = parseText(
        '---\nid: acme\ntitle: Acme Privacy\ncompany: Acme Inc.\nversion: 2023-05-01\neffective: 2023-06-01\nsource: https://acme.example/privacy\n---\n# Something else\n\n## Cookies\n\nWe use cookies.\n',
      );
      expect(policy).toMatchObject({
        policy: 'acme',
        version: '2023-05-01',
        id: 'acme-2023-05-01',
        title: 'Acme Privacy',
        company: 'Acme Inc.',
        effective: '2023-06-01',
        source: 'https://acme.example/privacy',
      });
    });

    it('counts body lines as file lines', () => {
      const policy = parseText('---\nid: acme\n---\n# Privacy\n\n## Cookies\n\nWe use cookies.\n');
      expect(policy.sections[1]!.line).toBe(6);
      expect(policy.sections[1]!.clauses[0]!.line).toBe(8);
    });
  });

  describe('when the file has neither front matter nor a dated name', () => {
    it('takes the version from an archive note and leaves the note out', () => {
      const policy = parseText(
        '> Extracted from the acme.com privacy policy archived on 2015-12-29 by the Wayback Machine.\n\n# Acme Privacy Policy\n\nHello.\n\n## Cookies\n\nWe use cookies.\n',
        'corpus/acme-privacy.md',
      );
      expect(policy.version).toBe('2015-12-29');
      expect(clausesOf(policy).map((c) => c.text)).toEqual(['Hello.', 'We use cookies.']);
    });

    it('takes the version from an "Effective date:" line', () => {
      const policy = parseText('# Acme Privacy\n\nEffective date: February 1, 2024\n\n## Cookies\n\nWe use cookies.\n', 'corpus/acme-privacy.md');
      expect(policy.version).toBe('2024-02-01');
      expect(policy.effective).toBe('2024-02-01');
    });

    it('returns version "current" when the text gives no date', () => {
      const policy = parseText('# Acme Privacy\n\n## Cookies\n\nWe use cookies.\n', 'corpus/acme-privacy.md');
      expect(policy.version).toBe('current');
      expect(policy.id).toBe('acme-privacy-current');
    });
  });

  describe('when the file has HTML comments', () => {
    it('drops block, leading and inline comments', () => {
      const policy = parseText('<!-- top -->\n# Privacy\n\n<!-- block comment -->\n\n## Cookies\n\nWe use <!-- inline --> cookies.\n');
      expect(clausesOf(policy).map((c) => c.text)).toEqual(['We use cookies.']);
    });

    it('keeps the words of block HTML', () => {
      const policy = parseText('# Privacy\n\n## Cookies\n\n<div class="note">We use cookies.</div>\n');
      expect(clausesOf(policy).map((c) => c.text)).toEqual(['We use cookies.']);
    });
  });

  describe('when the file has a table', () => {
    const policy = parseText(
      '# Privacy\n\n## Cookies\n\n| Name | Purpose |\n|---|---|\n| session | keeps you logged in |\n| **prefs** | remembers your [settings](https://acme.example/s) |\n',
    );

    it('returns one table-row clause per body row, cells joined with " | "', () => {
      const clauses = clausesOf(policy);
      expect(clauses.map((c) => [c.kind, c.text, c.line])).toEqual([
        ['table-row', 'session | keeps you logged in', 7],
        ['table-row', 'prefs | remembers your settings', 8],
      ]);
    });

    it('keeps the formatting of the cells', () => {
      expect(clausesOf(policy)[1]!.spans).toEqual([
        { text: 'prefs', strong: true },
        { text: ' | remembers your ' },
        { text: 'settings', href: 'https://acme.example/s' },
      ]);
    });
  });

  describe('when the file has nested lists', () => {
    it('returns every item as its own clause, in order, with its line', () => {
      const policy = parseText('# Privacy\n\n## Sharing\n\n- We share with:\n  - payment processors\n  - hosting providers\n- We never sell data.\n');
      expect(clausesOf(policy).map((c) => [c.kind, c.text, c.line])).toEqual([
        ['list-item', 'We share with:', 5],
        ['list-item', 'payment processors', 6],
        ['list-item', 'hosting providers', 7],
        ['list-item', 'We never sell data.', 8],
      ]);
    });

    it('flattens ordered lists nested three deep', () => {
      const policy = parseText('# Privacy\n\n## Sharing\n\n1. First\n   1. Sub one\n      - deep\n2. Second\n');
      expect(clausesOf(policy).map((c) => c.text)).toEqual(['First', 'Sub one', 'deep', 'Second']);
    });
  });

  describe('when a paragraph opens with bold words', () => {
    it('keeps them as a strong span before the rest', () => {
      const policy = parseText('# Privacy\n\n## Rights\n\n**Right of erasure**. You may ask us to delete your data.\n');
      expect(clausesOf(policy)[0]!.spans).toEqual([
        { text: 'Right of erasure', strong: true },
        { text: '. You may ask us to delete your data.' },
      ]);
    });
  });

  describe('when the file has relative links', () => {
    const body = '# Privacy\n\n## Links\n\nSee our [cookie policy](/cookies), the [terms](terms.html) and [the top](#top).\n';

    it('resolves them against the source given in the front matter', () => {
      const policy = parseText(`---\nsource: https://acme.example/legal/privacy\n---\n${body}`);
      expect(clausesOf(policy)[0]!.spans).toEqual([
        { text: 'See our ' },
        { text: 'cookie policy', href: 'https://acme.example/cookies' },
        { text: ', the ' },
        { text: 'terms', href: 'https://acme.example/legal/terms.html' },
        { text: ' and the top.' },
      ]);
    });

    it('keeps them as text without an href when there is no source', () => {
      expect(clausesOf(parseText(body))[0]!.spans).toEqual([{ text: 'See our cookie policy, the terms and the top.' }]);
    });
  });

  describe('when a link is not safe', () => {
    it('drops javascript: and data: targets and keeps mailto:', () => {
      const policy = parseText(
        '---\nsource: https://acme.example/privacy\n---\n# Privacy\n\n## Contact\n\n[Click](javascript:alert(1)), [CLICK](JAVASCRIPT:alert(1)), [data](data:text/html,hi) or [mail us](mailto:privacy@acme.example).\n',
      );
      const spans = clausesOf(policy)[0]!.spans;
      expect(spans).toEqual([{ text: 'Click, CLICK, data or ' }, { text: 'mail us', href: 'mailto:privacy@acme.example' }, { text: '.' }]);
    });

    it('keeps inline HTML as literal text, never as a link', () => {
      const policy = parseText('# Privacy\n\n## Cookies\n\nWe use <img src=x onerror=alert(1)> cookies.\n');
      expect(clausesOf(policy)[0]!.spans).toEqual([{ text: 'We use <img src=x onerror=alert(1)> cookies.' }]);
    });
  });

  describe('when the file uses CRLF line ends and a byte-order mark', () => {
    it('parses it as it parses LF', () => {
      const policy = parseText('\uFEFF---\r\nid: acme\r\n---\r\n# Privacy\r\n\r\n## Cookies\r\n\r\nWe use cookies.\r\n');
      expect(policy.policy).toBe('acme');
      expect(policy.sections[1]!.line).toBe(6);
      expect(clausesOf(policy).map((c) => [c.text, c.line])).toEqual([['We use cookies.', 8]]);
    });
  });

  describe('when headings repeat under different parents', () => {
    it('prefixes the later anchor with its parent', () => {
      const policy = parseText('# Privacy\n\n## A\n\n### Details\n\nx.\n\n## B\n\n### Details\n\ny.\n');
      expect(policy.sections.map((s) => s.anchor)).toEqual([
        'acme-privacy-2024-01-01--intro',
        'acme-privacy-2024-01-01--a',
        'acme-privacy-2024-01-01--details',
        'acme-privacy-2024-01-01--b',
        'acme-privacy-2024-01-01--b--details',
      ]);
    });
  });

  describe('when headings are numbered in other ways', () => {
    it('reads "1.", "2)", "Section 3", "§ 4" and "2.1" as section numbers', () => {
      const policy = parseText('# P\n\n## 1. Collection\n\na.\n\n## 2) Use\n\nb.\n\n## Section 3 Sharing\n\nc.\n\n## § 4 Security\n\nd.\n\n### 2.1 Sub\n\ne.\n');
      expect(policy.sections.slice(1).map((s) => [s.number, s.heading])).toEqual([
        ['1', 'Collection'],
        ['2', 'Use'],
        ['3', 'Sharing'],
        ['4', 'Security'],
        ['2.1', 'Sub'],
      ]);
    });
  });

  // Bug: a first word made only of the letters i, v, x, l, c is read as a Roman numeral.
  describe('when a heading starts with a word that looks like a Roman numeral', () => {
    it('returns the whole heading and no number for "CV and job applications"', () => {
      const policy = parseText('# P\n\n## CV and job applications\n\nWe keep your CV for a year.\n');
      expect(policy.sections[1]).toMatchObject({ number: null, heading: 'CV and job applications' });
    });
  });

  // Bug: the anchor of a heading "Intro" is the introduction's anchor.
  describe('when a heading is "Intro" and the file has an introduction', () => {
    it('returns distinct anchors instead of failing', () => {
      const policy = parseText('# Privacy\n\nWelcome.\n\n## Intro\n\nWe use cookies.\n');
      const anchors = policy.sections.map((s) => s.anchor);
      expect(new Set(anchors).size).toBe(2);
    });
  });
});
