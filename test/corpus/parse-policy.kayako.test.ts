import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePolicy, spansText, type PolicyVersion, type Section } from '../../src/corpus/index.js';

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
const KAYAKO_2015 = 'kayako-privacy-2015-12-29.md';
const KAYAKO_2019 = 'kayako-privacy-2019-05-11.md';

const readPolicy = (name: string) => readFileSync(CORPUS + name, 'utf8');
const parse = (name: string, text = readPolicy(name)) => parsePolicy({ path: `corpus/${name}`, text });
const sectionAt = (version: PolicyVersion, anchor: string): Section => {
  const section = version.sections.find((s) => s.anchor === anchor);
  if (!section) throw new Error(`no section ${anchor}`);
  return section;
};
const allAnchors = (version: PolicyVersion) => version.sections.flatMap((s) => [s.anchor, ...s.clauses.map((c) => c.anchor)]);
const allClauseTexts = (version: PolicyVersion) => version.sections.flatMap((s) => s.clauses.map((c) => c.text));

describe('parsePolicy', () => {
  describe('when given the Kayako 2019 policy', () => {
    const policy = parse(KAYAKO_2019);

    it('reads policy, version, title, company and source from the front matter', () => {
      expect(policy.policy).toBe('kayako-privacy');
      expect(policy.version).toBe('2019-05-11');
      expect(policy.id).toBe('kayako-privacy-2019-05-11');
      expect(policy.title).toBe('Kayako Privacy Policy');
      expect(policy.company).toBe('Kayako');
      expect(policy.source).toBe('https://web.archive.org/web/20190511061326id_/https%3A//www.kayako.com/about/privacy');
      expect(policy.file).toBe('kayako-privacy-2019-05-11');
    });

    it('returns no effective date, as the text gives none', () => {
      expect(policy.effective).toBeNull();
    });

    it('numbers the sections "1" to "15" in document order', () => {
      const numbers = policy.sections.map((s) => s.number).filter((n) => n !== null);
      expect(numbers).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
    });

    it('returns headings without their numbers', () => {
      expect(sectionAt(policy, 'kayako-privacy-2019-05-11--1').heading).toBe('Our Collection of your Personal Data');
      expect(sectionAt(policy, 'kayako-privacy-2019-05-11--6').heading).toBe('Legal Basis for Processing your Personal data (EEA only)');
      expect(sectionAt(policy, 'kayako-privacy-2019-05-11--7').heading).toBe('Limiting Use, Disclosure, Retention');
    });

    it('anchors numbered sections and their clauses by number', () => {
      const section = sectionAt(policy, 'kayako-privacy-2019-05-11--3');
      expect(section.number).toBe('3');
      expect(section.path).toEqual(['Our Disclosure of your Personal data to Third Parties']);
      expect(section.line).toBe(52);
      expect(section.clauses.map((c) => c.anchor).slice(0, 2)).toEqual([
        'kayako-privacy-2019-05-11--3--p1',
        'kayako-privacy-2019-05-11--3--p2',
      ]);
      expect(section.clauses.every((c) => c.section === section.anchor)).toBe(true);
    });

    it('returns the text before the first numbered heading as the introduction', () => {
      const intro = policy.sections[0]!;
      expect(intro.anchor).toBe('kayako-privacy-2019-05-11--intro');
      expect(intro.heading).toBe('Introduction');
      expect(intro.depth).toBe(0);
      expect(intro.number).toBeNull();
      expect(intro.clauses).toHaveLength(1);
      expect(intro.clauses[0]!.text.startsWith('Kayako Limited (the “Company,” “we,” or “us”) respect your privacy.')).toBe(true);
    });

    it('keeps the document title out of the clauses', () => {
      expect(allClauseTexts(policy)).not.toContain('Privacy Policy | Kayako');
    });

    it('excludes the archive note', () => {
      expect(allClauseTexts(policy).filter((t) => /archived on|Extracted from|Wayback/i.test(t))).toEqual([]);
    });

    it('returns a paragraph per clause with its source line', () => {
      const clause = sectionAt(policy, 'kayako-privacy-2019-05-11--3').clauses[1]!;
      expect(clause.kind).toBe('paragraph');
      expect(clause.line).toBe(56);
      expect(clause.text.startsWith('Your transaction may be processed by one of our third-party payment vendors: RBS WorldPay')).toBe(true);
    });

    it('keeps a bold lead-in as a strong span', () => {
      const clause = sectionAt(policy, 'kayako-privacy-2019-05-11--5').clauses[0]!;
      expect(clause.spans[0]).toEqual({ text: 'Cookies', strong: true });
      expect(clause.text.startsWith('Cookies. Many of our web pages use “cookies.”')).toBe(true);
    });

    it('returns clause text equal to the join of its spans', () => {
      for (const section of policy.sections) for (const clause of section.clauses) expect(spansText(clause.spans)).toBe(clause.text);
    });

    it('gives every section and clause a unique anchor under the version id', () => {
      const anchors = allAnchors(policy);
      expect(new Set(anchors).size).toBe(anchors.length);
      expect(anchors.every((a) => a.startsWith('kayako-privacy-2019-05-11--'))).toBe(true);
    });

    it('leaves categories empty for the search module to fill', () => {
      expect(policy.sections.flatMap((s) => s.clauses).every((c) => c.categories.length === 0)).toBe(true);
    });
  });

  describe('when given the Kayako 2015 policy', () => {
    const policy = parse(KAYAKO_2015);

    it('reads the version and the effective date from the front matter', () => {
      expect(policy.version).toBe('2015-12-29');
      expect(policy.effective).toBe('2010-03-19');
    });

    it('finds the effective date 2010-03-19 in the text when the front matter omits it', () => {
      const withoutEffective = readPolicy(KAYAKO_2015).replace(/^effective: .*\n/m, '');
      expect(withoutEffective).not.toContain('effective: 2010');
      expect(parse(KAYAKO_2015, withoutEffective).effective).toBe('2010-03-19');
    });

    it('takes the version from the file name when there is no front matter', () => {
      const body = readPolicy(KAYAKO_2015).replace(/^---\n[\s\S]*?\n---\n/, '');
      const parsed = parse(KAYAKO_2015, body);
      expect(parsed.policy).toBe('kayako-privacy');
      expect(parsed.version).toBe('2015-12-29');
      expect(parsed.effective).toBe('2010-03-19');
    });

    it('returns no section numbers, as its headings have none', () => {
      expect(policy.sections.every((s) => s.number === null)).toBe(true);
    });

    it('nests a sub-heading under its heading', () => {
      const section = sectionAt(policy, 'kayako-privacy-2015-12-29--credit-card-information');
      expect(section.path).toEqual(['Collection and use of personally identifiable information', 'Credit card information']);
      expect(section.path.join(' › ')).toBe('Collection and use of personally identifiable information › Credit card information');
      expect(section.parent).toBe('kayako-privacy-2015-12-29--collection-and-use-of-personally-identifiable-information');
      expect(section.depth).toBe(3);
    });

    it('returns the paragraphs before the first section heading as the introduction', () => {
      const intro = policy.sections[0]!;
      expect(intro.anchor).toBe('kayako-privacy-2015-12-29--intro');
      expect(intro.clauses.map((c) => c.text.slice(0, 40))).toEqual([
        'Your privacy is incredibly important to ',
        'By using Kayako websites, you agree and ',
        'This policy came into effect and was las',
        'This privacy policy has been published u',
      ]);
    });

    it('merges the lines of the mailing address into one clause', () => {
      const section = sectionAt(policy, 'kayako-privacy-2015-12-29--kayako-helpdesk-pvt-ltd');
      expect(section.path).toEqual(['Contacting Kayako', 'Kayako Helpdesk Pvt. Ltd.']);
      expect(section.clauses).toHaveLength(1);
      expect(section.clauses[0]!.text).toBe('Fourth Floor, Midland Financial Centre 21-22 G.T.Road Jalandhar Punjab, 144001 India');
      expect(section.clauses[0]!.line).toBe(85);
    });

    it('keeps a sentence ending in a colon apart from the address', () => {
      const section = sectionAt(policy, 'kayako-privacy-2015-12-29--contacting-kayako');
      expect(section.clauses.map((c) => c.text)).toContain('Our mailing addresses are:');
    });

    it('keeps an http link as a span with its href', () => {
      const clause = sectionAt(policy, 'kayako-privacy-2015-12-29--access-to-your-information').clauses[0]!;
      expect(clause.spans).toContainEqual({ text: 'https://my.kayako.com', href: 'https://my.kayako.com/' });
    });

    it('drops an empty link without leaving text behind', () => {
      const clause = policy.sections[0]!.clauses[3]!;
      expect(clause.text.startsWith('This privacy policy has been published under a Creative Commons Sharealike license')).toBe(true);
    });

    it('excludes the archive note', () => {
      expect(allClauseTexts(policy).filter((t) => /archived on|Extracted from|Wayback/i.test(t))).toEqual([]);
    });

    it('gives every section and clause a unique anchor', () => {
      const anchors = allAnchors(policy);
      expect(new Set(anchors).size).toBe(anchors.length);
    });
  });
});
