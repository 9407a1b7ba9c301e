/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/element/policy-assistant.js';
import type { PolicyAssistant } from '../../src/element/policy-assistant.js';
import type { PolicyAssistantAnswerEvent } from '../../src/element/events.js';
import { KAYAKO_INDEX_URL, part, settled, text, watchErrors, type PageErrors } from './helpers.js';

describe('<policy-assistant> and #ask= links', () => {
  let errors: PageErrors;

  beforeEach(() => {
    errors = watchErrors();
  });

  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    errors.stop();
    expect(errors.messages, 'errors in the page').to.deep.equal([]);
  });

  describe('when the page opens with #ask=', () => {
    it('answers the question on load', async () => {
      history.replaceState(null, '', '#ask=who%20processes%20my%20card');
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      await settled(el);
      expect(text(part(el, '.pa__question'))).to.contain('who processes my card');
      expect(text(part(el, 'blockquote'))).to.contain('RBS WorldPay');
      await expect(el).to.be.accessible();
    });

    it('opens the launcher with the answer', async () => {
      history.replaceState(null, '', '#ask=who+processes+my+card');
      const el = await fixture<PolicyAssistant>(html`<policy-assistant mode="launcher" src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      await settled(el);
      expect(el.open).to.equal(true);
      expect(part(el, '[part="panel"]').hidden).to.equal(false);
      expect(text(part(el, 'blockquote'))).to.contain('RBS WorldPay');
    });
  });

  describe('when the hash changes to #ask=', () => {
    it('answers and fires policy-assistant-answer', async () => {
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      const answered = oneEvent(el, 'policy-assistant-answer') as Promise<PolicyAssistantAnswerEvent>;
      location.hash = '#ask=how%20long%20do%20you%20keep%20my%20data%3F';
      const event = await answered;
      expect(event.detail.question).to.equal('how long do you keep my data?');
      expect(el.shadowRoot!.querySelectorAll('.pa__exchange').length).to.equal(1);
    });
  });

  describe('when the hash is not a question', () => {
    it('ignores it, even when malformed', async () => {
      history.replaceState(null, '', '#ask=%E0%A4%A');
      const el = await fixture<PolicyAssistant>(html`<policy-assistant src=${KAYAKO_INDEX_URL}></policy-assistant>`);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(el.shadowRoot!.querySelectorAll('.pa__exchange').length).to.equal(0);
    });
  });
});
