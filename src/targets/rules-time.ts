/**
 * Time frames for rule-extracted targets: which phrase dates a number ("到2025年", "by 2030",
 * "from 2024 to 2025"), which year it is compared with ("比2020年", "compared to the 2005 level"),
 * and when a year marks the number as history rather than a target.
 */
import type { Quantity } from '../text/numbers.ts';
import type { YearPhrase } from './rules-lexicon.ts';
import type { ExtractionContext } from './schema.ts';

interface Range {
  start: number;
  end: number;
}

/** The time phrase for `q`: in its clause (before, else after it), else in the sentence. */
export function governingPhrase(
  phrases: YearPhrase[],
  clause: Range,
  q: Quantity,
): YearPhrase | null {
  const usable = phrases.filter((p) => p.kind !== 'baseline');
  const inClause = usable.filter((p) => p.start >= clause.start && p.end <= clause.end);
  const found = lastBefore(inClause, q.start) ?? inClause.find((p) => p.start >= q.end);
  return found ?? lastBefore(usable, q.start) ?? usable.find((p) => p.start >= q.end) ?? null;
}

function lastBefore(phrases: YearPhrase[], at: number): YearPhrase | undefined {
  for (let i = phrases.length - 1; i >= 0; i--) if (phrases[i]!.end <= at) return phrases[i];
  return undefined;
}

/**
 * The target year a phrase gives, or 'past' when it dates the number to history: a deadline
 * before the publication year, "as of"/截至 a passed year, or "in 2023" in a 2024 document.
 * "in <this year>" counts only in a committed sentence ("will in 2024 replace …").
 */
export function resolveYear(
  phrase: YearPhrase | null,
  context: ExtractionContext,
  committed: boolean,
): number | 'past' | null {
  if (!phrase) return null;
  const year = phrase.years[0]!;
  const now = context.year;
  switch (phrase.kind) {
    case 'by':
    case 'period':
      return now !== null && year < now ? 'past' : year;
    case 'asof':
      return now !== null && year > now ? year : 'past';
    case 'in':
      if (now === null) return committed ? year : 'past';
      if (year > now) return year;
      return year === now && committed ? year : 'past';
    default:
      return null;
  }
}

/**
 * The baseline year of a decrease/increase. Chinese states it before the number ("比2020年下降"),
 * English usually after ("by 13.5% compared with 2020"); after the number the search stops at
 * the next number outside an aside, so "by 14.5% (striving to decrease 16.5%) compared to the
 * 2020 level" gives 2020 to both.
 */
export function findBaseline(
  phrases: YearPhrase[],
  zh: boolean,
  windowStart: number,
  clause: Range,
  q: Quantity,
  nextOutside: Quantity | undefined,
): number | null {
  const baselines = phrases.filter(
    (p) => p.kind === 'baseline' && p.start >= clause.start && p.end <= clause.end,
  );
  const before = lastBefore(
    baselines.filter((p) => p.start >= windowStart),
    q.start,
  );
  const after = baselines.find(
    (p) => p.start >= q.end && (!nextOutside || p.start < nextOutside.start),
  );
  const first = zh ? (before ?? after) : (after ?? before);
  return first?.years[0] ?? null;
}

/** "28.8% in 2020", "(2020) 15.9%", "由2020年的15.9%": the number is a starting value, not a target. */
export function isHistoricalValue(
  window: string,
  after: string,
  latestTargetYear: number,
  context: ExtractionContext,
): boolean {
  const isPast = (year: number) =>
    (context.year !== null && year < context.year) ||
    (latestTargetYear > 0 && year < latestTargetYear);
  const dated =
    /^\s*(?:\)|\*\*)?\s*(?:in|as of|at the end of|\()\s*((?:19|20)\d{2})\b(?!\s*[-–—年]?\s*(?:19|20)\d{2})/i.exec(
      after,
    );
  if (dated && isPast(Number(dated[1]))) return true;
  if (/(?:由|从)\s*(?:19|20)\d{2}\s*年(?:底|末)?的?\s*$/.test(window)) return true;
  if (/\bfrom\s*$/i.test(window) && /^\s*in\s+(?:19|20)\d{2}/i.test(after)) return true;
  const cnDated = /((?:19|20)\d{2})\s*年(?:底|末)?(?:的|为)\s*$/.exec(window);
  return cnDated !== null && isPast(Number(cnDated[1]));
}

export interface Dated {
  phrase: YearPhrase | null;
  /** Inside an aside: belongs to the figure before it ("14.5% (striving for 16.5%)"). */
  inParens: boolean;
  target: { target_year: number | null };
}

/**
 * "By 2030 and 2035, … approximately 35% and more than 40%": the nth figure (asides joining the
 * one before) gets the nth year; a single figure gets the last year. When the counts otherwise
 * differ the year is left null rather than guessed.
 */
export function pairRespectively(dated: Dated[], context: ExtractionContext): void {
  const byPhrase = new Map<YearPhrase, Dated[]>();
  for (const d of dated) {
    if (d.phrase && d.phrase.years.length > 1)
      byPhrase.set(d.phrase, [...(byPhrase.get(d.phrase) ?? []), d]);
  }
  for (const [phrase, members] of byPhrase) {
    const groups: Dated[][] = [];
    for (const d of members) {
      if (d.inParens && groups.length) groups[groups.length - 1]!.push(d);
      else groups.push([d]);
    }
    const paired = groups.length === phrase.years.length;
    // "In 2024 and 2025, … shall remain above 95%": one figure held through the years is due by the last.
    const last = groups.length === 1 ? phrase.years[phrase.years.length - 1]! : null;
    groups.forEach((group, index) => {
      const year = paired ? phrase.years[index]! : last;
      for (const d of group)
        d.target.target_year =
          year !== null && (context.year === null || year >= context.year) ? year : null;
    });
  }
}
