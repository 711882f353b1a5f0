import { DOCUMENT_NUMBER_SOURCE, ENGLISH_DOCUMENT_NUMBER_SOURCE } from './document-numbers.ts';

/**
 * Years a text asks about or sets a target for, as opposed to baselines: "by 2025 compared with
 * 2020", "(vs 2020)", "比2020年下降" name 2025 as the target and 2020 as the baseline.
 */
const YEAR = /(?<![\d.])(19[9]\d|20\d\d|2100)(?![\d.%])/g;
const DOCUMENT_NUMBER = new RegExp(DOCUMENT_NUMBER_SOURCE, 'gu');
const ENGLISH_DOCUMENT_NUMBER = new RegExp(ENGLISH_DOCUMENT_NUMBER_SOURCE, 'gi');
const BASELINE_BEFORE =
  /(?:\bvs\.?|\bversus|compared (?:with|to)|relative to|\bfrom|\bthan|\bover|\blevels? (?:of|in)|比|较|相比|相较)\s*(?:the\s+)?(?:(?:end|level) of\s+)?(?:that (?:of|in)\s+)?(?:in\s+)?$/i;
const TARGET_BEFORE = /(?:到|至|by|in|before|until|end of)\s*$/i;

function isBaseline(text: string, index: number): boolean {
  return BASELINE_BEFORE.test(text.slice(Math.max(0, index - 24), index));
}

/** Every year the text names that is not stated as a baseline, in order, without duplicates. */
export function namedYears(text: string): number[] {
  const years: number[] = [];
  // A document number's year ("国发〔2024〕7号", "[2023] No. 1044") dates the document, not a target.
  text = text
    .replace(DOCUMENT_NUMBER, (m) => ' '.repeat(m.length))
    .replace(ENGLISH_DOCUMENT_NUMBER, (m) => ' '.repeat(m.length));
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (!isBaseline(text, m.index) && !years.includes(year)) years.push(year);
  }
  return years;
}

/** Years a sentence sets targets for ("到2030年", "by 2025", "in 2027"), baselines left out. */
export function targetYears(text: string): string[] {
  const years: string[] = [];
  for (const m of text.matchAll(YEAR)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (TARGET_BEFORE.test(before) && !isBaseline(text, m.index) && !years.includes(m[1]))
      years.push(m[1]);
  }
  return years;
}

// A year that dates a document ("the 2025 notice", "2024年版") names which document, not when a target falls.
const DOCUMENT_AFTER =
  /^\s*(?:年度?)?\s*(?:[\w–-]+\s+){0,2}?(?:notice|circular|plan|action plan|work plan|guidelines?|opinions|measures|rules|regulations?|edition|version|通知|方案|规划|意见|办法|细则|版)/i;

/** Years a question asks a target or figure for: named years that are neither baselines nor a document's date. */
export function askedYears(text: string): number[] {
  // A 《quoted title》 is a name, whatever years it holds.
  const question = text.replace(/《[^》]*》/g, (title) => ' '.repeat(title.length));
  const years: number[] = [];
  for (const m of question.matchAll(YEAR)) {
    const year = Number(m[1]);
    const after = question.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (isBaseline(question, m.index) || DOCUMENT_AFTER.test(after) || years.includes(year))
      continue;
    years.push(year);
  }
  return years;
}

const YEAR_AFTER = /^\s*(?:年|[-–—~～至到]\s*(?:19|20)\d\d)/;
const YEAR_BEFORE =
  /(?:\b(?:in|by|since|during|until|till|before|after|of|to|from|through|year)\s+|(?:19|20)\d\d\s*[-–—~～至到]\s*)$/i;

/**
 * Years a sentence is about, baselines left out: only numbers written as years ("2025年", "in
 * 2025", "2021–2025"), so "2000万千瓦" or "2030 charging points" are not years.
 */
export function statedYears(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1]);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const before = text.slice(Math.max(0, m.index - 10), m.index);
    if (!YEAR_AFTER.test(after) && !YEAR_BEFORE.test(before)) continue;
    if (!isBaseline(text, m.index) && !years.includes(year)) years.push(year);
  }
  return years;
}
