/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/element/policy-assistant.js';
import type { PolicyAssistant } from '../../src/element/policy-assistant.js';
import type { PolicyAssistantCopyEvent, PolicyAssistantErrorEvent } from '../../src/element/events.js';
import { citationText } from '../../src/element/strings.js';
import {
  askByKeyboard,
  indexFrom,
  input,
  KAYAKO_INDEX_URL,
  kayakoIndex,
  part,
  settled,
  stubClipboard,
  text,
  watchErrors,
  type PageErrors,
} from './helpers.js';

const CARD = 'who processes my card?';
const UNANSWERABLE = 'xylophone quasar zeppelin';

describe('<policy-assistant>', () => {
  let errors: PageErrors;

  beforeEach(() => {
    errors = watchErrors();
  });

  afterEach(async () => {
    errors.stop();
    await emulateMedia({ colorScheme: 'light' });
    expect(errors.messages, 'errors in the page').to.deep.equal([]);
  });

  describe('when nothing has been asked', () => {
    it('offers suggested questions and a labelled search form', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      const form = part(el, 'form');
      expect(form.getAttribute('role')).to.equal('search');
      expect(part(el, 'label[for="input"]').textContent).to.contain('question');
      expect(input(el).getAttribute('dir')).to.equal('auto');
      const log = part(el, '[part="log"]');
      expect(log.getAttribute('role')).to.equal('log');
      expect(log.getAttribute('aria-live')).to.equal('polite');
      expect(el.shadowRoot!.querySelectorAll('[part="suggestion"]').length).to.be.greaterThan(2);
      await expect(el).to.be.accessible();
    });

    it('asks a suggested question when it is pressed, keeping focus in the element', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      const chip = part<HTMLButtonElement>(el, '[part="suggestion"]');
      const question = text(chip);
      chip.focus();
      const answered = oneEvent(el, 'policy-assistant-answer');
      await sendKeys({ press: 'Enter' });
      expect((await answered).detail.question).to.equal(question);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part="log"]'));
      expect(text(part(el, '.pa__question'))).to.contain(question);
    });

    it('loads nothing until it is focused', async () => {
      const before = performance.getEntriesByType('resource').filter((e) => e.name.includes('kayako-index.json')).length;
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${`${KAYAKO_INDEX_URL}?lazy`}></policy-assistant>`);
      await new Promise((r) => setTimeout(r, 50));
      expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('?lazy')).length).to.equal(0);
      input(el).focus();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="version"]'), 'the version picker did not appear');
      expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('kayako-index.json')).length).to.equal(before + 1);
    });
  });

  describe('when a question is typed and Enter pressed', () => {
    it('shows the quote, the lead and the citation linking to the clause', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      const event = await askByKeyboard(el, CARD);
      expect(event.detail.question).to.equal(CARD);
      expect(event.detail.answered).to.equal(true);
      const cited = event.detail.citations[0]!;
      expect(cited.quote).to.contain('RBS WorldPay, 2Checkout, ICICI or Paymentech');
      expect(event.bubbles && event.composed).to.equal(true);

      expect(text(part(el, '.pa__question'))).to.contain(CARD);
      expect(text(part(el, '.pa__lead'))).to.match(/^(The current policy \(2019\) says:|Only the older version \(2015\) addresses this:)$/);
      const quote = part(el, 'blockquote[part="quote"]');
      expect(text(quote)).to.contain('RBS WorldPay, 2Checkout, ICICI or Paymentech');
      expect(quote.getAttribute('cite')).to.equal(`#${cited.clause}`);
      expect(quote.querySelectorAll('mark').length).to.be.greaterThan(0);
      const link = part<HTMLAnchorElement>(el, 'a[part="citation"]');
      expect(link.getAttribute('href')).to.equal(`#${cited.clause}`);
      expect(text(link)).to.equal(citationText(cited));
      expect(text(link)).to.match(/^Kayako Privacy Policy, (11 May 2019|29 December 2015) — /);
      expect(input(el).value).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('records the time from asking to the rendered answer', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      await askByKeyboard(el, CARD);
      expect(performance.getEntriesByName('policy-assistant:answer', 'measure').length).to.be.greaterThan(0);
      expect(performance.getEntriesByName('policy-assistant:load', 'measure').length).to.be.greaterThan(0);
    });

    it('recalls the last question with ArrowUp', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      await askByKeyboard(el, CARD);
      await sendKeys({ press: 'ArrowUp' });
      expect(input(el).value).to.equal(CARD);
      await sendKeys({ press: 'ArrowDown' });
      expect(input(el).value).to.equal('');
    });

    it('shows the whole section on request', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      await askByKeyboard(el, CARD);
      const toggle = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="action"]')].find((b) => text(b) === 'Show the whole section')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const section = part(el, `#${toggle.getAttribute('aria-controls')}`);
      expect(section.hidden).to.equal(false);
      expect(section.querySelectorAll('.pa__clause').length).to.be.greaterThan(0);
      expect(text(section.querySelector('.pa__clause--cited'))).to.contain('RBS WorldPay');
      await expect(el).to.be.accessible();
    });

    it('shows a question written as HTML as text and runs nothing', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      const attack = '<img src=x onerror=alert(1)>';
      let alerted = false;
      const alert = window.alert;
      window.alert = () => {
        alerted = true;
      };
      try {
        await askByKeyboard(el, attack);
        await new Promise((r) => setTimeout(r, 50));
      } finally {
        window.alert = alert;
      }
      expect(text(part(el, '.pa__question'))).to.contain(attack);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(alerted).to.equal(false);
    });
  });

  describe('when the policy does not address the question', () => {
    it('says so and offers the topics it covers, which ask when pressed', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      const event = await askByKeyboard(el, UNANSWERABLE);
      expect(event.detail.answered).to.equal(false);
      expect(text(part(el, '.pa__none'))).to.equal('The policy doesn’t seem to address that.');
      const topics = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pa__answer [part="suggestion"]');
      expect(topics.length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      const next = oneEvent(el, 'policy-assistant-answer');
      topics[0]!.click();
      await next;
      expect(el.shadowRoot!.querySelectorAll('.pa__exchange').length).to.equal(2);
    });

    it('names what the policy never mentions, when the question gives an acronym it lacks', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      const event = await askByKeyboard(el, 'Is Kayako HIPAA compliant?');
      expect(event.detail.answered).to.equal(false);
      expect(text(part(el, '.pa__none'))).to.equal('The policy doesn’t mention HIPAA.');
    });
  });

  describe('when Copy citation is pressed', () => {
    it('puts quote and citation on the clipboard as text and HTML and says so', async () => {
      const clipboard = stubClipboard();
      try {
        const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
        await askByKeyboard(el, CARD);
        const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="action"]')].find((b) => text(b) === 'Copy citation')!;
        const copied = oneEvent(el, 'policy-assistant-copy') as Promise<PolicyAssistantCopyEvent>;
        button.click();
        const event = await copied;
        expect(clipboard.texts).to.have.length(1);
        const cited = event.detail.citation!;
        expect(event.detail.kind).to.equal('citation');
        expect(clipboard.texts).to.deep.equal([`“${cited.quote}”\n${citationText(cited)}\n${new URL(`#${cited.clause}`, location.href).href}`]);
        expect(clipboard.texts[0]).to.contain('RBS WorldPay');
        expect(clipboard.htmls[0]).to.equal(
          `<blockquote cite="${new URL(`#${cited.clause}`, location.href).href}"><p>“${cited.quote}”</p></blockquote>` +
            `<p><a href="${new URL(`#${cited.clause}`, location.href).href}">${citationText(cited)}</a></p>`,
        );
        expect(event.detail.text).to.equal(clipboard.texts[0]);
        await el.updateComplete;
        expect(text(button)).to.equal('Copied');
        await expect(el).to.be.accessible();
      } finally {
        clipboard.restore();
      }
    });

    it('copies a list item with the sentence that introduces its list, shown above the quote', async () => {
      const clipboard = stubClipboard();
      try {
        const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
        await askByKeyboard(el, 'do you use my data to enforce your terms?');
        const lead = 'Our Company may use information that we collect about you to:';
        expect(text(part(el, '.pa__answer [part="context"]'))).to.equal(lead);
        const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="action"]')].find((b) => text(b) === 'Copy citation')!;
        const copied = oneEvent(el, 'policy-assistant-copy');
        button.click();
        await copied;
        expect(clipboard.texts[0]!.startsWith(`“${lead} … enforce our terms and conditions;”\n`)).to.equal(true);
        await expect(el).to.be.accessible();
      } finally {
        clipboard.restore();
      }
    });

    it('copies a link that asks the question again', async () => {
      const clipboard = stubClipboard();
      try {
        const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
        await askByKeyboard(el, CARD);
        const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="action"]')].find((b) => text(b) === 'Copy link to answer')!;
        const copied = oneEvent(el, 'policy-assistant-copy') as Promise<PolicyAssistantCopyEvent>;
        button.click();
        const event = await copied;
        expect(event.detail.kind).to.equal('link');
        expect(clipboard.texts).to.have.length(1);
        const url = new URL(clipboard.texts[0]!);
        expect(url.hash).to.equal('#ask=who%20processes%20my%20card%3F');
        expect(clipboard.htmls).to.deep.equal([]);
      } finally {
        clipboard.restore();
      }
    });

    it('says so when the clipboard refuses', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      await askByKeyboard(el, CARD);
      const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, get: () => undefined });
      try {
        let events = 0;
        el.addEventListener('policy-assistant-copy', () => events++);
        const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="action"]')].find((b) => text(b) === 'Copy citation')!;
        button.click();
        await waitUntil(() => text(button) !== 'Copy citation', 'the button did not change');
        expect(text(button)).to.equal('Could not copy: select the text instead');
        expect(events).to.equal(0);
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        if (descriptor) Object.defineProperty(Navigator.prototype, 'clipboard', descriptor);
      }
    });

    it('falls back to plain text where the clipboard takes no HTML', async () => {
      const clipboard = stubClipboard({ rich: false });
      try {
        const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
        await askByKeyboard(el, CARD);
        const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="action"]')].find((b) => text(b) === 'Copy citation')!;
        const copied = oneEvent(el, 'policy-assistant-copy');
        button.click();
        await copied;
        expect(clipboard.texts[0]).to.contain('RBS WorldPay');
        expect(clipboard.htmls).to.have.length(0);
      } finally {
        clipboard.restore();
      }
    });
  });

  describe('when used by keyboard alone', () => {
    it('asks, follows the citation and copies it without a mouse', async () => {
      const clipboard = stubClipboard();
      try {
        const el = await fixture<PolicyAssistant>(html`<div>
          <button id="before">before</button>
          <policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>
        </div>`).then((wrapper) => wrapper.querySelector('policy-assistant')!);
        (el.previousElementSibling as HTMLButtonElement).focus();
        // Tab order: Browse topics, suggested questions, topics, the log, then the input.
        let guard = 0;
        while (el.shadowRoot!.activeElement !== input(el) && guard++ < 20) await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(input(el));
        await sendKeys({ type: CARD });
        const answered = oneEvent(el, 'policy-assistant-answer');
        await sendKeys({ press: 'Enter' });
        await answered;
        await el.updateComplete;
        // Back into the answer: Shift+Tab walks up from the input to the answer's buttons and link.
        const link = part<HTMLAnchorElement>(el, 'a[part="citation"]');
        guard = 0;
        await sendKeys({ down: 'Shift' });
        while (el.shadowRoot!.activeElement !== link && guard++ < 10) await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(el.shadowRoot!.activeElement).to.equal(link);
        await sendKeys({ press: 'Tab' });
        expect(text(el.shadowRoot!.activeElement)).to.equal('Copy citation');
        const copied = oneEvent(el, 'policy-assistant-copy');
        await sendKeys({ press: 'Enter' });
        await copied;
        expect(clipboard.texts[0]).to.contain('RBS WorldPay');
      } finally {
        clipboard.restore();
      }
    });

    it('completes words from the policy as an accessible combobox', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      input(el).focus();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="version"]'), 'the index did not load');
      await sendKeys({ type: 'cook' });
      await el.updateComplete;
      const field = input(el);
      const listbox = part(el, '[role="listbox"]');
      expect(field.getAttribute('aria-expanded')).to.equal('true');
      expect(field.getAttribute('aria-controls')).to.equal(listbox.id);
      expect(listbox.hidden).to.equal(false);
      expect([...listbox.querySelectorAll('[role="option"]')].map(text)).to.include('cookies');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(field.getAttribute('aria-activedescendant')).to.equal('option-0');
      expect(part(el, '#option-0').getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(field.value).to.match(/^cookies? $/);
      expect(field.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ type: 'x' });
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(field.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('when the policy has several versions', () => {
    it('offers a version picker and answers from the chosen version', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      input(el).focus();
      const select = await waitUntil(() => el.shadowRoot!.querySelector('select'), 'no version picker').then(
        () => part<HTMLSelectElement>(el, 'select[part="version"]'),
      );
      expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Current (2019)', '2015']);
      select.value = '2015-12-29';
      select.dispatchEvent(new Event('change'));
      expect(el.version).to.equal('2015-12-29');
      const event = await askByKeyboard(el, 'how do you use cookies');
      expect(event.detail.citations[0]!.version).to.equal('2015-12-29');
      expect(text(part(el, '.pa__lead'))).to.equal('The 2015 policy says:');
      await expect(el).to.be.accessible();
    });

    it('says when only an older version addresses the question', async () => {
      const index = indexFrom({
        'corpus/acme-privacy-2024-01-01.md': '# Acme Privacy Policy\n\n## Cookies\n\nWe use cookies to keep you signed in.\n',
        'corpus/acme-privacy-2020-01-01.md':
          '# Acme Privacy Policy\n\n## Cookies\n\nWe use cookies to keep you signed in.\n\n## Bankruptcy\n\nIf Acme goes bankrupt, your data may be sold to the buyer of its assets.\n',
      });
      const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${index}></policy-assistant>`);
      const event = await askByKeyboard(el, 'what happens to my data if acme goes bankrupt');
      expect(event.detail.note).to.equal('older-version-only');
      expect(text(part(el, '.pa__lead'))).to.equal('Only the older version (2020) addresses this:');
    });
  });

  describe('when a clause of the policy contains HTML', () => {
    it('shows it as text and keeps only safe links', async () => {
      const index = indexFrom({
        'corpus/evil-privacy-2024-01-01.md': [
          '# Evil Privacy Policy',
          '',
          '## Cookies',
          '',
          'We set cookies <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=1</script> trackers; see [our cookie page](javascript:window.__pwned=1) or [the regulator](https://example.org/cookies).',
          '',
        ].join('\n'),
      });
      const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${index}></policy-assistant>`);
      await askByKeyboard(el, 'do you set cookies');
      const quote = part(el, 'blockquote');
      expect(text(quote)).to.contain('<img src=x onerror="window.__pwned=1">');
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      const links = [...quote.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['https://example.org/cookies']);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('when a clause of the policy breaks its lines (an address)', () => {
    it('shows each line on its own, with a <br> between them and nothing else made markup', async () => {
      const index = indexFrom({
        'corpus/acme-privacy-2024-01-01.md': [
          '# Acme Privacy Policy',
          '',
          '## Contact',
          '',
          '**Our Data Protection Officer:**<br>',
          'Acme DPO<br>',
          '1 <b>Main</b> St.<br>',
          'Springfield',
          '',
        ].join('\n'),
      });
      const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${index}></policy-assistant>`);
      await askByKeyboard(el, 'how do i contact your data protection officer');
      const quote = part(el, 'blockquote');
      expect(quote.querySelectorAll('br').length).to.equal(3);
      expect(quote.querySelector('b')).to.equal(null);
      expect(text(quote)).to.contain('1 <b>Main</b> St.');
    });

    it('copies the lines as lines: in the text, and as <br> in the HTML', async () => {
      const clipboard = stubClipboard();
      try {
        const index = indexFrom({
          'corpus/acme-privacy-2024-01-01.md': '# Acme Privacy Policy\n\n## Contact\n\n**Our Data Protection Officer:**<br>\nAcme DPO<br>\nSpringfield\n',
        });
        const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${index}></policy-assistant>`);
        await askByKeyboard(el, 'how do i contact your data protection officer');
        const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="action"]')].find((b) => text(b) === 'Copy citation')!;
        const copied = oneEvent(el, 'policy-assistant-copy');
        button.click();
        await copied;
        expect(clipboard.texts[0]!.startsWith('“Our Data Protection Officer:\nAcme DPO\nSpringfield”\n')).to.equal(true);
        expect(clipboard.htmls[0]).to.contain('<p>“Our Data Protection Officer:<br>Acme DPO<br>Springfield”</p>');
      } finally {
        clipboard.restore();
      }
    });
  });

  describe('when given an index object', () => {
    it('makes no network request at all', async () => {
      const index = await kayakoIndex();
      const before = performance.getEntriesByType('resource').length;
      const el = await fixture<PolicyAssistant>(html`<policy-assistant .index=${index}></policy-assistant>`);
      await askByKeyboard(el, CARD);
      await askByKeyboard(el, 'how long do you keep my data');
      expect(performance.getEntriesByType('resource').slice(before).map((e) => e.name)).to.deep.equal([]);
    });
  });

  describe('when given src', () => {
    it('requests only the index', async () => {
      const src = `${KAYAKO_INDEX_URL}?only`;
      const before = performance.getEntriesByType('resource').length;
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${src}></policy-assistant>`);
      await askByKeyboard(el, CARD);
      const requested = performance.getEntriesByType('resource').slice(before).map((e) => new URL(e.name).pathname + new URL(e.name).search);
      expect(requested).to.deep.equal([src]);
    });

    it('apologises and fires policy-assistant-error when the index cannot be loaded', async () => {
      // The test server answers this path with 503 (web-test-runner.config.mjs).
      const src = '/__policy-assistant/unavailable.json';
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${src}></policy-assistant>`);
      const failed = oneEvent(el, 'policy-assistant-error') as Promise<PolicyAssistantErrorEvent>;
      input(el).focus();
      const event = await failed;
      expect(event.detail.message).to.equal(`policy-assistant: could not load the index "${src}" (HTTP 503); check the src attribute`);
      const again = oneEvent(el, 'policy-assistant-error');
      input(el).value = CARD;
      part<HTMLButtonElement>(el, '[part="submit"]').click();
      await again;
      await waitUntil(() => text(el.shadowRoot!.querySelector('.pa__exchange .pa__status')).startsWith('Sorry'), 'no apology');
      expect(text(part(el, '.pa__exchange .pa__status'))).to.equal('Sorry, the policy could not be loaded. Please try again later.');
    });
  });

  describe('when src changes while the index is loading', () => {
    it('answers from the new index, and the old load changes nothing', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src="/__policy-assistant/unavailable.json"></policy-assistant>`);
      let errors = 0;
      el.addEventListener('policy-assistant-error', () => errors++);
      input(el).focus();
      el.src = KAYAKO_INDEX_URL;
      await el.updateComplete;
      const event = await askByKeyboard(el, CARD);
      expect(event.detail.answered).to.equal(true);
      expect(errors).to.equal(0);
    });
  });

  describe('when it has no index at all', () => {
    it('fires policy-assistant-error naming what to set', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant></policy-assistant>`);
      const failed = oneEvent(el, 'policy-assistant-error') as Promise<PolicyAssistantErrorEvent>;
      input(el).focus();
      expect((await failed).detail.message).to.match(/^policy-assistant: <policy-assistant> has no index; set its "src" attribute/);
    });
  });

  describe('when the host sets properties', () => {
    it('uses its heading, placeholder and policy-url, and fires no event', async () => {
      let events = 0;
      const el = await fixture<PolicyAssistant>(
        html`<policy-assistant
          src=${KAYAKO_INDEX_URL}
          heading="Privacy help"
          placeholder="Type here"
          policy-url="https://example.com/privacy"
          @policy-assistant-answer=${() => events++}
        ></policy-assistant>`,
      );
      expect(text(part(el, '[part="heading"]'))).to.equal('Privacy help');
      expect(input(el).placeholder).to.equal('Type here');
      await el.ask(CARD);
      await settled(el);
      expect(part(el, 'a[part="citation"]').getAttribute('href')).to.match(/^https:\/\/example\.com\/privacy#kayako-privacy-20\d\d-\d\d-\d\d--/);
      expect(events).to.equal(0);
    });

    it('answers from the version it names', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL} version="2015"></policy-assistant>`);
      const event = await askByKeyboard(el, 'how do you use cookies');
      expect(event.detail.citations[0]!.version).to.equal('2015-12-29');
      expect(part<HTMLSelectElement>(el, 'select').value).to.equal('2015-12-29');
    });
  });

  describe('in dark mode', () => {
    it('passes axe with and without an answer', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      expect(getComputedStyle(part(el, '.pa__panel')).backgroundColor).to.equal('rgb(22, 24, 29)');
      await expect(el).to.be.accessible();
      await askByKeyboard(el, CARD);
      await expect(el).to.be.accessible();
      await askByKeyboard(el, UNANSWERABLE);
      await expect(el).to.be.accessible();
    });
  });

  describe('at 320 px wide', () => {
    it('fits without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
        await askByKeyboard(el, CARD);
        const panel = part(el, '.pa__panel');
        expect(panel.getBoundingClientRect().right).to.be.at.most(320);
        expect(panel.scrollWidth).to.be.at.most(panel.clientWidth + 1);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
