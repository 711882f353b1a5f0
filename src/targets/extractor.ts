import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { ExtractedTarget, ExtractionContext } from './schema.ts';
import { extractTargets } from './rules.ts';
import { createLlmTargetExtractor } from './llm.ts';

type Extract = (
  text: string,
  context: ExtractionContext,
) => ExtractedTarget[] | Promise<ExtractedTarget[]>;

/**
 * How ingest extracts targets. The rules read a whole document at once (lead-ins, section
 * years and table headers that date a figure are often in another chunk); a model reads one
 * passage at a time (its context window and cost). Offsets are into the text each is given.
 */
export interface TargetExtractor {
  document?: Extract;
  passage?: Extract;
}

/**
 * Per TARGET_EXTRACTOR: `rules` (default, offline), `llm` (the model per passage, falling back
 * to the rules for a passage whose model call fails), or `both` (the rules' targets plus any
 * the model finds that the rules missed).
 */
export function createTargetExtractor(options: {
  mode: 'rules' | 'llm' | 'both';
  model?: BaseChatModel | null;
  promptTemplate?: string;
  onError?: (error: Error) => void;
}): TargetExtractor {
  if (options.mode === 'rules' || !options.model || !options.promptTemplate)
    return { document: extractTargets };
  const llm = createLlmTargetExtractor({
    model: options.model,
    promptTemplate: options.promptTemplate,
  });
  const passage: Extract = async (text, context) => {
    try {
      return await llm.extract(text, context);
    } catch (error) {
      options.onError?.(error as Error);
      return options.mode === 'llm' ? extractTargets(text, context) : [];
    }
  };
  return options.mode === 'llm' ? { passage } : { document: extractTargets, passage };
}
