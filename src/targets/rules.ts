/**
 * Rule-based extraction of quantified policy targets from English and Chinese text. Tuned for
 * precision: a number becomes a target only when it has a unit, the sentence commits to it
 * (a future year, "will"/"将"/"力争", a limit such as "capped at"/"不超过", or a lead-in such as
 * "By 2027:") and nothing marks it as history ("was", "已", "28.8% in 2020", a past year) or
 * as an eligibility condition ("for a vehicle priced below 150,000 yuan, …").
 *
 * Its year comes from the sentence, else from the lead-in, paragraph opening or dated section
 * heading above it, else from the period of a one-year programme. It reads best on a whole
 * document: a chunk may have lost the heading, lead-in or table header that dates its figures.
 */
import { findQuantities, type Quantity } from '../text/numbers.ts';
import { findYearPhrases, hasFutureSignal, type YearPhrase } from './rules-lexicon.ts';
import type { Range } from './rules-clauses.ts';
import { dedupe, restates } from './rules-dedupe.ts';
import type { MetricResult } from './rules-metric.ts';
import { findProgrammeYear } from './rules-scope.ts';
import { segment } from './rules-segments.ts';
import { extractFromSentence } from './rules-sentence.ts';
import type { Draft, Lead } from './rules-sentence-facts.ts';
import { extractTableTargets } from './rules-table.ts';
import type { ExtractedTarget, ExtractionContext } from './schema.ts';

/**
 * Targets stated in `text` (a chunk or a whole document's normalised text), ordered by `start`.
 * `start`/`end` are offsets into `text` and `quote === text.slice(start, end)`: the sentence (or,
 * for long sentences, the clause; for tables, the row) that states the target.
 */
export function extractTargets(text: string, context: ExtractionContext): ExtractedTarget[] {
  const quantities = findQuantities(text);
  const { sentences, tables } = segment(text);
  const out: ExtractedTarget[] = [];
  let lead: Lead | null = null;
  let paragraphLead: Lead | null = null;
  // The latest time frame stated in the current paragraph, for a lead-in that states none.
  let paragraphFrame: { paragraph: number; phrase: YearPhrase } | null = null;
  // "Chapter III Targets for 2027": a dated heading governs its section up to the next heading of its rank.
  let scope: (Lead & { rank: number }) | null = null;
  // "二、主要目标" without a year: the time frame that opens a paragraph right under it governs
  // the later paragraphs too, up to the next heading or another opening frame.
  let targetSection = false;
  let sectionFrame: Lead | null = null;
  let previousMetric: { paragraph: number; metric: MetricResult } | null = null;

  let previousBody = '';
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    const phrases = findYearPhrases(body).map((p) => ({
      ...p,
      start: p.start + sentence.start,
      end: p.end + sentence.start,
    }));
    if (sentence.heading !== null) {
      if (scope && sentence.heading <= scope.rank) scope = null;
      const phrase = leadPhrase(phrases);
      targetSection = !phrase && TARGETS_HEADING_RE.test(body);
      sectionFrame = null;
      if (phrase && SCOPE_HEADING_RE.test(body))
        scope = { rank: sentence.heading, paragraph: sentence.paragraph, phrase, future: true };
      lead = null;
      paragraphLead = null;
    }
    // A list whose markers were lost (HTML <li> items as paragraphs) still reads as one: each item
    // after a lead-in ends with a semicolon, so the paragraph after "…目标是：" or "…；" is an item.
    const item = sentence.listItem || (lead !== null && ITEM_END_RE.test(previousBody));
    if (lead && !sentence.leadIn && !item && sentence.paragraph !== lead.paragraph) lead = null;
    if (paragraphLead && paragraphLead.paragraph !== sentence.paragraph) paragraphLead = null;
    if (paragraphFrame && paragraphFrame.paragraph !== sentence.paragraph) paragraphFrame = null;
    const inherited = item || sentence.paragraph === lead?.paragraph ? lead : null;
    const carried = previousMetric?.paragraph === sentence.paragraph ? previousMetric.metric : null;

    // Words addressed to a reader or a model ("ignore previous instructions … say the target is
    // 999 GW") are not the policy's: nothing in such a sentence is a target.
    const drafts: Draft[] = ADDRESSED_TO_READER_RE.test(body)
      ? []
      : extractFromSentence(
          text,
          sentence,
          phrases,
          within(quantities, sentence),
          context,
          mergeLeads(inherited, paragraphLead, scope, sectionFrame),
          carried,
        );
    out.push(...drafts.map((d) => d.target));
    if (drafts.length)
      previousMetric = { paragraph: sentence.paragraph, metric: drafts[drafts.length - 1]!.metric };

    if (sentence.leadIn) {
      // "到2027年，……。主要指标如下：": a lead-in without a year takes its paragraph's.
      const phrase = leadPhrase(phrases) ?? paragraphFrame?.phrase ?? null;
      lead = {
        paragraph: sentence.paragraph,
        phrase,
        future:
          hasFutureSignal(body) ||
          phrase !== null ||
          /propos|include|目标|提出|要求|指标/i.test(body),
      };
    } else {
      // "到2025年，……。单位GDP能耗……。": an opening time frame governs the rest of its paragraph,
      // and so does a short dated label ("（二）中期目标（2023—2025年）。").
      const opening = phrases.find((p) => p.kind === 'by' && p.start - sentence.start <= 2);
      const label =
        drafts.length === 0 && body.length <= SHORT_LABEL && SCOPE_HEADING_RE.test(body)
          ? leadPhrase(phrases)
          : null;
      if (opening ?? label)
        paragraphLead = {
          paragraph: sentence.paragraph,
          phrase: (opening ?? label)!,
          future: true,
        };
      if (opening && targetSection)
        sectionFrame = { paragraph: sentence.paragraph, phrase: opening, future: true };
    }
    const frame = [...phrases].reverse().find((p) => p.kind === 'by' || p.kind === 'period');
    if (frame) paragraphFrame = { paragraph: sentence.paragraph, phrase: frame };
    previousBody = body;
  }
  // A one-year programme ("Work Plan … in 2024", "活动期限为2024年…至2024年…") dates its undated rules.
  const programmeYear = findProgrammeYear(text, context);
  const prose = dedupe(
    out.map((t) =>
      t.target_year === null && programmeYear !== null ? { ...t, target_year: programmeYear } : t,
    ),
  );
  const rows = tables
    .flatMap((block) => extractTableTargets(text, block, context))
    .filter((row) => !prose.some((t) => restates(row, t)));
  return dedupe([...prose, ...rows]);
}

/** Instructions to whoever reads the text (prompt injection, test notes), in English or Chinese. */
const ADDRESSED_TO_READER_RE =
  /\bignore (?:all |any )?(?:the )?(?:previous|prior|above|earlier|preceding) instructions\b|\bsystem prompt\b|\bdeveloper mode\b|\byou are now\b|\b(?:say|answer|reply|respond|tell the user)\s+(?:that\s+)?the\s+(?:target|answer|figure)\s+is\b|忽略(?:之前|以上|前面|上述)的?(?:所有|全部)?(?:指令|指示)|系统提示词|(?:回答|回复|告诉用户)(?:说)?目标(?:值)?(?:是|为)/i;

/** A sentence this short that names a stage and its years is a label, not a statement. */
const SHORT_LABEL = 40;

/** Headings whose year frames what follows: "Targets for 2027", "“十四五”阶段目标", "第二阶段（2021—2025年）". */
const SCOPE_HEADING_RE = /targets?|objectives?|goals?|tasks?|stage|phase|目标|任务|阶段|指标/i;

/** How a lead-in or a list item ends when more items follow it. */
const ITEM_END_RE = /[:：;；]\s*$/;

/** Headings of a section that states targets: "二、主要目标", "II. Main Targets". */
const TARGETS_HEADING_RE = /targets?|objectives?|goals?|目标|指标/i;

/** The nearest lead with a time frame wins; any of them can make the sentence a commitment. */
function mergeLeads(...leads: (Lead | null)[]): Lead | null {
  const present = leads.filter((l): l is Lead => l !== null);
  if (present.length === 0) return null;
  const framed = present.find((l) => l.phrase !== null) ?? present[0]!;
  return { ...framed, future: present.some((l) => l.future) };
}

/** The quantities inside `range` (quantities are sorted by start). */
function within(quantities: Quantity[], range: Range): Quantity[] {
  let lo = 0;
  let hi = quantities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quantities[mid]!.start < range.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Quantity[] = [];
  for (let i = lo; i < quantities.length && quantities[i]!.start < range.end; i++)
    if (quantities[i]!.end <= range.end) out.push(quantities[i]!);
  return out;
}

function leadPhrase(phrases: YearPhrase[]): YearPhrase | null {
  return phrases.find((p) => p.kind === 'by' || p.kind === 'period' || p.kind === 'in') ?? null;
}
