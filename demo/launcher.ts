// A help page that is not the policy: the assistant as a floating launcher whose citations link
// to the policy page (policy-url="./").
import '../src/element/index.js';
