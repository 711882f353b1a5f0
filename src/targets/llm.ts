import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { normalizeText } from '../text/normalize.ts';
import { findQuantities, sameQuantity, toCanonical } from '../text/numbers.ts';
import { parseChineseNumeral } from '../text/chinese-numerals.ts';
import { findSector } from './rules-lexicon.ts';
import { METRIC_MAX } from './rules-metric.ts';
import { TargetSchema, type ExtractedTarget, type ExtractionContext } from './schema.ts';

/**
 * Target extraction with a chat model (any LangChain `BaseChatModel`; ChatOpenAI against an
 * OpenAI-compatible endpoint in production, a local stub in tests). The model only reads; every
 * figure it returns is checked against the passage before it is kept:
 * - the quote must occur in the passage (exactly, or after normalisation), which gives the offsets;
 * - value_raw + unit_raw are converted with `toCanonical` and must equal a quantity found in the
 *   quote by `findQuantities` (so "7000万千瓦" may be reported as 70 GW, but never 700 GW).
 * Anything else is dropped silently: precision matters more than recall in a tracker.
 */
export interface LlmTargetExtractor {
  /** Targets in `text` ordered by `start`; offsets are into `text`. Throws AppError('upstream_error') if the model call fails. */
  extract(text: string, context: ExtractionContext): Promise<ExtractedTarget[]>;
}

export interface LlmTargetExtractorOptions {
  model: BaseChatModel;
  /** prompts/extract-targets.md; placeholders {region} {level} {year} {language} (f-string, literal braces doubled). */
  promptTemplate: string;
}

/** What the model fills in; value, unit, offsets, region and level are computed here. */
const ModelTargetSchema = TargetSchema.pick({
  metric: true,
  value_raw: true,
  unit_raw: true,
  direction: true,
  qualifier: true,
  baseline_year: true,
  target_year: true,
  quote: true,
  sector: true,
  binding: true,
}).extend({
  quote: z.string().describe('exact substring of the passage that states the target'),
  sector: z
    .string()
    .nullable()
    .describe(
      'energy, power, industry, transport, buildings, agriculture, forestry, finance, circular-economy, carbon-market, methane, hydrogen, consumer, or null',
    ),
});

const OutputSchema = z.object({ targets: z.array(ModelTargetSchema) });
type ModelTarget = z.infer<typeof ModelTargetSchema>;

const SECTORS = new Set([
  'energy',
  'power',
  'industry',
  'transport',
  'buildings',
  'agriculture',
  'forestry',
  'finance',
  'circular-economy',
  'carbon-market',
  'methane',
  'hydrogen',
  'consumer',
]);

export function createLlmTargetExtractor({
  model,
  promptTemplate,
}: LlmTargetExtractorOptions): LlmTargetExtractor {
  const prompt = ChatPromptTemplate.fromMessages([
    ['system', promptTemplate],
    ['human', '<passage>\n{passage}\n</passage>'],
  ]);
  const structured = model.withStructuredOutput(OutputSchema, { name: 'extract_targets' });
  return {
    async extract(text, context) {
      const messages = await prompt.formatMessages({
        region: context.region ?? 'unknown',
        level: context.level ?? 'unknown',
        year: context.year === null ? 'unknown' : String(context.year),
        language: context.language === 'zh' ? 'Chinese' : 'English',
        // A closing tag inside the document must not end the data block early.
        passage: text.replace(/<\/?passage[^>]*>/gi, ''),
      });
      let output: z.infer<typeof OutputSchema>;
      try {
        output = await structured.invoke(messages);
      } catch (error) {
        throw new AppError('upstream_error', 'The target extraction model did not answer', {
          cause: error,
        });
      }
      const seen = new Set<string>();
      const targets: ExtractedTarget[] = [];
      for (const candidate of output.targets ?? []) {
        const target = verify(candidate, text, context);
        if (!target) continue;
        const key = `${target.start}:${target.end}:${target.value}:${target.unit}`;
        if (seen.has(key)) continue;
        seen.add(key);
        targets.push(target);
      }
      return targets.sort((a, b) => a.start - b.start);
    },
  };
}

/** The checked target, or null when its quote is not in the text or its value is not in its quote. */
function verify(
  candidate: ModelTarget,
  text: string,
  context: ExtractionContext,
): ExtractedTarget | null {
  const located = locate(candidate.quote, text);
  const metric = candidate.metric.trim().slice(0, METRIC_MAX);
  if (!located || metric === '') return null;
  const quote = text.slice(located.start, located.end);
  const number = parseNumber(candidate.value_raw);
  if (number === null) return null;
  const canonical = toCanonical(number, candidate.unit_raw ?? '');
  const inQuote = findQuantities(quote).filter((q) => q.kind !== 'year');
  const match =
    inQuote.find((q) => canonical.unit !== null && sameQuantity(q, canonical)) ??
    // A PUE stated without a unit: the quote's own reading ("ratio") supplies it.
    inQuote.find(
      (q) =>
        canonical.unit === null &&
        q.kind === 'ratio' &&
        sameQuantity({ value: q.value, unit: null }, canonical),
    );
  if (!match || match.unit === null) return null;
  return {
    metric,
    value: match.value,
    unit: match.unit,
    value_raw: candidate.value_raw,
    unit_raw: candidate.unit_raw ?? '',
    direction: candidate.direction,
    qualifier: candidate.qualifier?.trim() || null,
    baseline_year: plausibleYear(candidate.baseline_year),
    target_year: plausibleYear(candidate.target_year),
    region: context.region,
    level: context.level,
    sector:
      candidate.sector && SECTORS.has(candidate.sector)
        ? candidate.sector
        : findSector(metric, quote),
    binding: candidate.binding ?? null,
    quote,
    start: located.start,
    end: located.end,
  };
}

/** Where `quote` sits in `text`: verbatim, else after the same normalisation the text went through. */
function locate(quote: string, text: string): { start: number; end: number } | null {
  for (const candidate of [quote, quote.trim(), normalizeText(quote)]) {
    if (candidate === '') continue;
    const at = text.indexOf(candidate);
    if (at >= 0) return { start: at, end: at + candidate.length };
  }
  return null;
}

function parseNumber(raw: string): number | null {
  const cleaned = normalizeText(raw).replace(/,/g, '').trim();
  if (/^\d+(?:\.\d+)?$/.test(cleaned)) return Number(cleaned);
  return parseChineseNumeral(cleaned);
}

function plausibleYear(year: number | null | undefined): number | null {
  return typeof year === 'number' && Number.isInteger(year) && year >= 1990 && year <= 2100
    ? year
    : null;
}
