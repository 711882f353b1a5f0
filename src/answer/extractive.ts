import type { RetrievedPassage } from '../domain.ts';
import type { QueryAnalysis } from '../retrieval/query-analysis.ts';
import { lexicalTokens } from '../text/tokens.ts';
import { splitSentences } from '../text/sentences.ts';
import { findRegions, regionByName } from '../text/regions.ts';
import {
  GENERIC_GROUPS,
  findAllTermGroups,
  matchTerms,
  saidInOtherOrder,
} from '../retrieval/thesaurus.ts';
import { contradicts, contrastSides } from '../retrieval/contrasts.ts';
import { detectLanguage, isCjkOnly, startsWithCjk } from '../text/cjk.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { planPeriodEnds } from '../text/plan-periods.ts';
import { askedYears, statedYears, targetYears } from '../text/years.ts';
import { findQuantities, sameQuantity, type Quantity } from '../text/numbers.ts';
import { DEFAULT_WEIGHTS, type AnswerWeights } from '../weights.ts';
import { ASKS_FIGURE, answerType, statesFigure, statesNumber } from './answer-type.ts';

/**
 * The offline answerer: picks the sentences of the retrieved passages that best answer the
 * question and quotes them with [n] markers. It never writes a claim of its own, so every
 * number in its answer is a number of the passage it cites.
 */
export interface AnswerSentence {
  passage: RetrievedPassage;
  /** Offsets of the sentence inside the passage text. */
  start: number;
  end: number;
  text: string;
  score: number;
  /** The sentence (or its heading or title) names a topic the question asks about; true when the question names none. */
  topics?: boolean;
  /** Years the sentence is about: its own (baselines left out, plan periods as their end year), else its paragraph's target year. */
  years?: string[];
}

export interface ExtractiveAnswer {
  answerable: boolean;
  sentences: AnswerSentence[];
  /** Best sentence score, for diagnostics and thresholds. */
  confidence: number;
}

export interface ExtractiveOptions {
  weights?: AnswerWeights;
  maxSentences?: number;
  /**
   * Whether a passage is inside the question's scope (a document it names, the regions it
   * names, national documents by default); null when the question sets no scope.
   */
  inScope?: (passage: RetrievedPassage) => boolean | null;
  /** The documents the question names: when any of their sentences answers, only theirs do. */
  named?: (passage: RetrievedPassage) => boolean;
}

const QUESTION_WORDS = new Set(
  'what which who whom whose when where why how much many is are was were the a an of in on for to by and or does do did target targets goal goals set sets plan plans policy policies document documents say says said according tell me please there their its it that this according compared china chinese province provinces region regions city cities 多 少 多少 什么 哪些 哪个 是 的 了 吗 呢 有 在 和 与 及 年 为 到 目标 要求 规定 提出 文件 政策'.split(
    ' ',
  ),
);

const TARGET_CUE =
  /\b(by|in|before)\s+20\d\d\b|\b(reach|exceed|increase|reduce|decrease|cut|lower|at least|no less than|no more than|capped|cap|maximum|more than|over|account for|strive|target)\b|到20\d\d年|达到|超过|下降|降低|提高|不低于|不超过|以上|左右|力争|控制在|上限|最高/i;
/** Whether a text states a quantity with a unit ("18 million kilowatts", "1.6万元", "25%"), by the one number parser. */
function statesQuantity(text: string): boolean {
  return findQuantities(text).some((q) => q.kind !== 'year' && q.unit !== null);
}

const LIST_ITEM = /^\s*(?:\d{1,2}\s*[.、)）]|[（(]\s*\d{1,2}\s*[)）]|[-•·*]\s)/;

function weightOf(token: string, weights: AnswerWeights): number {
  if (isCjkOnly(token)) return token.length === 1 ? weights.cjkUnigram : weights.cjkBigram;
  if (/^\d/.test(token)) return weights.number;
  return 1;
}

// Groups weighed lightly in answer scoring: the generic ones, and "subsidy" too: most trade-in sentences name one.
export const LIGHT_GROUPS: ReadonlySet<string> = new Set([...GENERIC_GROUPS, 'subsidy']);

/**
 * What a question asks about, as concepts a sentence can cover in either language: thesaurus
 * groups (any wording, English or Chinese, covers them), the regions it names (covered by a
 * passage from that region or a sentence naming it), and its remaining words and numbers.
 */
interface Concepts {
  groups: { id: string; weight: number }[];
  regions: string[];
  tokens: Map<string, number>;
}

function questionConcepts(analysis: QueryAnalysis, weights: AnswerWeights): Concepts {
  const matches = matchTerms(analysis.text);
  let residual = analysis.text;
  for (const m of [...matches].sort((a, b) => b.start - a.start))
    residual = residual.slice(0, m.start) + ' ' + residual.slice(m.end);
  for (const name of analysis.regions) {
    const region = regionByName(name);
    for (const alias of region
      ? [region.zh, region.name, ...region.aliases].sort((a, b) => b.length - a.length)
      : [name]) {
      residual = residual.split(alias).join(' ');
      residual = residual.replace(new RegExp(escapeRegExp(alias), 'gi'), ' ');
    }
  }
  const groups = Array.from(
    new Map(
      matches.map((m) => [
        m.group.id,
        {
          id: m.group.id,
          weight: LIGHT_GROUPS.has(m.group.id) ? weights.genericGroup : weights.group,
        },
      ]),
    ).values(),
  );
  const tokens = new Map<string, number>();
  for (const token of lexicalTokens(residual))
    if (!QUESTION_WORDS.has(token)) tokens.set(token, weightOf(token, weights));
  return { groups, regions: analysis.regions, tokens };
}

/**
 * Sentences of a passage as answer candidates. Clauses separated by ；/; are kept together
 * while the sentence stays short (a list of targets under one "到2025年，" reads as one
 * statement); each candidate also knows the target year stated earlier in its paragraph
 * ("到2030年，…。单位国内生产总值二氧化碳排放比2005年下降65%以上。" applies to 2030).
 */
function candidateSpans(
  text: string,
): { start: number; end: number; text: string; inheritedYears: string[]; targetYears: string[] }[] {
  const merged: { start: number; end: number }[] = [];
  for (const span of splitSentences(text)) {
    const last = merged[merged.length - 1];
    const lastText = last ? text.slice(last.start, last.end) : '';
    if (
      last &&
      /[；;]$/.test(lastText) &&
      !text.slice(last.end, span.start).includes('\n') &&
      span.end - last.start <= 160
    )
      last.end = span.end;
    else merged.push({ start: span.start, end: span.end });
  }
  let paragraphYears: string[] = [];
  return merged.map(({ start, end }) => {
    // A new paragraph starts afresh, unless it is the next item of a list ("2. …", "（二）", "- …"),
    // which keeps the time frame of the line that opened the list.
    if (
      start === 0 ||
      (text.slice(Math.max(0, start - 2), start).includes('\n\n') &&
        !LIST_ITEM.test(text.slice(start, start + 6)))
    )
      paragraphYears = [];
    const sentence = text.slice(start, end);
    const own = targetYears(sentence);
    // A plan period stated in the sentence gives it that period's target year, as a stated year would.
    const period = own.length ? [] : planPeriodEnds(sentence);
    const inherited = own.length ? [] : period.length ? period : paragraphYears;
    if (own.length || period.length) paragraphYears = own.length ? own : period;
    return {
      start,
      end,
      text: sentence,
      inheritedYears: inherited,
      targetYears: own.length ? own : inherited,
    };
  });
}

export function scoreSentences(
  passages: RetrievedPassage[],
  analysis: QueryAnalysis,
  options: ExtractiveOptions = {},
): AnswerSentence[] {
  const weighting = options.weights ?? DEFAULT_WEIGHTS.answer;
  const concepts = questionConcepts(analysis, weighting);
  // Which concepts each candidate covers (keys: g:<group>, r:<region>, t:<token>), in the
  // sentence itself or (weaker) only in the document's title and heading.
  const candidates: {
    passage: RetrievedPassage;
    rank: number;
    start: number;
    end: number;
    text: string;
    covers: Set<string>;
    context: Set<string>;
    years: string[];
    targetYears: string[];
    topics: boolean;
  }[] = [];
  // What the question is about, beyond where and when: its specific topics and its remaining
  // content words (not numbers, not single Chinese characters).
  const topical = [
    ...concepts.groups.filter((g) => !LIGHT_GROUPS.has(g.id)).map((g) => 'g:' + g.id),
    ...[...concepts.tokens.keys()]
      .filter((t) => !/^\d/.test(t) && !(t.length === 1 && isCjkOnly(t)))
      .map((t) => 't:' + t),
  ];
  const askedSides = contrastSides(analysis.text);
  const modifiers = compoundModifiers(analysis.text);
  passages.forEach((passage, rank) => {
    const passageRegionMatches = concepts.regions.includes(passage.region);
    const frame = `${passage.title}\n${passage.heading ?? ''}`;
    const frameGroups = new Set(matchTerms(frame).map((m) => m.group.id));
    const frameTokens = new Set(lexicalTokens(frame));
    // The sentence before, in the same paragraph: "每件补贴最高1500元。" is about the appliances it follows.
    let previous = '';
    for (const span of candidateSpans(passage.text)) {
      const text = span.text;
      const before = previous;
      previous = text;
      if (text.replace(/\s/g, '').length < 8) continue;
      const tokens = new Set(lexicalTokens(text));
      const groups = new Set(matchTerms(text).map((m) => m.group.id));
      // On topic without scoring: every group a wording belongs to ("new energy vehicles" also says
      // "new energy"), a group said in other order ("share of coal in energy consumption" for
      // 煤炭消费), or, for a sentence that names no topic of its own, a group of the sentence before.
      const elliptical = ![...groups].some((g) => !LIGHT_GROUPS.has(g));
      const around = new Set(
        findAllTermGroups(elliptical ? `${before}\n${text}` : text).map((g) => g.id),
      );
      const covers = new Set<string>();
      const context = new Set<string>();
      const inParts = new Set<string>();
      for (const g of concepts.groups) {
        if (groups.has(g.id)) covers.add('g:' + g.id);
        else if (frameGroups.has(g.id)) context.add('g:' + g.id);
        else if (around.has(g.id) || saidInOtherOrder(g.id, text)) inParts.add('g:' + g.id);
      }
      for (const t of concepts.tokens.keys()) {
        if (tokens.has(t) || span.inheritedYears.includes(t)) covers.add('t:' + t);
        else if (frameTokens.has(t)) context.add('t:' + t);
      }
      // Dictionary translations of the question's words cover a sentence in the other language.
      if (crossLingualText(text, analysis.language)) {
        const lower = text.toLowerCase();
        analysis.translationGroups.forEach((alternatives, i) => {
          if (alternatives.some((term) => containsTerm(lower, term))) covers.add(`x:${i}`);
        });
      }
      if (concepts.regions.length > 0) {
        const named = findRegions(text);
        for (const r of concepts.regions)
          if (passageRegionMatches || named.includes(r)) covers.add('r:' + r);
      }
      // The sentence, or its heading and title, is about what the question asks about.
      // A sentence in the other language cannot hold the question's own words: its topics are the
      // thesaurus groups, or failing those a dictionary translation it contains.
      const otherLanguage = crossLingualText(text, analysis.language);
      // A question that names topics the thesaurus knows is judged on those: a shared word ("建成",
      // "build") does not make a sentence about charging points answer one about refuelling stations.
      // In a compound ("EV charging points", "新能源汽车充电桩") the last topic is what is asked about.
      // A measure ("installed capacity", "装机") is the topic only when the question names nothing it measures.
      const things = topical.filter(
        (key) =>
          key.startsWith('g:') && !modifiers.has(key.slice(2)) && !MEASURE_GROUPS.has(key.slice(2)),
      );
      const named = things.length > 0 ? things : topical.filter((key) => key.startsWith('g:'));
      const judged = otherLanguage || named.length > 0 ? named : topical;
      // Failing those, several of its own words together still show the topic (a paraphrase).
      const words = otherLanguage
        ? 0
        : topical.filter((key) => key.startsWith('t:') && covers.has(key)).length;
      // A sentence about a sibling of the asked topic (coal for non-fossil energy) answers another question.
      const contrary = contradicts(askedSides, contrastSides(text));
      const topics =
        !contrary &&
        (judged.length === 0 ||
          judged.some((key) => covers.has(key) || context.has(key) || inParts.has(key)) ||
          words >= weighting.topicWords ||
          (otherLanguage && [...covers].some((key) => key.startsWith('x:'))));
      candidates.push({
        passage,
        rank,
        start: span.start,
        end: span.end,
        text,
        covers,
        context,
        years: span.inheritedYears,
        targetYears: span.targetYears,
        topics,
      });
    }
  });
  // Concepts every candidate covers (the document's own title words, the year) tell the
  // sentences apart less than rare ones: weight by inverse frequency among the candidates.
  const weights = new Map<string, number>();
  for (const g of concepts.groups) weights.set('g:' + g.id, g.weight);
  for (const r of concepts.regions) weights.set('r:' + r, weighting.region);
  for (const [t, w] of concepts.tokens) weights.set('t:' + t, w);
  analysis.translationGroups.forEach((_, i) => weights.set(`x:${i}`, weighting.translation));
  const n = candidates.length;
  let total = 0;
  for (const [key, w] of weights) {
    const df = candidates.filter((c) => c.covers.has(key)).length;
    const idf = Math.max(0.25, Math.log((n + 1) / (df + 0.5)) / Math.log(n + 1 || 2));
    weights.set(key, w * idf);
    // Translations are noisy: a bonus for sentences in the other language, never a requirement.
    if (!key.startsWith('x:')) total += w * idf;
  }
  total = total || 1;

  // A sentence in the other language cannot contain the question's own words (Chinese bigrams
  // for an English passage, English words for a Chinese one): it is judged on what crosses
  // languages, the thesaurus concepts, regions and numbers, instead of failing those words.
  const crossTotal =
    Array.from(weights).reduce(
      (sum, [key, w]) =>
        sum + (isScriptToken(key, analysis.language) || key.startsWith('x:') ? 0 : w),
      0,
    ) || total;

  const out: AnswerSentence[] = candidates.map((c) => {
    let covered = 0;
    for (const key of c.covers) covered += weights.get(key) ?? 0;
    for (const key of c.context) covered += weighting.frame * (weights.get(key) ?? 0);
    const crossLingual = detectLanguage(c.text) !== analysis.language;
    let score = crossLingual
      ? (covered / crossTotal) * weighting.crossLingualDiscount
      : covered / total;
    const hasQuantity = statesFigure(c.text);
    if (analysis.quantitative)
      score = hasQuantity ? score + weighting.quantityBonus : score * weighting.noQuantityFactor;
    if (TARGET_CUE.test(c.text)) score += weighting.targetCue;
    for (const year of analysis.years)
      if (c.text.includes(String(year)) || c.years.includes(String(year)))
        score += weighting.yearMatch;
    // A target for another year than the one asked ("到2030年…" for a 2025 question) answers another question.
    if (
      analysis.years.length > 0 &&
      c.targetYears.length > 0 &&
      !c.targetYears.some((y) => analysis.years.includes(Number(y)))
    )
      score -= weighting.otherYear;
    // Headings and titles restate the question's words without answering it.
    if (!/[，,。.;；:：]/.test(c.text) && c.text.length < 60 && !hasQuantity)
      score *= weighting.headingFactor;
    score += weighting.rank * (1 - c.rank / Math.max(1, passages.length));
    const scoped = options.inScope?.(c.passage) ?? null;
    if (scoped !== null) score += scoped ? weighting.inScope : -weighting.outOfScope;
    const own = [...statedYears(c.text).map(String), ...planPeriodEnds(c.text)];
    return {
      passage: c.passage,
      start: c.start,
      end: c.end,
      text: c.text,
      score,
      topics: c.topics,
      years: own.length > 0 ? own : c.years,
    };
  });
  return out.sort((a, b) => b.score - a.score);
}

// Topics that measure another ("wind power installed capacity"): the topic before them is the one asked about.
const MEASURE_GROUPS: ReadonlySet<string> = new Set([
  'installed-capacity',
  'power-generation',
  'electricity-consumption',
  'energy-consumption',
  'binding-targets',
  'expected-targets',
  'pilot-projects',
  'assessment',
]);

/**
 * Topics that only modify the next one in a compound of the question ("EV" in "public EV charging
 * points"): a sentence naming them alone is about something else. A topic also named on its
 * own elsewhere in the question stays asked.
 */
function compoundModifiers(question: string): Set<string> {
  const matches = matchTerms(question)
    .filter((m) => !LIGHT_GROUPS.has(m.group.id))
    .sort((a, b) => a.start - b.start);
  const modifiers = new Set<string>();
  const heads = new Set<string>();
  matches.forEach((m, i) => {
    const next = matches[i + 1];
    const joined =
      next &&
      next.group.id !== m.group.id &&
      !MEASURE_GROUPS.has(next.group.id) &&
      /^[\s\-‐的]*$/.test(question.slice(m.end, next.start));
    (joined ? modifiers : heads).add(m.group.id);
  });
  for (const id of heads) modifiers.delete(id);
  return modifiers;
}

/** Whether a sentence is in the other language than the question. */
function crossLingualText(text: string, language: 'en' | 'zh'): boolean {
  return detectLanguage(text) !== language;
}

/** Whether lower-cased text holds a term: Chinese as a substring, English on word boundaries. */
function containsTerm(lower: string, term: string): boolean {
  if (isCjkOnly(term)) return lower.includes(term);
  return new RegExp(`(?<![a-z])${escapeRegExp(term.toLowerCase())}`).test(lower);
}

/** A question token written in the question's own script: a Chinese one for Chinese, a Latin word for English (numbers cross). */
function isScriptToken(key: string, language: 'en' | 'zh'): boolean {
  if (!key.startsWith('t:')) return false;
  const token = key.slice(2);
  return language === 'zh' ? startsWithCjk(token) : /^[a-z]/i.test(token);
}

export function answerExtractively(
  passages: RetrievedPassage[],
  analysis: QueryAnalysis,
  options: ExtractiveOptions = {},
): ExtractiveAnswer {
  const weights = options.weights ?? DEFAULT_WEIGHTS.answer;
  const maxSentences = options.maxSentences ?? (analysis.comparison ? 4 : 3);
  const wanted = answerType(analysis.text);
  // Sentences that cannot hold the kind of figure asked for (an amount of money, a share, a
  // rate per square metre) are not answers, however well they match the question's words; nor
  // is a sentence that never names the asked topic ("广东光伏目标" answered with green finance).
  // A sentence about another year (a 2025 target, a 2022 statistic) does not answer a question about 2030.
  // A question about a plan period ("“十四五”…目标") asks about the period's last year.
  const asked = askedYears(analysis.text).map(String);
  const years = asked.length > 0 ? asked : planPeriodEnds(analysis.text);
  let scored = scoreSentences(passages, analysis, options).filter(
    (s) =>
      s.topics !== false &&
      wanted.every((w) => w.test(s.text)) &&
      ofAskedRegion(s, analysis) &&
      (years.length === 0 || !s.years?.length || s.years.some((y) => years.includes(y))),
  );
  // A line that introduces a list ("By 2025, Fujian Province will:") is not an answer; for a
  // question after a figure, neither is a sentence without one when another states one.
  scored = scored.filter((s) => !/[:：]\s*$/.test(s.text) || statesFigure(s.text));
  if (analysis.quantitative && scored.some((s) => statesFigure(s.text)))
    scored = scored.filter((s) => statesFigure(s.text));
  // "《…指导意见》提出…": a question naming a document is answered from it, not from a look-alike.
  const named = options.named;
  if (named && scored.some((s) => named(s.passage)))
    scored = scored.filter((s) => named(s.passage));
  // "Which region plans 30.1亿元…": a figure the question states must be in the answer sentence, when any sentence has it.
  const figures = findQuantities(analysis.text).filter((q) => q.kind !== 'year');
  const stating =
    figures.length > 0 && analysis.scope === 'any'
      ? scored.filter((s) => statesAny(s.text, figures))
      : [];
  if (stating.length > 0) scored = stating;
  const best = scored[0];
  // "How many GW…", "多少": a sentence without a figure does not answer it.
  const unanswered = best && ASKS_FIGURE.test(analysis.text) && !statesNumber(best.text);
  if (
    !best ||
    unanswered ||
    best.score < weights.minScore ||
    !coversAskedScope(best, passages, analysis)
  ) {
    return { answerable: false, sentences: [], confidence: best?.score ?? 0 };
  }
  const lead = focusLead(best, analysis, weights);
  const chosen: AnswerSentence[] = [lead];
  // A question about one document or region is supported from the lead's document only; a
  // question across regions may quote several.
  const across = analysis.comparison || analysis.scope === 'any';
  for (const candidate of scored.slice(1)) {
    if (chosen.length >= maxSentences) break;
    if (candidate.score < best.score * weights.supportRatio) break;
    if (!across && candidate.passage.document_id !== best.passage.document_id) continue;
    const sameText = chosen.some(
      (c) =>
        overlaps(c, candidate) ||
        c.text === candidate.text ||
        c.text.includes(candidate.text) ||
        candidate.text.includes(c.text),
    );
    if (!sameText) chosen.push(candidate);
  }
  return { answerable: true, sentences: chosen, confidence: best.score };
}

/**
 * A question about one named region is answered from that region's documents, or a sentence that
 * names it: "Beijing's 2025 target" is never Anhui's, however alike their plans read.
 */
function ofAskedRegion(sentence: AnswerSentence, analysis: QueryAnalysis): boolean {
  if (analysis.regions.length !== 1 || analysis.comparison) return true;
  const [region] = analysis.regions;
  return sentence.passage.region === region || findRegions(sentence.text).includes(region);
}

function statesAny(text: string, figures: Quantity[]): boolean {
  const stated = findQuantities(text);
  return figures.some((f) => stated.some((q) => sameQuantity(f, q, 1e-9)));
}

function overlaps(a: AnswerSentence, b: AnswerSentence): boolean {
  return a.passage.chunk_id === b.passage.chunk_id && a.start < b.end && b.start < a.end;
}

/**
 * The lead states the asked figure first: a long sentence (a list of targets under one "到2025年")
 * is cut to the clause that names most of the question's topics and states a quantity, the
 * clause quoted exactly as written.
 */
function focusLead(
  best: AnswerSentence,
  analysis: QueryAnalysis,
  weights: AnswerWeights,
): AnswerSentence {
  if (best.text.length <= weights.leadClauseOver) return best;
  const wantedGroups = new Set(
    matchTerms(analysis.text)
      .filter((m) => !LIGHT_GROUPS.has(m.group.id))
      .map((m) => m.group.id),
  );
  const wantedTokens = new Set(
    lexicalTokens(analysis.text).filter(
      (t) => !QUESTION_WORDS.has(t) && !(t.length === 1 && isCjkOnly(t)),
    ),
  );
  let focus: { start: number; end: number; score: number } | null = null;
  let runnerUp = 0;
  for (const clause of clauses(best.text)) {
    const text = best.text.slice(clause.start, clause.end);
    if (!statesQuantity(text)) continue;
    const groups = new Set(matchTerms(text).map((m) => m.group.id));
    const tokens = new Set(lexicalTokens(text));
    let score = 0;
    for (const g of wantedGroups) if (groups.has(g)) score += 2;
    for (const t of wantedTokens) if (tokens.has(t)) score += /^\d/.test(t) ? 2 : 0.5;
    if (!focus || score > focus.score) {
      runnerUp = focus?.score ?? 0;
      focus = { ...clause, score };
    } else runnerUp = Math.max(runnerUp, score);
  }
  // Only a clause that answers better than every other one is the lead; otherwise the whole sentence.
  if (!focus || focus.score === 0 || focus.score <= runnerUp || focus.end - focus.start < 8)
    return best;
  // A sentence that opens with its time frame ("By 2030,", "到2030年，") keeps it when that stays short.
  const opening = clauses(best.text)[0];
  const framed =
    opening &&
    opening.start < focus.start &&
    !statesQuantity(best.text.slice(opening.start, opening.end)) &&
    focus.end - opening.start <= weights.leadClauseOver;
  const from = framed ? opening.start : focus.start;
  return {
    ...best,
    start: best.start + from,
    end: best.start + focus.end,
    text: best.text.slice(from, focus.end),
  };
}

/** Clauses of a sentence, split after "；", ";" and "，", trimmed, with offsets. */
function clauses(sentence: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /[\s，,；;：:、]/.test(sentence[s])) s++;
    while (e > s && /[\s，,；;、]/.test(sentence[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < sentence.length; i++) {
    // English commas join one thought ("…, and buy a new car shall receive…"): only "；", ";" and "，" divide.
    if (/[；;，]/.test(sentence[i])) push(i + 1);
  }
  push(sentence.length);
  return out;
}

/**
 * A question about a named region or year is not answered by a passage about another one:
 * "Yunnan's 2025 hydrogen target" must not be answered with Guangdong's.
 */
function coversAskedScope(
  best: AnswerSentence,
  passages: RetrievedPassage[],
  analysis: QueryAnalysis,
): boolean {
  if (analysis.regions.length > 0 && !analysis.comparison) {
    const regionCovered = passages.some(
      (p) =>
        analysis.regions.includes(p.region) ||
        findRegions(p.text).some((r) => analysis.regions.includes(r)),
    );
    if (!regionCovered) return false;
  }
  if (analysis.years.length > 0) {
    const yearCovered = passages.some((p) =>
      analysis.years.some(
        (y) => p.text.includes(String(y)) || planPeriodEnds(p.text).includes(String(y)),
      ),
    );
    if (!yearCovered) return false;
  }
  return best.score > 0;
}
