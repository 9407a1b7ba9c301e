import MiniSearch, { type SearchResult } from 'minisearch';
import { analyze } from './analyze.js';
import { spansText } from '../corpus/index.js';
import type { Category } from './categories.js';
import { INDEX_OPTIONS, QUERY_OPTIONS, SUGGEST_OPTIONS, type ClauseDocument } from './index-options.js';
import { analyzeQuestion, buildLexicon, type AnalyzedQuestion, type Lexicon } from './question.js';
import type { PolicyIndex } from './types.js';
import { VOCABULARY_TERMS } from './vocabulary-terms.js';

/** How the parts of a clause's score are weighed; see `rank`. */
export interface RankWeights {
  /** Words matched in the clause and its headings (BM25, scaled to the best clause). Default 1. */
  lexical: number;
  /** Exponent applied to the scaled BM25 score; below 1 it narrows the gap to the best clause. Default 0.5. */
  lexicalShape: number;
  /** The best neighbouring clause of the same section. Default 0.25. */
  context: number;
  /** Data-practice categories shared by question and clause. Default 0.5. */
  topic: number;
  /** Share of the question's informative words the clause answers to. Default 1.2. */
  coverage: number;
  /** Each pair of neighbouring question words found side by side in the clause (at most 3). Default 0.15. */
  proximity: number;
  /** The opening clause of a section, for a question that names only a topic. Default 0.25. */
  lead: number;
  /** How much a question word weighs in coverage when neither the policy nor the vocabulary knows it, relative to the rarest policy word. Default 1.5. */
  unknown: number;
}

/** Default weights of the ranking. */
export const DEFAULT_RANK_WEIGHTS: Readonly<RankWeights> = { lexical: 1, lexicalShape: 0.5, context: 0.25, topic: 0.5, coverage: 1.2, proximity: 0.15, lead: 0.25, unknown: 1.5 };

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
}

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

  constructor(index: PolicyIndex, weights: Partial<RankWeights> = {}) {
    if (!index || index.format !== 1 || !Array.isArray(index.clauses)) {
      throw new Error('policy-assistant: the index is not a policy-assistant index (format 1); rebuild it with "policy-assistant build"');
    }
    this.index = index;
    this.mini = MiniSearch.loadJS<ClauseDocument>(index.search, INDEX_OPTIONS);
    this.texts = index.clauses.map((c) => spansText(c.spans));
    this.weights = { ...DEFAULT_RANK_WEIGHTS, ...weights };
    const names = index.versions.flatMap((v) => [v.company, v.policy.replace(/-/g, ' ')]);
    this.lexicon = buildLexicon(index.df, this.texts, names);
  }

  /** Analyses a question against this index. */
  analyze(question: string): AnalyzedQuestion {
    return analyzeQuestion(question, this.lexicon);
  }

  /** Inverse document frequency of a term; words the corpus lacks weigh most. */
  idf(term: string): number {
    const n = this.index.clauses.length;
    const df = this.index.df[term] ?? 0;
    const idf = Math.log(1 + n / (df + 0.5));
    return df === 0 ? idf * (VOCABULARY_TERMS.has(term) ? 1 : this.weights.unknown) : idf;
  }

  /**
   * Ranks the clauses of all versions for an analysed question, best first. A clause scores with
   * its words, its section's headings, its neighbours in the section and the topics it shares with
   * the question.
   */
  rank(question: AnalyzedQuestion): RankedClause[] {
    if (question.weights.size === 0) return [];
    const terms = [...question.weights.keys()];
    const results = this.mini.search(terms.join(' '), {
      ...QUERY_OPTIONS,
      boostTerm: (term) => question.weights.get(term) ?? 1,
    });
    if (results.length === 0) return [];
    const best = results[0]!.score;
    const lexical = new Map<number, SearchResult>();
    for (const r of results) lexical.set(r.id as number, r);

    const slots = this.slots(question);
    const totalSlotWeight = slots.reduce((sum, s) => sum + s.weight, 0) || 1;
    const questionPairs = this.questionPairs(question);
    const broad = question.content.length <= 1;
    const questionCategoryWeight = [...question.categories.values()].reduce((a, b) => a + b, 0);
    const clauses = this.index.clauses;
    const sections = this.index.sections;

    const ranked: RankedClause[] = [];
    for (const [id, result] of lexical) {
      const clause = clauses[id]!;
      const section = sections[clause.section]!;
      const matched = Object.keys(result.match);
      const matchedSet = new Set(matched);
      let covered = 0;
      for (const slot of slots) {
        if (matchedSet.has(slot.term)) covered += slot.weight;
        else if (slot.alternatives.some((t) => matchedSet.has(t))) covered += slot.weight * 0.8;
      }
      let context = 0;
      for (const neighbour of [id - 1, id + 1]) {
        if (neighbour < section.first || neighbour >= section.first + section.count) continue;
        const r = lexical.get(neighbour);
        if (r) context = Math.max(context, r.score / best);
      }
      let topic = 0;
      if (questionCategoryWeight > 0) {
        for (const category of clause.categories) topic += question.categories.get(category as Category) ?? 0;
        topic /= questionCategoryWeight;
      }
      let pairs = 0;
      if (questionPairs.length > 0) {
        const own = this.clausePairs(id);
        for (const pair of questionPairs) if (own.has(pair)) pairs++;
      }
      const lead = broad && id === section.first && section.count >= 3 ? topic : 0;
      const lex = result.score / best;
      // A question of frame and generic words only ("who else gets my data?") is covered by topic.
      const coverage = slots.length > 0 ? covered / totalSlotWeight : topic;
      const w = this.weights;
      const score =
        w.lexical * Math.pow(lex, w.lexicalShape) +
        w.context * context +
        w.topic * topic +
        w.coverage * coverage +
        w.proximity * Math.min(pairs, 3) +
        w.lead * lead;
      ranked.push({ clause: id, score, lexical: lex, topic, coverage, matched });
    }
    ranked.sort((a, b) => b.score - a.score || a.clause - b.clause);
    return ranked;
  }

  /**
   * Completions for what a visitor is typing, from the index's own words.
   *
   * @example search.suggest('cook') // ['cookies', …]
   */
  suggest(prefix: string, limit = 5): string[] {
    const text = prefix.slice(0, 200);
    if (!text.trim()) return [];
    return this.mini
      .autoSuggest(text, SUGGEST_OPTIONS)
      .slice(0, limit)
      .map((s) => s.suggestion);
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

  /** Pairs of neighbouring terms of a clause, computed when first needed. */
  private clausePairs(id: number): Set<string> {
    let pairs = this.pairs[id];
    if (!pairs) {
      const terms = analyze(this.texts[id]!);
      pairs = new Set();
      for (let i = 0; i + 1 < terms.length; i++) pairs.add(`${terms[i]} ${terms[i + 1]}`);
      this.pairs[id] = pairs;
    }
    return pairs;
  }

  /** The informative words of a question, each with the policy words that answer to it. */
  private slots(question: AnalyzedQuestion): Array<{ term: string; weight: number; alternatives: string[] }> {
    return question.content.map((term) => {
      const alternatives = question.concepts
        .filter((m) => m.positions.some((p) => question.terms[p] === term))
        .flatMap((m) => m.concept.expansion);
      // A number the policy lacks ("my 12 year old") says little; a word it lacks says a lot.
      const weight = /^\d+$/.test(term) && !this.index.df[term] ? 0.3 : this.idf(term);
      return { term, weight, alternatives };
    });
  }
}
