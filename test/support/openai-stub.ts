/**
 * A local OpenAI-compatible server for tests: `POST /v1/chat/completions` (JSON, or SSE when
 * `stream: true`) and `POST /v1/embeddings` (deterministic vectors, float or base64), on
 * 127.0.0.1 with a random port. Every request body is recorded. Point `ChatOpenAI` /
 * `OpenAIEmbeddings` at it with `configuration: { baseURL: stub.url }`.
 *
 * The handler decides the assistant message for chat completions. It may return:
 * - a string: the assistant content (for `withStructuredOutput`, which @langchain/openai 1.5.8
 *   sends as `response_format: { type: "json_schema" }`, return `JSON.stringify(object)`);
 * - `{ content?, tool_calls? }`: the assistant message (tool calls as OpenAI sends them);
 * - a full response (an object with `choices`, or `data` for embeddings): sent as is;
 * - `{ status, body }` with a numeric status: an error response;
 * - undefined: the default (content "stub answer"; deterministic embeddings).
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StubHandler = (body: any, path: string) => any | Promise<any>;

export interface OpenAiStub {
  /** Base URL ending in /v1. */
  url: string;
  requests: { path: string; body: any }[];
  setHandler(fn: StubHandler): void;
  close(): Promise<void>;
}

/** An OpenAI chat.completion response whose assistant message is `content`. */
export function chatResponse(content: string, model = 'test'): any {
  return completion({ role: 'assistant', content }, model, 'stop');
}

/** An OpenAI chat.completion response that calls one tool with `args` (serialised to JSON). */
export function toolCallResponse(name: string, args: unknown, model = 'test'): any {
  return completion(
    {
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: 'call_stub_1',
          type: 'function',
          function: { name, arguments: JSON.stringify(args) },
        },
      ],
    },
    model,
    'tool_calls',
  );
}

/** The deterministic unit vector the stub returns for `text` (exposed so tests can compare). */
export function stubEmbedding(text: string, dimensions = 8): number[] {
  let seed = 2166136261;
  for (const ch of text) seed = Math.imul(seed ^ ch.codePointAt(0)!, 16777619) >>> 0;
  const vector: number[] = [];
  for (let i = 0; i < dimensions; i++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    vector.push(seed / 2 ** 32 - 0.5);
  }
  const norm = Math.hypot(...vector) || 1;
  // Round through float32 so float and base64 answers carry the same numbers.
  return Array.from(new Float32Array(vector.map((v) => v / norm)));
}

export async function startOpenAiStub(handler?: StubHandler): Promise<OpenAiStub> {
  const requests: { path: string; body: any }[] = [];
  let current: StubHandler | undefined = handler;

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://stub').pathname;
    let body: any = null;
    try {
      const raw = await readBody(req);
      body = raw ? JSON.parse(raw) : null;
    } catch {
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: 'invalid JSON' } }));
      return;
    }
    requests.push({ path, body });
    if (req.method !== 'POST' || !/\/(?:chat\/completions|embeddings)$/.test(path)) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: `no route ${req.method} ${path}` } }));
      return;
    }
    let answer: any;
    try {
      answer = await current?.(body, path);
    } catch (error) {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: String(error) } }));
      return;
    }
    if (
      answer &&
      typeof answer === 'object' &&
      typeof answer.status === 'number' &&
      'body' in answer
    ) {
      res
        .writeHead(answer.status, { 'content-type': 'application/json' })
        .end(JSON.stringify(answer.body));
      return;
    }
    if (path.endsWith('/embeddings')) {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(answer?.data ? answer : embeddings(body)));
      return;
    }
    const response = toCompletion(answer, body?.model ?? 'test');
    if (body?.stream) {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      for (const chunk of toChunks(response, body.stream_options?.include_usage === true))
        res.write(`data: ${JSON.stringify(chunk)}\n\n`);
      res.end('data: [DONE]\n\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(response));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    setHandler(fn) {
      current = fn;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function completion(message: any, model: string, finishReason: string): any {
  return {
    id: 'chatcmpl-stub',
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function toCompletion(answer: any, model: string): any {
  if (answer === undefined || answer === null) return chatResponse('stub answer', model);
  if (typeof answer === 'string') return chatResponse(answer, model);
  if (Array.isArray(answer.choices)) return answer;
  const message = {
    role: 'assistant',
    content: answer.content ?? null,
    ...(answer.tool_calls ? { tool_calls: answer.tool_calls } : {}),
  };
  return completion(message, model, answer.tool_calls ? 'tool_calls' : 'stop');
}

/** The same answer as OpenAI streams it: role, content in pieces, tool calls, finish, usage. */
function toChunks(response: any, includeUsage: boolean): any[] {
  const choice = response.choices[0];
  const base = {
    id: response.id,
    object: 'chat.completion.chunk',
    created: response.created,
    model: response.model,
  };
  const chunk = (delta: any, finish: string | null = null) => ({
    ...base,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  });
  const chunks: any[] = [chunk({ role: 'assistant', content: '' })];
  const content: string = choice.message.content ?? '';
  for (const piece of content.match(/\S+\s*|\s+/g) ?? []) chunks.push(chunk({ content: piece }));
  (choice.message.tool_calls ?? []).forEach((call: any, index: number) => {
    chunks.push(
      chunk({
        tool_calls: [
          {
            index,
            id: call.id,
            type: 'function',
            function: { name: call.function.name, arguments: call.function.arguments },
          },
        ],
      }),
    );
  });
  chunks.push(chunk({}, choice.finish_reason));
  if (includeUsage) chunks.push({ ...base, choices: [], usage: response.usage });
  return chunks;
}

function embeddings(body: any): any {
  const inputs: string[] = Array.isArray(body?.input)
    ? body.input.map(String)
    : [String(body?.input ?? '')];
  const dimensions = typeof body?.dimensions === 'number' ? body.dimensions : 8;
  return {
    object: 'list',
    model: body?.model ?? 'test',
    data: inputs.map((text, index) => {
      const vector = stubEmbedding(text, dimensions);
      const embedding =
        body?.encoding_format === 'base64'
          ? Buffer.from(new Float32Array(vector).buffer).toString('base64')
          : vector;
      return { object: 'embedding', index, embedding };
    }),
    usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
  };
}
