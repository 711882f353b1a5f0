import type { Services } from '../services.ts';
import type { DigestScope } from '../store.ts';
import { buildDigest } from './build.ts';
import { rewordWithModel } from './llm.ts';
import type { Digest } from './types.ts';

/**
 * The digest as every channel (API, Slack, CLI) gets it: extractive from the store, then worded
 * by the model when one is configured (src/digest/llm.ts), verified either way.
 */
export async function digestFor(
  services: Pick<Services, 'store' | 'chatModel' | 'digestPrompt' | 'config' | 'logger'>,
  period: { from: string; to: string },
  scope: DigestScope = {},
): Promise<Digest> {
  const started = performance.now();
  const digest = await buildDigest(services.store, period, scope);
  if (services.chatModel && services.digestPrompt) {
    await rewordWithModel(digest, {
      model: services.chatModel,
      prompt: services.digestPrompt,
      timeoutMs: services.config.llmTimeoutMs,
      log: (message, fields) => services.logger.warn(message, fields),
    });
    digest.timings_ms.total = Math.round(performance.now() - started);
  }
  return digest;
}
