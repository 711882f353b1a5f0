import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { verifyAnswer } from '../answer/verify.ts';
import type { Digest, DigestItem } from './types.ts';

/**
 * With a model configured, the model words each document's headline from the same cited
 * passages (prompts/digest.md); the same verifier then checks its markers and numbers. A wording
 * that cites a passage the item does not have, or states a number its passages do not hold, is
 * not used: the extractive sentence stays. A model that fails or times out stops the rewording,
 * and the digest says so in its notice. Bullets, tables and revisions stay extractive: they are
 * the targets store's figures.
 */
export interface DigestModelOptions {
  model: BaseChatModel;
  prompt: string;
  timeoutMs: number;
  /** At most this many items are reworded (latency is one model call per item, four at a time). */
  maxItems?: number;
  log?: (message: string, fields: Record<string, unknown>) => void;
}

const TITLE = /_[^_\n]+_/g;
const MARKER = /\[(\d{1,4})\]/g;
const CONCURRENCY = 4;

export async function rewordWithModel(
  digest: Digest,
  options: DigestModelOptions,
): Promise<Digest> {
  const items = digest.sections
    .filter((s) => s.kind === 'top' || s.kind === 'subnational' || s.kind === 'perspectives')
    .flatMap((s) => s.items)
    .filter((i) => (i.type === 'document' || i.type === 'perspective') && i.citations.length > 0)
    .slice(0, options.maxItems ?? 40);
  if (items.length === 0) return digest;
  const byNumber = new Map(digest.citations.map((c) => [c.n, c]));
  let reworded = 0;
  let rejected = 0;
  // Set from inside the concurrent calls; an object so the compiler does not narrow it to null.
  const state: { failure: string | null } = { failure: null };

  for (let i = 0; i < items.length && !state.failure; i += CONCURRENCY) {
    await Promise.all(
      items.slice(i, i + CONCURRENCY).map(async (item) => {
        try {
          const text = await wording(item, byNumber, options);
          if (text !== null && acceptable(text, item, byNumber)) {
            item.text = text;
            reworded++;
          } else rejected++;
        } catch (error) {
          state.failure ??= (error as Error).message || 'the model call failed';
        }
      }),
    );
  }
  if (reworded > 0) digest.mode = 'llm';
  const kept = items.length - reworded;
  const failure = state.failure;
  if (failure || rejected) {
    options.log?.('digest model wording not used for some items', {
      rejected,
      failure,
      items: items.length,
    });
    const reason = failure
      ? `the model failed (${failure.slice(0, 120)})`
      : "the model's wording was not supported by the cited passages";
    digest.notice = [
      digest.notice,
      `${kept} of ${items.length} headlines are extractive because ${reason}.`,
    ]
      .filter(Boolean)
      .join(' ');
  }
  return digest;
}

async function wording(
  item: DigestItem,
  byNumber: Map<number, Digest['citations'][number]>,
  options: DigestModelOptions,
): Promise<string | null> {
  const citation = byNumber.get(item.citations[0]!);
  const passages = item.citations.map((n) => `[${n}] ${byNumber.get(n)?.quote ?? ''}`).join('\n');
  const facts = [
    `Title: ${item.title ?? citation?.title ?? ''}`,
    `Issuer: ${citation?.issuer ?? 'not stated'}`,
    `Region: ${citation?.region ?? ''}`,
    `Date: ${citation?.date ?? ''}`,
  ].join('\n');
  const reply = await options.model.invoke(
    [
      ['system', options.prompt],
      ['human', `${facts}\n\nPassages:\n${passages}`],
    ],
    { signal: AbortSignal.timeout(options.timeoutMs) },
  );
  const text =
    typeof reply.content === 'string'
      ? reply.content
      : reply.content.map((part) => ('text' in part ? String(part.text) : '')).join('');
  const cleaned = text.replace(/\s+/g, ' ').trim();
  return cleaned && cleaned.length <= 800 ? cleaned : null;
}

/** Every marker is one of the item's citations, and every number is in a passage its sentence cites. */
function acceptable(
  text: string,
  item: DigestItem,
  byNumber: Map<number, Digest['citations'][number]>,
): boolean {
  const markers = Array.from(text.matchAll(MARKER), (m) => Number(m[1]));
  if (markers.length === 0 || markers.some((n) => !item.citations.includes(n))) return false;
  const passages = new Map(item.citations.map((n) => [n, byNumber.get(n)?.quote ?? '']));
  const result = verifyAnswer(text.replace(TITLE, 'the document'), passages);
  return result.unverified.length === 0 && result.removedCitations.length === 0;
}
