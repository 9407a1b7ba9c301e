/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/element/policy-assistant.js';
import type { PolicyAssistant } from '../../src/element/policy-assistant.js';
import type { PolicyAssistantCopyEvent } from '../../src/element/events.js';
import { diffWords } from '../../src/compare/index.js';
import { worthMarking } from '../../src/element/render-diff.js';
import { CATEGORIES, CATEGORY_INFO, type PolicyIndex } from '../../src/search/index.js';
import { alignedIndexFrom, askByKeyboard, input, kayakoIndex, part, stubClipboard, text, watchErrors, type PageErrors } from './helpers.js';

/** Two versions of a small policy: cookies unchanged, payments reworded, rights new, bankruptcy removed. */
const ACME = {
  'corpus/acme-privacy-2024-01-01.md': [
    '# Acme Privacy Policy',
    '',
    '## Cookies',
    '',
    'We use cookies to keep you signed in.',
    '',
    '## Payments',
    '',
    'Your card is processed by Stripe, our payment processor, on behalf of our Company.',
    '',
    '## Your rights',
    '',
    'You may ask us to delete your account and your personal data at any time.',
    '',
  ].join('\n'),
  'corpus/acme-privacy-2020-01-01.md': [
    '# Acme Privacy Policy',
    '',
    '## Cookies',
    '',
    'We use cookies to keep you signed in.',
    '',
    '## Payments',
    '',
    'Your card is processed by Stripe, our payment processor, on behalf of Acme.',
    '',
    '## Bankruptcy',
    '',
    'If Acme goes bankrupt, your data may be sold to the buyer of its assets.',
    '',
  ].join('\n'),
};

const all = <T extends Element = HTMLElement>(el: PolicyAssistant, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The button of the shadow root whose text starts with `label`. */
function button(el: PolicyAssistant, label: string, within: ParentNode = el.shadowRoot!): HTMLButtonElement {
  const found = [...within.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b).startsWith(label));
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Presses Enter on a button, as a keyboard user would. */
async function press(el: PolicyAssistant, target: HTMLElement): Promise<void> {
  target.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/** What assistive technology reads of a marked change: its hidden words and the change itself. */
const readAs = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<policy-assistant> across policy versions', () => {
  let errors: PageErrors;
  let acme: PolicyIndex;

  beforeEach(() => {
    errors = watchErrors();
    acme = alignedIndexFrom(ACME);
  });

  afterEach(async () => {
    errors.stop();
    await emulateMedia({ colorScheme: 'light' });
    expect(errors.messages, 'errors in the page').to.deep.equal([]);
  });

  describe('when an answer quotes a clause reworded since the previous version', () => {
    it('shows a badge and reveals the earlier wording with the difference marked', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${acme}></policy-assistant>`);
      await askByKeyboard(el, 'who processes my card?');
      const badge = part(el, '[part="badge"]');
      expect(text(badge)).to.equal('Reworded since 2020');
      const figure = badge.closest('figure')!;
      expect(text(figure.querySelector('blockquote'))).to.contain('on behalf of our Company.');

      const toggle = button(el, 'Show the 2020 wording', figure);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const region = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(region.hidden).to.equal(true);
      await expect(el).to.be.accessible();

      await press(el, toggle);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.equal('Hide the 2020 wording');
      expect(region.hidden).to.equal(false);
      expect(text(region)).to.contain('The 2020 wording, with the changes made in 2024:');
      const del = region.querySelector('blockquote del')!;
      const ins = region.querySelector('blockquote ins')!;
      expect(readAs(del)).to.equal('[removed: Acme]');
      expect(readAs(ins)).to.equal('[added: our Company]');
      // Marked by more than colour: struck through and underlined.
      expect(getComputedStyle(del).textDecorationLine).to.equal('line-through');
      expect(getComputedStyle(ins).textDecorationLine).to.equal('underline');
      const link = region.querySelector<HTMLAnchorElement>('a[part="citation"]')!;
      expect(link.getAttribute('href')).to.equal('#acme-privacy-2020-01-01--payments--p1');
      expect(text(link)).to.contain('1 January 2020');
      await expect(el).to.be.accessible();

      await press(el, toggle);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(region.hidden).to.equal(true);
    });
  });

  describe('when an answer quotes a clause the previous version lacks', () => {
    it('says it is new, with nothing to disclose', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${acme}></policy-assistant>`);
      await askByKeyboard(el, 'can I delete my account?');
      const badge = part(el, '[part="badge"]');
      expect(text(badge)).to.equal('New in 2024');
      expect(text(badge.closest('figure'))).not.to.contain('wording');
      await expect(el).to.be.accessible();
    });

    it('shows no badge for an index built without alignments', async () => {
      const { alignments: _, ...rest } = acme;
      const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${rest as PolicyIndex}></policy-assistant>`);
      await askByKeyboard(el, 'who processes my card?');
      expect(all(el, '[part="badge"]')).to.deep.equal([]);
      expect(text(part(el, 'blockquote'))).to.contain('Stripe');
    });
  });

  describe('when asked what changed', () => {
    it('shows both versions side by side with the words that changed, linking to both', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${acme} style="width: 48rem"></policy-assistant>`);
      const event = await askByKeyboard(el, 'what changed about payments?');
      expect(event.detail.note).to.equal('changes');
      expect(text(part(el, '.pa__lead'))).to.equal('What changed from the 2020 to the 2024 policy:');
      const change = all(el, '[part="change"]').find((c) => text(c).includes('Stripe'))!;
      expect(text(change.querySelector('.pa__badge'))).to.equal('Reworded');
      const [older, newer] = [change.querySelector('.pa__side--older')!, change.querySelector('.pa__side--newer')!];
      expect(text(older.querySelector('.pa__side-label'))).to.equal('2020 version');
      expect(text(newer.querySelector('.pa__side-label'))).to.equal('2024 version');
      // Each side shows its own words: removals on the older side, additions on the newer.
      expect(readAs(older.querySelector('del')!)).to.equal('[removed: Acme]');
      expect(older.querySelector('ins')).to.equal(null);
      expect(readAs(newer.querySelector('ins')!)).to.equal('[added: our Company]');
      expect(newer.querySelector('del')).to.equal(null);
      expect(older.querySelector('a[part="citation"]')!.getAttribute('href')).to.equal('#acme-privacy-2020-01-01--payments--p1');
      expect(newer.querySelector('a[part="citation"]')!.getAttribute('href')).to.equal('#acme-privacy-2024-01-01--payments--p1');
      expect(older.querySelector('blockquote')!.getAttribute('cite')).to.equal('#acme-privacy-2020-01-01--payments--p1');
      // Side by side in a wide panel.
      const [a, b] = [older.getBoundingClientRect(), newer.getBoundingClientRect()];
      expect(a.top).to.equal(b.top);
      expect(a.right).to.be.at.most(b.left);
      await expect(el).to.be.accessible();
    });

    it('stacks the two versions in a panel narrower than 480 px', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${acme} style="width: 360px"></policy-assistant>`);
      await askByKeyboard(el, 'what changed about payments?');
      const change = part(el, '[part="change"]');
      const [a, b] = [change.querySelector('.pa__side--older')!.getBoundingClientRect(), change.querySelector('.pa__side--newer')!.getBoundingClientRect()];
      expect(b.top).to.be.at.least(a.bottom);
      expect(Math.round(a.width)).to.equal(Math.round(b.width));
    });

    it('labels each change and says which version lacks a clause (in dark mode)', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${acme}></policy-assistant>`);
      await askByKeyboard(el, 'what changed?');
      const labels = all(el, '[part="change"] .pa__badge').map(text);
      expect([...labels].sort()).to.deep.equal(['New', 'Removed', 'Reworded']);
      const removed = all(el, '[part="change"]').find((c) => text(c.querySelector('.pa__badge')) === 'Removed')!;
      expect(text(removed.querySelector('.pa__side--newer'))).to.contain('Not in the 2024 policy.');
      expect(text(removed.querySelector('.pa__side--older blockquote'))).to.contain('goes bankrupt');
      const added = all(el, '[part="change"]').find((c) => text(c.querySelector('.pa__badge')) === 'New')!;
      expect(text(added.querySelector('.pa__side--older'))).to.contain('Not in the 2020 policy.');
      await expect(el).to.be.accessible();
    });

    it('copies both versions of a change with their citations', async () => {
      const clipboard = stubClipboard();
      try {
        const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${acme}></policy-assistant>`);
        await askByKeyboard(el, 'what changed about payments?');
        const copy = button(el, 'Copy both citations', part(el, '[part="change"]'));
        const copied = oneEvent(el, 'policy-assistant-copy') as Promise<PolicyAssistantCopyEvent>;
        await press(el, copy);
        const event = await copied;
        expect(event.detail.kind).to.equal('change');
        expect(event.detail.change?.status).to.equal('reworded');
        const [plain] = clipboard.texts;
        expect(plain).to.contain('2020 version\n“Your card is processed by Stripe, our payment processor, on behalf of Acme.”');
        expect(plain).to.contain('Acme Privacy Policy, 1 January 2024 — Payments');
        expect(plain).to.contain('#acme-privacy-2024-01-01--payments--p1');
        expect(clipboard.htmls[0]).to.contain('<blockquote cite=');
        await waitUntil(() => text(copy) === 'Copied', 'no confirmation');
      } finally {
        clipboard.restore();
      }
    });
  });

  describe('when the visitor browses by topic', () => {
    it('lists the topics the index covers with their counts, in the order of the categories', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${acme}></policy-assistant>`);
      // Before the index loads: every topic, without counts.
      expect(all(el, '[part="topic"]').map(text)).to.deep.equal(CATEGORIES.map((c) => CATEGORY_INFO[c].label));
      input(el).focus();
      await waitUntil(() => el.shadowRoot!.querySelector('.pa__count'), 'no counts after loading');
      // Read as "Sharing with others, 1 passage": the visible count is hidden from assistive technology.
      const topics = all(el, '[part="topic"]').map(text);
      const covered = CATEGORIES.filter((c) => acme.clauses.some((clause) => clause.categories.includes(c)));
      expect(topics.map((t) => t.replace(/ \d+, \d+ passages?$/, ''))).to.deep.equal(covered.map((c) => CATEGORY_INFO[c].label));
      for (const t of topics) expect(t).to.match(/ (\d+), \1 passages?$/);
      expect(all(el, '[part="topic"] .pa__count').every((count) => count.getAttribute('aria-hidden') === 'true')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('lists the clauses of a chosen topic, current version first, by keyboard', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${acme}></policy-assistant>`);
      const removed = acme.clauses.find((c) => c.anchor === 'acme-privacy-2020-01-01--bankruptcy--p1')!;
      const current = acme.clauses.filter((c) => c.anchor.startsWith('acme-privacy-2024') && c.categories.includes(removed.categories[0]!));
      const label = CATEGORY_INFO[removed.categories[0]!].label;
      await press(el, button(el, label));
      await waitUntil(() => el.shadowRoot!.querySelector('.pa__exchange .pa__lead'), 'the topic was not listed');

      const entry = part(el, '.pa__exchange');
      expect(entry.closest('[role="log"]')).to.equal(part(el, '[part="log"]'));
      expect(text(entry.querySelector('[part="question"]'))).to.equal(`You chose: ${label}`);
      const lead = entry.querySelector<HTMLElement>('.pa__lead')!;
      expect(el.shadowRoot!.activeElement).to.equal(lead);
      expect(text(lead)).to.contain('1 passage is only in older versions');
      const links = [...entry.querySelectorAll('a[part="citation"]')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal([...current.map((c) => `#${c.anchor}`), `#${removed.anchor}`]);
      const last = entry.querySelector('li:last-child')!;
      expect(text(last.querySelector('.pa__tag'))).to.equal('2020 only');

      // Tab goes from the lead to the first clause's citation.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(entry.querySelector('a[part="citation"], button'));
      await expect(el).to.be.accessible();
    });

    it('offers the topics again from the header, and copies a clause of a topic', async () => {
      const clipboard = stubClipboard();
      try {
        const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${acme}></policy-assistant>`);
        await askByKeyboard(el, 'who processes my card?');
        await press(el, part(el, '[part="browse"]'));
        await waitUntil(() => el.shadowRoot!.querySelectorAll('.pa__exchange').length === 2 && el.shadowRoot!.querySelector('.pa__exchange:last-child [part="topic"]'));
        const entry = part(el, '.pa__exchange:last-child');
        expect(text(entry.querySelector('.pa__lead'))).to.equal('The policy covers these topics. Choose one to read what it says:');
        expect(el.shadowRoot!.activeElement).to.equal(entry.querySelector('.pa__lead'));
        await sendKeys({ press: 'Tab' });
        const first = entry.querySelector<HTMLButtonElement>('[part="topic"]')!;
        expect(el.shadowRoot!.activeElement).to.equal(first);
        await expect(el).to.be.accessible();

        await sendKeys({ press: 'Enter' });
        await waitUntil(() => el.shadowRoot!.querySelectorAll('.pa__exchange').length === 3 && el.shadowRoot!.querySelector('.pa__exchange:last-child .pa__related'));
        const topic = part(el, '.pa__exchange:last-child');
        expect(text(topic.querySelector('[part="question"]'))).to.contain(text(first).replace(/ \d+, \d+ passages?$/, ''));
        const copy = button(el, 'Copy citation', topic);
        const copied = oneEvent(el, 'policy-assistant-copy') as Promise<PolicyAssistantCopyEvent>;
        await press(el, copy);
        const event = await copied;
        expect(event.detail.kind).to.equal('citation');
        expect(clipboard.texts[0]).to.contain(`“${event.detail.citation!.quote}”`);
        expect(clipboard.texts[0]).to.contain(`#${event.detail.citation!.clause}`);
      } finally {
        clipboard.restore();
      }
    });

    it('shows a long topic a page at a time, moving focus to the first clause revealed', async () => {
      const kayako = await kayakoIndex();
      const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${kayako}></policy-assistant>`);
      input(el).focus();
      await waitUntil(() => el.shadowRoot!.querySelector('.pa__count'), 'no counts after loading');
      const topic = all<HTMLButtonElement>(el, '[part="topic"]').find((b) => Number(b.querySelector('.pa__count')!.textContent) > 12)!;
      const count = Number(topic.querySelector('.pa__count')!.textContent);
      await press(el, topic);
      await waitUntil(() => el.shadowRoot!.querySelector('.pa__exchange .pa__related'), 'the topic was not listed');
      const entry = part(el, '.pa__exchange');
      expect(entry.querySelectorAll('.pa__related > li').length).to.equal(8);
      // The newest version's reworded and new clauses say so.
      expect(entry.querySelectorAll('[part="badge"]').length).to.be.greaterThan(0);
      const more = button(el, `Show ${count - 8} more`, entry);
      await press(el, more);
      expect(entry.querySelectorAll('.pa__related > li').length).to.equal(count);
      expect(el.shadowRoot!.activeElement).to.equal(entry.querySelector('.pa__related > li:nth-child(9) a[part="citation"]'));
      await expect(el).to.be.accessible();
    });
  });

  describe('worthMarking', () => {
    it('marks an edited clause', () => {
      expect(worthMarking(diffWords('processed on behalf of Kayako.', 'processed on behalf of our Company.'))).to.equal(true);
    });

    it('leaves a clause rewritten from scratch unmarked', () => {
      const before = 'By using Kayako websites, you agree and give consent to the terms set out here.';
      const after = 'Kayako Limited respects your privacy and describes the ways we collect information about you.';
      expect(worthMarking(diffWords(before, after))).to.equal(false);
    });
  });
});
