/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
// The package entry: the element with the compile-time index (served here by a stand-in for the
// Vite plugin, see web-test-runner.config.mjs).
import { PolicyAssistant, loadCompiledIndex } from '../../src/element/index.js';
import { askByKeyboard, part, text, watchErrors, type PageErrors } from './helpers.js';

describe('policy-assistant (package entry)', () => {
  let errors: PageErrors;

  beforeEach(() => {
    errors = watchErrors();
  });

  afterEach(() => {
    errors.stop();
    expect(errors.messages, 'errors in the page').to.deep.equal([]);
  });

  describe('when the element has neither src nor index', () => {
    it('answers from the compile-time index', async () => {
      expect(PolicyAssistant.defaultIndex).to.equal(loadCompiledIndex);
      const el = await fixture<PolicyAssistant>(html`<policy-assistant></policy-assistant>`);
      expect(el).to.be.instanceOf(PolicyAssistant);
      await askByKeyboard(el, 'who processes my card?');
      expect(text(part(el, 'blockquote'))).to.contain('RBS WorldPay');
    });
  });
});
