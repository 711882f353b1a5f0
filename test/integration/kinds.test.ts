import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { BACKENDS } from '../support/databases.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { backfillDocumentKinds, remapTargetMetrics } from '../../src/db/kind-metric-backfill.ts';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'corpus-mini');

describe.each(BACKENDS)('document kinds on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ kind, corpus: [MINI], env: { ADMIN_TOKEN: 'admin-secret-token' } });
  });
  afterAll(async () => t?.close());

  const json = async (path: string, init?: RequestInit) => {
    const res = await t.app.request(path, init);
    return { status: res.status, body: await res.json() };
  };

  it('gives every document the kind its title names, and filters the list by kind', async () => {
    const { body } = await json('/api/documents');
    const kinds = Object.fromEntries(
      body.documents.map((d: { id: string; kind: string }) => [d.id, d.kind]),
    );
    expect(kinds).toEqual({ 'shanxi-plan': 'implementation_plan', 'guangdong-energy': 'plan' });
    const plans = await json('/api/documents?kinds=plan');
    expect(plans.body.documents.map((d: { id: string }) => d.id)).toEqual(['guangdong-energy']);
  });

  it('refuses an unknown kind, naming the allowed ones', async () => {
    for (const path of ['/api/documents?kinds=law', '/api/search?q=energy&kinds=plan,law']) {
      const { status, body } = await json(path);
      expect(status).toBe(400);
      expect(body.error.message).toMatch(
        /unknown kind "law" \(allowed: plan, implementation_plan, notice/,
      );
    }
    const asked = await json('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'energy?', filters: { kinds: ['law'] } }),
    });
    expect(asked.status).toBe(400);
    expect(asked.body.error.message).toMatch(/allowed: plan/);
  });

  it('searches and answers only within the kinds asked for', async () => {
    const search = await json(
      '/api/search?q=' + encodeURIComponent('energy intensity 2025') + '&kinds=plan',
    );
    expect(search.status).toBe(200);
    expect(search.body.results.length).toBeGreaterThan(0);
    expect(
      search.body.results.every(
        (r: { document_id: string }) => r.document_id === 'guangdong-energy',
      ),
    ).toBe(true);
    const none = await json('/api/search?q=energy&kinds=notice');
    expect(none.body.results).toEqual([]);
    const asked = await json('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        question: "What is Shanxi's 2025 energy intensity reduction target?",
        filters: { kinds: ['implementation_plan'] },
      }),
    });
    expect(
      asked.body.citations.every((c: { document_id: string }) => c.document_id === 'shanxi-plan'),
    ).toBe(true);
    expect(asked.body.searched.filters).toEqual({ kinds: ['implementation_plan'] });
    expect(asked.body.targets.every((x: { label: string }) => typeof x.label === 'string')).toBe(
      true,
    );
  });

  it('takes a kind from the upload form, and refuses one it does not know', async () => {
    const upload = (kindField: string) => {
      const form = new FormData();
      form.set(
        'file',
        new File(
          ['# Notice on trials\n\nBy 2025, the share of trials shall reach 30%.\n'],
          'trial.md',
        ),
      );
      form.set('id', 'trial-notice');
      form.set('kind', kindField);
      return json('/api/documents', {
        method: 'POST',
        headers: { authorization: 'Bearer admin-secret-token' },
        body: form,
      });
    };
    expect((await upload('report')).status).toBe(201);
    const { body } = await json('/api/documents?kinds=report');
    expect(body.documents.map((d: { id: string }) => d.id)).toEqual(['trial-notice']);
    const bad = await upload('memo');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/kind must be one of plan, implementation_plan/);
  });

  it('backfills the kinds and canonical metrics of rows written before migration 010', async () => {
    const sql = t.database.sql;
    await sql.query("UPDATE documents SET kind = NULL WHERE id = 'guangdong-energy'");
    await sql.query('UPDATE targets SET metric_key = NULL');
    await sql.query("DELETE FROM meta WHERE key = 'metrics_version'");
    expect(await backfillDocumentKinds(sql)).toBe(1);
    expect(await remapTargetMetrics(sql)).toBeGreaterThan(0);
    expect(await remapTargetMetrics(sql)).toBe(0);
    const { rows } = await sql.query<{ kind: string }>(
      "SELECT kind FROM documents WHERE id = 'guangdong-energy'",
    );
    expect(rows[0]!.kind).toBe('plan');
    const { body } = await json('/api/targets?metric=non_fossil_share_energy');
    expect(body.targets.length).toBeGreaterThan(0);
  });
});
