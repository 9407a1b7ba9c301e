import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { decodeEntities, parsePolicy, safeHref, spansText, toSpans } from '../../src/corpus/index.js';

const spansOf = (markdown: string, base: string | null = null) => toSpans(Lexer.lexInline(markdown), base);

describe('safeHref', () => {
  describe('when the target is http, https or mailto', () => {
    it('returns it trimmed', () => {
      expect(safeHref('https://acme.example/privacy', null)).toBe('https://acme.example/privacy');
      expect(safeHref('  http://acme.example  ', null)).toBe('http://acme.example');
      expect(safeHref('mailto:privacy@acme.example', null)).toBe('mailto:privacy@acme.example');
      expect(safeHref('HTTPS://ACME.EXAMPLE', null)).toBe('HTTPS://ACME.EXAMPLE');
    });
  });

  describe('when the target is a script or data URL', () => {
    it('returns undefined', () => {
      expect(safeHref('javascript:alert(1)', null)).toBeUndefined();
      expect(safeHref('JavaScript:alert(1)', 'https://acme.example/')).toBeUndefined();
      expect(safeHref('java\nscript:alert(1)', 'https://acme.example/')).toBeUndefined();
      expect(safeHref('vbscript:msgbox(1)', 'https://acme.example/')).toBeUndefined();
      expect(safeHref('data:text/html,<script>alert(1)</script>', 'https://acme.example/')).toBeUndefined();
    });
  });

  describe('when the target uses another scheme', () => {
    it('returns undefined', () => {
      expect(safeHref('ftp://acme.example/file', 'https://acme.example/')).toBeUndefined();
      expect(safeHref('tel:+441234', 'https://acme.example/')).toBeUndefined();
    });
  });

  describe('when the target is relative', () => {
    it('returns it resolved against the base', () => {
      expect(safeHref('/cookies', 'https://acme.example/legal/privacy')).toBe('https://acme.example/cookies');
      expect(safeHref('terms.html', 'https://acme.example/legal/privacy')).toBe('https://acme.example/legal/terms.html');
      expect(safeHref('?lang=fr', 'https://acme.example/privacy')).toBe('https://acme.example/privacy?lang=fr');
    });

    it('returns undefined without a base', () => {
      expect(safeHref('/cookies', null)).toBeUndefined();
      expect(safeHref('terms.html', null)).toBeUndefined();
    });

    it('returns undefined for a fragment, even with a base', () => {
      expect(safeHref('#cookies', 'https://acme.example/privacy')).toBeUndefined();
    });
  });
});

describe('decodeEntities', () => {
  describe('when the text holds character references', () => {
    it('returns the characters', () => {
      expect(decodeEntities('Tom &amp; Jerry&#39;s &#x2019; &lt;b&gt; &quot;x&quot; &apos;')).toBe('Tom & Jerry\'s \u2019 <b> "x" \'');
      expect(decodeEntities('a&nbsp;b')).toBe('a\u00a0b');
    });

    it('decodes one level only', () => {
      expect(decodeEntities('&amp;lt;')).toBe('&lt;');
    });
  });

  describe('when a reference is out of range', () => {
    it('returns it unchanged', () => {
      expect(decodeEntities('&#0; &#x110000;')).toBe('&#0; &#x110000;');
    });
  });
});

describe('toSpans', () => {
  describe('when the text has inline formatting', () => {
    it('returns spans with strong, em, code and href', () => {
      expect(spansOf('**bold** and *em* and `code` and [link](https://acme.example)')).toEqual([
        { text: 'bold', strong: true },
        { text: ' and ' },
        { text: 'em', em: true },
        { text: ' and ' },
        { text: 'code', code: true },
        { text: ' and ' },
        { text: 'link', href: 'https://acme.example' },
      ]);
    });

    it('returns a bold link as one span with both marks', () => {
      expect(spansOf('[**bold link**](https://acme.example/c)')).toEqual([{ text: 'bold link', strong: true, href: 'https://acme.example/c' }]);
    });

    it('links autolinks and e-mail addresses', () => {
      expect(spansOf('<https://acme.example/x> or privacy@acme.example')).toEqual([
        { text: 'https://acme.example/x', href: 'https://acme.example/x' },
        { text: ' or ' },
        { text: 'privacy@acme.example', href: 'mailto:privacy@acme.example' },
      ]);
    });
  });

  describe('when the text has HTML', () => {
    it('drops comments, turns <br> into a line break and keeps other tags as literal text', () => {
      expect(spansText(spansOf('a<br>b <!-- note --> <b>c</b>'))).toBe('a\nb <b>c</b>');
    });
  });

  describe('when the text breaks lines', () => {
    it('keeps hard breaks (<br>, two trailing spaces) as one "\\n" each, with no space around them, and reads soft breaks as spaces', () => {
      expect(spansText(spansOf('**Office:** <br>\n1 Main St.  \nSpringfield\nUSA'))).toBe('Office:\n1 Main St.\nSpringfield USA');
      expect(spansOf('x <br> **y**')).toEqual([{ text: 'x\n' }, { text: 'y', strong: true }]);
    });

    it('drops breaks at the start and the end', () => {
      expect(spansText(spansOf('<br>a<br><br>'))).toBe('a');
    });

    it('keeps an event-handler attribute as text, never as markup', () => {
      expect(spansOf('<img src=x onerror=alert(1)>')).toEqual([{ text: '<img src=x onerror=alert(1)>' }]);
    });
  });

  describe('when the text has images and strikethrough', () => {
    it('keeps the alt text and the struck words', () => {
      expect(spansText(spansOf('![our logo](logo.png) ~~old~~ new'))).toBe('our logo old new');
    });
  });

  describe('when the text has runs of white space', () => {
    it('collapses them and trims the ends', () => {
      expect(spansOf('  A   lot\n  of   space  ')).toEqual([{ text: 'A lot of space' }]);
    });
  });

  describe('when a link is unsafe', () => {
    it('keeps its text without an href', () => {
      expect(spansOf('[click](javascript:alert(1)) now')).toEqual([{ text: 'click now' }]);
    });
  });

  describe('when there are no tokens', () => {
    it('returns no spans', () => {
      expect(toSpans(undefined, null)).toEqual([]);
      expect(toSpans([], null)).toEqual([]);
    });
  });
});

// Bug: only &amp; &lt; &gt; &quot; &apos; &nbsp; and numeric references are decoded; policies
// converted from HTML are full of &rsquo; and &mdash;.
describe('parsePolicy', () => {
  describe('when the text has named HTML entities', () => {
    it('returns their characters in the clause text', () => {
      const policy = parsePolicy({ path: 'corpus/acme-privacy-2024-01-01.md', text: '# P\n\n## Sharing\n\nWe don&rsquo;t sell your data &mdash; ever.\n' });
      expect(policy.sections[1]!.clauses[0]!.text).toBe('We don\u2019t sell your data \u2014 ever.');
    });
  });
});
