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

/** The kinds of figure a quantitative question asks for: tests its answer sentence must all pass. */
export function answerType(question: string): RegExp[] {
  const tests = PER_UNIT.filter(([asked]) => asked.test(question)).map(([, stated]) => stated);
  // "subsidy rate", "补贴比例": a share of the price, not an amount of money.
  if (SHARE_QUESTION.test(question)) tests.push(SHARE);
  else if (MONEY_QUESTION.test(question)) tests.push(MONEY);
  return tests;
}
