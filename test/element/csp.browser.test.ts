/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import type { PolicyAssistant } from '../../src/element/policy-assistant.js';
import { text } from './helpers.js';

describe('<policy-assistant> under a strict Content Security Policy', () => {
  describe("when the page allows only 'self'", () => {
    it('renders, styles itself and answers with no violation', async () => {
      const frame = document.createElement('iframe');
      frame.style.width = '800px';
      frame.style.height = '600px';
      document.body.append(frame);
      try {
        await new Promise((resolve) => {
          frame.addEventListener('load', resolve, { once: true });
          frame.src = '/test/element/pages/csp.html';
        });
        const win = frame.contentWindow as Window & { cspViolations: string[] };
        const doc = frame.contentDocument!;
        await waitUntil(() => win.customElements.get('policy-assistant'), 'the element was not defined');
        const [inline, launcher] = [...doc.querySelectorAll('policy-assistant')] as PolicyAssistant[];
        await inline!.updateComplete;
        // Styles reach the shadow root (constructable style sheets are not inline styles).
        expect(win.getComputedStyle(inline!.shadowRoot!.querySelector('.pa__panel')!).display).to.equal('flex');
        await inline!.ask('who processes my card?');
        expect(text(inline!.shadowRoot!.querySelector('blockquote'))).to.contain('RBS WorldPay');
        launcher!.open = true;
        await launcher!.ask('how long do you keep my data');
        expect(launcher!.shadowRoot!.querySelectorAll('.pa__exchange').length).to.equal(1);
        expect(win.cspViolations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
});
