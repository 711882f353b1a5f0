import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { BACKENDS } from '../support/databases.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { createIngester } from '../../ingest/pipeline.ts';
import { fromSql } from 'pgvector';
import { HashingEmbeddings } from '../../src/embeddings/hashing.ts';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'corpus-mini');
const LOADERS = join(import.meta.dirname, '..', 'fixtures', 'loaders');

const md = (body: string) => new TextEncoder().encode(`# Test Plan\n\n## Chapter I\n\n${body}\n`);
const longDoc = Array.from(
  { length: 80 },
  (_, i) =>
    `Article ${i + 1} By 2025, the share of item ${i} shall reach ${i + 10}% compared with 2020.`,
).join('\n\n');

describe.each(BACKENDS)('ingestion on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ kind, corpus: [MINI], env: { ADMIN_TOKEN: 'admin-token-123' } });
  });
  afterAll(async () => t?.close());

  const docs = async () =>
    (await t.services.store.listDocuments())
      .map((d) => `${d.id}:${d.chunk_count}:${d.content_hash}`)
      .sort();

  it('skips an unchanged document (idempotent by content hash)', async () => {
    const before = await docs();
    const bytes = new Uint8Array(await readFile(join(MINI, 'shanxi-plan.md')));
    const r = await t.ingester.ingest({
      bytes,
      fileName: 'shanxi-plan.md',
      metadata: { id: 'shanxi-plan' },
    });
    expect(r.status).toBe('unchanged');
    expect(await docs()).toEqual(before);
  });

  it('stores the SHA-256 of the file bytes, and upgrades a pre-008 hash when the same file comes again', async () => {
    const bytes = new Uint8Array(await readFile(join(MINI, 'zh-plan.md')));
    const sha256sum = createHash('sha256').update(bytes).digest('hex');
    const id = (await t.services.store.listDocuments()).find(
      (d) => d.file_name === 'zh-plan.md',
    )!.id;
    expect(await t.services.store.documentHash(id)).toBe(sha256sum);
    // A document stored before migration 008: its hash was taken over the bytes as a binary string, as UTF-8.
    const legacy = createHash('sha256')
      .update(Buffer.from(Buffer.from(bytes).toString('latin1'), 'utf8'))
      .digest('hex');
    expect(legacy).not.toBe(sha256sum);
    await t.database.sql.query(
      'UPDATE documents SET content_hash = $2, content_hash_legacy = true WHERE id = $1',
      [id, legacy],
    );
    const again = await t.ingester.ingest({ bytes, fileName: 'zh-plan.md', metadata: { id } });
    expect(again.status).toBe('unchanged');
    const state = await t.services.store.documentHashState(id);
    expect(state?.content_hash).toBe(sha256sum);
    expect(state?.legacy).toBe(false);
  });

  it('replaces a changed document under the same id atomically', async () => {
    const first = await t.ingester.ingest({
      bytes: md('Article 1 By 2025, wind power shall reach 10 GW.'),
      fileName: 'replace-me.md',
    });
    expect(first.status).toBe('inserted');
    const second = await t.ingester.ingest({
      bytes: md('Article 1 By 2030, solar power shall reach 99 GW.'),
      fileName: 'replace-me.md',
    });
    expect(second.status).toBe('replaced');
    const doc = await t.services.store.getDocument('replace-me');
    expect(doc!.text).toContain('99 GW');
    expect(doc!.text).not.toContain('10 GW');
    const chunks = await t.services.store.getChunks(doc!.chunks.map((c) => c.chunk_id));
    expect(chunks.map((c) => c.text).join(' ')).not.toContain('10 GW');
    const targets = await t.services.store.listTargets({ document_ids: ['replace-me'] });
    expect(targets.map((x) => x.value)).toEqual([99]);
  });

  it('stores each chunk vector exactly as embedded (binary on PostgreSQL, text on PGlite), so searches find it', async () => {
    const r = await t.ingester.ingest({
      bytes: md(
        'Article 1 By 2027, offshore wind capacity in the round-trip test shall reach 12 GW.',
      ),
      fileName: 'vector-roundtrip.md',
    });
    expect(r.status).toBe('inserted');
    const doc = await t.services.store.getDocument('vector-roundtrip');
    const { rows } = await t.database.sql.query<{
      id: string;
      text: string;
      embedding: string;
    }>(
      'SELECT id, text, embedding::text AS embedding FROM chunks WHERE document_id = $1 ORDER BY ordinal',
      ['vector-roundtrip'],
    );
    expect(rows.length).toBe(doc!.chunks.length);
    const embeddings = new HashingEmbeddings({ dimensions: 512 });
    for (const row of rows) {
      const stored = fromSql(row.embedding) as number[];
      const expected = (await embeddings.embedDocuments([row.text]))[0]!;
      expect(stored).toHaveLength(512);
      // float4 storage: equal to the embedded value rounded to single precision.
      stored.forEach((v, i) => expect(v).toBeCloseTo(Math.fround(expected[i]!), 6));
    }
    const hits = await t.services.store.vectorSearch(
      await embeddings.embedQuery(rows[0]!.text),
      undefined,
      1,
    );
    expect(hits[0]!.chunk_id).toBe(rows[0]!.id);
    expect(hits[0]!.score).toBeGreaterThan(0.999);
  });

  it('writes nothing of a document whose write fails half-way (one transaction)', async () => {
    const before = await docs();
    // Vectors of the wrong dimension make the chunk INSERT fail after the document row was written.
    const broken = createIngester({
      store: t.services.store,
      embeddings: new HashingEmbeddings({ dimensions: 3 }),
      embedBatchSize: 8,
    });
    const r = await broken.ingest({ bytes: md(longDoc), fileName: 'half-written.md' });
    expect(r.status).toBe('failed');
    expect(r.error).toMatch(/half-written\.md/);
    expect(await t.services.store.getDocument('half-written')).toBeNull();
    expect(await docs()).toEqual(before);
  });

  it('writes nothing when target extraction throws', async () => {
    const failing = createIngester({
      store: t.services.store,
      embeddings: t.services.embeddings,
      extractTargets: {
        document: () => {
          throw new Error('extractor exploded');
        },
      },
    });
    const r = await failing.ingest({
      bytes: md('Article 1 By 2025, storage shall reach 5 GW.'),
      fileName: 'extract-fails.md',
    });
    expect(r).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/extract-fails\.md: extractor exploded/),
    });
    expect(await t.services.store.getDocument('extract-fails')).toBeNull();
  });

  it.each([
    ['empty.txt', /empty/],
    ['random.pdf', /not a PDF/],
    ['truncated.pdf', /not a readable PDF/],
  ])('reports %s as failed with a one-line reason and stores nothing', async (name, reason) => {
    const bytes = new Uint8Array(await readFile(join(LOADERS, name)));
    const r = await t.ingester.ingest({ bytes, fileName: name });
    expect(r.status).toBe('failed');
    expect(r.error).toMatch(reason);
    expect(r.error!.split('\n')).toHaveLength(1);
    expect(await t.services.store.getDocument(name.replace(/\.\w+$/, ''))).toBeNull();
  });

  it('files stated metadata as a manifest entry is filed: canonical region, its level when none is given, lower-case sectors', async () => {
    // Detected as a national notice (addressed to all provinces); the caller says it is Guangdong's.
    const national = new TextEncoder().encode(
      '# 关于推进储能发展的通知\n\n各省、自治区、直辖市人民政府：\n\n到2025年，新型储能装机达到3000万千瓦以上。\n',
    );
    const detected = await t.ingester.ingest({ bytes: national, fileName: 'level-detected.md' });
    expect((await t.services.store.getDocument('level-detected'))!).toMatchObject({
      region: 'National',
      level: 'national',
    });
    // As an upload form sends them: the region by its Chinese name, a sector capitalised.
    const stated = await t.ingester.ingest({
      bytes: national,
      fileName: 'level-stated.md',
      metadata: { region: '广东省', sectors: ['Energy', 'power'] },
    });
    const city = await t.ingester.ingest({
      bytes: national,
      fileName: 'level-city.md',
      metadata: { region: 'Shenzhen' },
    });
    const both = await t.ingester.ingest({
      bytes: national,
      fileName: 'level-both.md',
      metadata: { region: 'Guangdong', level: 'municipal' },
    });
    expect([detected, stated, city, both].map((r) => r.status)).toEqual([
      'inserted',
      'inserted',
      'inserted',
      'inserted',
    ]);
    expect((await t.services.store.getDocument('level-stated'))!).toMatchObject({
      region: 'Guangdong',
      level: 'provincial',
      sectors: ['energy', 'power'],
    });
    expect((await t.services.store.getDocument('level-city'))!).toMatchObject({
      region: 'Shenzhen',
      level: 'municipal',
    });
    expect((await t.services.store.getDocument('level-both'))!).toMatchObject({
      region: 'Guangdong',
      level: 'municipal',
    });
    for (const id of ['level-detected', 'level-stated', 'level-city', 'level-both'])
      await t.services.store.deleteDocument(id);
  });

  it('serves the document text with chunk boundaries that slice back to the chunks', async () => {
    const res = await t.app.request('/api/documents/guangdong-energy');
    const doc = await res.json();
    expect(doc).toMatchObject({
      id: 'guangdong-energy',
      region: 'Guangdong',
      language: 'zh',
      date: '2022-04-01',
    });
    const chunks = await t.services.store.getChunks(
      doc.chunks.map((c: { chunk_id: string }) => c.chunk_id),
    );
    for (const c of doc.chunks)
      expect(doc.text.slice(c.start, c.end)).toBe(
        chunks.find((x) => x.chunk_id === c.chunk_id)!.text,
      );
  });

  it('accepts an admin upload with metadata fields and lists it with its chunk count', async () => {
    const form = new FormData();
    form.append(
      'file',
      new Blob([md('Article 1 By 2027, Hainan shall build 50,000 charging piles.')]),
      'hainan-upload.md',
    );
    form.append('region', 'Hainan');
    form.append('date', '2024-05-06');
    form.append('sectors', 'transport,energy');
    const res = await t.app.request('/api/documents', {
      method: 'POST',
      body: form,
      headers: { authorization: 'Bearer admin-token-123' },
    });
    expect(res.status).toBe(201);
    const { results } = await res.json();
    expect(results[0]).toMatchObject({ id: 'hainan-upload', status: 'inserted' });
    const { documents } = await (await t.app.request('/api/documents')).json();
    expect(documents.find((d: { id: string }) => d.id === 'hainan-upload')).toMatchObject({
      region: 'Hainan',
      date: '2024-05-06',
      sectors: ['transport', 'energy'],
      chunk_count: 1,
    });
    const del = await t.app.request('/api/documents/hainan-upload', {
      method: 'DELETE',
      headers: { authorization: 'Bearer admin-token-123' },
    });
    expect(del.status).toBe(200);
    expect(await t.services.store.getDocument('hainan-upload')).toBeNull();
  });

  it('refuses uploads without the admin token', async () => {
    const form = new FormData();
    form.append('file', new Blob([md('x')]), 'nope.md');
    const res = await t.app.request('/api/documents', { method: 'POST', body: form });
    expect(res.status).toBe(401);
    expect(await t.services.store.getDocument('nope')).toBeNull();
  });
});
