import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AskRequest, AskResponse, Asker, Citation } from '../../src/domain.ts';
import type { Target } from '../../src/targets/schema.ts';
import { parseGoldTargets, parseQuestions } from '../../eval/dataset.ts';
import { runEval, type CaseResult } from '../../eval/run.ts';
import { checkThresholds, summarize, type EvalReport } from '../../eval/report-json.ts';
import { writeReports } from '../../eval/report-files.ts';
import { formatSummaryTable, renderMarkdown } from '../../eval/report-md.ts';
import { renderHtml } from '../../eval/report-html.ts';
import { compareReports } from '../../eval/compare.ts';
import { scoreTargets } from '../../eval/scoring.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/eval/${name}`, import.meta.url), 'utf8');
const questions = parseQuestions(fixture('questions.jsonl'), 'questions.jsonl');

/** Stored chunk texts the citations are checked against. */
const CHUNKS = new Map([
  [
    'c-v2g',
    'Annually, over 60% of charging should occur during off-peak hours, and more than 80% of private charging in low-demand periods.',
  ],
  [
    'c-bus',
    '80,000 yuan and 42,000 yuan of subsidy will be provided for renewal of new energy buses and their power batteries, respectively.',
  ],
  [
    'c-peak',
    '到2030年，非化石能源消费比重达到25%左右，单位国内生产总值二氧化碳排放比2005年下降65%以上。',
  ],
  ['c-mars', 'Carbon markets price emissions in <b>yuan</b> per tonne.'],
]);

function cite(n: number, chunkId: string, documentId: string, quote: string): Citation {
  return {
    n,
    chunk_id: chunkId,
    document_id: documentId,
    title: documentId,
    issuer: null,
    date: null,
    region: null,
    url: 'https://example.org/doc',
    page: 3,
    heading: null,
    quote,
    start: 0,
    end: quote.length,
  };
}

function response(
  answer: string,
  citations: Citation[],
  extra: Partial<AskResponse> = {},
): AskResponse {
  return {
    answer,
    answerable: true,
    mode: 'extractive',
    citations,
    targets: [],
    searched: { documents: 4, filters: {} },
    timings_ms: {},
    ...extra,
  };
}

/** Canned answers per question: the scoring is under test here, not the ask pipeline. */
const CANNED: Record<string, AskResponse | Error> = {
  // Passes: right document, token present, valid quote.
  q1: response('Annually, over 60% of charging should occur during off-peak hours [1].', [
    cite(1, 'c-v2g', 'ccnt-v2g', 'over 60% of charging should occur during off-peak hours'),
  ]),
  // Fails: "8,000" is not "80,000"; one of two citations points at an unexpected document.
  q2: response('The subsidy is 8,000 yuan per bus [1][2].', [
    cite(1, 'c-bus', 'ccnt-bus', '80,000 yuan and 42,000 yuan of subsidy'),
    cite(2, 'c-v2g', 'ccnt-v2g', 'over 60% of charging'),
  ]),
  // Tokens pass through the alternative list; the expected document is ranked 2nd; the quote is not in its chunk.
  q3: response(
    '到2030年，非化石能源消费比重达到百分之二十五左右[1]。',
    [cite(1, 'c-peak', 'zh-peak-plan', '非化石能源消费比重达到百分之二十五')],
    {
      retrieved: [
        { chunk_id: 'c-other', document_id: 'other-doc', score: 0.9 },
        { chunk_id: 'c-peak', document_id: 'zh-peak-plan', score: 0.8 },
      ],
    },
  ),
  // Answers an unanswerable question, with markup in the answer.
  q4: response("The price is <script>alert('x')</script> 80 yuan [1].", [
    cite(1, 'c-mars', 'mars', 'Carbon markets price emissions in <b>yuan</b>'),
  ]),
  q5: new Error('database went away'),
};

function fakeAsker(delayMs = 0) {
  const requests: AskRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const asker: Asker = {
    async ask(request) {
      requests.push(request);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      inFlight -= 1;
      const question = questions.find((q) => q.question === request.question);
      const canned = question && CANNED[question.id];
      if (!canned) throw new Error(`no canned answer for ${request.question}`);
      if (canned instanceof Error) throw canned;
      return canned;
    },
  };
  return { asker, requests, maxInFlight: () => maxInFlight };
}

const chunkText = async (ids: string[]) =>
  new Map(ids.filter((id) => CHUNKS.has(id)).map((id) => [id, CHUNKS.get(id) ?? '']));

async function run(): Promise<CaseResult[]> {
  return runEval({ asker: fakeAsker().asker, questions, k: 5, chunkText });
}

const byId = (cases: CaseResult[], id: string) => {
  const c = cases.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return c;
};

describe('runEval', () => {
  it('asks every question with its k and keeps question order under bounded concurrency', async () => {
    const fake = fakeAsker(5);
    const progress: [number, number][] = [];
    const cases = await runEval({
      asker: fake.asker,
      questions,
      k: 5,
      concurrency: 2,
      chunkText,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(cases.map((c) => c.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(fake.maxInFlight()).toBe(2);
    expect(fake.requests.every((r) => r.k === 5)).toBe(true);
    expect(progress).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
  });

  it('scores each case and explains each failure', async () => {
    const cases = await run();
    expect(byId(cases, 'q1')).toMatchObject({
      pass: true,
      hit: true,
      hit_at_1: true,
      rr: 1,
      must_include_pass: true,
      citation_validity: 1,
      why: [],
    });
    expect(byId(cases, 'q2')).toMatchObject({
      pass: false,
      hit: true,
      must_include_pass: false,
      missing_tokens: ['80,000 yuan'],
      cited_expected_rate: 0.5,
      why: ["missing '80,000 yuan' in answer"],
    });
    expect(byId(cases, 'q3')).toMatchObject({
      pass: false,
      hit: true,
      hit_at_1: false,
      rr: 0.5,
      must_include_pass: true,
      retrieved_doc_ids: ['other-doc', 'zh-peak-plan'],
      citation_validity: 0,
    });
    expect(byId(cases, 'q3').why).toEqual([
      'citation [1] quote not found in chunk c-peak (zh-peak-plan)',
    ]);
    expect(byId(cases, 'q4')).toMatchObject({
      pass: false,
      answerable_expected: false,
      hit: null,
      must_include_pass: null,
      why: ['answered an unanswerable question'],
    });
    expect(byId(cases, 'q5')).toMatchObject({
      pass: false,
      error: 'database went away',
      hit: false,
      rr: 0,
      why: ['error: database went away'],
    });
  });

  it('explains a retrieval miss with the documents it got', async () => {
    const [question] = parseQuestions(
      '{"id":"m","question":"Where?","expected_doc_ids":["en-shanxi-plan"],"must_include":[]}',
      'm.jsonl',
    );
    const asker: Asker = {
      ask: async () =>
        response('Elsewhere [1].', [cite(1, 'c-v2g', 'ccnt-v2g', 'over 60%')], { closest: [] }),
    };
    const [result] = await runEval({ asker, questions: [question], k: 3, chunkText });
    expect(result.why).toEqual(['expected doc en-shanxi-plan not in top 3 (got ccnt-v2g)']);
  });
});

describe('summarize', () => {
  it('computes the report metrics (checked by hand)', async () => {
    const cases = (await run()).map((c, i) => ({ ...c, latency_ms: [100, 200, 300, 400, 500][i] }));
    const report = summarize(cases, {
      k: 5,
      settings: { dataset: 'questions.jsonl' },
      generatedAt: new Date('2025-01-02T03:04:05Z'),
    });
    expect(report).toMatchObject({
      questions: 5,
      passed: 1,
      failed: 4,
      errors: 1,
      generated_at: '2025-01-02T03:04:05.000Z',
      settings: { dataset: 'questions.jsonl', k: 5 },
    });
    // q1, q2, q3, q5 have expected docs: hits 1,1,1,0; rr 1,1,0.5,0.
    expect(report.retrieval).toMatchObject({
      hit_at_k: 0.75,
      recall_at_k: 0.75,
      mrr: 0.625,
      k: 5,
      count: 4,
    });
    // Must-include: q1 and q3 (alternative list) of q1, q2, q3, q5. Citations: 4 of 5 valid; 3 of 4 on expected docs.
    expect(report.answer).toMatchObject({
      must_include_accuracy: 0.5,
      citation_validity: 0.8,
      cited_expected_rate: 0.75,
      count: 4,
      citations: 5,
    });
    expect(report.unanswerable).toEqual({ count: 1, accuracy: 0 });
    expect(report.latency_ms).toMatchObject({ p50: 300, p95: 500, max: 500 });
    expect(report.targets).toBeNull();
    expect(Object.keys(report.by_category)).toEqual([
      'targets',
      'unanswerable',
      'uncategorised',
      'zh',
    ]);
    expect(report.by_category.targets).toMatchObject({
      count: 2,
      passed: 1,
      hit_at_k: 1,
      must_include_accuracy: 0.5,
      unanswerable_accuracy: null,
    });
    expect(report.by_category.unanswerable).toMatchObject({
      count: 1,
      hit_at_k: null,
      unanswerable_count: 1,
      unanswerable_accuracy: 0,
    });
  });

  it('checks thresholds, treating latency as a ceiling and a missing metric as a failure', async () => {
    const report = summarize(await run(), { k: 5 });
    const failures = checkThresholds(report, {
      'retrieval.hit_at_k': 0.85,
      'answer.must_include_accuracy': 0.5,
      'unanswerable.accuracy': 0.5,
      'latency_ms.p95': 60_000,
      'targets.f1': 0.5,
      'retrieval.ndcg': 0.1,
    });
    expect(failures).toEqual([
      'retrieval.hit_at_k = 0.750, below the minimum 0.850',
      'unanswerable.accuracy = 0, below the minimum 0.500',
      'targets.f1: no such metric in the report (targets were not scored: pass a gold targets file)',
      'retrieval.ndcg: no such metric in the report',
    ]);
    expect(checkThresholds(report, { 'latency_ms.p95': -1 })[0]).toMatch(
      /^latency_ms\.p95 = \d+, above the maximum -1$/,
    );
  });
});

describe('report files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eval-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function fullReport(): Promise<EvalReport> {
    const gold = parseGoldTargets(fixture('gold-targets.jsonl'), 'gold-targets.jsonl');
    const extracted = [
      {
        metric: 'non-fossil share',
        value: 25,
        unit: '%',
        target_year: 2030,
        document_id: 'zh-peak-plan',
        quote: '非化石能源消费比重达到25%左右 <i>x</i>',
      },
    ] as Target[];
    return summarize(await run(), { k: 5, targets: scoreTargets(extracted, gold) });
  }

  it('writes report.json, report.md and report.html', async () => {
    const report = await fullReport();
    const paths = await writeReports(report, join(dir, 'nested', 'out'));
    expect(JSON.parse(readFileSync(paths.json, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(report)),
    );
    expect(readFileSync(paths.md, 'utf8')).toBe(renderMarkdown(report));
    expect(readFileSync(paths.html, 'utf8')).toBe(renderHtml(report));
  });

  it('puts a failures table in the Markdown, with pipes escaped', async () => {
    const md = renderMarkdown(await fullReport());
    expect(md).toContain('## Failures (4)');
    expect(md).toContain('| ID | Question | Expected | Got (answer excerpt) | Why |');
    const q2Row = md.split('\n').find((line) => line.startsWith('| q2 |'));
    expect(q2Row).toContain("docs: ccnt-bus; tokens: '80,000 yuan'");
    expect(q2Row).toContain('The subsidy is 8,000 yuan per bus');
    expect(q2Row).toContain("missing '80,000 yuan' in answer");
    expect(md).toContain('| Targets precision | 100.0% |');
    expect(md).not.toContain('<script>');
  });

  it('renders self-contained HTML with every answer and quote escaped', async () => {
    const html = renderHtml(await fullReport());
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(html).toContain('Carbon markets price emissions in &lt;b&gt;yuan&lt;/b&gt;');
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/<link|@import|url\(/i);
    expect(html).not.toContain('https://example.org');
    // One inline bar chart per metric, with a bar per category.
    expect(html.match(/<svg /g)?.length).toBe(6);
    expect(html).toContain('<figcaption>Retrieval hit@5</figcaption>');
    // The failures table shows expected tokens (missing ones marked) and the cited quotes.
    expect(html).toContain(
      '<code class="missing" title="missing from the answer">80,000 yuan</code>',
    );
    expect(html).toContain('80,000 yuan and 42,000 yuan of subsidy');
  });

  it('formats a fixed-width console summary', async () => {
    const table = formatSummaryTable(await fullReport());
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^Metric\s+Value$/);
    expect(table).toContain('Questions');
    expect(lines.find((l) => l.startsWith('Retrieval hit@5'))).toMatch(/75\.0%$/);
    expect(lines.find((l) => l.startsWith('Targets F1'))).toMatch(/0\.500$/); // P 1, R 1/3
    // Values line up in one column.
    const column = lines[0].indexOf('Value');
    expect(lines.slice(2, 8).every((l) => l[column - 1] === ' ' && l[column] !== ' ')).toBe(true);
  });
});

describe('compareReports', () => {
  it('shows signed metric deltas and the cases that changed outcome', async () => {
    const current = summarize(await run(), { k: 5 });
    const previousCases = (await run()).map((c) => {
      if (c.id === 'q1') return { ...c, pass: false, why: ['missing'] };
      if (c.id === 'q2') return { ...c, pass: true, why: [] };
      if (c.id === 'q3') return { ...c, hit: false, rr: 0, recall: 0 };
      return c;
    });
    const previous = summarize(previousCases, { k: 5 });
    const text = compareReports(current, previous);
    expect(text).toMatch(/Retrieval hit@5\s+50\.0%\s+75\.0%\s+▲ \+25\.0 pp \(better\)/);
    expect(text).toMatch(/Retrieval MRR\s+0\.500\s+0\.625\s+▲ \+0\.125 \(better\)/);
    expect(text).toMatch(/Must-include accuracy\s+50\.0%\s+50\.0%\s+= 0/);
    expect(text).toContain(
      "Newly failing (1):\n  ✗ q2: How much subsidy is provided for renewing a new energy bus? — missing '80,000 yuan' in answer",
    );
    expect(text).toContain('Newly passing (1):\n  ✓ q1:');
  });

  it('marks a latency increase as worse', async () => {
    const cases = await run();
    const current = summarize(
      cases.map((c) => ({ ...c, latency_ms: 300 })),
      { k: 5 },
    );
    const previous = summarize(
      cases.map((c) => ({ ...c, latency_ms: 200 })),
      { k: 5 },
    );
    expect(compareReports(current, previous)).toMatch(
      /Latency p50\s+200 ms\s+300 ms\s+▲ \+100 ms \(worse\)/,
    );
  });
});
