/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/element/policy-assistant.js';
import type { PolicyAssistant } from '../../src/element/policy-assistant.js';
import { askByKeyboard, input, KAYAKO_INDEX_URL, part, watchErrors, type PageErrors } from './helpers.js';

describe('<policy-assistant mode="launcher">', () => {
  let errors: PageErrors;

  beforeEach(() => {
    errors = watchErrors();
  });

  afterEach(async () => {
    errors.stop();
    await emulateMedia({ colorScheme: 'light' });
    expect(errors.messages, 'errors in the page').to.deep.equal([]);
  });

  describe('when closed', () => {
    it('shows only the launcher button', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant mode="launcher" src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      const launcher = part<HTMLButtonElement>(el, '[part="launcher"]');
      expect(launcher.getAttribute('aria-expanded')).to.equal('false');
      expect(launcher.getAttribute('aria-controls')).to.equal('panel');
      expect(part(el, '[part="panel"]').hidden).to.equal(true);
      expect(getComputedStyle(launcher).position).to.equal('fixed');
      await expect(el).to.be.accessible();
    });
  });

  describe('when the launcher is pressed', () => {
    it('opens the panel as a dialog and moves focus to the input', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant mode="launcher" src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      const launcher = part<HTMLButtonElement>(el, '[part="launcher"]');
      launcher.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(launcher.getAttribute('aria-expanded')).to.equal('true');
      const panel = part(el, '[part="panel"]');
      expect(panel.hidden).to.equal(false);
      expect(panel.getAttribute('role')).to.equal('dialog');
      expect(panel.getAttribute('aria-labelledby')).to.equal('heading');
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      await expect(el).to.be.accessible();
    });
  });

  describe('when Escape is pressed in the panel', () => {
    it('closes it and returns focus to the launcher', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant mode="launcher" src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      const launcher = part<HTMLButtonElement>(el, '[part="launcher"]');
      launcher.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await askByKeyboard(el, 'who processes my card?');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(part(el, '[part="panel"]').hidden).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(launcher);
    });

    it('closes the completions first, then the panel', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant mode="launcher" open src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      input(el).focus();
      await sendKeys({ type: 'cook' });
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.open).to.equal(false);
    });
  });

  describe('when the close button is pressed', () => {
    it('closes the panel and returns focus to the launcher', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant mode="launcher" open src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      part<HTMLButtonElement>(el, '[part="close"]').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part="launcher"]'));
    });
  });

  describe('in dark mode', () => {
    it('passes axe closed and open', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await fixture<PolicyAssistant>(html`<policy-assistant mode="launcher" src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      await expect(el).to.be.accessible();
      el.open = true;
      await el.updateComplete;
      input(el).focus();
      await askByKeyboard(el, 'who processes my card?');
      await expect(el).to.be.accessible();
    });
  });

  describe('at 320 px wide', () => {
    it('keeps the open panel inside the window', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await fixture<PolicyAssistant>(html`<policy-assistant mode="launcher" open src=${KAYAKO_INDEX_URL}></policy-assistant>`);
        input(el).focus();
        await askByKeyboard(el, 'who processes my card?');
        const box = part(el, '[part="panel"]').getBoundingClientRect();
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(320);
        expect(box.top).to.be.at.least(0);
        const launcher = part(el, '[part="launcher"]').getBoundingClientRect();
        expect(box.bottom).to.be.at.most(launcher.top);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
