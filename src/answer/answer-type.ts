import { findQuantities, type Quantity } from '../text/numbers.ts';
import { DOCUMENT_NUMBER_SOURCE } from '../text/document-numbers.ts';

/**
 * The kind of figure a question asks for — an amount of money, a share, a rate per unit — as
 * tests its answer sentence must pass; shared by extractive answers and comparison tables.
 */

/** A question about an amount of money ("how much does … pay", "补贴…多少"). */
export const MONEY_QUESTION =
  /\b(pay|pays|paid|payment|subsid\w*|grants?|funding|funds?|budget\w*|costs?|price\w*|yuan|rmb|cash|money|allowance|reward)\b|补贴|补助|资金|奖励|奖补|价格|多少钱|几元|元/i;
export const SHARE_QUESTION =
  /\b(share|percentage|proportion|per ?cent|rate)\b|比重|比例|占比|百分之/i;
const MONEY = /元|yuan|rmb/i;
// "八成" is a share; the 成 of 成为 ("become") or 建成 ("built") is not.
const SHARE = /%|per ?cent|百分之|[\d一二三四五六七八九两半]成(?![为本果立熟效都])/i;

// "per square metre", "每吨": a rate asked per unit needs a sentence that states that unit.
const PER_UNIT: [RegExp, RegExp][] = [
  [/\bper (square met(re|er)|m2|m²)\b|每平方米/i, /square met|m2|m²|平方米|㎡/i],
  [/\bper (tonne|ton)\b|每吨/i, /\bton|吨/i],
  [/\bper (household|family)\b|每户/i, /household|famil|户/i],
];

// A question after an amount, a count or a share, as opposed to one after a policy or a date.
export const ASKS_FIGURE =
  /\bhow (?:much|many)\b|\bwhat (?:share|percentage|proportion)\b|多少|百分之几|几(?:个|座|辆|台|家|成|万|亿)/i;

// What a bare count is of: a Chinese measure word ("120万个", "30座") or an English noun ("12 months", "2,257 entities").
const COUNTED = /^\s*(?:[个座辆台家处套项户人所条栋]|[a-z]{3,})/i;
// A document number ("川经信〔2023〕15号", "[2023] No. 15") states no figure.
const DOCUMENT_NUMBER = new RegExp(DOCUMENT_NUMBER_SOURCE, 'gu');

/** The numbers of a text but years and document numbers, with the text they were read in. */
function numbersOf(text: string): { plain: string; quantities: Quantity[] } {
  const plain = text.replace(DOCUMENT_NUMBER, (m) => ' '.repeat(m.length));
  const quantities = [...findQuantities(plain), ...tableRowQuantities(plain)];
  return { plain, quantities: quantities.filter((q) => q.kind !== 'year') };
}

/**
 * The figures of an indicator-table row, whose unit stands in a cell of its own ("既有建筑节能改造面积
 * | 万平方米 | — | 3000 | 预期性"): each bare number read with that unit.
 */
export function tableRowQuantities(text: string): Quantity[] {
  const cells = text.split('|').map((cell) => cell.trim());
  if (cells.length < 3) return [];
  const unit = cells.find((cell) => {
    const [q] = findQuantities(`1${cell}`);
    return q !== undefined && q.start === 0 && q.end === cell.length + 1 && q.unit !== null;
  });
  if (!unit) return [];
  return cells
    .filter((cell) => /^\d[\d,.]*$/.test(cell))
    .flatMap((cell) => findQuantities(`${cell}${unit}`).slice(0, 1));
}

/** The figures a text states: quantities with a unit, or counts of something ("2,257 entities"). */
function figuresOf(text: string): Quantity[] {
  const { plain, quantities } = numbersOf(text);
  return quantities.filter(
    (q) => q.unit !== null || (q.value >= 10 && COUNTED.test(plain.slice(q.end, q.end + 12))),
  );
}

/** Whether a text states a quantity with a unit ("18 million kilowatts", "1.6万元", "25%"). */
export function statesQuantity(text: string): boolean {
  return findQuantities(text).some((q) => q.kind !== 'year' && q.unit !== null);
}

/** Whether a text states a figure: a quantity with a unit, or a count of something. */
export function statesFigure(text: string): boolean {
  return figuresOf(text).length > 0;
}

/** Whether a text states any number but a year or a document number ("will reach about 50,000"). */
export function statesNumber(text: string): boolean {
  return numbersOf(text).quantities.length > 0;
}

// "How many vehicles", "多少万辆": a count of things, not an amount of money or a share.
const COUNT_QUESTION =
  /\bhow many\b(?!\s+(?:yuan|rmb|percent|per cent|percentage points)\b)|多少(?:万|亿)?[辆个座台家项户套处所条]/i;
const COUNT: TextTest = {
  test: (text) =>
    numbersOf(text).quantities.some(
      (q) => q.kind !== 'percent' && q.unit !== 'yuan' && (q.unit !== null || q.value >= 10),
    ),
};

/**
 * The unit a question asks its figure in ("how many GW", "多少万千瓦", "how many square metres"),
 * as the number parser's canonical unit; null when it names none, or only money or a share.
 */
export function askedUnit(question: string): string | null {
  for (const m of question.matchAll(/\bhow (?:many|much)\s+|多少|几/gi)) {
    const rest = question.slice(m.index + m[0].length);
    const [first] = findQuantities((/^[a-z]/i.test(rest) ? '1 ' : '1') + rest);
    if (
      first &&
      first.start === 0 &&
      first.kind === 'amount' &&
      first.unit &&
      first.unit !== 'yuan'
    )
      return first.unit;
  }
  return null;
}

/** A test an answer sentence must pass. */
export interface TextTest {
  test(text: string): boolean;
}

/** The kinds of figure a quantitative question asks for: tests its answer sentence must all pass. */
export function answerType(question: string): TextTest[] {
  const tests: TextTest[] = PER_UNIT.filter(([asked]) => asked.test(question)).map(
    ([, stated]) => stated,
  );
  if (COUNT_QUESTION.test(question)) tests.push(COUNT);
  // "How many GW…": a sentence stating the figure in that unit (or one it converts to).
  const unit = askedUnit(question);
  if (unit) tests.push({ test: (text) => numbersOf(text).quantities.some((q) => q.unit === unit) });
  // "subsidy rate", "补贴比例": a share of the price, not an amount of money.
  if (SHARE_QUESTION.test(question)) tests.push(SHARE);
  else if (MONEY_QUESTION.test(question)) tests.push(MONEY);
  return tests;
}
