import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../support/app.ts';
import { startOpenAiStub, type OpenAiStub } from '../support/openai-stub.ts';

const REVISIONS = join(import.meta.dirname, '..', 'fixtures', 'revisions');

/**
 * The digest with a model configured, through the real ChatOpenAI client against a local
 * OpenAI-compatible server: the model words the headlines, the verifier decides what is used.
 */
describe('digest with a model (LLM_BASE_URL set)', () => {
  let stub: OpenAiStub;
  let t: TestApp;
  let reply: (prompt: string) => unknown = () => 'stub';
  beforeAll(async () => {
    stub = await startOpenAiStub((body) =>
      reply(body.messages.map((m: { content: string }) => m.content).join('\n')),
    );
    t = await createTestApp({
      corpus: [REVISIONS],
      env: {
        LLM_BASE_URL: stub.url,
        LLM_API_KEY: 'sk-test',
        LLM_MODEL: 'test-model',
        LLM_TIMEOUT_MS: '1500',
        LLM_MAX_RETRIES: '0',
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await stub?.close();
  });

  const digest = async () =>
    (await t.app.request('/api/digest?from=2023-01-01&to=2024-12-31')).json();
  const markers = (prompt: string) => Array.from(prompt.matchAll(/^\[(\d+)\]/gm), (m) => m[1]);

  it("uses the model's wording of a headline when its citations and numbers check out", async () => {
    reply = (prompt) =>
      `Hebei's development and reform commission issued _${/Title: (.*)/.exec(prompt)![1]}_, which expands new energy storage in the province [${markers(prompt).at(-1)}].`;
    const body = await digest();
    expect(body.mode).toBe('llm');
    const items = body.sections[1].items.filter((i: { type: string }) => i.type === 'document');
    expect(items.length).toBe(2);
    for (const item of items)
      expect(item.text).toMatch(
        /^Hebei's development and reform commission issued _.*_, which expands new energy storage in the province \[\d+\]\.$/,
      );
    expect(body.notice).toBeUndefined();
    // The model saw the passages as numbered data, and the rules.
    expect(stub.requests.at(-1)!.body.messages[0].content).toContain('Cite every sentence');
  });

  it('keeps the extractive headline when the model states a number its passages do not hold', async () => {
    reply = (prompt) =>
      `Hebei raised its storage target to 9 million kilowatts [${markers(prompt).at(-1)}].`;
    const body = await digest();
    expect(body.mode).toBe('extractive');
    const texts = body.sections[1].items
      .filter((i: { type: string }) => i.type === 'document')
      .map((i: { text: string }) => i.text);
    expect(texts.join(' ')).not.toContain('9 million');
    expect(texts[0]).toMatch(/issued _/);
    expect(body.notice).toMatch(
      /2 of 2 headlines are extractive because the model's wording was not supported by the cited passages/,
    );
  });

  it('falls back to the extractive digest, with a notice, when the model fails', async () => {
    reply = () => ({ status: 500, body: { error: { message: 'upstream exploded' } } });
    const body = await digest();
    expect(body.mode).toBe('extractive');
    expect(body.sections[1].items.length).toBeGreaterThan(0);
    expect(body.notice).toMatch(/headlines are extractive because the model failed/);
  });
});
