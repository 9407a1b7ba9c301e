import type { Category } from './categories.js';

/**
 * One idea people ask about, in their words (`ask`) and in the words policies use (`says`).
 * When a question contains any phrase of a concept, the policy's phrases are searched as well;
 * when a clause contains its policy phrases, the clause is tagged with the concept's category.
 */
export interface Concept {
  /** Stable id, e.g. `payment`. */
  id: string;
  /**
   * The OPP-115 data-practice category the concept belongs to, or `null` for plain words: everyday
   * words and the words policies write for them ("extra" → "additional"), which help match a
   * question but name no data practice.
   */
  category: Category | null;
  /** How visitors put it: "card", "sell", "kid", "erase", "GDPR". */
  ask: readonly string[];
  /** How policies put it: "payment vendors", "disclose", "under the age of 13", "erasure", "EEA". */
  says: readonly string[];
  /**
   * Visitors' idioms for it, whose words do not mean alone what they say together: "goes out of
   * business" is not about a business, "write to" is not about writing. Matched like `ask`; a
   * word inside one is answered only by the policy's words for the concept. Default: none.
   */
  idioms?: readonly string[];
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
    ask: ['collect', 'gather', 'grab', 'obtain', 'know about me', 'what data', 'what info', 'what information', 'capture', 'harvest', 'take', 'require', 'required', 'mandatory', 'need my', 'record', 'recording', 'upload', 'uploaded', 'monitor', 'monitoring', 'grab', 'scrape', 'pull', 'store about me', 'have on me', 'keep tabs', 'learn about me', 'find out about me', 'get from me', 'ask me for', 'need from me', 'give you', 'provide you', 'hand over to you', 'fill in', 'form', 'submit', 'input', 'what do you take', 'data points', 'categories of data', 'types of data', 'kinds of data', 'what you get', 'on file', 'what do you record', 'keep track of', 'what details', 'info you get', 'data do you get', 'what do you know', 'information do you hold', 'what data do you have', 'data you gather', 'what info do you take', 'what do you log', 'what kind of data', 'what sort of data', 'what kind of information', 'what sort of info', 'how much data', 'how much of my data', 'what do you save', 'what do you store', 'what do you track', 'what data is saved', 'secretly', 'compulsory', 'do i have to give', 'have to provide'],
    says: ['collect', 'collection', 'information we collect', 'we receive', 'personal data', 'provide information', 'volunteered', 'record', 'recorded', 'information we collect may include', 'collect personal data from you', 'we ask for information', 'information gathered', 'volunteered when you communicate', 'information you provide', 'directly from you', 'you choose to provide', 'categories of personal information', 'we obtain', 'automatically collect', 'required fields', 'information we receive'],
  },
  {
    id: 'personal-data',
    category: 'first-party-collection',
    ask: ['personal info', 'personal details', 'my details', 'my info', 'pii', 'identifying information', 'personally identifying', 'identity', 'private information', 'private data', 'sensitive', 'sensitive data', 'my stuff', 'about me', 'identifiable', 'who i am', 'my name', 'hr data', 'hr info', 'hr records', 'human resources'],
    says: ['personal data', 'personal information', 'personally identifiable information', 'identify you', 'identifiable'],
  },
  {
    id: 'contact-details',
    category: 'first-party-collection',
    ask: ['email address', 'phone number', 'home address', 'contact details', 'full name', 'real name', 'mobile number', 'job title', 'job', 'employer', 'company name', 'role', 'cell number', 'contact number', 'mobile no', 'phone no', 'email id', 'street address', 'shipping address', 'delivery address', 'first name', 'last name', 'surname', 'where i work', 'occupation', 'workplace'],
    says: ['position', 'name', 'email address', 'e-mail addresses', 'telephone numbers', 'phone number', 'postal addresses', 'address', 'contact data', 'physical address', 'first and last name', 'business contact information', 'company name', 'shipping address', 'job title'],
  },
  {
    id: 'usage-data',
    category: 'first-party-collection',
    ask: ['browsing', 'browsing history', 'history', 'activity', 'what i do', 'pages i visit', 'clicks', 'searches', 'search history', 'usage', 'behaviour', 'behavior', 'logs', 'metadata', 'what i click', 'what i look at', 'what i read', 'pages', 'visits', 'visited', 'time on site', 'website visits', 'online activity', 'app usage', 'crash', 'crash logs', 'crash reports', 'errors', 'error logs', 'diagnostics', 'telemetry', 'bug reports', 'what pages', 'where i click', 'my activity', 'how i use', 'what i do on', 'page views', 'time spent', 'referrer', 'referral', 'referred me', 'where i came from'],
    says: ['activity', 'usage', 'browser information', 'referring site', 'page views', 'usage information', 'log data', 'interactions', 'site usage', 'error reports', 'application analytics data', 'referring site', 'track visits', 'usage'],
    idioms: ['phone home', 'sent me here', 'sent me over', 'sent me to you', 'which site sent me'],
  },
  {
    id: 'device-data',
    category: 'first-party-collection',
    ask: ['ip', 'ip address', 'device', 'computer', 'browser type', 'operating system', 'device id', 'phone model', 'mobile', 'laptop', 'hardware', 'user agent', 'ip addresses', 'network address', 'my ip', 'ip number', 'device info', 'which browser', 'mac address', 'device fingerprint', 'my browser', 'os', 'pc', 'imei', 'udid', 'idfa', 'gaid', 'isp', 'advertising id'],
    says: ['ip address', 'device information', 'browser', 'operating system', 'device'],
  },
  {
    id: 'location',
    category: 'first-party-collection',
    ask: ['location', 'where i am', 'gps', 'geolocation', 'whereabouts', 'located', 'my location', 'where i live', 'city', 'country i am in', 'gps location', 'track my location', 'location data', 'location history', 'know where i am', 'my whereabouts', 'ip location', 'where i am located', 'track where i am'],
    says: ['location', 'approximation of your location', 'geolocation', 'geographic location'],
  },
  {
    id: 'purpose',
    category: 'first-party-collection',
    ask: ['used for', 'what for', 'why do you', 'purpose', 'purposes', 'what do you do with', 'why collect', 'why do you need', 'why do you want', 'what is it used for', 'what happens to my data', 'what happens with my data', 'reason', 'reasons', 'how do you use', 'how is it used', 'how will you use', 'used against me', 'use my data for', 'use my information for', 'use my info for', 'use my details for', 'use it for', 'use them for', 'do with my data', 'do with my information', 'do with my info', 'do with it', 'point of collecting', 'benefit', 'how is my data used', 'how is my information used', 'how is my info used', 'how is data used', 'how is information used', 'what is my data used for', 'what is my information used for', 'do with my', 'do with our', 'going to do with', 'plan to do with', 'use my personal', 'use my details', 'why do you collect', 'why do you track', 'why ask for', 'why does it need', 'why do they need', 'what\'s the point', 'what is the point', 'happening with my', 'happens to my', 'be used for', 'data be used', 'personalisation', 'personalised', 'personalized recommendations'],
    says: ['purposes', 'provide', 'improve', 'deliver the products', 'products and services', 'provision of products and services', 'may use information that we collect about you', 'deliver the products and services', 'manage your customer relationship', 'customize user experience', 'manage our business', 'for the following purposes', 'processing purposes', 'personalise', 'operate and maintain', 'troubleshooting', 'prevent fraud', 'respond to your inquiries'],
  },
  {
    id: 'purpose-limitation',
    category: 'first-party-collection',
    ask: ['data minimisation', 'data minimization', 'minimise', 'minimize', 'purpose limitation', 'only what you need', 'only take what you need', 'only collect what', 'more than you need', 'more data than', 'more than necessary', 'something other than', 'other than the reason', 'another purpose', 'a different purpose', 'new purpose', 'other purposes', 'something else', 'for something new', 'reuse my data', 'repurpose', 'beyond what', 'unrelated purposes', 'only for what', 'minimum data', 'bare minimum', 'as little data', 'as little as possible', 'unnecessary data', 'too much data', 'too much information', 'excessive data', 'collect too much', 'only used for', 'different reason', 'for other reasons', 'secondary use', 'use it for other', 'no more than needed'],
    says: ['limited to that which is needed', 'purposes identified', 'identifies the purposes', 'another purpose', 'compatible with the original purpose', 'purposes for which it was collected', 'only use the personal data for the purposes', 'further legal permission', 'limited to', 'data minimization', 'data minimisation', 'minimum amount of personal', 'adequate, relevant and limited', 'incompatible with those purposes', 'specified, explicit and legitimate purposes', 'not use it for any other purpose', 'only for the purpose'],
  },
  {
    id: 'analytics',
    category: 'first-party-collection',
    ask: ['analytics', 'statistics', 'stats', 'research', 'measure', 'google analytics', 'improve the product', 'product improvement', 'a/b testing', 'measure usage', 'usage stats', 'google', 'tracking tools', 'analytics tools', 'site statistics', 'heatmaps', 'heat maps', 'hotjar', 'mixpanel', 'matomo', 'firebase', 'site traffic', 'visitor numbers', 'experiments', 'improve your services', 'make the app better', 'usage patterns', 'performance monitoring'],
    says: ['analytics', 'analysis', 'research', 'aggregate', 'web analytics services', 'metrics', 'understand how users', 'measure the effectiveness', 'usage trends', 'statistical', 'audience measurement', 'analytics providers', 'analyze trends', 'de-identified users'],
  },
  {
    id: 'advertising',
    category: 'first-party-collection',
    ask: ['ads', 'ad', 'adverts', 'advert', 'advertisement', 'targeted', 'retargeting', 'promotions', 'commercials', 'targeted ads', 'ad targeting', 'personalised ads', 'personalized ads', 'adverts based on', 'marketing partners', 'ad networks', 'ad network', 'ad companies', 'sponsored', 'which ads', 'show me ads', 'advertisers', 'interest based', 'marketing cookies', 'ad tracking', 'personalised advertising', 'personalized advertising', 'ads based on', 'ads on other sites', 'ads on other websites', 'follow me with ads', 'remarketing', 'google ads', 'adsense', 'doubleclick', 'meta pixel', 'facebook pixel', 'custom audiences', 'lookalike audiences', 'based on my interests', 'my interests', 'ad profile', 'why am i seeing this ad'],
    says: ['advertising', 'advertisements', 'advertisers', 'tailored to your interests', 'interest-based advertising', 'promotion', 'advertising metrics', 'targeted advertising', 'personalized advertising', 'personalised advertising', 'advertising partners', 'ad networks', 'cross-context behavioral advertising', 'retargeting', 'relevant ads'],
  },
  {
    id: 'account',
    category: 'first-party-collection',
    ask: ['signup', 'register', 'registration', 'create an account', 'my account', 'profile', 'login', 'log in', 'password', 'sign in', 'username', 'credentials', 'create account', 'my profile', 'membership', 'end user', 'end-user', 'join', 'create a profile', 'open an account', 'sign me up', 'register an account', 'make an account', 'set up an account', 'new account', 'account details', 'account info', 'user account', 'without an account', 'display name', 'screen name', 'nickname', 'log on', 'sso', 'single sign-on', 'sign in with google'],
    says: ['register', 'registration', 'account', 'customer area', 'login credentials', 'authentication', 'profile', 'end-user', 'account is created', 'create an account', 'account information', 'username and password', 'account credentials', 'when you sign up', 'third-party login', 'single sign-on', 'account holder'],
    idioms: ['sign up', 'signed up'],
  },
  {
    id: 'payment',
    category: 'first-party-collection',
    ask: ['card', 'credit card', 'debit card', 'card details', 'payment', 'pay', 'paying', 'billing', 'bank', 'bank details', 'purchase', 'buy', 'checkout', 'charged', 'financial', 'credit cards', 'card number', 'card info', 'card information', 'cc', 'visa', 'mastercard', 'paypal', 'invoice', 'invoices', 'payments', 'transactions', 'money', 'pay you', 'charge my card', 'billing details', 'bank account'],
    says: ['payment', 'payment vendors', 'payment processors', 'transaction', 'billing', 'payment information', 'purchase', 'subscription'],
  },
  {
    id: 'public-content',
    category: 'first-party-collection',
    ask: ['post', 'posts', 'forum', 'forums', 'comment', 'comments', 'public', 'publicly', 'everyone see', 'anyone see', 'review', 'reviews', 'community', 'message board', 'message boards', 'discussion', 'community forum', 'publicly visible', 'public profile', 'published', 'visible to others', 'other users see', 'everyone can see', 'post publicly', 'what i post', 'my posts', 'my comments', 'profile picture', 'profile photo', 'searchable', 'search engines', 'show up in google', 'show up in search results', 'indexed by google', 'strangers', 'other members', 'visible to everyone', 'on my profile'],
    says: ['message boards', 'commenting sections', 'publish', 'displayed publicly', 'publicly', 'public', 'posted', 'publicly accessible', 'visible to other users', 'user-generated content', 'user content', 'public areas', 'indexed by search engines', 'may be viewed by', 'other users of the services'],
  },
  {
    id: 'legal-basis',
    category: 'first-party-collection',
    ask: ['legal basis', 'lawful basis', 'legitimate interest', 'legal grounds', 'allowed to process', 'justification', 'right to process', 'on what grounds', 'grounds', 'what gives you the right', 'lawful', 'legally allowed', 'legal reason', 'legal justification', 'justify', 'what basis', 'on what basis', 'lawful grounds', 'legal right to', 'allowed to use my data', 'legitimate interests', 'legal ground'],
    says: ['legal basis', 'lawful basis', 'legitimate interests', 'perform a contract', 'consent'],
  },
  {
    id: 'communications',
    category: 'first-party-collection',
    ask: ['emails', 'email me', 'promo', 'promo emails', 'newsletter', 'newsletters', 'spam', 'mailing list', 'marketing', 'promotional', 'call me', 'sms', 'marketing emails', 'promotional emails', 'mailing', 'mailshots', 'email list', 'stop emails', 'too many emails', 'send me emails', 'contact me', 'phone calls', 'calls', 'text me', 'text messages', 'messages from you', 'updates from you', 'offers', 'deals', 'special offers', 'junk mail', 'spam me', 'marketing mail', 'promotional material', 'product updates', 'sales emails', 'sales email', 'sales calls', 'sales messages', 'sales pitches', 'marketing messages', 'push notifications', 'telemarketing', 'robocalls', 'bombarded', 'unsolicited', 'pestering', 'unwanted messages', 'ring me', 'ring my phone', 'phone me', 'cold call', 'cold calls'],
    says: ['marketing communications', 'marketing emails', 'communicate with you', 'e-mail', 'postal mail', 'telephone', 'non-transactional communications', 'promotional communications', 'direct marketing', 'promotional emails', 'administrative messages', 'service announcements', 'push notifications', 'newsletters', 'transactional messages', 'electronic marketing'],
  },
  {
    id: 'cookies',
    category: 'first-party-collection',
    ask: ['cookie', 'cookies', 'track', 'tracking', 'tracker', 'trackers', 'pixel', 'pixels', 'beacon', 'fingerprinting', 'follow me', 'spy', 'watching me', 'local storage', 'tracking cookies', 'third party cookies', 'cookie banner', 'remember me', 'remember my settings', 'remember my preferences', 'logged in', 'session', 'sessions', 'browser storage', 'web beacon', 'web beacons', 'tracking pixel', 'clear gif', 'tracked', 'tracking me', 'track me', 'small files', 'text files', 'files on my computer', 'store on my computer', 'save on my device', 'remember my login', 'stay logged in', 'keep me logged in', 'tag manager', 'supercookies', 'stored in my browser', 'consent banner', 'consent popup', 'stay signed in', 'keep me signed in', 'remember my device', 'remember this computer', 'browser identifiers', 'third party sdks'],
    says: ['cookies', 'web beacons', 'clear gifs', 'tracking technologies', 'google analytics', 'pixel', 'similar technologies', 'cookie', 'over time and across sites', 'online activities', 'strictly necessary cookies', 'essential cookies', 'functional cookies', 'session cookies', 'persistent cookies', 'third-party cookies', 'local storage', 'software development kits'],
  },
  // Third Party Sharing/Collection
  {
    id: 'cross-site-tracking',
    category: 'third-party-sharing',
    ask: ['follow me online', 'across the web', 'across websites', 'across sites', 'across the internet', 'other websites i visit', 'sites i visit', 'on other sites', 'on other websites', 'track me across', 'track me on other', 'cross-site', 'cross site', 'around the web', 'around the internet', 'everywhere i go online', 'across apps', 'across devices', 'cross-device', 'link my devices', 'outside your site', 'outside your app', 'after i leave your site', 'even after i leave', 'other tabs', 'all over the internet', 'the rest of the web', 'stalk me', 'stalking me', 'ask app not to track'],
    says: ['online activities over time and across', 'across sites', 'across different websites', 'over time and across', 'third parties may collect personal data about your online activities', 'across devices', 'cross-device', 'other websites and apps', 'non-affiliated websites', 'track you across', 'across multiple devices', 'across different services', 'third-party websites or online services'],
    idioms: ['follow me around'],
  },
  {
    id: 'sharing',
    category: 'third-party-sharing',
    ask: ['share', 'sharing', 'give', 'give away', 'hand', 'pass on', 'send', 'sent', 'rent', 'trade', 'distribute', 'who sees', 'who can see', 'who gets', 'who has access', 'other companies', 'outsiders', 'third party', '3rd party', 'third parties', '3rd parties', 'partners', 'outside', 'anyone else', 'someone else', 'who else', 'give my data', 'sell or share', 'passed on', 'handed over', 'shared with', 'sharing with', 'disclosed', 'leak to', 'other people', 'other parties', 'third-party', 'outside companies', 'external companies', 'the public', 'who has my data', 'who can access', 'who can view', 'who sees my', 'pass my details', 'give out', 'hand out', 'show to', 'let others see', 'share my data', 'share my info', 'share my information', 'share my details', 'pass my data', 'give my info', 'who do you share with', 'tell others', 'other businesses', 'get their hands on', 'gets hold of'],
    says: ['share', 'disclose', 'disclosure', 'third parties', 'third-party', 'partners', 'provide your information', 'transfer', 'pass', 'share your personal data with third parties', 'ways that are described in this privacy policy'],
    idioms: ['hand over', 'get hold of'],
  },
  {
    id: 'selling',
    category: 'third-party-sharing',
    ask: ['sell', 'sold', 'selling', 'sale', 'monetise', 'monetize', 'make money', 'data broker', 'data brokers', 'profit', 'money', 'sell my data', 'sell my information', 'sell my info', 'sold off', 'sells', 'paid for my data', 'for money', 'advertisers pay', 'resell', 'brokers', 'make money off', 'make money from', 'profit from', 'cash in', 'monetizing', 'monetising', 'sell to', 'buy my data', 'trade my data', 'rent my data', 'changing hands', 'financial gain', 'commercial gain', 'am i the product', 'i am the product', 'business model', 'how is it free', 'revenue'],
    says: ['sell', 'share', 'disclose', 'third parties', 'direct marketing purposes', 'advertisers', 'non-personal data', 'we do not sell', 'we have not sold', 'sell or rent', 'rent or sell', 'monetary consideration', 'valuable consideration', 'sale of personal information', 'do not sell or share'],
  },
  {
    id: 'service-providers',
    category: 'third-party-sharing',
    ask: ['vendor', 'vendors', 'service provider', 'subprocessor', 'sub-processor', 'subprocessors', 'processor', 'processors', 'outsource', 'hosting', 'host', 'cloud', 'servers', 'aws', 'suppliers', 'service providers', 'third party services', 'tools you use', 'software providers', 'cloud provider', 'data centre', 'data center', 'storage provider', 'it providers', 'partners who help', 'cdn'],
    says: ['sub-processors', 'service providers', 'vendors', 'third party vendors', 'storage', 'network', 'technical services', 'perform functions on our behalf'],
  },
  {
    id: 'contractors',
    category: 'third-party-sharing',
    ask: ['contractor', 'contractors', 'freelancer', 'freelancers', 'consultant', 'consultants', 'agency', 'employees', 'staff', 'workers', 'people at', 'your team', 'insiders', 'personnel', 'outside help', 'temps', 'external staff', 'who works for you', 'your employees', 'your staff', 'engineers', 'support agents', 'hire', 'hired', 'outsourced staff', 'people who work for you', 'who works there', 'company staff', 'company employees', 'third party staff', 'insider access', 'nda', 'ndas', 'non-disclosure agreement', 'non disclosure agreement', 'sworn to secrecy'],
    says: ['contractors', 'employees', 'need-to-know', 'access to our databases', 'confidentiality agreement', 'affiliated organizations', 'third party contractors', 'standard confidentiality agreement', 'employees, contractors', 'personnel', 'staff'],
  },
  {
    id: 'law-enforcement',
    category: 'third-party-sharing',
    ask: ['police', 'cops', 'government', 'govt', 'court', 'courts', 'fbi', 'authorities', 'law enforcement', 'legal request', 'lawsuit', 'warrant', 'subpoena', 'legal', 'law', 'investigation', 'regulators', 'police request', 'government request', 'court order', 'legal order', 'legal demand', 'legal obligation', 'required by law', 'national security', 'intelligence', 'investigators', 'lawyers', 'litigation', 'prosecution', 'fbi', 'nsa', 'cops', 'agencies', 'officials', 'government agency', 'tax authorities', 'immigration', 'prosecutors', 'judge', 'legally required', 'forced to', 'compelled', 'demand my data', 'hand over to the police', 'the state', 'law enforcement agencies', 'surveillance', 'mass surveillance', 'backdoor', 'back door', 'patriot act', 'cloud act', 'fisa', 'gag order', 'national security letter', 'transparency report', 'cia', 'gchq', 'hmrc', 'irs', 'interpol'],
    says: ['law enforcement', 'government officials', 'subpoena', 'court order', 'legal process', 'warrant', 'governmental order', 'required by law', 'lawful requests', 'public authorities', 'competent authorities', 'good faith belief', 'rights, property, or safety', 'national security', 'regulatory authorities', 'comply with applicable law'],
  },
  {
    id: 'corporate-change',
    category: 'third-party-sharing',
    ask: ['bought', 'buys', 'acquired', 'acquisition', 'takeover', 'taken over', 'merger', 'merge', 'merges', 'sold to', 'new owner', 'owners', 'bankrupt', 'bankruptcy', 'closes', 'insolvent', 'insolvency', 'sold to another company', 'company is sold', 'company gets sold', 'gets bought', 'gets acquired', 'goes bankrupt', 'go bankrupt', 'closes down', 'new owners', 'change of ownership', 'liquidation', 'administration', 'wind down', 'cease trading', 'stops trading', 'company is bought', 'buys the company', 'buy the company', 'company buys', 'bought by', 'purchased by', 'merges with', 'someone buys', 'acquires', 'company sold', 'company gets bought', 'sale of the company', 'sells the company', 'buyout', 'restructuring', 'reorganisation', 'divestiture', 'spin off', 'due diligence', 'if the company fails', 'belly up', 'ceases to exist', 'no longer exists', 'stops existing', 'asset sale', 'sold as an asset'],
    says: ['acquired', 'acquirer', 'merger', 'merged', 'bankruptcy', 'cease trading', 'change in control', 'sale of', 'merger partner', 'third party acquirers', 'business transactions', 'corporate transaction', 'reorganization', 'sale of assets', 'business transfers', 'successor', 'divestiture', 'dissolution', 'insolvency', 'due diligence', 'transfer of assets', 'all or a portion of our assets'],
    idioms: ['goes under', 'shut down', 'shuts down', 'out of business', 'go bust', 'go under', 'goes bust'],
  },
  {
    id: 'affiliates',
    category: 'third-party-sharing',
    ask: ['parent company', 'sister company', 'subsidiary', 'subsidiaries', 'affiliates', 'group companies', 'related companies', 'your group', 'group of companies', 'family of companies', 'corporate family', 'corporate group', 'holding company', 'companies you own', 'companies owned by', 'other brands', 'other products you own', 'other apps you own', 'same group', 'wider group'],
    says: ['affiliates', 'parent company', 'subsidiaries', 'affiliated organizations', 'joint ventures', 'common control', 'affiliated companies', 'corporate family', 'group companies', 'common ownership', 'family of companies', 'within our group', 'related companies', 'subsidiaries and affiliates'],
  },
  {
    id: 'aggregate',
    category: 'third-party-sharing',
    ask: ['anonymous', 'anonymised', 'anonymized', 'anonymity', 'aggregated', 'de-identified', 'non-personal', 'without my name', 'identity hidden', 'anonymously', 'anonymise', 'anonymize', 'pseudonymous', 'without my name', 'no names', 'can\'t identify me', 'not identify me', 'statistics only', 'aggregate data', 'not linked to me', 'linked to my name', 'tied to me', 'tied to my name', 'name attached', 'traced back to me', 'trace it back', 'can\'t be traced', 'stripped of my name', 'pseudonymised', 're-identify', 're-identified', 'combined with other users', 'summary statistics'],
    says: ['aggregate', 'non-personal data', 'non-personally identifiable', 'anonymous', 'de-identified', 'aggregated and de-identified', 'cannot reasonably be used to identify you', 'deidentified', 'pseudonymized', 'pseudonymised', 'does not identify you'],
  },
  {
    id: 'third-party-sites',
    category: 'third-party-sharing',
    ask: ['links', 'other websites', 'other sites', 'external sites', 'external links', 'third-party sites', 'link to another site', 'other website', 'another website', 'leave your site', 'click a link', 'external website', 'third party websites', 'sites you link to', 'still covered', 'links on your site', 'links to other sites', 'sites you link', 'linked sites', 'linked websites', 'websites you link to', 'outside links'],
    says: ['links', 'other web sites', 'links to other sites', 'privacy practices of that third party', 'not responsible'],
  },
  // User Choice/Control
  {
    id: 'opt-out',
    category: 'user-choice',
    ask: ['opt out', 'opt-out', 'unsubscribe', 'stop emails', 'stop sending', 'stop contacting', 'no more emails', 'refuse', 'say no', 'decline', 'avoid', 'prevent', 'block', 'stop', 'unsubscribe from', 'stop marketing', 'opt out of', 'no thanks', 'don\'t want emails', 'do not want', 'turn it off', 'switch off', 'disable tracking', 'not be tracked', 'say no to', 'object to marketing', 'remove me from', 'get off the list', 'off the list', 'off your list', 'off your mailing list', 'off the mailing list', 'get off', 'leave the list', 'unsubscribe me', 'opt me out', 'unsub', 'leave me alone', 'don\'t contact me', 'do not contact', 'do not call', 'email preferences', 'marketing preferences', 'communication preferences', 'preference centre', 'preference center', 'exclude me', 'my choices', 'choose not to', 'not participate'],
    says: ['unsubscribe', 'opt-out', 'opt out', 'choose', 'choices', 'manage your receipt', 'object', 'prevent', 'disable', 'unsubscribe link', 'instructions included in', 'communication preferences', 'marketing preferences', 'opt out at any time', 'choose not to provide', 'you can choose', 'withdraw from'],
    idioms: ['turn off', 'take me off'],
  },
  {
    id: 'cookie-control',
    category: 'user-choice',
    ask: ['block cookies', 'disable cookies', 'turn off cookies', 'clear cookies', 'reject cookies', 'refuse cookies', 'delete cookies', 'cookie settings', 'stop cookies', 'avoid cookies', 'cookie preferences', 'manage cookies', 'browser settings', 'private browsing', 'incognito', 'ad blocker', 'opt out of google analytics', 'google analytics opt out', 'without cookies', 'no cookies', 'cookies off', 'clear my cookies', 'say no to cookies', 'decline cookies', 'not accept cookies', 'cookie consent', 'change cookie consent', 'cookie choices', 'only essential cookies', 'necessary cookies only', 'reject all', 'reject non-essential', 'opt out of cookies', 'tracker blocker', 'adblock', 'ublock', 'privacy badger', 'private window', 'private mode', 'clear browsing data'],
    says: ['disable the storage of cookies', 'block or delete cookies', 'disabling cookies', 'manage cookies', 'privacy features in your browser', 'opt-out browser add-on', 'set your browser to refuse', 'most browsers', 'browser settings', 'cookie settings', 'cookie preferences', 'may not function properly', 'network advertising initiative', 'digital advertising alliance'],
  },
  {
    id: 'consent',
    category: 'user-choice',
    ask: ['consent', 'agree', 'agreed', 'permission', 'approve', 'withdraw', 'without asking', 'without my permission', 'accept', 'without asking me', 'without my consent', 'ask me first', 'ask my permission', 'did i agree', 'my agreement', 'opt in', 'opt-in', 'take back consent', 'revoke', 'without me knowing', 'without telling me', 'without my knowledge', 'behind my back', 'said yes', 'ask before', 'my authorization', 'my authorisation', 'change my mind', 'tick box', 'checkbox', 'pre-ticked'],
    says: ['consent', 'agree', 'permission', 'your consent or direction', 'with your consent', 'withdraw your consent', 'explicit consent', 'express consent', 'prior consent', 'opt-in consent', 'at your direction', 'your permission'],
  },
  {
    id: 'privacy-settings',
    category: 'user-choice',
    ask: ['privacy settings', 'control', 'controls', 'hide', 'private', 'privacy options', 'privacy controls', 'manage my privacy', 'adjust', 'preferences', 'visibility', 'who can see my profile', 'make private', 'privacy tools', 'privacy features', 'privacy dashboard', 'account settings', 'limit who', 'limit access', 'choose who', 'only people i choose', 'friends only', 'only friends', 'invisible', 'unlisted', 'discoverable', 'lock down'],
    says: ['choose', 'manage', 'restrict', 'settings', 'limited', 'privacy settings', 'account settings', 'visibility settings', 'you control what information', 'adjust your settings', 'user settings', 'dashboard', 'set to private'],
  },
  // User Access, Edit and Deletion
  {
    id: 'access',
    category: 'user-access',
    ask: ['see my data', 'copy of my data', 'a copy', 'view my data', 'what do you have on me', 'what you have about me', 'access my', 'subject access', 'dsar', 'request my data', 'obtain my data', 'look at my data', 'see what you have', 'what do you have', 'what you have on me', 'everything you have', 'know what data you hold', 'download a copy', 'get a copy', 'copy of', 'request access', 'access request', 'data request', 'my information back', 'report of my data', 'see my information', 'view my information', 'how long to get', 'how long until i get', 'deny my request', 'refuse my request', 'won\'t give me', 'refuse to give', 'request denied', 'access denied', 'turn down my request', 'ignore my request', 'reject my request', 'refuse my access', 'on file about me', 'hold about me', 'everything you hold', 'what you hold', 'what you store about me', 'see what data', 'check what data', 'find out what data', 'what information you have', 'what data you have', 'stored about me', 'got stored', 'got on me', 'got about me', 'you have stored', 'have stored on me', 'held about me', 'keep about me', 'kept about me', 'know what you have', 'see what you hold', 'what you keep on me', 'get my data', 'receive my data', 'get my information', 'get my info', 'take to get', 'how long for a copy', 'how long does a request take', 'how long to receive'],
    says: ['access', 'reasonable access', 'copying and sending', 'upon request', 'information requested', 'right to know', 'time frame', 'access has been denied', 'access cannot be provided', 'date when the information will be provided'],
  },
  {
    id: 'correction',
    category: 'user-access',
    ask: ['correct', 'correction', 'fix', 'update my', 'change my', 'edit', 'modify', 'wrong', 'mistake', 'inaccurate', 'incorrect', 'out of date', 'rectify', 'amend my', 'update my details', 'change my details', 'correct my details', 'edit my profile', 'change my email', 'change my address', 'wrong details', 'typo in my', 'mistake in my data', 'out-of-date', 'keep it accurate', 'up to date', 'up-to-date', 'accurate', 'update it', 'old email', 'new address', 'moved house', 'update my email', 'update my information', 'update my info', 'change my name', 'fix my details', 'correct my data', 'spelled wrong', 'misspelled', 'spelt wrong', 'wrong name', 'wrong email', 'wrong address', 'incorrect details'],
    says: ['change any of the personal data', 'updating', 'correct', 'accurate', 'accuracy', 'inaccurate', 'rectification', 'logging into'],
  },
  {
    id: 'deletion',
    category: 'user-access',
    ask: ['delete', 'deleted', 'deleting', 'erase', 'erased', 'erasing', 'remove', 'removed', 'removal', 'wipe', 'forget', 'forgotten', 'close my account', 'deactivate', 'destroy', 'purge', 'delete my account', 'delete my data', 'delete my information', 'remove my data', 'remove my info', 'erase my data', 'wipe my data', 'clear my data', 'get rid of my data', 'have it deleted', 'have my data removed', 'right to be forgotten', 'forget me', 'cancel my account', 'close account', 'deleted forever', 'permanently delete', 'take down', 'forget about me', 'erase everything', 'delete everything', 'delete me', 'remove me', 'scrub', 'remove everything', 'delete all my', 'remove all my', 'account deleted', 'account removed', 'account erased', 'account closed', 'data deleted', 'data removed', 'data erased', 'info deleted', 'info removed', 'information deleted', 'information removed', 'details deleted', 'details removed'],
    says: ['delete', 'deletion', 'erasure', 'right of erasure', 'removal', 'remove', 'right to be forgotten'],
    idioms: ['get rid of'],
  },
  {
    id: 'portability',
    category: 'user-access',
    ask: ['export', 'download', 'portable', 'portability', 'move my data', 'take my data', 'download my data', 'machine readable', 'machine-readable', 'another provider', 'another service', 'switch provider', 'csv', 'json', 'transfer my data', 'port my data', 'move my data elsewhere', 'data export', 'export my data', 'download my information', 'in a file', 'format', 'switching to', 'switch to', 'moving to', 'new provider', 'send my data to another', 'transfer my data to another', 'data to another company', 'to a competitor', 'competitor', 'takeout', 'take it with me', 'bring my data', 'migrate my data', 'data migration', 'data dump', 'zip file', 'spreadsheet', 'xml', 'backup of my data', 'switch services', 'move to another', 'leave and take', 'copy to another'],
    says: ['data portability', 'machine readable', 'structured', 'commonly used format', 'another data controller', 'readily usable format', 'transmit that data to another', 'transfer to another company', 'export your data', 'download your data', 'portable', 'receive the personal data', 'technically feasible'],
  },
  {
    id: 'fee',
    category: 'user-access',
    ask: ['charge', 'charges', 'fee', 'fees', 'pay for', 'free of charge', 'for free', 'is it free', 'pay anything', 'charge me', 'charge for', 'price for a copy', 'paid request', 'cost to get', 'cost to see', 'cost to access', 'cost for a copy', 'cost of a copy', 'price of a copy', 'pay to get my', 'pay to access', 'pay to see', 'charged for', 'charge to', 'pay to delete', 'cost to request', 'free to request', 'cost of my data request', 'cost anything to request', 'costs money to request', 'free to delete', 'free to access', 'cost to delete'],
    says: ['reasonable fee', 'fee', 'charge', 'free of charge', 'no fee', 'at no cost', 'without charge', 'not charge you', 'manifestly unfounded or excessive', 'administrative costs', 'charge a fee'],
  },
  {
    id: 'verification',
    category: 'user-access',
    ask: ['who i am', 'prove', 'proof', 'verify', 'verification', 'id check', 'confirm my identity', 'identify me', 'check my identity', 'identity check', 'prove it is me', 'prove who i am', 'check it is me', 'confirm it is me', 'identity verification', 'photo id', 'passport', 'verify me', 'confirm', 'really me', 'its me', 'is me', 'impersonate', 'impersonating', 'pretend to be me', 'pretending to be me', 'authenticate', 'make sure it is me', 'someone pretending', 'fake request', 'prove my identity', 'check my id', 'ask for id', 'my id', 'identification', 'show id', 'check who i am', 'check who', 'checks who', 'check that it is me', 'make sure who i am', 'confirm who i am', 'authorized agent', 'authorised agent', 'on my behalf', 'for someone else', 'account ownership', 'security questions', 'id card', 'driver\'s license', 'driving licence', 'selfie', 'identity documents', 'kyc', 'know your customer', 'copy of my id'],
    says: ['verify your identity', 'identity', 'verification', 'verify', 'verifiable consumer request', 'verify your request', 'reasonably verify', 'authorized agent', 'proof of identity', 'confirm your identity', 'signed permission', 'additional information to verify'],
  },
  {
    id: 'rights',
    category: 'user-access',
    ask: ['rights', 'my rights', 'what can i do', 'entitled', 'options', 'privacy rights', 'data rights', 'what are my rights', 'rights do i have', 'rights under', 'data subject rights', 'legal rights', 'what rights', 'can i exercise', 'exercise my rights', 'what can i ask for', 'what can i request', 'entitled to', 'my options', 'what rights do i have', 'rights as a user', 'gdpr request', 'data subject request', 'submit a request', 'make a request'],
    says: ['rights', 'right to', 'exercise', 'additional rights', 'right of erasure', 'right to object', 'right to restrict', 'right to data portability'],
  },
  {
    id: 'restriction',
    category: 'user-access',
    ask: ['limit how', 'limit the use', 'restrict', 'restriction', 'freeze', 'limit processing', 'limit use', 'limit how you use', 'pause processing', 'restrict use', 'restrict processing', 'only use my data for', 'put on hold', 'pause my data', 'temporarily stop', 'suspend processing', 'block processing', 'limit sharing', 'limit the sharing', 'limit what you do', 'keep but not use', 'store but not use', 'until it is resolved', 'while you check', 'limit the use of my sensitive', 'lock my data', 'stop for now'],
    says: ['restrict processing', 'right to restrict processing', 'restrict', 'restriction of processing', 'limit the processing', 'restrict our processing', 'right to limit', 'limit the use of', 'limit the use and disclosure'],
  },
  {
    id: 'objection',
    category: 'user-choice',
    ask: ['object', 'objection', 'stop processing', 'stop using my', 'stop using my data', 'stop processing my data', 'object to processing', 'make you stop', 'stop you', 'say no to processing', 'opt out of processing', 'object to marketing', 'object to', 'don\'t use my data', 'do not use my data', 'don\'t want you to use', 'stop using my information', 'stop using my info', 'not consent to processing', 'against processing', 'object to profiling', 'opt out of profiling', 'not be profiled', 'opt out of personalisation', 'opt out of personalization', 'stop personalising', 'refuse processing'],
    says: ['right to object', 'object to processing', 'stop processing', 'stop sending you marketing communications', 'object to the processing', 'object to our processing', 'compelling legitimate grounds', 'object at any time', 'processing for direct marketing'],
  },
  // Data Retention
  {
    id: 'retention',
    // Not "keep", "store", "hold" or "save" alone: "keep hackers out", "keep using", "do you store
    // my password" are not about how long data is kept ("how long" and the intent patterns are).
    category: 'data-retention',
    ask: ['how long', 'how much time', 'storage', 'retain', 'retained', 'forever', 'after i leave', 'after i close', 'on file', 'archive', 'how long do you keep', 'how long is', 'how long will', 'how long are', 'delete after', 'kept for', 'stored for', 'keep it for', 'retention period', 'data retention', 'get deleted', 'automatically deleted', 'after i cancel', 'after i stop using', 'old data', 'forever', 'indefinitely', 'how long do you hold', 'hang on to', 'after i delete my account', 'when do you delete', 'still have my data', 'keep my data after', 'how long until deleted', 'dispose', 'disposal', 'how long is my', 'how long are my', 'keep my data', 'keep my info', 'store my data for', 'certain amount of time', 'after a while', 'after some time', 'auto delete', 'delete automatically', 'data expire', 'in your backups', 'backup copies', 'inactive account', 'dormant account', 'former customer', 'ex-customer', 'after unsubscribing'],
    says: ['retain', 'retention', 'as long as necessary', 'period', 'record keeping', 'keep your personal data only as long as required', 'retain and use your personal data', 'record keeping purposes', 'as long as required', 'as long as your account is active', 'no longer needed', 'no longer necessary', 'retention periods', 'enforce our agreements', 'backup copies', 'delete or anonymize', 'after you close your account'],
  },
  // Data Security
  {
    id: 'security',
    category: 'data-security',
    ask: ['secure', 'security', 'safe', 'safety', 'safely', 'protect', 'protected', 'protection', 'protecting', 'safeguard', 'encrypt', 'encrypted', 'encryption', 'hack', 'hacked', 'hacker', 'hackers', 'leak', 'leaked', 'stolen', 'steal', 'theft', 'ssl', 'tls', 'https', 'vulnerable', 'unauthorized', 'secured', 'securely', 'protect it', 'protect my data', 'keep it safe', 'kept safe', 'safe with you', 'data safety', 'cybersecurity', 'cyber security', 'hackers', 'hacking', 'attack', 'attacks', 'leaks', 'stolen data', 'identity theft', 'steal my identity', 'steal', 'passwords', 'password security', 'firewall', 'encrypted', 'encrypt my data', 'end to end', 'at rest', 'in transit', 'secure servers', 'secure connection', 'how safe', 'how secure', 'is it safe', 'risk', 'risks', 'protect my info', 'is my data safe', 'safeguards', 'compromised', 'cyber attack', 'break in', 'broken into', 'data leak', 'get hacked', 'gets hacked', 'strong password', 'password tips', 'keep my account safe', 'account safe', 'account secure', 'secure my account', 'protect my account'],
    says: ['security', 'secure', 'protect', 'protection', 'safeguard', 'unauthorized access', 'industry-standard technologies', 'encryption', 'security measures', 'reasonable measures', 'accidental loss', 'confidentiality', 'security measures', 'security practices', 'perfect security', 'accidental or unlawful destruction', 'adequate protection', 'reasonable measures to protect', 'two-factor authentication', 'strong password', 'protect your account'],
  },
  // Policy Change
  {
    id: 'policy-change',
    category: 'policy-change',
    ask: ['policy change', 'changes', 'change the rules', 'the rules', 'change the policy', 'update the policy', 'updated', 'new version', 'notify me', 'tell me about changes', 'amend', 'amended', 'modify the policy', 'change this policy', 'change your policy', 'policy updates', 'policy changes', 'tell me if', 'let me know if', 'inform me', 'notified', 'notification of changes', 'new terms', 'updated terms', 'how are changes made', 'keep up with changes', 'check for changes', 'new policy', 'how will i know', 'find out about changes', 'updated policy', 'when you update', 'new privacy policy', 'change the privacy policy', 'changed the policy', 'policy was updated', 'policy is updated', 'policy gets updated', 'rules change', 'changelog', 'retroactive', 'retroactively', 'advance notice', 'prior notice', 'without notice', 'sneakily', 'keep using', 'continue using', 'continue to use', 'still using', 'carry on using'],
    says: ['amend this privacy policy', 'changes to this policy', 'adjustments', 'new version', 'notify', 'review this privacy policy periodically', 'changes to our privacy policy', 'material changes', 'posting a new version', 'check this privacy policy for such changes', 'review this privacy policy periodically', 'then-current privacy policy', 'continued use', 'we may update', 'prominent notice', 'prior notice', 'periodically revise', 'revised version', 'effective upon posting', 'updating the date'],
  },
  {
    id: 'effective-date',
    category: 'policy-change',
    ask: ['when effective', 'take effect', 'took effect', 'start date', 'last updated', 'last update', 'date', 'effective', 'in force', 'written', 'when was it written', 'when was this updated', 'what date', 'dated', 'how old is this policy', 'start', 'valid from', 'came into force', 'come into effect', 'last changed', 'last modified', 'last revised', 'how recent', 'since when', 'from when', 'applies from'],
    says: ['came into effect', 'effective date', 'last updated', 'effective', 'effective as of', 'last modified', 'last revised', 'date of last revision', 'effective immediately', 'updated on', 'takes effect'],
  },
  // Do Not Track
  {
    id: 'do-not-track',
    category: 'do-not-track',
    ask: ['do not track', 'dnt', "don't track", 'dont track', 'track signal', 'browser signal', 'global privacy control', 'gpc', 'do-not-track', 'dnt signals', 'dnt signal', 'browser do not track', 'tracking preference', 'do not track setting', 'honour do not track', 'honor do not track', 'opt-out preference signal', 'opt out signal', 'universal opt-out', 'privacy signal', 'sec-gpc', 'do not track header', 'respect do not track', 'ignore do not track', 'do not track request', 'tell websites not to track', 'ask not to be tracked', 'browser privacy setting', 'privacy preference signal', 'global privacy signal'],
    says: ['do not track', 'dnt', 'signals', 'do not track signals', 'global privacy control', 'opt-out preference signal', 'do not currently respond', 'no uniform technology standard', 'universal opt-out mechanism', 'dnt browser signals', 'browser-initiated'],
  },
  // International and Specific Audiences
  {
    id: 'children',
    category: 'specific-audiences',
    ask: ['kid', 'kids', 'child', 'children', 'minor', 'minors', 'teen', 'teens', 'teenager', 'teenagers', 'young', 'year old', 'years old', 'age', 'underage', 'son', 'daughter', 'coppa', 'age limit', 'how old', 'school', 'my kid', 'my child', 'my children', 'my son', 'my daughter', 'kids use', 'children use', 'under 13', 'under thirteen', 'under 16', 'under 18', 'under age', 'too young', 'age requirement', 'minimum age', 'old enough', 'parent', 'parents', 'parental consent', 'student', 'students', 'pupils', 'youngsters', 'little ones', 'toddler', 'age restriction', 'how old do i have to be', 'age 13', '13 year old', '12 year old', 'under 13s', 'juniors', 'child account', 'my teen', 'minimum age to', 'for kids'],
    says: ['children', 'child', 'minors', 'under the age of 13', 'thirteen', '13', 'parent or guardian', 'under the age of 18', 'age', 'under the age of thirteen', 'parent or guardian', 'your child has provided us', 'not designed to appeal to minors', 'not intended to appeal to minors'],
  },
  {
    id: 'europe',
    category: 'specific-audiences',
    ask: ['gdpr', 'eu', 'europe', 'european', 'eea', 'uk', 'britain', 'germany', 'france', 'european union', 'in europe', 'from europe', 'eu citizen', 'eu resident', 'european user', 'uk gdpr', 'data protection law', 'data protection laws', 'european law', 'europeans'],
    says: ['european economic area', 'eea', 'eu', 'gdpr', 'european', 'standard contractual clauses'],
  },
  {
    id: 'death',
    category: 'user-access',
    ask: ['die', 'dies', 'died', 'death', 'deceased', 'after i die', 'when i die', 'passed away', 'pass away', 'dead', 'after death', 'my estate', 'next of kin', 'inherit', 'bereavement', 'memorialise', 'memorialize', 'memorial account', 'legacy contact', 'executor', 'power of attorney', 'loved one', 'heirs', 'digital legacy', 'family member\'s account', 'probate', 'widow', 'widower', 'funeral'],
    says: ['death', 'after your death', 'post-mortem', 'deceased', 'specific instructions', 'deceased user', 'next of kin', 'legal representative', 'executor', 'heirs', 'death certificate', 'memorialization'],
  },
  {
    id: 'california',
    category: 'specific-audiences',
    ask: ['california', 'californian', 'ccpa', 'cpra', 'shine the light', 'california resident', 'californians', 'california law', 'shine the light law', 'california privacy', 'ca resident', 'ca residents', 'cppa', 'prop 24', 'los angeles', 'bay area', 'calif', 'delete act'],
    says: ['california', 'california civil code', '1798.83', 'california residents', 'ccpa', 'california consumer privacy act', 'california privacy rights act', 'shine the light', 'business purpose', 'commercial purpose', 'financial incentive', 'right to opt-out of sale', 'notice at collection'],
  },
  {
    id: 'transfer-abroad',
    category: 'specific-audiences',
    ask: ['abroad', 'overseas', 'other countries', 'another country', 'outside my country', 'which country', 'what country', 'cross-border', 'international', 'internationally', 'us servers', 'america', 'usa', 'united states', 'where is my data', 'where stored', 'where is it stored', 'sent abroad', 'sent overseas', 'leave my country', 'leaves the country', 'outside the eu', 'outside europe', 'outside the uk', 'to the us', 'to america', 'us based', 'stored in the us', 'data location', 'data residency', 'where is it kept', 'where are your servers', 'which servers', 'what country', 'privacy laws', 'laws in other countries', 'less protective', 'as protective', 'data ends up', 'sent to', 'send my data to', 'stored in', 'leave europe', 'india', 'asia', 'us companies', 'which countries', 'other country', 'out of the country', 'foreign countries', 'across borders', 'where in the world', 'which part of the world', 'in the world', 'what region', 'which region', 'data centers', 'data centres', 'data privacy framework', 'privacy shield', 'adequacy decision', 'sccs', 'schrems', 'eu-us', 'data sovereignty', 'data localisation', 'data localization', 'server location', 'eu servers', 'european servers', 'stay in the eu', 'stays in europe', 'stored locally', 'bcr', 'bcrs'],
    says: ['transfer', 'transferred outside', 'international transfers', 'countries', 'united states', 'stored and processed', 'home country', 'jurisdictions', 'cross-border', 'not as protective', 'laws which are different', 'standard contractual clauses', 'outside of your country', 'transfer of your personal data to the united states', 'data privacy framework', 'privacy shield', 'adequacy decision', 'adequate level of data protection', 'appropriate safeguards', 'binding corporate rules', 'transferred to and processed in', 'countries other than'],
  },
  // Other
  {
    id: 'contact',
    category: 'other',
    ask: ['contact', 'reach', 'get in touch', 'talk to', 'who do i ask', 'mailing address', 'postal address', 'where are you', 'office', 'headquarters', 'phone you', 'email you', 'contact you', 'contact details', 'how do i contact', 'email address for privacy', 'privacy email', 'phone number for', 'write to you', 'send a letter', 'office', 'offices', 'address', 'where are you based', 'located', 'location of your office', 'head office', 'support team', 'customer support', 'privacy questions', 'questions about privacy', 'question about privacy', 'who to contact', 'who should i contact', 'email for privacy', 'contact info', 'your address', 'send my request', 'send a request'],
    says: ['contact', 'mailing addresses', 'contact details', 'contact us', 'contact information', 'privacy@', 'our mailing addresses are', 'contact our support team', 'contact us', 'please contact us', 'methods outlined here'],
    idioms: ['who do i send', 'where do i send'],
  },
  {
    id: 'dpo',
    category: 'other',
    ask: ['dpo', 'data protection officer', 'privacy officer', 'privacy team', 'privacy contact', 'data officer', 'data protection person', 'person in charge of privacy', 'privacy lead', 'person responsible for privacy', 'privacy department', 'data protection contact', 'data protection team', 'chief privacy officer', 'privacy manager', 'eu representative', 'uk representative', 'gdpr representative', 'article 27 representative', 'compliance officer', 'compliance team', 'data protection lead', 'who handles privacy', 'responsible for data protection', 'privacy counsel', 'representative in the eu', 'data protection manager'],
    says: ['data protection officer', 'dpo', 'privacy', 'chief privacy officer', 'representative in the european union', 'eu representative', 'uk representative', 'article 27', 'privacy office', 'privacy team'],
  },
  {
    id: 'complaint',
    category: 'other',
    ask: ['complain', 'complaint', 'complaints', 'report you', 'regulator', 'supervisory authority', 'ico', 'cnil', 'dispute', 'ombudsman', 'escalate', 'complain about you', 'file a complaint', 'lodge a complaint', 'report a violation', 'data protection authority', 'regulator', 'supervisory', 'authority', 'watchdog', 'ico', 'escalate', 'not happy', 'unhappy', 'report them', 'report to authorities', 'report a breach of privacy', 'take it further', 'not satisfied', 'who regulates', 'sue', 'sue you', 'take legal action', 'class action', 'arbitration', 'mediation', 'ftc', 'federal trade commission', 'attorney general', 'data protection commission', 'grievance', 'grievance officer', 'redress', 'claim compensation', 'privacy violation'],
    says: ['complain', 'data protection authority', 'supervisory authority', 'dispute resolution', 'resolving complaints', 'lodge a complaint', 'file a complaint', 'binding arbitration', 'independent recourse mechanism', 'federal trade commission', 'alternative dispute resolution', 'right to complain', 'unresolved'],
  },
  {
    id: 'license',
    category: 'other',
    ask: ['license', 'licence', 'licensed', 'copyright', 'copy this policy', 'reuse this policy', 'creative commons', 'cc by', 'licence for this policy', 'use this policy', 'reuse your policy', 'copy your policy', 'adapt this policy', 'sharealike', 'share alike', 'copy your privacy policy', 'reuse your privacy policy', 'privacy policy template', 'borrow your policy', 'attribution', 'cc-by', 'fork this policy', 'fork your policy', 'permission to copy', 'copy the text', 'reuse the text', 'use your privacy policy'],
    says: ['creative commons', 'license', 'sharealike', 'publish the policy under the same license', 'creative commons attribution', 'licensed under', 'adapted from', 'attribution', 'cc by', 'cc0', 'public domain'],
  },
  {
    id: 'agreement',
    category: 'other',
    ask: ['agree to', 'bound by', 'accept the policy', 'agree to this', 'by using the site', 'by using your site', 'am i bound', 'accepting', 'binding', 'conflict with', 'other agreements', 'which agreement', 'which company', 'who are you', 'who is behind', 'who runs', 'who owns', 'company behind', 'dealing with', 'data controller', 'responsible for my data', 'does this policy apply', 'apply to', 'covered by this policy', 'scope', 'valid', 'valid for', 'applies', 'apply', 'cover', 'covers', 'does it cover', 'policy cover', 'terms of service', 'terms of use', 'terms and conditions', 't&cs', 'what am i agreeing to', 'by signing up', 'by clicking', 'who is the controller', 'which entity', 'legal entity', 'separate policy', 'other policies', 'what happens if i disagree', 'my contract', 'our contract', 'contract with you', 'which one counts', 'which one wins', 'which one applies', 'takes precedence', 'precedence', 'overrides'],
    says: ['you agree', 'give consent to the terms', 'by accessing our website', 'constitutes your acceptance', 'this privacy policy does not govern the practices', 'practices of entities', 'terms of those agreements will prevail', 'terms of service', 'by using our services', 'data controller', 'incorporated into', 'does not apply to', 'supplemental', 'if you do not agree', 'responsible for the processing'],
  },
  {
    id: 'correspondence',
    category: 'other',
    ask: ['my emails to you', 'feedback', 'messages i send', 'support tickets', 'what i write to you', 'emails i send', 'messages i send you', 'letters', 'my feedback', 'publish my messages', 'publish my emails', 'share my feedback', 'testimonials', 'quote me'],
    says: ['correspondence', 'feedback', 'publish correspondence'],
  },
  // Plain words: how people say everyday things and how policies write them. They widen a match
  // but name no data practice (no category), so they never tag a clause or steer the topic.
  plain('additional', ['extra', 'more rights', 'other rights', 'anything else'], ['additional', 'further', 'broader']),
  plain('reside', ['live', 'living', 'lives', 'based in', 'citizen', 'citizens', 'resident of'], ['reside', 'resident', 'residents', 'individuals from']),
  plain('company', ['business', 'businesses', 'firm', 'firms', 'organisation', 'organisations', 'corporation', 'corporations', 'outfits'], ['companies', 'organization', 'organizations', 'entities', 'third parties']),
  plain('request', ['ask for', 'ask you', 'ask to', 'apply for', 'demand', 'act on my request', 'acting on my request', 'act on', 'acting on', 'deal with my request', 'process my request', 'handle my request', 'my request', 'status', 'progress', 'follow up'], ['request', 'upon request', 'on request']),
  plain('contact', ['email about', 'message', 'talk', 'speak', 'reach out', 'ask about', 'questions about', 'question about', 'concerns', 'who do i ask'], ['contact', 'contact details', 'contact information', 'contact us'], ['write to']),
  plain('inform', ['tell me', 'let me know', 'warn', 'warn me', 'heads up', 'find out', 'be told', 'alert me'], ['notify', 'inform', 'notice', 'posting']),
  plain('stop', ['quit', 'halt', 'cease', 'no longer', 'stop doing', 'end'], ['stop', 'cease', 'no longer']),
  plain('remember', ['remember', 'recognise', 'recognize', 'recall', 'know it is me', 'logged in'], ['identify visitors', 'store your preferences', 'login session', 'remember']),
  plain('handle', ['handle', 'handles', 'handling', 'deal with', 'deals with', 'look after', 'looks after', 'manage', 'takes care of', 'touch'], ['process', 'processed', 'processing', 'on behalf of']),
  plain('see', ['look at', 'read', 'view', 'peek', 'snoop', 'look through'], ['access', 'have access to', 'displayed', 'view']),
  plain('keep', ['hang on to', 'hold on to', 'hold onto', 'hang onto', 'sit on', 'have on file'], ['retain', 'hold', 'keep']),
  plain('deny', ['refuse my', 'refuses my', 'refused my', 'reject my', 'rejects my', 'turn down my', 'deny my', 'denies my', 'say no to my', 'won\'t let me', 'not allowed to see'], ['denied', 'deny', 'refuse']),
  plain('time', ['how quickly', 'how fast', 'how soon', 'how long does it take', 'how long will it take', 'how long till', 'how long until', 'how long before', 'how long to hear', 'wait', 'waiting', 'deadline', 'response time', 'turnaround'], ['time frame', 'within', 'date when', 'reasonable time']),
  plain('reason', ['reason', 'reasons', 'justify', 'excuse', 'explain why', 'explanation'], ['purposes', 'explanation', 'basis']),
  plain('necessary', ['necessary', 'essential', 'have to', 'required', 'only what', 'minimum', 'more than needed', 'more than necessary'], ['necessary', 'needed', 'required', 'limited to']),
  plain('people', ['humans', 'users', 'customers', 'clients', 'visitors', 'members'], ['individuals', 'users', 'visitors', 'customers', 'end-user']),
  plain('website', ['app', 'apps', 'platform', 'product', 'tool', 'software', 'online', 'web', 'page', 'pages'], ['site', 'website', 'websites', 'web pages', 'services']),
  plain('laws', ['laws', 'rules', 'regulations', 'legislation', 'legal requirements', 'statutes', 'protections', 'compliant', 'compliance', 'comply', 'complies', 'conform'], ['law', 'laws', 'applicable laws', 'legal', 'protective', 'comply', 'compliance', 'in accordance with']),
  plain('give-back', ['give me', 'giving me', 'gives me', 'give back', 'return', 'send back', 'send me', 'hand back', 'receive'], ['provided', 'provide', 'transmit', 'transfer']),
  plain('abroad-plain', ['worldwide', 'global', 'globally', 'around the world', 'foreign'], ['global', 'international', 'outside of your home country', 'other country']),
  plain('social', ['facebook', 'twitter', 'instagram', 'linkedin', 'tiktok', 'youtube', 'social media', 'social network', 'social networks'], ['other websites', 'other web sites', 'third parties', 'social media', 'social networking']),
  // A security feature is answered only by a policy that names it, not by its security measures.
  plain('two-factor', ['two-step', 'two step', '2-step', '2fa', 'mfa', 'multi-factor', 'two factor', 'two-factor', 'second factor', 'authenticator app'], ['two-factor authentication', 'two-factor']),
  // Abbreviations people type for words policies spell out.
  plain('repository', ['repo', 'repos'], ['repository', 'repositories']),
  plain('password', ['pw', 'pwd', 'passcode'], ['password', 'passwords', 'credentials']),
  plain('organization', ['org', 'orgs'], ['organization', 'organizations', 'organisation']),
  plain('government', ['gov', 'govt', 'gov\'t'], ['government', 'governmental', 'officials']),
  plain('message', ['msg', 'msgs', 'dm', 'dms'], ['message', 'messages', 'communications']),
  plain('document', ['docs', 'doc', 'pics', 'pic', 'photo', 'photos'], ['documents', 'photographs', 'files']),
  plain('phone', ['phone', 'mobile', 'cell', 'smartphone'], ['telephone', 'mobile devices']),
  plain('mail', ['mail', 'letter', 'snail mail'], ['postal mail', 'mailing addresses', 'postal']),
];

/** A plain-words entry: no category, so it widens matching without naming a topic. */
function plain(id: string, ask: string[], says: string[], idioms?: string[]): Concept {
  return { id: `plain-${id}`, category: null, ask, says, ...(idioms ? { idioms } : {}) };
}

