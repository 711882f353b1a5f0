import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { ExtractedTarget, ExtractionContext } from './schema.ts';
import { extractTargets } from './rules.ts';
import { createLlmTargetExtractor } from './llm.ts';

export type TargetExtractor = (text: string, context: ExtractionContext) => ExtractedTarget[] | Promise<ExtractedTarget[]>;

/**
 * The extractor ingest uses, per TARGET_EXTRACTOR: `rules` (default, offline), `llm` (the model,
 * falling back to the rules for a passage when the model call fails), or `both` (the rules'
 * targets plus any the model finds that the rules missed).
 */
export function createTargetExtractor(options: {
  mode: 'rules' | 'llm' | 'both';
  model?: BaseChatModel | null;
  promptTemplate?: string;
  onError?: (error: Error) => void;
}): TargetExtractor {
  if (options.mode === 'rules' || !options.model || !options.promptTemplate) return extractTargets;
  const llm = createLlmTargetExtractor({ model: options.model, promptTemplate: options.promptTemplate });
  return async (text, context) => {
    const rules = extractTargets(text, context);
    let fromModel: ExtractedTarget[];
    try {
      fromModel = await llm.extract(text, context);
    } catch (error) {
      options.onError?.(error as Error);
      return rules;
    }
    if (options.mode === 'llm') return fromModel;
    const seen = (t: ExtractedTarget) =>
      rules.some((r) => r.value === t.value && r.unit === t.unit && r.target_year === t.target_year && r.start < t.end && t.start < r.end);
    return [...rules, ...fromModel.filter((t) => !seen(t))].sort((a, b) => a.start - b.start);
  };
}
