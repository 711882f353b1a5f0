/**
 * Five-year plan periods and their end years: "the 14th Five-Year Plan period", "“十四五”期间"
 * end in 2025. A target stated for a plan period is a target for its last year.
 */
const PERIODS: { pattern: RegExp; end: number }[] = [
  { pattern: /13th Five-Year Plan|十三五/i, end: 2020 },
  { pattern: /14th Five-Year Plan|十四五/i, end: 2025 },
  { pattern: /15th Five-Year Plan|十五五/i, end: 2030 },
];

/** End years (as strings, in period order) of the plan periods the text names. */
export function planPeriodEnds(text: string): string[] {
  return PERIODS.filter((period) => period.pattern.test(text)).map((period) => String(period.end));
}
