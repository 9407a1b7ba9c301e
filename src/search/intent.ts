import { normalizeText } from './analyze.js';
import type { Category } from './categories.js';

/**
 * Question patterns that say what a question is about, whatever its nouns: "how long…" asks about
 * retention, "who … share" about sharing, "can I … delete" about the visitor's own rights. They
 * run on the normalised question, before stop words are dropped, because the intent is mostly in
 * the function words ("who", "can I", "how long").
 */
export const INTENT_PATTERNS: ReadonlyArray<{ category: Category; pattern: RegExp }> = [
  { category: 'data-retention', pattern: /\bhow (?:long|much time)\b(?!(?: \w+){0,6} (?:take|takes|till|until|before i|to get|to hear|to respond|to reply|to answer|wait))|\b(?:keep|kept|retain\w*|store[ds]?|save[ds]?|hold|held)\b.*\b(?:for|until|long|after|forever|period|years?|months?|days?)\b|\bforever\b|\bafter (?:i|you) (?:leave|close|delete|cancel|quit)\b|\bwhen (?:do|will|is|are) (?:you|it|my)\b.*\b(?:delete|deleted|erase|erased|purge|destroy)/ },
  { category: 'third-party-sharing', pattern: /\bwho\b.*\b(?:share[sd]?|sell|sold|give|gives|see|sees|view|access|receive[sd]?|gets?|process(?:es)?|handles?|has|have)\b|\b(?:sell|sells|sold|selling|share|shares|shared|sharing|disclose[sd]?|give (?:away|out)|hand (?:over|out)|pass(?:ed)? (?:on|along)|rent|trade)\b|\b(?:3rd|third)[ -]part(?:y|ies)\b|\bother (?:companies|people|parties|firms|businesses)\b/ },
  { category: 'user-access', pattern: /\b(?:can|could|may|how (?:do|can|would)|am i able to|is it possible to|i want to|i'd like to|want to)\b(?: \w+){0,4} (?:delete|remove|erase|wipe|access|see|view|correct|update|change|edit|fix|download|export|get a copy|obtain|request)\b|\bright (?:to|of)\b|\bmy rights\b|\bwhat rights\b/ },
  { category: 'data-security', pattern: /\b(?:secure|security|securely|encrypt\w*|safe|safely|safety|protect\w*|hack\w*|breach\w*|leak\w*|stolen|steal|theft|unauthori[sz]ed)\b/ },
  { category: 'first-party-collection', pattern: /\bwhat\b(?: \w+){0,4} (?:collect\w*|gather\w*|know|record\w*|track\w*|save|store|take)\b|\b(?:do|does|will) (?:you|it|they|the site|the app|the company|(?!not\b)\w+) (?:collect|gather|track|record|store|save|monitor|log|use)\b|\bwhy (?:do|does|would|should) (?:you|they|it|\w+)(?: \w+)? (?:need|want|collect|use|ask|require|keep)\b|\bwhat (?:do|will) you (?:do|use)\b/ },
  { category: 'user-choice', pattern: /\bopt[ -]?out\b|\bunsubscribe\b|\bstop (?:sending|emailing|contacting|calling|tracking|using)\b|\bturn off\b|\b(?:disable|block|refuse|reject|decline)\b|\bwithdraw\b|\bchoices?\b|\bcontrol\b|\bsettings?\b/ },
  { category: 'policy-change', pattern: /\b(?:change|changes|changed|update|updates|updated|amend\w*|revise\w*|revision)\b(?: \w+){0,3} (?:policy|statement|terms|notice)\b|\b(?:policy|statement|notice)\b(?: \w+){0,3} (?:change|changes|changed|updated|revised|effect|effective)\b|\bnotify (?:me|us|users)\b|\btake effect\b|\bcame into effect\b|\beffective date\b/ },
  { category: 'do-not-track', pattern: /\bdo[ -]?not[ -]?track\b|\bdon'?t track\b|\bdnt\b|\bglobal privacy control\b/ },
  { category: 'specific-audiences', pattern: /\b(?:child|children|kids?|minors?|teen\w*|under ?(?:13|16|18)|underage|coppa|gdpr|eea|eu|europe\w*|uk|california\w*|ccpa|abroad|overseas|countr(?:y|ies)|international\w*|cross[ -]border|united states|usa|u\.s\.)\b|\bwhere (?:is|are|do you)\b(?: \w+){0,4} (?:stored|kept|held|processed|hosted|data|info|information|servers?)\b/ },
  { category: 'other', pattern: /\b(?:contact|reach|get in touch|email you|call you|phone number|mailing address|postal address|complain\w*|complaint|regulator|authority|dpo|officer|licen[cs]e\w*|creative commons)\b/ },
];

/**
 * Categories a question asks about, from its patterns, each with weight 1.
 *
 * @example questionIntents('who has access to my data?') // Map { 'third-party-sharing' => 1 }
 */
export function questionIntents(question: string): Map<Category, number> {
  const text = normalizeText(question);
  const found = new Map<Category, number>();
  for (const { category, pattern } of INTENT_PATTERNS) if (pattern.test(text)) found.set(category, 1);
  return found;
}

/** Which version a question asks about. */
export type VersionIntent =
  | { kind: 'newest' }
  | { kind: 'older' }
  | { kind: 'year'; year: string }
  | { kind: 'any' };

const OLDER = /\b(?:old|older|previous|prior|original|earlier|former|legacy|outdated|first|initial|past)\b(?: \w+){0,2} (?:policy|policies|version|statement|one|text|wording|privacy)\b|\bused to (?:say|be|state|read)\b|\bback (?:then|in)\b|\bbefore (?:the|it was) (?:change|update|revis)/;
const NEWER = /\b(?:current|new|newer|newest|latest|present|updated|today'?s|revised)\b(?: \w+){0,2} (?:policy|policies|version|statement|one|text|wording|privacy)\b|\bnow\b/;
const YEAR = /\b(?:19|20)\d{2}\b/g;

/**
 * Reads which policy version a question names: a year, "old/previous/original …", or
 * "current/new/latest …"; `any` when it names none.
 *
 * @example versionIntent('what did the old policy say about cookies?') // { kind: 'older' }
 */
export function versionIntent(question: string): VersionIntent {
  const text = normalizeText(question);
  const years = text.match(YEAR);
  if (years) return { kind: 'year', year: years[0]! };
  if (OLDER.test(text)) return { kind: 'older' };
  if (NEWER.test(text)) return { kind: 'newest' };
  return { kind: 'any' };
}

const CHANGED =
  /\b(?:what(?:'s| is| has| have)?|anything|how (?:has|have|did))\b[^?]*\bchanged\b|\bdid\b[^?]*\bchange\b|\b(?:has|have)\b[^?]*\bchanged\b|\bwhat(?:'s| is) new\b|\bnew in\b|\bdifferen(?:ce|ces|t)\b[^?]*\b(?:versions?|polic\w*|before|old|older|previous|new|newer|(?:19|20)\d\d)\b|\bcompar\w*\b[^?]*\b(?:versions?|polic\w*|(?:19|20)\d\d)\b|\bchanges? (?:since|between|from)\b/;
const ONLY_NEW = /\bwhat(?:'s| is) new\b|\bnew in\b/;

/** What a question about changes between versions asks for. */
export type ChangeIntent = 'changes' | 'new' | null;

/**
 * Whether a question asks what changed between versions ("what changed about cookies?", "did the
 * payment processors change?") — `new` when it asks only for what is new ("what's new in the 2019
 * policy?") — as opposed to whether the policy may change ("will the policy change?").
 *
 * @example changeIntent('what changed about cookies?') // 'changes'
 */
export function changeIntent(question: string): ChangeIntent {
  const text = normalizeText(question);
  if (!CHANGED.test(text)) return null;
  return ONLY_NEW.test(text) && !/\bchanged?\b/.test(text) ? 'new' : 'changes';
}

/**
 * "How do I install / configure / add agents / reset…": a how-to about using a product, which a
 * privacy policy does not answer even when the question names one of its topics ("can I install it
 * on my own server" names hosting). Privacy actions (delete, opt out, switch off, export, contact)
 * are not among these verbs.
 */
const PRODUCT_HOW_TO =
  /\b(?:how (?:do|can|would|should) (?:i|we)|how to|can (?:i|we))\b(?: [\w']+){0,3} (?:install|set up|setup|configure|reset|integrate|connect|upgrade|downgrade|customi[sz]e|add|invite|assign|merge|fork|clone|deploy|embed|translate|import|migrate|open|make|put|change the language)\b/;

/**
 * Whether a question asks how to do something with the product rather than about its data.
 *
 * @example asksProductHowTo('how do I add agents to my helpdesk?') // true
 */
export function asksProductHowTo(question: string): boolean {
  return PRODUCT_HOW_TO.test(normalizeText(question));
}

/**
 * Facts about the company rather than about data: who founded it and when, jobs, shares and
 * revenue, its chief executive. A privacy policy states none of them, whatever its words share
 * with the question ("is Kayako hiring" is not about its contractors).
 */
const COMPANY_FACT =
  /\bfound(?:ed|er|ers|ing)\b|\b(?:when|what year) was\b[^?]*\b(?:started|founded|created)\b|\bwho (?:started|created)\b|\bhiring\b|\bjob openings?\b|\bcareers?\b|\bvacanc(?:y|ies)\b|\bstock (?:market|exchange|price)\b|\bpublicly traded\b|\bipo\b|\bvaluation\b|\brevenue\b|\bprofits?\b|\bceo\b|\bchief executive\b/;

/**
 * Whether a question asks a fact about the company (its founding, jobs, shares, revenue, chief
 * executive) and nothing a question pattern reads as a privacy topic.
 *
 * @example asksCompanyFact('who founded Kayako?') // true
 * @example asksCompanyFact('do you share my data with investors before an IPO?') // false
 */
export function asksCompanyFact(question: string): boolean {
  return COMPANY_FACT.test(normalizeText(question)) && questionIntents(question).size === 0;
}
