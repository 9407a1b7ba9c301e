// The element as a page under `default-src 'self'` loads it: no inline script or style anywhere.
import '../../../src/element/policy-assistant.js';
