/**
 * Years a text asks about or sets a target for, as opposed to baselines: "by 2025 compared with
 * 2020", "(vs 2020)", "比2020年下降" name 2025 as the target and 2020 as the baseline.
 */
const YEAR = /(?<![\d.])(19[9]\d|20\d\d|2100)(?![\d.%])/g;
const BASELINE_BEFORE =
  /(?:\bvs\.?|\bversus|compared (?:with|to)|relative to|\bfrom|\bthan|\bover|\blevels? (?:of|in)|比|较|相比|相较)\s*(?:the\s+)?(?:(?:end|level) of\s+)?(?:that (?:of|in)\s+)?(?:in\s+)?$/i;
const TARGET_BEFORE = /(?:到|至|by|in|before|until|end of)\s*$/i;

function isBaseline(text: string, index: number): boolean {
  return BASELINE_BEFORE.test(text.slice(Math.max(0, index - 24), index));
}

/** Every year the text names that is not stated as a baseline, in order, without duplicates. */
export function namedYears(text: string): number[] {
  const years: number[] = [];
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
