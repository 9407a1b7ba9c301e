import MiniSearch, { type SearchResult } from 'minisearch';
import { analyze } from './analyze.js';
import { isGenericTerm } from './generic-terms.js';
import { STOP_WORDS } from './stop-words.js';
import { leadInLabel } from './build-index.js';
import { splitSentences, spansText } from '../corpus/index.js';
import type { Category } from './categories.js';
import { INDEX_OPTIONS, QUERY_OPTIONS, SUGGEST_OPTIONS, type ClauseDocument } from './index-options.js';
import { analyzeQuestion, buildLexicon, type AnalyzedQuestion, type Lexicon } from './question.js';
import { openIndex, type StoredIndex } from './stored-index.js';
import type { PolicyIndex } from './types.js';

/** How the parts of a clause's score are weighed; see `rank`. */
export interface RankWeights {
  /** Words matched in the clause and its headings (BM25, scaled to the best clause). Default 1. */
  lexical: number;
  /** Exponent applied to the scaled BM25 score; below 1 it narrows the gap to the best clause. Default 0.5. */
  lexicalShape: number;
  /** The policy's words for the concepts the question names, per concept scaled to its best clause. Default 0.7. */
  related: number;
  /** A concept the visitor named in the policy's own words ("cookies") counts this much of one named in their words. Default 0.25. */
  policyWording: number;
  /** How the concepts' shares combine: 1 averages them, 0 adds them; between, a clause that answers one of several concepts well is not drowned by the others. Default 1. */
  conceptSpread: number;
  /** The best neighbouring clause of the same section. Default 0.25. */
  context: number;
  /** Data-practice categories shared by question and clause. Default 1. */
  topic: number;
  /** Share of the question's informative words the clause answers to. Default 1.2. */
  coverage: number;
  /** Each pair of neighbouring question words found side by side in the clause (at most 3). Default 0.15. */
  proximity: number;
  /** The opening clause of a section, for a question that names only a topic. Default 1. */
  lead: number;
  /** Share of the question's informative words that a clause's bold lead-in ("Cookies.", "Right of erasure.") names, itself or in the policy's words. Default 0.3. */
  label: number;
  /** Taken from a clause whose bold lead-in names none of the question's informative words ("Web Beacons." for a question about cookies): it is about something else. Default 0.3. */
  labelMismatch: number;
  /** Share of the privacy topics the visitor named in their own words that the clause names in one of the policy's phrases for them (tagged at build). Default 0.2. */
  conceptNamed: number;
  /** How much a question word weighs in coverage when neither the policy nor the vocabulary knows it, relative to the rarest policy word. Default 1.5. */
  unknown: number;
  /** The same for a question whose patterns or vocabulary name a privacy topic: there an unknown word is more likely filler ("I live in the EU"). Default 1. */
  unknownAnchored: number;
}

/** Default weights of the ranking. */
export const DEFAULT_RANK_WEIGHTS: Readonly<RankWeights> = { lexical: 1, lexicalShape: 0.5, related: 0.7, policyWording: 0.25, conceptSpread: 1, context: 0.25, topic: 1, coverage: 1.2, proximity: 0.15, lead: 1, label: 0.3, labelMismatch: 0.3, conceptNamed: 0.2, unknown: 1.5, unknownAnchored: 1 };

/** A clause with its score and the evidence for it. */
export interface RankedClause {
  /** Index of the clause in `PolicyIndex.clauses`. */
  clause: number;
  /** Combined score (higher is better). */
  score: number;
  /** BM25 score scaled so that the best clause has 1. */
  lexical: number;
  /** Share of the question's categories the clause has (0–1). */
  topic: number;
  /** Weighted share of the question's informative words the clause covers (0–1). */
  coverage: number;
  /** Index terms that matched. */
  matched: string[];
  /** Unscaled BM25 score of the visitor's own words in the clause (0 when none matched). */
  own: number;
}

/** How much a clause's topic score shrinks with the share of its topics the question does not name. */
const TOPIC_FOCUS = 0.25;

/**
 * Searches a policy index: loads MiniSearch with the shared options, ranks clauses by words,
 * topics and section context, and suggests completions.
 */
export class PolicySearch {
  /** The loaded index. */
  readonly index: PolicyIndex;
  /** Plain text of every clause. */
  readonly texts: string[];
  private readonly mini: MiniSearch<ClauseDocument>;
  private readonly weights: RankWeights;
  private readonly lexicon: Lexicon;
  private readonly pairs: Array<Set<string> | undefined> = [];
  private readonly sentences: Array<Array<Set<string>> | undefined> = [];
  /** Terms of each clause's bold lead-in, computed when first needed (`null`: none). */
  private readonly labels: Array<Set<string> | null | undefined> = [];

  /** Loads an index as built (`buildIndex`) or as stored (`packIndex`: a file from `policy-assistant build`). */
  constructor(index: PolicyIndex | StoredIndex, weights: Partial<RankWeights> = {}) {
    this.index = openIndex(index);
    this.mini = MiniSearch.loadJS<ClauseDocument>(this.index.search, INDEX_OPTIONS);
    this.texts = this.index.clauses.map((c) => spansText(c.spans));
    this.weights = { ...DEFAULT_RANK_WEIGHTS, ...weights };
    const names = this.index.versions.map((v) => v.policy.replace(/-/g, ' '));
    this.lexicon = buildLexicon(this.index, this.texts, names, this.index.versions.map((v) => v.company));
  }

  /** Analyses a question against this index. */
  analyze(question: string): AnalyzedQuestion {
    return analyzeQuestion(question, this.lexicon);
  }

  /**
   * Makes ready what loading leaves to the first question: the vocabulary and the number of
   * clauses each term occurs in. For an idle moment after loading, so the first answer is quick.
   */
  prepare(): void {
    // Reading them makes them.
    void this.lexicon.vocabulary;
    void this.index.df;
  }

  /** Whether the policy or the vocabulary knows a term (a stem, as `analyze` makes it). */
  knows(term: string): boolean {
    return documentFrequency(this.index.df, term) > 0 || this.lexicon.vocabulary.terms.has(term);
  }

  /** Inverse document frequency of a term; words the corpus lacks weigh most. */
  idf(term: string, anchored = false): number {
    const n = this.index.clauses.length;
    const df = documentFrequency(this.index.df, term);
    const idf = Math.log(1 + n / (df + 0.5));
    if (df > 0) return idf;
    return idf * (this.knows(term) ? 1 : anchored ? this.weights.unknownAnchored : this.weights.unknown);
  }

  /**
   * Ranks the clauses of all versions for an analysed question, best first. A clause scores with
   * its words, its section's headings, its neighbours in the section and the topics it shares with
   * the question.
   */
  rank(question: AnalyzedQuestion): RankedClause[] {
    if (question.weights.size === 0) return [];
    // The visitor's own words, searched as they are (generic words such as "data" count little).
    const ownTerms = [...question.weights].filter(([, w]) => w === 1).map(([t]) => t);
    const own = this.scores(ownTerms, (t) => (question.content.includes(t) && !question.idioms.includes(t) ? 1 : 0.3));
    const ownBest = this.bestByVersion(own, question);
    // The policy's words for each concept the question names, searched per concept and scaled to
    // that concept's best clause, so that a long clause naming many related words does not
    // outweigh a short one that answers.
    const related = new Map<number, number>();
    const relatedMatches = new Map<number, Set<string>>();
    const conceptScores = new Map<string, Map<number, number>>();
    let conceptWeight = 0;
    for (const match of question.concepts) {
      const terms = match.concept.expansion.filter((t) => !ownTerms.includes(t));
      if (terms.length === 0) continue;
      // A concept named only in generic words ("my personal details") is not what the question
      // asks about: its policy words would pull in every clause about personal data. (Small words
      // alone, "do with my", "who I am", do name a concept.)
      const words = match.positions.map((p) => question.phrase[p]!);
      if (words.some(isGenericTerm) && words.every((t) => isGenericTerm(t) || STOP_WORDS.has(t))) continue;
      const weight = match.policyWording ? this.weights.policyWording : 1;
      conceptWeight += weight;
      const found = this.scores(terms, () => 1);
      const bestOf = this.bestByVersion(found, question);
      const perClause = new Map<number, number>();
      conceptScores.set(match.concept.id, perClause);
      for (const [id, r] of found.results) {
        perClause.set(id, r.score / bestOf(id));
        related.set(id, (related.get(id) ?? 0) + (weight * r.score) / bestOf(id));
        const set = relatedMatches.get(id) ?? new Set<string>();
        for (const term of Object.keys(r.match)) set.add(term);
        relatedMatches.set(id, set);
      }
    }
    const candidates = new Set<number>([...own.results.keys(), ...related.keys()]);
    if (candidates.size === 0) return [];
    const lexicalOf = (id: number) => {
      const o = own.results.get(id);
      const ownScore = o ? Math.pow(o.score / ownBest(id), this.weights.lexicalShape) : 0;
      // Scaled by at least 1, so that concepts named in the policy's own words add at most half.
      const rel = conceptWeight > 0 ? (related.get(id) ?? 0) / Math.pow(Math.max(1, conceptWeight), this.weights.conceptSpread) : 0;
      return this.weights.lexical * ownScore + this.weights.related * rel;
    };

    const slots = this.slots(question);
    const expansions = new Map(question.concepts.map((m) => [m.concept.id, m.concept.expansion]));
    const totalSlotWeight = slots.reduce((sum, s) => sum + s.weight, 0) || 1;
    const questionPairs = this.questionPairs(question);
    const broad = question.content.length <= 1;
    const questionCategoryWeight = [...question.categories.values()].reduce((a, b) => a + b, 0);
    const askedConcepts = question.concepts.filter((m) => !m.policyWording && m.concept.category !== null).map((m) => m.concept.id);
    const clauses = this.index.clauses;
    const sections = this.index.sections;

    const ranked: RankedClause[] = [];
    for (const id of candidates) {
      const clause = clauses[id]!;
      const section = sections[clause.section]!;
      const matchesOf = (n: number) => new Set([...Object.keys(own.results.get(n)?.match ?? {}), ...(relatedMatches.get(n) ?? [])]);
      const matchedSet = matchesOf(id);
      const matched = [...matchedSet];
      // A list item is read with the sentence that introduces it ("We collect personal data from
      // you at several points, including:" → "when you attend our webinars").
      const leadId = id !== section.first && this.introduces(section.first) ? section.first : -1;
      const leadMatches = leadId >= 0 ? matchesOf(leadId) : new Set<string>();
      let covered = 0;
      for (const slot of slots) {
        if (matchedSet.has(slot.term) && !slot.idiom) {
          covered += slot.weight;
          continue;
        }
        // A word answered in the policy's words counts as much as the clause is about its concept.
        let best = leadMatches.has(slot.term) ? 0.7 : 0;
        for (const concept of slot.concepts) {
          const scores = conceptScores.get(concept);
          best = Math.max(best, 0.8 * (scores?.get(id) ?? 0), leadId >= 0 ? 0.7 * 0.8 * (scores?.get(leadId) ?? 0) : 0);
        }
        covered += slot.weight * best;
      }
      // A clause of several sentences answers as much as its best sentence does: a long clause
      // that names the question's words in different sentences ("collect" here, "cookies" there)
      // is about something else.
      covered = Math.min(covered, this.sentenceCoverage(id, slots, expansions, leadMatches));
      let context = 0;
      // Neighbours in document order within the version: a sub-section's first clause follows
      // its parent's lead-in ("Our mailing addresses are:").
      for (const neighbour of [id - 1, id + 1]) {
        const other = clauses[neighbour];
        if (!other || sections[other.section]!.version !== section.version || !candidates.has(neighbour)) continue;
        context = Math.max(context, lexicalOf(neighbour));
      }
      let topic = 0;
      if (questionCategoryWeight > 0) {
        let shared = 0;
        for (const category of clause.categories) {
          const weight = question.categories.get(category as Category) ?? 0;
          topic += weight;
          if (weight > 0) shared++;
        }
        // A clause tagged with many topics is about each of them less.
        const focus = clause.categories.length > 0 ? Math.pow(shared / clause.categories.length, TOPIC_FOCUS) : 1;
        topic = (topic / questionCategoryWeight) * focus;
      }
      let pairs = 0;
      if (questionPairs.length > 0) {
        const own = this.clausePairs(id);
        for (const pair of questionPairs) if (own.has(pair)) pairs++;
      }
      const lead = broad && id === section.first && section.count >= 3 ? topic : 0;
      // A bold lead-in says what the clause is about: "Cookies." answers "does it collect cookies?".
      let label = 0;
      const labelTerms = this.labelTerms(id);
      if (labelTerms && slots.length > 0) {
        for (const slot of slots) {
          if (labelTerms.has(slot.term) || inPolicyWords(slot, labelTerms, expansions)) label += slot.weight;
        }
        label /= totalSlotWeight;
      }
      const lex = lexicalOf(id);
      // The clause names, in one of the policy's phrases for it, a topic the visitor asked about
      // in their own words ("tailored to your interests" for "ads based on what I like").
      const named = askedConcepts.length > 0 ? askedConcepts.filter((c) => clause.concepts.includes(c)).length / askedConcepts.length : 0;
      // A question of frame and generic words only ("who else gets my data?") is covered by topic.
      const coverage = slots.length > 0 ? covered / totalSlotWeight : topic;
      const w = this.weights;
      const score =
        lex +
        w.context * context +
        w.topic * topic +
        w.coverage * coverage +
        w.proximity * Math.min(pairs, 3) +
        w.lead * lead +
        w.label * label +
        w.conceptNamed * named -
        (labelTerms && slots.length > 0 && label === 0 ? w.labelMismatch : 0);
      ranked.push({ clause: id, score, lexical: lex, topic, coverage, matched, own: own.results.get(id)?.score ?? 0 });
    }
    ranked.sort((a, b) => b.score - a.score || a.clause - b.clause);
    return ranked;
  }

  /**
   * Completions for what a visitor is typing (MiniSearch's `autoSuggest`), as the policy writes
   * its words rather than as the index stems them.
   *
   * @example search.suggest('cook') // ['cookies', …]
   */
  suggest(prefix: string, limit = 5): string[] {
    const text = prefix.slice(0, 200);
    if (!text.trim()) return [];
    const out = new Set<string>();
    for (const s of this.mini.autoSuggest(text, SUGGEST_OPTIONS)) {
      out.add(s.terms.map((t) => this.lexicon.written.get(t) ?? t).join(' '));
      if (out.size >= limit) break;
    }
    return [...out];
  }

  /** Whether a clause introduces a list: it ends with a colon. */
  private introduces(id: number): boolean {
    return this.texts[id]!.trimEnd().endsWith(':');
  }

  /**
   * What a clause's score is scaled by: the best score of all versions, or of the clause's own
   * version when the question names one ("what did the original policy say about…"), whose clauses
   * are then measured against each other, not against another version's wording.
   */
  private bestByVersion(found: { results: Map<number, SearchResult>; best: number }, question: AnalyzedQuestion): (id: number) => number {
    if (question.version.kind === 'any') return () => found.best;
    const best = new Map<number, number>();
    const versionOf = (id: number) => this.index.sections[this.index.clauses[id]!.section]!.version;
    for (const [id, r] of found.results) best.set(versionOf(id), Math.max(best.get(versionOf(id)) ?? 0, r.score));
    return (id) => best.get(versionOf(id)) || found.best;
  }

  /** MiniSearch scores of clauses for terms, with the best score. */
  private scores(terms: string[], boost: (term: string) => number): { results: Map<number, SearchResult>; best: number } {
    const results = new Map<number, SearchResult>();
    if (terms.length === 0) return { results, best: 1 };
    const found = this.mini.search(terms.join(' '), { ...QUERY_OPTIONS, boostTerm: boost });
    for (const r of found) results.set(r.id as number, r);
    return { results, best: found[0]?.score ?? 1 };
  }

  /** Pairs of neighbouring question terms ("data protect", "protect author"), not both generic. */
  private questionPairs(question: AnalyzedQuestion): string[] {
    const meaningful = new Set(question.content);
    const out: string[] = [];
    const terms = question.terms.filter((t) => question.weights.has(t));
    for (let i = 0; i + 1 < terms.length; i++) {
      if (meaningful.has(terms[i]!) || meaningful.has(terms[i + 1]!)) out.push(`${terms[i]} ${terms[i + 1]}`);
    }
    return out;
  }

  /** Terms of a clause's bold lead-in, or `null` when it has none. */
  private labelTerms(id: number): Set<string> | null {
    return perClause(this.labels, id, () => {
      const label = leadInLabel(this.index.clauses[id]!.spans);
      return label ? new Set(analyze(label)) : null;
    });
  }

  /**
   * Weighted question words that the best single sentence of a clause answers to: itself, in the
   * policy's words for its concepts (0.8), or through the list's lead-in (0.7); `Infinity` for a
   * clause of one sentence, which its clause-level coverage already measures.
   */
  private sentenceCoverage(id: number, slots: readonly Slot[], expansions: ReadonlyMap<string, readonly string[]>, leadMatches: ReadonlySet<string>): number {
    const sentences = this.clauseSentences(id);
    if (sentences.length < 2) return Infinity;
    let best = 0;
    for (const terms of sentences) {
      let covered = 0;
      for (const slot of slots) {
        if (terms.has(slot.term) && !slot.idiom) covered += slot.weight;
        else if (inPolicyWords(slot, terms, expansions)) covered += 0.8 * slot.weight;
        else if (leadMatches.has(slot.term)) covered += 0.7 * slot.weight;
      }
      best = Math.max(best, covered);
    }
    return best;
  }

  /** Terms of each sentence of a clause, computed when first needed. */
  private clauseSentences(id: number): Array<Set<string>> {
    return perClause(this.sentences, id, () => {
      const text = this.texts[id]!;
      return splitSentences(text).map((r) => new Set(analyze(text.slice(r.start, r.end))));
    });
  }

  /** Pairs of neighbouring terms of a clause, computed when first needed. */
  private clausePairs(id: number): Set<string> {
    return perClause(this.pairs, id, () => {
      const terms = analyze(this.texts[id]!);
      const pairs = new Set<string>();
      for (let i = 0; i + 1 < terms.length; i++) pairs.add(`${terms[i]} ${terms[i + 1]}`);
      return pairs;
    });
  }

  /** The informative words of a question, each with the policy words that answer to it. */
  private slots(question: AnalyzedQuestion): Slot[] {
    return question.content.map((term) => {
      const concepts = question.concepts
        .filter((m) => m.positions.some((p) => question.phrase[p] === term))
        .map((m) => m.concept.id);
      // A number the policy lacks ("my 12 year old") says little; a word it lacks says a lot.
      const weight = /^\d+$/.test(term) && !documentFrequency(this.index.df, term) ? 0.3 : this.idf(term, question.categories.size > 0);
      return { term, weight, concepts, idiom: question.idioms.includes(term) };
    });
  }
}

/** A value of a clause from its cache (`undefined`: not made yet), made and kept when first asked for. */
function perClause<T>(cache: Array<T | undefined>, id: number, make: () => T): T {
  let value = cache[id];
  if (value === undefined) cache[id] = value = make();
  return value;
}

/** Whether some of `terms` are the policy's words for a concept the question word names. */
function inPolicyWords(slot: Slot, terms: ReadonlySet<string>, expansions: ReadonlyMap<string, readonly string[]>): boolean {
  return slot.concepts.some((c) => expansions.get(c)?.some((t) => terms.has(t)));
}

/** An informative word of a question: its term, its weight and the concepts it names. */
interface Slot {
  /** The word's term, as `analyze` makes it. */
  term: string;
  /** How much it weighs: its inverse document frequency, less for a number the policy lacks. */
  weight: number;
  /** Ids of the vocabulary concepts it names, whose policy words also answer it. */
  concepts: string[];
  /** Whether the question says it only inside an idiom: only its concepts' words answer it. */
  idiom: boolean;
}

/** Number of clauses a term occurs in; 0 for words such as "constructor" that only objects have. */
export function documentFrequency(df: Readonly<Record<string, number>>, term: string): number {
  return Object.hasOwn(df, term) ? df[term]! : 0;
}
