import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { OpenAIEmbeddings } from '@langchain/openai';
import { HashingEmbeddings } from './hashing.ts';
import type { Config } from '../config.ts';

export interface EmbeddingsChoice {
  embeddings: EmbeddingsInterface;
  /** Recorded in the database's meta table with the dimension. */
  model: string;
  dimensions: number;
}

/**
 * Hashing embeddings offline (the default); OpenAIEmbeddings from @langchain/openai against
 * any OpenAI-compatible server when configured (batched, retried with backoff by LangChain).
 */
export function createEmbeddings(
  config: Config['embeddings'],
  fetchImpl?: typeof fetch,
): EmbeddingsChoice {
  if (config.provider === 'hashing') {
    return {
      embeddings: new HashingEmbeddings({ dimensions: config.dimensions }),
      model: config.model,
      dimensions: config.dimensions,
    };
  }
  const embeddings = new OpenAIEmbeddings({
    model: config.model,
    dimensions: config.dimensions,
    apiKey: config.apiKey,
    batchSize: 64,
    maxRetries: 3,
    // Local OpenAI-compatible servers often lack base64 support; floats work everywhere.
    encodingFormat: 'float',
    configuration: { baseURL: config.baseUrl, fetch: fetchImpl },
  });
  return { embeddings, model: `openai:${config.model}`, dimensions: config.dimensions };
}
