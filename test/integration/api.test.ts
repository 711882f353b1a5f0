import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { BACKENDS } from '../support/databases.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'corpus-mini');

describe.each(BACKENDS)('HTTP API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ kind, corpus: [MINI], env: { ADMIN_TOKEN: 'admin-secret-token' } });
  });
  afterAll(async () => t?.close());

  const ask = (body: unknown, headers: Record<string, string> = {}) =>
    t.app.request('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('answers a question with a citation whose quote is a substring of the cited chunk', async () => {
    const res = await ask({ question: "What is Shanxi's 2025 energy intensity reduction target?" });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.answerable).toBe(true);
    expect(body.mode).toBe('extractive');
    expect(body.answer).toContain('14.5%');
    expect(body.citations.length).toBeGreaterThan(0);
    const c = body.citations[0];
    expect(c.document_id).toBe('shanxi-plan');
    const doc = await (await t.app.request(`/api/documents/${c.document_id}`)).json();
    expect(doc.text.slice(c.start, c.end)).toBe(c.quote);
    const chunk = doc.chunks.find((ch: { chunk_id: string }) => ch.chunk_id === c.chunk_id);
    expect(doc.text.slice(chunk.start, chunk.end)).toContain(c.quote);
    expect(c.title).toContain('Shanxi');
    expect(body.answer).toMatch(/\[1\]/);
  });

  it('finds the Chinese document for a Chinese question', async () => {
    const body = await (
      await ask({ question: '广东到2025年非化石能源消费比重目标是多少？' })
    ).json();
    expect(body.answerable).toBe(true);
    expect(body.citations[0].document_id).toBe('guangdong-energy');
    expect(body.answer).toContain('29%');
  });

  it('declines a question the documents do not answer, offering the closest passages', async () => {
    const body = await (
      await ask({ question: "What is Yunnan's 2035 hydrogen production target?" })
    ).json();
    expect(body.answerable).toBe(false);
    expect(body.citations).toEqual([]);
    expect(body.answer).toMatch(/Not found in the 2 documents searched/);
    expect(body.closest.length).toBeGreaterThan(0);
  });

  it('streams the same answer as SSE events citations → delta → targets → done', async () => {
    const res = await ask(
      { question: "What is Shanxi's 2025 energy intensity reduction target?" },
      { accept: 'text/event-stream' },
    );
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const text = await res.text();
    const events = Array.from(text.matchAll(/^event: (\w+)$/gm), (m) => m[1]);
    expect(events[0]).toBe('citations');
    expect(events).toContain('delta');
    expect(events.indexOf('targets')).toBeGreaterThan(events.lastIndexOf('delta'));
    expect(events[events.length - 1]).toBe('done');
    const deltas = Array.from(
      text.matchAll(/^event: delta\ndata: (.*)$/gm),
      (m) => JSON.parse(m[1]).text,
    ).join('');
    const done = JSON.parse(text.match(/^event: done\ndata: (.*)$/m)![1]);
    expect(deltas).toBe(done.answer);
  });

  it.each([
    [{}, /question/],
    [{ question: '' }, /empty/],
    [{ question: 42 }, /question/],
    [{ question: 'x'.repeat(2001) }, /too long/],
    [{ question: 'ok', filters: { regions: 'Shanxi' } }, /filters.regions/],
    [{ question: 'ok', unknown: 1 }, /unrecognized|Unrecognized/],
  ])('rejects a bad request body %j with 400 and a message', async (body, message) => {
    const res = await ask(body);
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.error.code).toBe('bad_request');
    expect(json.error.message).toMatch(message);
  });

  it('rejects malformed JSON with 400', async () => {
    const res = await t.app.request('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"question": ',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/not valid JSON/);
  });

  it('answers unknown routes with 404 JSON', async () => {
    const res = await t.app.request('/api/nope');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('answers a known path asked with the wrong method with 405 and the methods it takes', async () => {
    const get = await t.app.request('/api/ask');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await get.json()).error).toEqual({
      code: 'method_not_allowed',
      message: 'GET is not allowed on /api/ask (allowed: POST)',
    });
    const put = await t.app.request('/api/documents/shanxi-plan', { method: 'PUT', body: 'x' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')!.split(', ').sort()).toEqual(['DELETE', 'GET']);
    expect((await t.app.request('/api/documents/shanxi-plan')).status).toBe(200);
  });

  it('searches with filters applied in SQL', async () => {
    const all = await (
      await t.app.request('/api/search?q=' + encodeURIComponent('2025 energy target'))
    ).json();
    expect(new Set(all.results.map((r: { document_id: string }) => r.document_id))).toEqual(
      new Set(['shanxi-plan', 'guangdong-energy']),
    );
    const filtered = await (
      await t.app.request(
        '/api/search?q=' + encodeURIComponent('2025 energy target') + '&regions=Guangdong',
      )
    ).json();
    expect(filtered.results.length).toBeGreaterThan(0);
    expect(
      filtered.results.every((r: { document_id: string }) => r.document_id === 'guangdong-energy'),
    ).toBe(true);
  });

  it('reads region filters by any name of the region (case, Chinese) and sector filters case-insensitively', async () => {
    const ids = async (url: string) =>
      new Set(
        ((await (await t.app.request(url)).json()).results as { document_id: string }[]).map(
          (r) => r.document_id,
        ),
      );
    const q = '/api/search?q=' + encodeURIComponent('2025 energy target');
    for (const region of ['guangdong', '广东', '广东省', 'GUANGDONG'])
      expect(await ids(`${q}&regions=${encodeURIComponent(region)}`), region).toEqual(
        new Set(['guangdong-energy']),
      );
    expect(await ids(`${q}&sectors=Energy`)).toEqual(new Set(['shanxi-plan', 'guangdong-energy']));
    const asked = await (
      await ask({ question: '2025 energy target', filters: { regions: ['shanxi'] } })
    ).json();
    expect(asked.searched).toMatchObject({ documents: 1, filters: { regions: ['Shanxi'] } });
    const byTargets = async (query: string) =>
      (await (await t.app.request(`/api/targets?${query}`)).json()).targets as { region: string }[];
    const shanxi = await byTargets('region=Shanxi');
    expect(shanxi.length).toBeGreaterThan(0);
    expect(await byTargets('region=shanxi')).toEqual(shanxi);
    expect(await byTargets(`region=${encodeURIComponent('山西省')}`)).toEqual(shanxi);
    expect(await byTargets('sector=ENERGY')).toEqual(await byTargets('sector=energy'));
  });

  it('refuses a year range that ends before it starts, and query parameters it does not know', async () => {
    for (const url of [
      '/api/search?q=energy&year_from=2025&year_to=2020',
      '/api/targets?year_from=2030&year_to=2025',
    ]) {
      const res = await t.app.request(url);
      expect(res.status, url).toBe(400);
      expect((await res.json()).error.message, url).toMatch(
        /year_from: 20\d\d is after year_to 20\d\d/,
      );
    }
    const reversed = await ask({ question: 'energy', filters: { year_from: 2025, year_to: 2020 } });
    expect(reversed.status).toBe(400);
    expect((await reversed.json()).error.message).toBe(
      'filters.year_from: 2025 is after year_to 2020',
    );
    for (const [url, key] of [
      ['/api/targets?regoin=Shanxi', 'regoin'],
      ['/api/search?q=energy&region_id=1', 'region_id'],
      ['/api/documents?limit=5', 'limit'],
    ]) {
      const res = await t.app.request(url);
      expect(res.status, url).toBe(400);
      const { error } = await res.json();
      expect(error.code).toBe('bad_request');
      expect(error.message, url).toContain(`unknown query parameter "${key}"`);
    }
    expect(
      (
        await t.app.request(
          '/api/targets?region=Shanxi&sector=energy&target_year=2025&year_from=2020&year_to=2030&document_id=shanxi-plan&q=energy&limit=5&format=json',
        )
      ).status,
    ).toBe(200);
    // Bytes, not text(): decoding UTF-8 drops a byte-order mark.
    const bytes = async (url: string) =>
      Array.from(new Uint8Array(await (await t.app.request(url)).arrayBuffer()));
    const csv = await bytes('/api/targets?region=Shanxi&format=csv');
    const excel = await bytes('/api/targets?region=Shanxi&format=csv&bom=1');
    expect(csv.slice(0, 3)).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(excel).toEqual([0xef, 0xbb, 0xbf, ...csv]);
    expect((await t.app.request('/api/targets?format=csv&bom=yes')).status).toBe(400);
  });

  it('accepts every query parameter /openapi.json documents, and documents the body schemas it validates', async () => {
    const document = await (await t.app.request('/openapi.json')).json();
    const documented = Object.entries(
      document.paths as Record<string, { get?: { parameters?: { name: string; in: string }[] } }>,
    )
      .map(([path, item]) => ({
        path,
        keys: (item.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      }))
      .filter(({ keys }) => keys.length > 0);
    expect(documented.map(({ path }) => path).sort()).toEqual([
      '/api/digest',
      '/api/documents',
      '/api/search',
      '/api/targets',
      '/api/targets/changes',
    ]);
    for (const { path, keys } of documented) {
      // The route names the keys it knows when refusing one it does not.
      const res = await t.app.request(`${path}?not_a_key=1`);
      expect(res.status, path).toBe(400);
      const known = (await res.json()).error.message.match(/\(known: (.*)\)$/)?.[1].split(', ');
      expect(known, path).toEqual(expect.arrayContaining(keys));
    }
    const askBody = document.paths['/api/ask'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(askBody.properties).sort()).toEqual(['filters', 'history', 'k', 'question']);
    expect(askBody.properties.question.maxLength).toBe(2000);
  });

  it('lists documents with chunk counts and reports health', async () => {
    const { documents } = await (await t.app.request('/api/documents')).json();
    expect(documents.map((d: { id: string }) => d.id).sort()).toEqual([
      'guangdong-energy',
      'shanxi-plan',
    ]);
    expect(documents.every((d: { chunk_count: number }) => d.chunk_count > 0)).toBe(true);
    const health = await (await t.app.request('/healthz')).json();
    expect(health).toMatchObject({ status: 'ok', database: 'up', documents: 2 });
  });

  it('guards admin routes with the bearer token', async () => {
    expect((await t.app.request('/api/documents/shanxi-plan', { method: 'DELETE' })).status).toBe(
      401,
    );
    expect(
      (
        await t.app.request('/api/documents/shanxi-plan', {
          method: 'DELETE',
          headers: { authorization: 'Bearer wrong' },
        })
      ).status,
    ).toBe(401);
    const res = await t.app.request('/api/documents/nope', {
      method: 'DELETE',
      headers: { authorization: 'Bearer admin-secret-token' },
    });
    expect(res.status).toBe(404);
  });
});
