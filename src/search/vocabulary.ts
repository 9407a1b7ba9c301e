import type { Category } from './categories.js';

/**
 * One idea people ask about, in their words (`ask`) and in the words policies use (`says`).
 * When a question contains any phrase of a concept, the policy's phrases are searched as well;
 * when a clause contains its policy phrases, the clause is tagged with the concept's category.
 */
export interface Concept {
  /** Stable id, e.g. `payment`. */
  id: string;
  /** The OPP-115 data-practice category the concept belongs to. */
  category: Category;
  /** How visitors put it: "card", "sell", "kid", "erase", "GDPR". */
  ask: readonly string[];
  /** How policies put it: "payment vendors", "disclose", "under the age of 13", "erasure", "EEA". */
  says: readonly string[];
}

/**
 * The privacy-domain vocabulary: one reviewed table, organised by OPP-115 category. Phrases are
 * analysed like any text (case, stop words, stems), so `"credit cards"` also matches "credit card".
 * Nothing here names a company: it must work for any policy.
 */
export const VOCABULARY: readonly Concept[] = [
  // First Party Collection/Use
  {
    id: 'collection',
    category: 'first-party-collection',
    ask: ['collect', 'gather', 'grab', 'obtain', 'know about me', 'what data', 'what info', 'what information', 'capture', 'harvest', 'take', 'require', 'required', 'mandatory', 'need my', 'record', 'recording', 'upload', 'uploaded', 'monitor', 'monitoring'],
    says: ['collect', 'collection', 'information we collect', 'we receive', 'personal data', 'provide information', 'volunteered', 'record', 'recorded'],
  },
  {
    id: 'personal-data',
    category: 'first-party-collection',
    ask: ['personal info', 'personal details', 'my details', 'my info', 'pii', 'identifying information', 'personally identifying', 'identity'],
    says: ['personal data', 'personal information', 'personally identifiable information', 'identify you', 'identifiable'],
  },
  {
    id: 'contact-details',
    category: 'first-party-collection',
    ask: ['email address', 'phone number', 'home address', 'contact details', 'full name', 'real name', 'mobile number', 'job title', 'job', 'employer', 'company name', 'role'],
    says: ['position', 'name', 'email address', 'e-mail addresses', 'telephone numbers', 'phone number', 'postal addresses', 'address'],
  },
  {
    id: 'usage-data',
    category: 'first-party-collection',
    ask: ['browsing', 'browsing history', 'history', 'activity', 'what i do', 'pages i visit', 'clicks', 'searches', 'search history', 'usage', 'behaviour', 'behavior', 'logs', 'metadata'],
    says: ['activity', 'usage', 'browser information', 'referring site', 'page views', 'usage information', 'log data', 'interactions', 'site usage'],
  },
  {
    id: 'device-data',
    category: 'first-party-collection',
    ask: ['ip', 'ip address', 'device', 'computer', 'browser type', 'operating system', 'device id'],
    says: ['ip address', 'device information', 'browser', 'operating system', 'device'],
  },
  {
    id: 'location',
    category: 'first-party-collection',
    ask: ['location', 'where i am', 'gps', 'geolocation', 'whereabouts', 'located'],
    says: ['location', 'approximation of your location', 'geolocation', 'geographic location'],
  },
  {
    id: 'purpose',
    category: 'first-party-collection',
    ask: ['use my', 'used for', 'what for', 'why do you', 'purpose', 'purposes', 'do with my', 'used', 'using', 'utilize'],
    says: ['use', 'purposes', 'provide', 'improve', 'deliver the products', 'products and services', 'provision of products and services'],
  },
  {
    id: 'analytics',
    category: 'first-party-collection',
    ask: ['analytics', 'statistics', 'stats', 'research', 'measure', 'google analytics'],
    says: ['analytics', 'analysis', 'research', 'aggregate', 'web analytics services', 'metrics'],
  },
  {
    id: 'advertising',
    category: 'first-party-collection',
    ask: ['ads', 'ad', 'adverts', 'advert', 'advertisement', 'targeted', 'personalised', 'personalized', 'retargeting', 'promotions', 'commercials'],
    says: ['advertising', 'advertisements', 'advertisers', 'tailored to your interests', 'interest-based advertising', 'promotion', 'advertising metrics'],
  },
  {
    id: 'account',
    category: 'first-party-collection',
    ask: ['sign up', 'signup', 'register', 'registration', 'create an account', 'my account', 'profile', 'login', 'log in', 'password'],
    says: ['register', 'registration', 'account', 'customer area', 'login credentials', 'authentication', 'profile'],
  },
  {
    id: 'payment',
    category: 'first-party-collection',
    ask: ['card', 'credit card', 'debit card', 'card details', 'payment', 'pay', 'paying', 'billing', 'bank', 'bank details', 'purchase', 'buy', 'checkout', 'charged', 'financial'],
    says: ['payment', 'payment vendors', 'payment processors', 'transaction', 'billing', 'payment information', 'purchase', 'subscription'],
  },
  {
    id: 'public-content',
    category: 'first-party-collection',
    ask: ['post', 'posts', 'forum', 'forums', 'comment', 'comments', 'public', 'publicly', 'everyone see', 'anyone see', 'review', 'reviews', 'community'],
    says: ['message boards', 'commenting sections', 'publish', 'displayed publicly', 'publicly', 'public', 'posted'],
  },
  {
    id: 'legal-basis',
    category: 'first-party-collection',
    ask: ['legal basis', 'lawful basis', 'legitimate interest', 'legal grounds', 'allowed to process', 'justification', 'right to process'],
    says: ['legal basis', 'lawful basis', 'legitimate interests', 'perform a contract', 'consent'],
  },
  {
    id: 'communications',
    category: 'first-party-collection',
    ask: ['emails', 'email me', 'promo', 'promo emails', 'newsletter', 'newsletters', 'spam', 'mailing list', 'marketing', 'promotional', 'call me', 'text messages', 'sms'],
    says: ['marketing communications', 'marketing emails', 'communicate with you', 'e-mail', 'postal mail', 'telephone', 'non-transactional communications', 'promotional communications'],
  },
  {
    id: 'cookies',
    category: 'first-party-collection',
    ask: ['cookie', 'cookies', 'track', 'tracking', 'tracker', 'trackers', 'pixel', 'pixels', 'beacon', 'fingerprinting', 'follow me', 'spy', 'watching me', 'local storage'],
    says: ['cookies', 'web beacons', 'clear gifs', 'tracking technologies', 'google analytics', 'pixel', 'similar technologies', 'cookie'],
  },
  // Third Party Sharing/Collection
  {
    id: 'sharing',
    category: 'third-party-sharing',
    ask: ['share', 'sharing', 'give', 'give away', 'hand over', 'hand', 'pass on', 'send', 'sent', 'rent', 'trade', 'distribute', 'who sees', 'who can see', 'who gets', 'who has access', 'other companies', 'companies', 'others', 'outsiders', 'third party', '3rd party', 'third parties', '3rd parties', 'partners', 'outside', 'anyone else', 'someone else'],
    says: ['share', 'disclose', 'disclosure', 'third parties', 'third-party', 'partners', 'provide your information', 'transfer', 'pass'],
  },
  {
    id: 'selling',
    category: 'third-party-sharing',
    ask: ['sell', 'sold', 'selling', 'sale', 'monetise', 'monetize', 'make money', 'data broker', 'data brokers', 'profit', 'money'],
    says: ['sell', 'share', 'disclose', 'third parties', 'direct marketing purposes', 'advertisers', 'non-personal data'],
  },
  {
    id: 'service-providers',
    category: 'third-party-sharing',
    ask: ['vendor', 'vendors', 'service provider', 'subprocessor', 'sub-processor', 'subprocessors', 'processor', 'processors', 'outsource', 'hosting', 'host', 'cloud', 'servers', 'aws', 'suppliers'],
    says: ['sub-processors', 'service providers', 'vendors', 'third party vendors', 'storage', 'network', 'technical services', 'perform functions on our behalf'],
  },
  {
    id: 'contractors',
    category: 'third-party-sharing',
    ask: ['contractor', 'contractors', 'freelancer', 'freelancers', 'consultant', 'consultants', 'agency', 'employees', 'staff', 'workers', 'people at', 'your team', 'insiders', 'personnel'],
    says: ['contractors', 'employees', 'need-to-know', 'access to our databases', 'confidentiality agreement', 'affiliated organizations'],
  },
  {
    id: 'law-enforcement',
    category: 'third-party-sharing',
    ask: ['police', 'cops', 'government', 'govt', 'court', 'courts', 'fbi', 'authorities', 'law enforcement', 'legal request', 'lawsuit', 'warrant', 'subpoena', 'legal', 'law', 'investigation', 'regulators'],
    says: ['law enforcement', 'government officials', 'subpoena', 'court order', 'legal process', 'warrant', 'governmental order', 'required by law'],
  },
  {
    id: 'corporate-change',
    category: 'third-party-sharing',
    ask: ['bought', 'buys', 'acquired', 'acquisition', 'takeover', 'taken over', 'merger', 'merge', 'merges', 'sold to', 'new owner', 'owners', 'bankrupt', 'bankruptcy', 'goes under', 'shut down', 'shuts down', 'out of business', 'closes', 'go bust', 'insolvent', 'insolvency'],
    says: ['acquired', 'acquirer', 'merger', 'merged', 'bankruptcy', 'cease trading', 'change in control', 'sale of', 'merger partner', 'third party acquirers'],
  },
  {
    id: 'affiliates',
    category: 'third-party-sharing',
    ask: ['parent company', 'sister company', 'subsidiary', 'subsidiaries', 'affiliates', 'group companies', 'related companies'],
    says: ['affiliates', 'parent company', 'subsidiaries', 'affiliated organizations', 'joint ventures', 'common control'],
  },
  {
    id: 'aggregate',
    category: 'third-party-sharing',
    ask: ['anonymous', 'anonymised', 'anonymized', 'anonymity', 'aggregated', 'de-identified', 'non-personal', 'without my name', 'identity hidden'],
    says: ['aggregate', 'non-personal data', 'non-personally identifiable', 'anonymous', 'de-identified'],
  },
  {
    id: 'third-party-sites',
    category: 'third-party-sharing',
    ask: ['links', 'other websites', 'other sites', 'external sites', 'external links', 'third-party sites'],
    says: ['links', 'other web sites', 'links to other sites', 'privacy practices of that third party', 'not responsible'],
  },
  // User Choice/Control
  {
    id: 'opt-out',
    category: 'user-choice',
    ask: ['opt out', 'opt-out', 'unsubscribe', 'stop emails', 'stop sending', 'stop contacting', 'no more emails', 'turn off', 'refuse', 'say no', 'decline', 'avoid', 'prevent', 'block', 'stop'],
    says: ['unsubscribe', 'opt-out', 'opt out', 'choose', 'choices', 'manage your receipt', 'object', 'prevent', 'disable'],
  },
  {
    id: 'cookie-control',
    category: 'user-choice',
    ask: ['block cookies', 'disable cookies', 'turn off cookies', 'clear cookies', 'reject cookies', 'refuse cookies', 'delete cookies', 'cookie settings'],
    says: ['disable the storage of cookies', 'block or delete cookies', 'disabling cookies', 'manage cookies', 'privacy features in your browser', 'opt-out browser add-on'],
  },
  {
    id: 'consent',
    category: 'user-choice',
    ask: ['consent', 'agree', 'agreed', 'permission', 'approve', 'withdraw', 'without asking', 'without my permission', 'accept'],
    says: ['consent', 'agree', 'permission', 'your consent or direction'],
  },
  {
    id: 'privacy-settings',
    category: 'user-choice',
    ask: ['privacy settings', 'settings', 'control', 'controls', 'hide', 'private', 'limit', 'restrict'],
    says: ['choose', 'manage', 'restrict', 'settings', 'limited'],
  },
  // User Access, Edit and Deletion
  {
    id: 'access',
    category: 'user-access',
    ask: ['see my data', 'copy of my data', 'a copy', 'view my data', 'what do you have on me', 'what you have about me', 'access my', 'my data', 'subject access', 'dsar', 'request my data', 'obtain my data', 'look at my data'],
    says: ['access', 'reasonable access', 'copying and sending', 'upon request', 'information requested', 'right to know'],
  },
  {
    id: 'correction',
    category: 'user-access',
    ask: ['correct', 'correction', 'fix', 'update my', 'change my', 'edit', 'modify', 'wrong', 'mistake', 'inaccurate', 'incorrect', 'out of date', 'outdated', 'rectify', 'amend my'],
    says: ['change any of the personal data', 'updating', 'correct', 'accurate', 'accuracy', 'inaccurate', 'rectification', 'logging into'],
  },
  {
    id: 'deletion',
    category: 'user-access',
    ask: ['delete', 'deleted', 'deleting', 'erase', 'erased', 'erasing', 'remove', 'removed', 'removal', 'wipe', 'get rid of', 'forget', 'forgotten', 'close my account', 'deactivate', 'destroy', 'purge'],
    says: ['delete', 'deletion', 'erasure', 'right of erasure', 'removal', 'remove', 'right to be forgotten'],
  },
  {
    id: 'portability',
    category: 'user-access',
    ask: ['export', 'portable', 'portability', 'move my data', 'take my data', 'download my data', 'machine readable', 'machine-readable', 'another provider', 'another service', 'switch provider', 'csv', 'json'],
    says: ['data portability', 'machine readable', 'structured', 'commonly used format', 'another data controller'],
  },
  {
    id: 'fee',
    category: 'user-access',
    ask: ['charge', 'charges', 'fee', 'fees', 'pay for', 'free of charge', 'cost me', 'costs me', 'for free'],
    says: ['reasonable fee', 'fee', 'charge', 'free of charge'],
  },
  {
    id: 'verification',
    category: 'user-access',
    ask: ['who i am', 'prove', 'proof', 'verify', 'verification', 'id check', 'confirm my identity', 'identify me', 'check my identity', 'identity check'],
    says: ['verify your identity', 'identity', 'verification', 'verify'],
  },
  {
    id: 'rights',
    category: 'user-access',
    ask: ['rights', 'my rights', 'what can i do', 'entitled', 'options', 'privacy rights', 'data rights'],
    says: ['rights', 'right to', 'exercise', 'additional rights', 'right of erasure', 'right to object', 'right to restrict', 'right to data portability'],
  },
  {
    id: 'restriction',
    category: 'user-access',
    ask: ['limit how', 'restrict', 'restriction', 'stop processing', 'object', 'objection', 'stop using my', 'freeze'],
    says: ['restrict processing', 'right to object', 'stop processing', 'right to restrict processing'],
  },
  // Data Retention
  {
    id: 'retention',
    category: 'data-retention',
    ask: ['how long', 'keep', 'kept', 'keeping', 'store', 'stored', 'storing', 'storage', 'hold', 'held', 'save', 'saved', 'saving', 'retain', 'retained', 'forever', 'after i leave', 'after i close', 'on file', 'archive', 'time'],
    says: ['retain', 'retention', 'keep', 'as long as', 'as long as necessary', 'period', 'hold', 'stored', 'record keeping'],
  },
  // Data Security
  {
    id: 'security',
    category: 'data-security',
    ask: ['secure', 'security', 'safe', 'safety', 'safely', 'protect', 'protected', 'protection', 'protecting', 'safeguard', 'encrypt', 'encrypted', 'encryption', 'hack', 'hacked', 'hacker', 'hackers', 'breach', 'breaches', 'leak', 'leaked', 'stolen', 'steal', 'theft', 'ssl', 'tls', 'https', 'vulnerable', 'vulnerability', 'unauthorized', 'certified', 'iso 27001'],
    says: ['security', 'secure', 'protect', 'protection', 'safeguard', 'unauthorized access', 'industry-standard technologies', 'encryption', 'security measures', 'reasonable measures', 'accidental loss', 'confidentiality'],
  },
  // Policy Change
  {
    id: 'policy-change',
    category: 'policy-change',
    ask: ['policy change', 'changes', 'change the rules', 'the rules', 'change the policy', 'update the policy', 'updated', 'revise', 'revised', 'new version', 'notify me', 'tell me about changes', 'amend', 'amended', 'modify the policy'],
    says: ['amend this privacy policy', 'changes to this policy', 'adjustments', 'new version', 'notify', 'review this privacy policy periodically', 'changes to our privacy policy', 'material changes'],
  },
  {
    id: 'effective-date',
    category: 'policy-change',
    ask: ['when effective', 'take effect', 'took effect', 'start date', 'last updated', 'last update', 'date', 'effective', 'in force', 'written'],
    says: ['came into effect', 'effective date', 'last updated', 'effective'],
  },
  // Do Not Track
  {
    id: 'do-not-track',
    category: 'do-not-track',
    ask: ['do not track', 'dnt', "don't track", 'dont track', 'track signal', 'browser signal', 'global privacy control', 'gpc'],
    says: ['do not track', 'dnt', 'signals', 'do not track signals'],
  },
  // International and Specific Audiences
  {
    id: 'children',
    category: 'specific-audiences',
    ask: ['kid', 'kids', 'child', 'children', 'minor', 'minors', 'teen', 'teens', 'teenager', 'teenagers', 'young', 'year old', 'years old', 'age', 'underage', 'son', 'daughter', 'coppa', 'age limit', 'how old', 'school'],
    says: ['children', 'child', 'minors', 'under the age of 13', 'thirteen', '13', 'parent or guardian', 'under the age of 18', 'age'],
  },
  {
    id: 'europe',
    category: 'specific-audiences',
    ask: ['gdpr', 'eu', 'europe', 'european', 'eea', 'uk', 'britain', 'germany', 'france'],
    says: ['european economic area', 'eea', 'eu', 'gdpr', 'european', 'standard contractual clauses'],
  },
  {
    id: 'california',
    category: 'specific-audiences',
    ask: ['california', 'californian', 'ccpa', 'cpra', 'shine the light'],
    says: ['california', 'california civil code', '1798.83', 'california residents', 'ccpa'],
  },
  {
    id: 'transfer-abroad',
    category: 'specific-audiences',
    ask: ['abroad', 'overseas', 'other countries', 'another country', 'outside my country', 'which country', 'what country', 'cross-border', 'international', 'internationally', 'us servers', 'america', 'usa', 'united states', 'where is my data', 'where stored', 'where is it stored', 'where'],
    says: ['transfer', 'transferred outside', 'international transfers', 'countries', 'united states', 'stored and processed', 'home country', 'jurisdictions', 'cross-border'],
  },
  // Other
  {
    id: 'contact',
    category: 'other',
    ask: ['contact', 'reach', 'get in touch', 'talk to', 'who do i ask', 'mailing address', 'postal address', 'where are you', 'office', 'headquarters', 'phone you', 'email you', 'questions'],
    says: ['contact', 'mailing addresses', 'contact details', 'contact us', 'contact information', 'privacy@'],
  },
  {
    id: 'dpo',
    category: 'other',
    ask: ['dpo', 'data protection officer', 'privacy officer', 'privacy team', 'privacy contact'],
    says: ['data protection officer', 'dpo', 'privacy'],
  },
  {
    id: 'complaint',
    category: 'other',
    ask: ['complain', 'complaint', 'complaints', 'report you', 'regulator', 'supervisory authority', 'ico', 'cnil', 'dispute', 'ombudsman', 'escalate'],
    says: ['complain', 'data protection authority', 'supervisory authority', 'dispute resolution', 'resolving complaints'],
  },
  {
    id: 'license',
    category: 'other',
    ask: ['license', 'licence', 'licensed', 'copyright', 'copy this policy', 'reuse this policy', 'creative commons', 'cc by'],
    says: ['creative commons', 'license', 'sharealike', 'publish the policy under the same license'],
  },
  {
    id: 'agreement',
    category: 'other',
    ask: ['agree to', 'bound by', 'accept the policy', 'terms', 'by using'],
    says: ['you agree', 'give consent to the terms', 'by accessing our website', 'constitutes your acceptance'],
  },
  {
    id: 'correspondence',
    category: 'other',
    ask: ['my emails to you', 'feedback', 'messages i send', 'support tickets', 'what i write to you'],
    says: ['correspondence', 'feedback', 'publish correspondence'],
  },
];
