import type { AnchoredAlignment, ExpectedNewerClause } from './alignment-metrics.js';

// The alignment of the Kayako policy of 2015-12-29 with that of 2019-05-11, written by reading both
// texts side by side (corpus/kayako-privacy-*.md), not from the aligner's output.
//
// Rules used:
// - "unchanged": the same words. No clause of 2019 qualifies: even the payment vendors clause
//   renames the company.
// - "reworded": the 2019 clause carries on a statement of 2015 (same practice, same promise), however
//   much its wording changed. Its counterpart is the 2015 clause it continues. When a 2015 clause was
//   split into several 2019 clauses, each part names it ("split" below).
// - "new": the 2019 clause states something the 2015 policy did not.
// - "merged": a 2015 clause that is not any 2019 clause's counterpart but whose statement lives on
//   inside a 2019 clause that continues another 2015 clause.
// - "removed": a 2015 statement that is gone.
//
// Judgement calls are marked "call:"; they count in precision and recall like the rest, which is one
// reason the test's floors are below 1.

const N = 'kayako-privacy-2019-05-11--';
const O = 'kayako-privacy-2015-12-29--';

const VISITORS = `${O}information-collected-from-website-visitors--`;
const COLLECTION = `${O}collection-and-use-of-personally-identifiable-information--`;
const PROTECTION = `${O}protection-of-personally-identifiable-information--`;

const reworded = (older: string, note: string): ExpectedNewerClause => ({ status: 'reworded', older, note });
const fresh = (note: string): ExpectedNewerClause => ({ status: 'new', older: null, note });

/** Every clause of the 2019 version: its status and its 2015 counterpart. */
const NEWER: Record<string, ExpectedNewerClause> = {
  // Introduction: rewritten opening. 2015 intro p1 ("Your privacy is incredibly important to us…")
  // → "Kayako Limited … respect your privacy"; 2015 intro p2 ("By using Kayako websites, you agree")
  // → "By accessing our website … you agree" is folded in (merged below).
  'intro--p1': reworded(`${O}intro--p1`, 'call: opener to opener; the 2015 agreement sentence is merged in'),

  // §1 Collection: the list of data collected continues the 2015 collection clause.
  '1--p1': reworded(`${COLLECTION}p1`, 'name, addresses, e-mail, phone: the 2015 list of data asked for'),
  '1--p2': fresh('collection points listed for the first time'),
  '1--p3': reworded(`${VISITORS}p1`, 'call: data recorded when you visit a website, now one line'),
  '1--p4': reworded(`${COLLECTION}p1`, 'split: "When you register with Kayako, we ask for…"'),
  '1--p5': fresh('contact for help: new collection point'),
  '1--p6': fresh('conferences and webinars: new'),
  '1--p7': fresh('error reports and application analytics: new'),

  // §2 Use: the 2015 use clause ("Kayako will use the information gathered for the provision of
  // products and services") is split into a lead-in and its first item.
  '2--p1': reworded(`${COLLECTION}p2`, '"will use the information gathered for" → "may use information … to:"'),
  '2--p2': reworded(`${COLLECTION}p2`, 'split: "provision of products and services" → "deliver the products and services"'),
  '2--p3': fresh('customer relationship and support: new purpose'),
  '2--p4': reworded(`${VISITORS}p4`, '"to improve its websites, products and services and your experience"'),
  '2--p5': fresh('research and analysis: new purpose'),
  '2--p6': fresh('marketing by e-mail, post, telephone: new purpose'),
  '2--p7': fresh('tailored advertising: new purpose'),
  '2--p8': fresh('enforce terms: new purpose'),
  '2--p9': fresh('manage our business: new purpose'),
  '2--p10': fresh('functions described at collection: new purpose'),

  // §3 Disclosure to third parties.
  '3--p1': reworded(`${VISITORS}p4`, 'split: "will not share … other than in the circumstances set out below"'),
  '3--p2': reworded(`${O}credit-card-information--p1`, 'only "Kayako" → "our Company"'),
  '3--p3': reworded(`${PROTECTION}p2`, 'third party vendors for storage, network and technical services'),
  '3--p4': reworded(`${PROTECTION}p1`, 'contractors with access, need-to-know → confidentiality agreement'),
  '3--p5': reworded(`${PROTECTION}p7`, 'acquisition or merger: data may go to acquirers'),
  '3--p6': reworded(`${PROTECTION}p4`, 'required by law: order, warrant or subpoena'),
  '3--p7': fresh('sharing with your consent or direction: new'),
  '3--p8': reworded(`${VISITORS}p2`, 'call: aggregate, non-identifying data published → non-personal data disclosed'),
  '3--p9': reworded(`${COLLECTION}p3`, 'message boards: "Kayako\'s websites" → "Our websites", spelling fixed'),

  // §4 Security.
  '4--p1': reworded(`${PROTECTION}p6`, 'reasonable measures against unauthorized access'),

  // §5 Cookies and the like.
  '5--p1': reworded(`${O}cookies--p1`, 'call: cookie definition; the 2015 uses and browser controls are merged in'),
  '5--p2': fresh('web beacons: new'),
  '5--p3': fresh('Google Analytics: new'),
  '5--p4': fresh('links to other sites: new'),
  '5--p5': fresh('third-party ad servers: new'),

  // §6–§9.
  '6--p1': fresh('legal basis (EEA): new'),
  '7--p1': fresh('call: purpose limitation and retention, new as a section; 2015 had one line on consent in its opener'),
  '8--p1': reworded(`${PROTECTION}p3`, 'transfer outside your home country'),
  '9--p1': fresh('accuracy: new'),

  // §10 Access: the two 2015 access clauses, nearly verbatim, after a new opening.
  '10--p1': reworded(`${O}access-to-your-information--p1`, '"You can change any of the … information volunteered to us"; p2 merged in'),

  // §11 Marketing communications.
  '11--p1': fresh('unsubscribe link: new'),

  // §12 Additional rights (EEA only): new section.
  '12--p1': fresh('EEA rights: new'),
  '12--p2': fresh('EEA right of erasure: new (2015 deletion on request continues in §10)'),
  '12--p3': fresh('EEA right to object: new'),
  '12--p4': fresh('EEA right to restrict: new'),
  '12--p5': fresh('EEA right to portability: new'),
  '12--p6': fresh('how to exercise the EEA rights, complaint to an authority: new'),

  // §13 Children.
  '13--p1': reworded(`${COLLECTION}p4`, 'no information from children under 13, rewritten'),

  // §14 California and Do Not Track: all new.
  '14--p1': fresh('Do Not Track: new'),
  '14--p2': fresh('California Civil Code 1798.83: new'),
  '14--p3': fresh('California minors, removal of posts: new'),
  '14--p4': fresh('removal not guaranteed: new'),
  '14--p5': fresh('California opt-out of disclosure for marketing: new'),

  // §15 Changes.
  '15--p1': reworded(`${O}changes-to-this-policy--p1`, 'changes to the policy, continued use is acceptance'),
};

/** 2015 clauses whose statement lives on inside a 2019 clause that has another counterpart. */
const MERGED: Record<string, string> = {
  'intro--p2': `${N}intro--p1`,
  'cookies--p2': `${N}5--p1`,
  'cookies--p3': `${N}5--p1`,
  'access-to-your-information--p2': `${N}10--p1`,
};

/** 2015 clauses that are gone. */
const REMOVED: string[] = [
  'intro--p3', // effective date "19th March 2010"
  'intro--p4', // Creative Commons licence of the policy
  'information-collected-from-website-visitors--p3', // linked to IP address; "We will never publish"
  'protection-of-personally-identifiable-information--p5', // right to publish correspondence
  'protection-of-personally-identifiable-information--p8', // cease trading or bankruptcy
  'contacting-kayako--p1',
  'contacting-kayako--p2',
  'kayako-helpdesk-pvt-ltd--p1', // the mailing address in India
];

/** The expected alignment of the two Kayako versions, by anchor. */
export const KAYAKO_ALIGNMENT: AnchoredAlignment = {
  newer: Object.fromEntries(Object.entries(NEWER).map(([k, v]) => [N + k, v])),
  merged: Object.fromEntries(Object.entries(MERGED).map(([k, v]) => [O + k, v])),
  removed: REMOVED.map((k) => O + k),
};
