import type { RetrievedPassage } from '../retrieval/retriever.ts';
import type { QueryAnalysis } from '../retrieval/query-analysis.ts';
import { lexicalTokens } from '../text/tokens.ts';
import { splitSentences } from '../text/sentences.ts';
import { findRegions } from '../text/regions.ts';

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
}

export interface ExtractiveAnswer {
  answerable: boolean;
  sentences: AnswerSentence[];
  /** Best sentence score, for diagnostics and thresholds. */
  confidence: number;
}

export interface ExtractiveOptions {
  /** Minimum best-sentence score to answer at all (evidence threshold). */
  minScore?: number;
  maxSentences?: number;
}

const QUESTION_WORDS = new Set(
  'what which who whom whose when where why how much many is are was were the a an of in on for to by and or does do did target targets goal goals set sets plan plans policy policies document documents say says said according tell me please there their its it that this according compared china chinese province provinces region regions city cities 多 少 多少 什么 哪些 哪个 是 的 了 吗 呢 有 在 和 与 及 年 为 到 目标 要求 规定 提出 文件 政策'.split(
    ' ',
  ),
);

const TARGET_CUE = /\b(by|in|before)\s+20\d\d\b|\b(reach|exceed|increase|reduce|decrease|cut|lower|at least|no less than|no more than|capped|cap|maximum|more than|over|account for|strive|target)\b|到20\d\d年|达到|超过|下降|降低|提高|不低于|不超过|以上|左右|力争|控制在|上限|最高/i;
const QUANTITY = /\d[\d,.]*\s*(%|percent|per cent|yuan|元|万|亿|GW|MW|kW|千瓦|吨|tce|vehicles|units|辆|台|套|平方米|m2|m²|kWh|千瓦时)/i;

function weightOf(token: string): number {
  if (/^[\u3400-\u9fff]{2}$/.test(token)) return 1;
  if (/^[\u3400-\u9fff]$/.test(token)) return 0.15;
  if (/^\d/.test(token)) return 1.5;
  return 1;
}

function weightedTokens(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const token of lexicalTokens(text)) {
    if (QUESTION_WORDS.has(token)) continue;
    out.set(token, weightOf(token));
  }
  return out;
}

export function scoreSentences(passages: RetrievedPassage[], analysis: QueryAnalysis): AnswerSentence[] {
  const questionTokens = weightedTokens(analysis.text);
  const expansionTokens = weightedTokens(analysis.expansions.join(' '));
  for (const t of questionTokens.keys()) expansionTokens.delete(t);
  const questionWeight = Array.from(questionTokens.values()).reduce((a, b) => a + b, 0) || 1;

  const out: AnswerSentence[] = [];
  passages.forEach((passage, rank) => {
    for (const span of splitSentences(passage.text)) {
      const text = span.text;
      if (text.replace(/\s/g, '').length < 8) continue;
      const tokens = new Set(lexicalTokens(text));
      let shared = 0;
      for (const [t, w] of questionTokens) if (tokens.has(t)) shared += w;
      let expanded = 0;
      for (const [t, w] of expansionTokens) if (tokens.has(t)) expanded += w;
      let score = shared / questionWeight + Math.min(0.3, (expanded / questionWeight) * 0.5);
      if (analysis.quantitative && QUANTITY.test(text)) score += 0.2;
      if (TARGET_CUE.test(text)) score += 0.08;
      for (const year of analysis.years) if (text.includes(String(year))) score += 0.12;
      if (analysis.regions.length > 0 && (analysis.regions.includes(passage.region) || findRegions(text).some((r) => analysis.regions.includes(r)))) score += 0.1;
      // Headings and titles restate the question's words without answering it.
      if (!/[，,。.;；:：]/.test(text) && text.length < 60 && !QUANTITY.test(text)) score *= 0.5;
      score += 0.08 * (1 - rank / Math.max(1, passages.length));
      out.push({ passage, start: span.start, end: span.end, text, score });
    }
  });
  return out.sort((a, b) => b.score - a.score);
}

export function answerExtractively(passages: RetrievedPassage[], analysis: QueryAnalysis, options: ExtractiveOptions = {}): ExtractiveAnswer {
  const minScore = options.minScore ?? 0.42;
  const maxSentences = options.maxSentences ?? (analysis.comparison ? 4 : 3);
  const scored = scoreSentences(passages, analysis);
  const best = scored[0];
  if (!best || best.score < minScore || !coversAskedScope(best, passages, analysis)) {
    return { answerable: false, sentences: [], confidence: best?.score ?? 0 };
  }
  const chosen: AnswerSentence[] = [best];
  for (const candidate of scored.slice(1)) {
    if (chosen.length >= maxSentences) break;
    if (candidate.score < best.score * 0.8) break;
    const sameText = chosen.some((c) => c.text === candidate.text || c.text.includes(candidate.text) || candidate.text.includes(c.text));
    if (!sameText) chosen.push(candidate);
  }
  return { answerable: true, sentences: chosen, confidence: best.score };
}

/**
 * A question about a named region or year is not answered by a passage about another one:
 * "Yunnan's 2025 hydrogen target" must not be answered with Guangdong's.
 */
function coversAskedScope(best: AnswerSentence, passages: RetrievedPassage[], analysis: QueryAnalysis): boolean {
  if (analysis.regions.length > 0 && !analysis.comparison) {
    const regionCovered = passages.some(
      (p) => analysis.regions.includes(p.region) || findRegions(p.text).some((r) => analysis.regions.includes(r)),
    );
    if (!regionCovered) return false;
  }
  if (analysis.years.length > 0) {
    const yearCovered = passages.some((p) => analysis.years.some((y) => p.text.includes(String(y))));
    if (!yearCovered) return false;
  }
  return best.score > 0;
}
