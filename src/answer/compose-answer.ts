import { diffWords, summarizeChanges, type ClauseChange } from '../compare/index.js';
import {
  asksCompanyFact,
  asksProductHowTo,
  CATEGORIES,
  CATEGORY_INFO,
  changeIntent,
  isGenericTerm,
  type AnalyzedQuestion,
  type Category,
  type IndexedVersion,
  type PolicySearch,
  type RankedClause,
} from '../search/index.js';
import { splitSentences } from '../corpus/index.js';
import { makeQuote, type QuoteOptions } from './quote.js';
import type { Answer, AnswerNote, Citation, CitationChange, TopicSuggestion } from './types.js';

/** Options of `answerQuestion`. */
export interface AnswerOptions {
  /** Most citations in one answer. Default 4. */
  maxCitations: number;
  /** A further citation must score at least this share of the first. Default 0.7. */
  relatedRatio: number;
  /**
   * When the best clause does not answer (too little of the question's words), a clause scoring at
   * least this share of it that does answer is quoted instead. Default 0.75.
   */
  closeRatio: number;
  /** The best clause must cover at least this share of the question's informative words. Default 0.45. */
  minCoverage: number;
  /** The best clause must score at least this much. Default 1.4. */
  minScore: number;
  /**
   * For a question about a privacy topic (its patterns or vocabulary name one), this lower coverage
   * is enough: a visitor's own words the policy lacks weigh less there. Default 0.4.
   */
  anchoredMinCoverage: number;
  /** …and this one when the clause shares the question's topic. Default 0.3. */
  anchoredCoverage: number;
  /**
   * For a question that names no version, another version's best answer scoring at least this share
   * of the first citation is cited too, unless it says the same. Default 0.5.
   */
  otherVersionRatio: number;
  /** An older version is quoted instead of the preferred one only when it scores this much better… Default 1.25. */
  olderMargin: number;
  /** …and covers at least this much more of the question's words (or as much, with as much of its topics). Default 0.2. */
  olderCoverageGap: number;
  /** Version to prefer when the question names none: a version date, or `null` for the newest. Default `null`. */
  version: string | null;
  /** Quote selection. */
  quote: Partial<QuoteOptions>;
}

/** Default answer options. */
export const DEFAULT_ANSWER_OPTIONS: Readonly<AnswerOptions> = {
  maxCitations: 4,
  relatedRatio: 0.7,
  closeRatio: 0.75,
  minCoverage: 0.45,
  minScore: 1.4,
  anchoredMinCoverage: 0.4,
  anchoredCoverage: 0.3,
  otherVersionRatio: 0.5,
  olderMargin: 1.25,
  olderCoverageGap: 0.2,
  version: null,
  quote: {},
};

/** Applies defaults to user answer options. */
export function resolveAnswerOptions(user: Partial<AnswerOptions> = {}): AnswerOptions {
  return { ...DEFAULT_ANSWER_OPTIONS, ...user, quote: { ...DEFAULT_ANSWER_OPTIONS.quote, ...user.quote } };
}

/**
 * Answers a question from a policy index: the best clause quoted verbatim with its citation, further
 * citations when the question spans sections, the newest version unless the question names one, or
 * `answered: false` with topics the policy covers when nothing in it answers the question.
 *
 * @example answerQuestion(search, 'who processes my card?').citations[0].quote
 *   // 'Your transaction may be processed by one of our third-party payment vendors: RBS WorldPay, …'
 */
export function answerQuestion(search: PolicySearch, question: string, options: Partial<AnswerOptions> = {}): Answer {
  const opts = resolveAnswerOptions(options);
  const text = typeof question === 'string' ? question : '';
  const analyzed = search.analyze(text);
  const refusal = (note: AnswerNote): Answer => ({
    question: text,
    answered: false,
    citations: [],
    note,
    suggestions: suggestTopics(search, analyzed.categories),
    corrections: analyzed.corrections,
  });
  if (analyzed.terms.length === 0) return refusal(text.trim() ? 'not-in-policy' : 'empty-question');
  // "Is Kayako HIPAA compliant?": a policy that never names a thing does not answer about it.
  // (How its other words were read does not matter then.)
  if (analyzed.unknownAcronyms.length > 0) return { ...refusal('not-in-policy'), corrections: [], unmentioned: [...new Set(analyzed.unknownAcronyms)] };
  // "Who founded Kayako?", "is it hiring?": facts about the company, which no privacy policy states.
  if (asksCompanyFact(text)) return refusal('not-in-policy');

  const ranked = search.rank(analyzed);
  // "What's new in the latest release?" asks about something the policy does not know: not its changes.
  const changed = analyzed.content.every((t) => search.knows(t)) ? changeIntent(text) : null;
  if (changed) {
    const answer = answerChanges(search, analyzed, ranked, changed, opts);
    if (answer) return answer;
  }
  if (ranked.length === 0) return refusal('not-in-policy');
  const { versions, clauses, sections } = search.index;
  const versionOf = (r: RankedClause) => sections[clauses[r.clause]!.section]!.version;

  // Answer from the policy of the best clause; choose its version.
  const policy = versions[versionOf(ranked[0]!)]!.policy;
  const inPolicy = ranked.filter((r) => versions[versionOf(r)]!.policy === policy);
  const policyVersions = versions.map((v, i) => [v, i] as const).filter(([v]) => v.policy === policy);
  const { preferred, named } = chooseVersion(policyVersions, analyzed.version, opts.version);
  // A question about a privacy topic may be answered with less of its words covered; not a how-to
  // about the product that happens to name one ("can I install it on my own server?").
  const anchored = analyzed.categories.size > 0 && !asksProductHowTo(text);
  const answers = (r: RankedClause) => answersQuestion(r, opts, anchored);
  // The best clause of a version, or a close second that answers where the best does not: a
  // clause that shares the topic and a generic word can outscore the one that answers.
  const bestAnswering = (list: readonly RankedClause[]) => {
    const first = list[0];
    if (!first || answers(first)) return first;
    return list.find((r) => r.score >= first.score * opts.closeRatio && answers(r)) ?? first;
  };
  const bestIn = (v: number) => bestAnswering(inPolicy.filter((r) => versionOf(r) === v));
  let chosen = preferred;
  let sameTextTop: RankedClause | undefined;
  let note: AnswerNote | null = named === 'missing' ? 'named-version-missing' : named ? 'named-version' : null;
  const preferredBest = bestIn(preferred);
  const overallBest = bestAnswering(inPolicy)!;
  if (!named || named === 'missing') {
    // Only an older version addresses it: answer from that one and say so.
    // Only an older version answers, or it answers clearly better: it covers more of the
    // question's words, not merely scores higher (a heading such as "Credit card information"
    // must not pull the same sentence from the older text).
    // (Or covers as much and shares as many of its topics, scoring clearly higher: the older
    // version's clause on the topic against a clause of the newer one that shares a word.)
    const olderClearlyBetter =
      preferredBest !== undefined &&
      answers(overallBest) &&
      overallBest.score > preferredBest.score * opts.olderMargin &&
      (overallBest.coverage >= preferredBest.coverage + opts.olderCoverageGap ||
        (overallBest.coverage >= preferredBest.coverage && overallBest.topic >= preferredBest.topic));
    if (!preferredBest || !answers(preferredBest) || olderClearlyBetter) {
      // Unless the preferred version says the same in (nearly) the same words: then quote it there.
      const same = inPolicy.find((r) => versionOf(r) === preferred && sameWords(search.texts[r.clause]!, search.texts[overallBest.clause]!));
      if (same) sameTextTop = same;
      else if (answers(overallBest) && versionOf(overallBest) !== preferred) {
        chosen = versionOf(overallBest);
        note = versions[chosen]!.age > 0 ? 'older-version-only' : note;
      }
    }
  }
  let top = sameTextTop ?? bestIn(chosen);
  // The preferred version's wording of a clause that answers answers too, whatever its own score.
  if (!top || (!answers(top) && !(top === sameTextTop && answers(overallBest)))) return refusal('not-in-policy');
  // "How many…" asks for a count: a clause with no number in it does not give one.
  if (COUNT_QUESTION.test(text) && !NUMBER.test(search.texts[top.clause]!)) return refusal('not-in-policy');
  // A short lead-in that ends with a colon ("Our mailing addresses are:") is a label, not an
  // answer: what it introduces comes first.
  const lead = search.texts[top.clause]!.trim();
  const following = lead.length < 50 && lead.endsWith(':') ? inPolicy.find((r) => r.clause === top!.clause + 1) : undefined;
  if (following && versionOf(following) === chosen) top = following;

  const picked: RankedClause[] = [top];
  // The chosen version's clauses first: a question about the 2015 policy is answered from it
  // before the newer wording of the same topics.
  const candidates = [...inPolicy.filter((r) => versionOf(r) === chosen), ...inPolicy.filter((r) => versionOf(r) !== chosen)];
  for (const r of candidates) {
    if (picked.length >= opts.maxCitations) break;
    if (picked.includes(r) || r.score < top.score * opts.relatedRatio || r.coverage < opts.minCoverage * 0.75) continue;
    if (versionOf(r) !== chosen && picked.some((p) => sameWords(search.texts[p.clause]!, search.texts[r.clause]!))) continue;
    picked.push(r);
  }
  // A question that names no version: each other version's best answer, when it answers, scores
  // near the first and says something else, is a further citation ("Also relevant"): the older
  // text may be the one that says what was asked (the 2015 policy alone covers bankruptcy).
  if (!named) {
    for (const [, v] of policyVersions) {
      if (picked.length >= opts.maxCitations) break;
      if (v === chosen || picked.some((p) => versionOf(p) === v)) continue;
      const other = bestIn(v);
      if (other && answers(other) && other.score >= top.score * opts.otherVersionRatio && !picked.some((p) => sameWords(search.texts[p.clause]!, search.texts[other.clause]!))) picked.push(other);
    }
  }
  const weights = quoteWeights(analyzed);
  // Same-version citations first, then those of other versions.
  const ordered = [top, ...picked.slice(1).filter((r) => versionOf(r) === chosen), ...picked.slice(1).filter((r) => versionOf(r) !== chosen)];
  return {
    question: text,
    answered: true,
    citations: ordered.map((r) => cite(search, r, weights, opts)),
    note,
    suggestions: [],
    corrections: analyzed.corrections,
  };
}

function answersQuestion(r: RankedClause, opts: AnswerOptions, anchored: boolean): boolean {
  if (r.score < opts.minScore) return false;
  if (r.coverage >= opts.minCoverage) return true;
  return anchored && (r.coverage >= opts.anchoredMinCoverage || (r.topic >= 0.5 && r.coverage >= opts.anchoredCoverage));
}

/** Which version to quote: the one the question names, else the host's choice, else the newest. */
function chooseVersion(
  policyVersions: ReadonlyArray<readonly [IndexedVersion, number]>,
  intent: ReturnType<PolicySearch['analyze']>['version'],
  hostVersion: string | null,
): { preferred: number; named: boolean | 'missing' } {
  const newest = policyVersions.find(([v]) => v.age === 0)![1];
  if (intent.kind === 'year') {
    const match =
      policyVersions.find(([v]) => v.version.startsWith(intent.year)) ??
      policyVersions.find(([v]) => v.effective?.startsWith(intent.year));
    return match ? { preferred: match[1], named: true } : { preferred: newest, named: 'missing' };
  }
  if (intent.kind === 'older') {
    const previous = policyVersions.find(([v]) => v.age === 1);
    return previous ? { preferred: previous[1], named: true } : { preferred: newest, named: 'missing' };
  }
  if (intent.kind === 'newest') return { preferred: newest, named: policyVersions.length > 1 };
  const host = hostVersion ? policyVersions.find(([v]) => v.version === hostVersion) : undefined;
  return { preferred: host ? host[1] : newest, named: false };
}

/** Whether two clauses say nearly the same words: most of the words of the longer one are in the other. */
function sameWords(a: string, b: string): boolean {
  const wa = new Set(a.toLowerCase().match(/\p{L}+/gu) ?? []);
  const wb = new Set(b.toLowerCase().match(/\p{L}+/gu) ?? []);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(1, wa.size, wb.size) > 0.8;
}

/** A question asking for a count. */
const COUNT_QUESTION = /\bhow many\b/i;
/** A number, in digits or in words. */
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|dozen|single)\b/i;

/**
 * The weights that choose a quote's sentences: the question's own generic words ("data", "get")
 * count as little as they do in ranking, so the sentence that answers is not outweighed by one
 * that merely says "your personal data".
 */
function quoteWeights(analyzed: AnalyzedQuestion): Map<string, number> {
  const weights = new Map(analyzed.weights);
  for (const [term, weight] of weights) if (weight === 1 && !analyzed.content.includes(term)) weights.set(term, GENERIC_QUOTE_WEIGHT);
  return weights;
}

/** Weight of a question's generic word when choosing sentences (its content words weigh 1). */
const GENERIC_QUOTE_WEIGHT = 0.6;

function cite(search: PolicySearch, r: RankedClause, weights: ReadonlyMap<string, number>, opts: AnswerOptions): Citation {
  const { clauses, sections, versions } = search.index;
  const clause = clauses[r.clause]!;
  const section = sections[clause.section]!;
  const version = versions[section.version]!;
  const quote = makeQuote(clause.spans, weights, opts.quote);
  return {
    policy: version.policy,
    version: version.version,
    section: section.number,
    heading: section.heading,
    path: section.path,
    anchor: section.anchor,
    clause: clause.anchor,
    quote: quote.text,
    spans: quote.spans,
    whole: quote.whole,
    score: Math.round(r.score * 1000) / 1000,
    title: version.title,
    company: version.company,
    current: version.age === 0,
    categories: clause.categories,
    ...changeOf(search, r.clause),
    ...(clause.lead >= 0 ? { lead: lastSentence(search.texts[clause.lead]!) } : {}),
  };
}

/** The last sentence of a text: of a list's lead-in, the one that introduces the list. */
function lastSentence(text: string): string {
  const last = splitSentences(text).pop();
  return last ? text.slice(last.start, last.end) : text;
}

/**
 * A whole clause as a citation, the way an answer quotes it (with how it changed since the
 * previous version): for listing a topic's clauses.
 *
 * @example citeClause(search, 12) // { clause: 'kayako-privacy-2019-05-11--3--p2', whole: true, change: { status: 'reworded', … }, … }
 */
export function citeClause(search: PolicySearch, clause: number): Citation {
  const ranked: RankedClause = { clause, score: 0, lexical: 0, topic: 0, coverage: 0, matched: [], own: 0 };
  const opts = resolveAnswerOptions({ quote: { wholeUpTo: Infinity } });
  return cite(search, ranked, new Map(), opts);
}

/** How a clause differs from the previous version of its policy, from the index's alignments. */
function changeOf(search: PolicySearch, clause: number): { change?: CitationChange } {
  const { clauses, sections, versions } = search.index;
  const version = sections[clauses[clause]!.section]!.version;
  const alignment = (search.index.alignments ?? []).find((a) => a.newer === version);
  const link = alignment?.links.find((l) => l.newer === clause);
  if (!alignment || !link || (link.status !== 'unchanged' && link.status !== 'reworded' && link.status !== 'new')) return {};
  if (link.older < 0) return { change: { status: 'new', previous: null, diff: null } };
  const older = clauses[link.older]!;
  const section = sections[older.section]!;
  const previous = {
    version: versions[section.version]!.version,
    section: section.number,
    heading: section.heading,
    anchor: section.anchor,
    clause: older.anchor,
    quote: search.texts[link.older]!,
    spans: older.spans,
  };
  const diff = link.status === 'reworded' ? diffWords(search.texts[link.older]!, search.texts[clause]!) : null;
  return { change: { status: link.status, previous, diff } };
}

/** Most changes listed in one answer. */
const MAX_CHANGES = 8;

/**
 * Answers "what changed about cookies?": the changes between the two newest versions of the policy
 * on the question's topic (its most specific vocabulary concept, else its category), each quoted
 * from both versions. `null` when the policy has one version or nothing on that topic changed.
 */
function answerChanges(
  search: PolicySearch,
  analyzed: AnalyzedQuestion,
  ranked: RankedClause[],
  intent: 'changes' | 'new',
  opts: AnswerOptions,
): Answer | null {
  const { index } = search;
  const { versions, clauses, sections } = index;
  const policy = ranked[0] ? versions[sections[clauses[ranked[0].clause]!.section]!.version]!.policy : versions[0]?.policy;
  const alignment = (index.alignments ?? []).find((a) => a.policy === policy && versions[a.newer]!.age === 0);
  if (!alignment) return null;
  // The topic: the concept the question names in its own content words, else its category.
  const concept = analyzed.concepts.find(
    (m) => m.concept.category !== 'policy-change' && m.positions.some((p) => !isGenericTerm(analyzed.phrase[p]!) && analyzed.content.includes(analyzed.phrase[p]!)),
  )?.concept.id;
  const category = [...analyzed.categories].filter(([c]) => c !== 'policy-change').sort((a, b) => b[1] - a[1])[0]?.[0];
  const summary = summarizeChanges(index, [alignment], concept ? { concept } : category ? { topic: category } : {});
  let changes: ClauseChange[] = summary.comparisons.flatMap((c) => c.topics.flatMap((t) => t.changes));
  if (intent === 'new') changes = changes.filter((c) => c.status === 'new');
  // Nearest the question first: the order of the ranking, unranked changes after.
  const rank = new Map(ranked.map((r, i) => [r.clause, i]));
  const position = (c: ClauseChange) => {
    const anchors = [c.newer?.clause, c.older?.clause];
    const found = clauses.findIndex((cl) => anchors.includes(cl.anchor));
    return rank.get(found) ?? Number.MAX_SAFE_INTEGER;
  };
  changes = [...new Set(changes)].sort((a, b) => position(a) - position(b));
  // When the question names a topic, keep the changes that answer it about as well as the best.
  const scoreOf = (c: ClauseChange) => ranked[position(c)]?.score ?? 0;
  const best = changes[0] ? scoreOf(changes[0]) : 0;
  if ((concept || category) && best > 0) changes = changes.filter((c) => scoreOf(c) >= best * 0.6);
  changes = changes.slice(0, MAX_CHANGES);
  if (changes.length === 0) return null;
  const byAnchor = new Map(clauses.map((c, i) => [c.anchor, i]));
  const citations = changes.map((change) => {
    const anchor = (change.newer ?? change.older)!.clause;
    const i = byAnchor.get(anchor)!;
    const r = ranked.find((x) => x.clause === i) ?? { clause: i, score: 0, lexical: 0, topic: 0, coverage: 0, matched: [], own: 0 };
    return cite(search, r, analyzed.weights, { ...opts, quote: { ...opts.quote, wholeUpTo: Infinity } });
  });
  return {
    question: analyzed.text,
    answered: true,
    citations,
    note: 'changes',
    suggestions: [],
    corrections: analyzed.corrections,
    changes,
  };
}

/** Topics the policy covers, those nearest the question first. */
export function suggestTopics(search: PolicySearch, near: ReadonlyMap<Category, number> = new Map()): TopicSuggestion[] {
  const covered = new Set<Category>();
  for (const clause of search.index.clauses) for (const c of clause.categories) covered.add(c);
  return CATEGORIES.filter((c) => covered.has(c) && c !== 'other')
    .sort((a, b) => (near.get(b) ?? 0) - (near.get(a) ?? 0))
    .slice(0, 5)
    .map((category) => ({ category, label: CATEGORY_INFO[category].label, example: CATEGORY_INFO[category].example }));
}
