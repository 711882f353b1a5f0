import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { createTestApp, listen, SAMPLE_CORPUS, type TestApp } from '../support/app.ts';

/**
 * The chat UI end to end: the real app (sample corpus + a hostile document, in-memory PGlite)
 * driven by Chromium. One browser for the whole file; each scenario gets its own page.
 */

const HOSTILE = join(import.meta.dirname, '..', 'fixtures', 'e2e', 'hostile');
const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');
const ADMIN_TOKEN = 'test-admin';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

let testApp: TestApp;
let server: { url: string; close(): Promise<void> };
let browser: Browser;

interface AskBody {
  question: string;
  history?: { role: string; content: string }[];
  filters?: { regions?: string[]; sectors?: string[]; languages?: string[] };
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  [testApp, browser] = await Promise.all([
    createTestApp({ corpus: [SAMPLE_CORPUS, HOSTILE], env: { ADMIN_TOKEN } }),
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    }),
  ]);
  // Ingest refuses non-http(s) URLs; a row written before that rule (or by hand) may still hold
  // one, and the UI must not turn it into a link.
  await testApp.database.sql.query('UPDATE documents SET source_url = $1 WHERE id = $2', [
    'javascript:window.__pwned=1',
    'hostile-ningxia-solar',
  ]);
  server = await listen(testApp.app);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await testApp?.close();
});

/** A fresh page that records every /api/ask request body and fails on page errors. */
async function openPage(viewport = { width: 1360, height: 880 }, hash = '') {
  const context = await browser.newContext({ viewport, locale: 'en-US', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const asks: AskBody[] = [];
  const errors: string[] = [];
  page.on('request', (request: Request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/ask')
      asks.push(JSON.parse(request.postData() ?? '{}'));
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${server.url}/${hash}`);
  return { page, asks, errors, close: () => context.close() };
}

/** Types a question, sends it with Enter and waits until the nth answer is complete. */
async function ask(page: Page, question: string) {
  const before = await page.getByTestId('answer').count();
  await page.getByTestId('question-input').fill(question);
  await page.getByTestId('question-input').press('Enter');
  const answer = page.getByTestId('answer').nth(before);
  await answer.and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 20_000 });
  return answer;
}

async function askJson(question: string, history?: AskBody['history']) {
  const response = await fetch(`${server.url}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question, history }),
  });
  return (await response.json()) as {
    answer: string;
    citations: { n: number; title: string; quote: string; document_id: string }[];
  };
}

describe('chat UI', () => {
  it('streams an answer with citation chips, and a chip opens the passage with the quote highlighted', async () => {
    const { page, asks, errors, close } = await openPage();
    const question = 'What share of non-fossil energy should China reach by 2025?';
    const expected = await askJson(question);
    expect(expected.citations.length).toBeGreaterThan(0);

    const streamed: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/ask')) streamed.push(r.headers()['accept'] ?? '');
    });
    const answer = await ask(page, question);
    expect(streamed[0]).toContain('text/event-stream');
    expect(asks[0].question).toBe(question);
    expect(asks[0].history).toBeUndefined();
    const chips = answer.getByTestId('citation');
    expect(await chips.count()).toBeGreaterThanOrEqual(1);
    // The streamed text is the verified answer, with its markers turned into chips.
    const opening = expected.answer.split('[')[0].replace(/\s+/g, ' ').trim().slice(0, 30);
    expect((await answer.innerText()).replace(/\s+/g, ' ')).toContain(opening);

    await chips.first().click();
    const preview = page.getByTestId('citation-preview');
    await preview.waitFor({ state: 'visible' });
    const first = expected.citations[0];
    await expect.poll(() => preview.locator('mark.quote').first().textContent()).toBe(first.quote);
    expect(await preview.locator('h2').first().textContent()).toBe(first.title);
    expect(await preview.locator('.passage').textContent()).toContain(first.quote);
    await page.screenshot({ path: join(SCREENSHOTS, 'desktop-answer-preview.png') });

    // "Open document": the whole text, chunk by chunk, with the cited chunk marked.
    await preview.getByRole('button', { name: 'Open document' }).click();
    const current = preview.locator('.doc-chunk.current');
    await current.waitFor();
    expect(await current.locator('mark.quote').textContent()).toBe(first.quote);
    expect(await preview.locator('.doc-chunk').count()).toBeGreaterThan(1);
    await expect
      .poll(() =>
        current.locator('mark.quote').evaluate((mark) => {
          const box = mark.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'desktop-document-view.png') });
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });

    // A Chinese follow-up carries the previous exchange as history.
    const followUp = await ask(page, '那广东呢？');
    expect((await followUp.innerText()).trim().length).toBeGreaterThan(0);
    expect(asks[1].question).toBe('那广东呢？');
    expect(asks[1].history).toEqual([
      { role: 'user', content: question },
      { role: 'assistant', content: expect.stringContaining('[1]') },
    ]);
    expect(errors).toEqual([]);
    await close();
  });

  it('sends the region filter with the question and starts a new conversation without history', async () => {
    const { page, asks, close } = await openPage();
    // Shift+Enter is a new line, not a send.
    await page.getByTestId('question-input').fill('draft');
    await page.getByTestId('question-input').press('Shift+Enter');
    expect(await page.getByTestId('question-input').inputValue()).toBe('draft\n');
    expect(asks).toEqual([]);
    const region = page.getByTestId('filter-region');
    await region.locator('option[value="Guangdong"]').waitFor({ state: 'attached' });
    await region.selectOption('Guangdong');
    await expect.poll(() => page.locator('#scope-summary').textContent()).toContain('Guangdong');
    const answer = await ask(page, 'What are the energy targets for 2025?');
    expect(asks[0].filters).toEqual({ regions: ['Guangdong'] });
    expect(await answer.getByTestId('citation').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'New conversation' }).click();
    expect(await page.getByTestId('answer').count()).toBe(0);
    // An unanswerable question: the not-found text names the documents searched; the closest passages follow.
    const notFound = await ask(page, 'What quota does the plan set for lunar mining on Mars?');
    expect(asks[1].history).toBeUndefined();
    expect(asks[1].filters?.regions).toEqual(['Guangdong']);
    expect(await notFound.textContent()).toMatch(/Not found in the \d+ documents? searched/);
    expect(await page.locator('.message.assistant .closest-item').count()).toBeGreaterThan(0);
    await close();
  });

  it('copies the answer with its sources, and stores feedback with its comment', async () => {
    const { page, close } = await openPage();
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const question = 'What is the V2G off-peak charging target?';
    await ask(page, question);
    await page.getByRole('button', { name: 'Copy the answer with its sources' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`Q: ${question}`);
    expect(copied).toMatch(/Sources:\n\[1\] .+\n {4}“.+”/);

    await page.getByTestId('feedback-down').click();
    const comment = `The answer misses the 2025 figure (${Date.now()})`;
    await page.getByTestId('feedback-comment').fill(comment);
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByTestId('feedback-thanks').waitFor();

    const response = await fetch(`${server.url}/api/feedback`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(response.status).toBe(200);
    const { feedback } = (await response.json()) as {
      feedback: { question: string; verdict: string; comment: string | null }[];
    };
    expect(feedback).toContainEqual(
      expect.objectContaining({ question, verdict: 'down', comment }),
    );
    await close();
  });

  it('shows hostile document text literally and never runs it', async () => {
    const { page, close } = await openPage();
    const answer = await ask(
      page,
      "What is Ningxia's installed photovoltaic capacity target for 2025?",
    );
    const chip = answer.locator('[data-testid="citation"][title*="Ningxia"]').first();
    await chip.click();
    const preview = page.getByTestId('citation-preview');
    await expect
      .poll(() => preview.locator('.passage').textContent())
      .toContain('<script>window.__pwned=1</script>');
    expect(await preview.locator('h2').first().textContent()).toBe(
      'Ningxia Solar Plan <img src=x onerror="window.__pwned=1">',
    );
    expect(await preview.textContent()).toContain('Test Issuer <script>window.__pwned=1</script>');
    // The manifest's javascript: URL is not offered as a link.
    expect(await preview.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await preview.locator('a.external').count()).toBe(0);
    await preview.getByRole('button', { name: 'Open document' }).click();
    await preview.locator('.doc-chunk.current').waitFor();
    expect(await preview.locator('.document-text').textContent()).toContain(
      '<img src=x onerror="window.__pwned=1">',
    );

    // Everything that reached the page as text stayed text.
    await page.goto(`${server.url}/#/targets`);
    // Same page, other view: the hash route keeps the conversation and shows the targets store.
    const table = page.locator('#view-targets').getByTestId('targets-table');
    await table.waitFor();
    await page.locator('#targets-q').fill('Ningxia');
    await expect.poll(() => table.textContent()).toContain('Ningxia Solar Plan <img');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[onerror], img[src="x"]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    await close();
  });

  it('works at 375 px: ask, open a citation in the drawer, no horizontal scroll', async () => {
    const { page, close } = await openPage({ width: 375, height: 740 });
    const noHorizontalScroll = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= 375);
    expect(await noHorizontalScroll()).toBe(true);
    const answer = await ask(page, 'What is the V2G off-peak charging target?');
    expect(await noHorizontalScroll()).toBe(true);
    await answer.getByTestId('citation').first().click();
    const preview = page.getByTestId('citation-preview');
    await preview.locator('mark.quote').first().waitFor();
    const box = await preview.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(await noHorizontalScroll()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-preview.png') });
    await page.getByRole('button', { name: 'Close' }).click();
    await preview.waitFor({ state: 'hidden' });
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-answer.png') });
    await page.getByRole('link', { name: 'Targets' }).click();
    await page.locator('#view-targets').getByTestId('targets-table').waitFor();
    expect(await noHorizontalScroll()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-targets.png') });
    await close();
  });

  it('marks unverified sentences, renders comparison tables, and shows stream and HTTP errors with a retry', async () => {
    const { page, close } = await openPage();
    const citation = {
      n: 1,
      chunk_id: 'en-national-carbon-peaking-2030:0',
      document_id: 'en-national-carbon-peaking-2030',
      title: 'Action Plan for Carbon Dioxide Peaking Before 2030',
      issuer: 'State Council',
      date: '2021-10-24',
      region: 'National',
      url: null,
      page: 1,
      heading: null,
      quote: 'quoted',
      start: 0,
      end: 6,
    };
    const answer =
      'Non-fossil energy shall reach about 20% by 2025. [1] Wind and solar capacity shall exceed 9,999 GW by 2025. [1] ⚠unverified';
    const done = {
      answer,
      answerable: true,
      mode: 'llm',
      citations: [citation],
      targets: [],
      searched: { documents: 3, filters: {} },
      timings_ms: {},
      unverified: ['Wind and solar capacity shall exceed 9,999 GW by 2025.'],
      table: {
        columns: ['Region', 'Metric', 'Value', 'Target year'],
        rows: [
          ['Shanghai', 'non-fossil share', 20, 2025],
          ['Guangdong', 'non-fossil share', 29, 2025],
        ],
      },
    };
    const sse = (events: [string, unknown][]) =>
      events.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join('');
    const replies = [
      {
        status: 200,
        contentType: 'text/event-stream',
        body: sse([
          ['citations', { citations: [citation], answerable: true, mode: 'llm' }],
          ['delta', { text: answer.slice(0, 30) }],
          ['delta', { text: answer.slice(30) }],
          ['targets', { targets: [], table: done.table }],
          ['done', done],
        ]),
      },
      {
        status: 200,
        contentType: 'text/event-stream',
        body: sse([
          [
            'error',
            { error: { code: 'llm_unavailable', message: 'the language model timed out' } },
          ],
        ]),
      },
      {
        status: 429,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'rate_limited', message: 'too many requests; slow down' },
        }),
      },
      {
        status: 200,
        contentType: 'text/event-stream',
        body: sse([['done', { ...done, table: undefined, answer: 'Recovered. [1]' }]]),
      },
    ];
    await page.route('**/api/ask', (route) => route.fulfill(replies.shift()!));

    const first = await ask(page, 'Compare the non-fossil targets');
    const flagged = first.locator('.unverified');
    expect(await flagged.count()).toBe(1);
    // Only the unsupported sentence (with its own marker) is flagged, not the one before it.
    expect(await flagged.textContent()).toMatch(
      /^Wind and solar capacity shall exceed 9,999 GW by 2025\.\s*1$/,
    );
    expect(await flagged.getAttribute('title')).toMatch(/could not be found in the passages/);
    expect(await first.textContent()).not.toContain('⚠unverified');
    expect(await first.locator('.unverified-badge').textContent()).toBe('unverified');
    await page.screenshot({ path: join(SCREENSHOTS, 'desktop-unverified-comparison.png') });
    const comparison = page.locator('table.comparison');
    expect(await comparison.locator('tbody tr').count()).toBe(2);
    await comparison.getByRole('button', { name: 'Value' }).click();
    await comparison.getByRole('button', { name: 'Value' }).click();
    expect(await comparison.locator('tbody tr:first-child td:first-child').textContent()).toBe(
      'Guangdong',
    );

    const second = await ask(page, 'Another question');
    expect(await second.getByRole('alert').textContent()).toContain('the language model timed out');
    await second.getByRole('button', { name: 'Try again' }).click();
    await expect
      .poll(() => page.getByTestId('answer').nth(1).getByRole('alert').textContent())
      .toContain('too many requests; slow down');
    await page.getByTestId('answer').nth(1).getByRole('button', { name: 'Try again' }).click();
    await expect
      .poll(() => page.getByTestId('answer').nth(1).textContent())
      .toContain('Recovered.');
    await close();
  });

  it('switches the interface to Chinese and remembers the choice', async () => {
    const { page, close } = await openPage();
    await page.getByRole('button', { name: '切换到中文' }).click();
    expect(await page.getByTestId('send').getAttribute('aria-label')).toBe('发送问题');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.reload();
    expect(await page.locator('#tab-targets').textContent()).toBe('目标库');
    expect(await page.getByTestId('question-input').getAttribute('placeholder')).toContain('询问');
    await close();
  });

  it('lists the targets store with a chart, sorting, filters and a matching CSV link', async () => {
    const { page, close } = await openPage({ width: 1360, height: 1000 }, '#/targets');
    const table = page.getByTestId('targets-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await page.locator('#targets-chart svg rect').count()).toBeGreaterThan(0);
    expect(await page.locator('#targets-chart .legend li').count()).toBeGreaterThan(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'targets-page.png'), fullPage: true });

    // Sorting by target year, then reversing it.
    const years = async () =>
      (await table.locator('tbody tr td:nth-child(5)').allTextContents())
        .filter((y) => /^\d{4}$/.test(y))
        .map(Number);
    await table.getByRole('button', { name: 'Target year' }).click();
    const ascending = await years();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await table.getByRole('button', { name: 'Target year' }).click();
    const descending = await years();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));

    // A row's source opens the panel on the sentence the target was read from.
    const firstSource = table.locator('tbody tr:first-child .source-link');
    const quote = await firstSource.getAttribute('title');
    await firstSource.click();
    const preview = page.getByTestId('citation-preview');
    await expect.poll(() => preview.locator('mark.quote').first().textContent()).toBe(quote);
    await page.keyboard.press('Escape');

    await page.locator('#targets-region').selectOption('Guangdong');
    await expect
      .poll(async () => new Set(await table.locator('tbody tr td:nth-child(6)').allTextContents()))
      .toEqual(new Set(['Guangdong']));
    // The download link asks for a byte-order mark, so that Excel opens the Chinese as Chinese.
    expect(await page.locator('#targets-csv').getAttribute('href')).toBe(
      '/api/targets?region=Guangdong&format=csv&bom=1',
    );
    const csv = new Uint8Array(
      await (
        await fetch(`${server.url}/api/targets?region=Guangdong&format=csv&bom=1`)
      ).arrayBuffer(),
    );
    expect(Array.from(csv.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv).split('\r\n').filter(Boolean).length - 1).toBe(
      await table.locator('tbody tr').count(),
    );
    await close();
  });

  it('builds the digest of the latest two months, with citation chips that open their passage, and exports it', async () => {
    const { page, errors, close } = await openPage({ width: 1360, height: 1000 }, '#/digest');
    const top = page.getByTestId('digest-section-top');
    await top.waitFor();
    // The newest document is of 2024-10-23: the default period is September and October 2024.
    expect(await page.getByTestId('digest-from').inputValue()).toBe('2024-09-01');
    expect(await page.getByTestId('digest-to').inputValue()).toBe('2024-10-31');
    expect(await top.textContent()).toContain(
      'Supplementary Notice on Further Advancing the Renewal of New Energy Urban Buses',
    );
    expect(await top.locator('strong', { hasText: '80,000 yuan' }).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'digest-page.png'), fullPage: true });

    // A chip opens the source panel on the cited quote, as in answers.
    const api = (await (
      await fetch(`${server.url}/api/digest?from=2024-09-01&to=2024-10-31`)
    ).json()) as { citations: { n: number; quote: string }[] };
    const chip = top.getByTestId('citation').first();
    const n = Number(await chip.getAttribute('data-n'));
    await chip.click();
    const preview = page.getByTestId('citation-preview');
    await expect
      .poll(() => preview.locator('mark.quote').first().textContent())
      .toBe(api.citations.find((c) => c.n === n)!.quote);
    await page.keyboard.press('Escape');

    // A wider period brings the five trade-in provinces and their comparison tables.
    await page.getByTestId('digest-from').fill('2024-06-01');
    await page.getByTestId('digest-from').dispatchEvent('change');
    const subnational = page.getByTestId('digest-section-subnational');
    await expect
      .poll(async () => (await subnational.textContent()) ?? '', { timeout: 15_000 })
      .toContain('Five provincial regions issued');
    expect(await subnational.locator('table.digest-table').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('digest-html').getAttribute('href')).toBe(
      '/api/digest?from=2024-06-01&to=2024-10-31&format=html',
    );

    // "Copy as Markdown" copies the server's Markdown (here into the fallback box: no clipboard).
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }),
    );
    await page.getByTestId('digest-copy').click();
    await expect
      .poll(() => page.locator('#digest-copy-host textarea').inputValue())
      .toMatch(/^# Policy digest: 2024-06-01 to 2024-10-31/);
    expect(errors).toEqual([]);
    await close();
  });
});
