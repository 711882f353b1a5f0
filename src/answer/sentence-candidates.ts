import type { RetrievedPassage } from '../domain.ts';
import { splitSentences } from '../text/sentences.ts';
import { planPeriodEnds } from '../text/plan-periods.ts';
import { targetYears } from '../text/years.ts';

/** A sentence of a passage scored as an answer to the question. */
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

const LIST_ITEM = /^\s*(?:\d{1,2}\s*[.、)）]|[（(]\s*\d{1,2}\s*[)）]|[-•·*]\s)/;

/**
 * Sentences of a passage as answer candidates. Clauses separated by ；/; are kept together
 * while the sentence stays short (a list of targets under one "到2025年，" reads as one
 * statement); each candidate also knows the target year stated earlier in its paragraph
 * ("到2030年，…。单位国内生产总值二氧化碳排放比2005年下降65%以上。" applies to 2030).
 */
export function candidateSpans(
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
