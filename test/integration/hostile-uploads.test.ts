/**
 * Hostile uploads to the admin API (POST /api/documents, DELETE /api/documents/:id): missing or
 * wrong tokens, malformed multipart, oversized bodies, corrupt and unsupported files, path
 * traversal in file names, dangerous metadata and invalid ids. A refused or failed upload leaves
 * the corpus exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../support/databases.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import {
  CHEAPEST_BACKEND,
  LOADER_FIXTURES,
  MINI_CORPUS,
  expectCleanError,
  expectNoLeaks,
  snapshotStore,
  type StoreSnapshot,
} from '../fixtures/hostile/harness.ts';

const TOKEN = 'upload-admin-token-5f3a9c';
const GOOD_MD =
  '# Hainan Clean Energy Notice\n\n## Targets\n\nBy 2025, the installed capacity of offshore wind power in Hainan will reach 2 million kilowatts.\n';

interface UploadResult {
  file: string;
  id: string | null;
  status: string;
  error?: string;
}

function form(
  files: { name: string; bytes: Uint8Array | string; field?: string }[],
  fields: Record<string, string> = {},
): FormData {
  const data = new FormData();
  for (const f of files) data.append(f.field ?? 'file', new File([f.bytes as BlobPart], f.name));
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

const fixture = (name: string) => new Uint8Array(readFileSync(join(LOADER_FIXTURES, name)));

describe.each(BACKENDS)('hostile uploads on %s', (kind) => {
  let t: TestApp;
  let before: StoreSnapshot;
  beforeAll(async () => {
    t = await createTestApp({
      kind,
      corpus: [MINI_CORPUS],
      env: { ADMIN_TOKEN: TOKEN, MAX_UPLOAD_MB: '1' },
    });
    before = await snapshotStore(t.app);
  });
  afterAll(async () => t?.close());

  const upload = (
    body: BodyInit,
    headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` },
  ) => t.app.request('/api/documents', { method: 'POST', headers, body });
  const remove = (id: string) =>
    t.app.request(`/api/documents/${encodeURIComponent(id)}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
  const expectUnchanged = async () => expect(await snapshotStore(t.app)).toEqual(before);

  describe('authentication', () => {
    it.each([
      ['no Authorization header', {}],
      ['a wrong token', { authorization: 'Bearer wrong-token' }],
      ['the token plus one character', { authorization: `Bearer ${TOKEN}x` }],
      ['the token minus its last character', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
      ['a much longer token', { authorization: `Bearer ${TOKEN.repeat(50)}` }],
      ['the token under the Basic scheme', { authorization: `Basic ${btoa(`admin:${TOKEN}`)}` }],
      ['the bare token without a scheme', { authorization: TOKEN }],
      ['an empty bearer', { authorization: 'Bearer ' }],
      ['the token in another header', { 'x-admin-token': TOKEN }],
    ])(
      '%s is refused with 401 on upload and delete, and nothing changes',
      async (_name, headers) => {
        const error = await expectCleanError(
          await upload(
            form([{ name: 'ok.md', bytes: GOOD_MD }]),
            headers as Record<string, string>,
          ),
          401,
          'unauthorized',
        );
        expect(error.message).not.toContain(TOKEN);
        await expectCleanError(
          await t.app.request('/api/documents/shanxi-plan', {
            method: 'DELETE',
            headers: headers as Record<string, string>,
          }),
          401,
          'unauthorized',
        );
        await expectCleanError(
          await t.app.request('/api/feedback', { headers: headers as Record<string, string> }),
          401,
          'unauthorized',
        );
        await expectUnchanged();
      },
    );

    it('the token in the query string is not accepted', async () => {
      await expectCleanError(
        await upload(form([{ name: 'ok.md', bytes: GOOD_MD }]), {} as Record<string, string>),
        401,
      );
      const res = await t.app.request(
        `/api/documents/shanxi-plan?token=${TOKEN}&access_token=${TOKEN}`,
        { method: 'DELETE' },
      );
      await expectCleanError(res, 401, 'unauthorized');
      await expectUnchanged();
    });
  });

  describe('malformed requests', () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    it.each([
      [
        'a boundary that does not match the body',
        'multipart/form-data; boundary=expected',
        '--other\r\nContent-Disposition: form-data; name="file"; filename="a.md"\r\n\r\n# A\r\n--other--\r\n',
      ],
      [
        'a truncated body (no closing boundary)',
        'multipart/form-data; boundary=b',
        '--b\r\nContent-Disposition: form-data; name="file"; filename="a.md"\r\nContent-Type: text/markdown\r\n\r\n# A plan\r\nBy 2025',
      ],
      [
        'no boundary parameter',
        'multipart/form-data',
        '--b\r\nContent-Disposition: form-data; name="file"; filename="a.md"\r\n\r\n# A\r\n--b--\r\n',
      ],
      ['a JSON body declared as multipart', 'multipart/form-data; boundary=b', '{"file":"# A"}'],
      [
        'headers without a blank line',
        'multipart/form-data; boundary=b',
        '--b\r\nContent-Disposition: form-data; name="file"; filename="a.md"\r\n--b--\r\n',
      ],
    ])('%s is refused with 400', async (_name, type, body) => {
      const res = await upload(body, { ...auth, 'content-type': type });
      await expectCleanError(res, 400, 'bad_request');
      await expectUnchanged();
    });

    it.each([
      [
        'no "file" field',
        () => form([{ name: 'a.md', bytes: GOOD_MD, field: 'document' }], { title: 'x' }),
      ],
      [
        '"file" sent as a text field',
        () => {
          const data = new FormData();
          data.append('file', GOOD_MD);
          return data;
        },
      ],
      ['an empty form', () => new FormData()],
    ])('%s is refused with 400 naming the field', async (_name, make) => {
      const error = await expectCleanError(await upload(make()), 400, 'bad_request');
      expect(error.message).toContain('file');
      await expectUnchanged();
    });

    it.each([
      ['application/json', '{"file":"x"}'],
      ['text/plain', 'x'],
    ])('content-type %s is refused with 415', async (type, body) => {
      await expectCleanError(
        await upload(body, { ...auth, 'content-type': type }),
        415,
        'unsupported_media_type',
      );
      await expectUnchanged();
    });

    it('an upload over MAX_UPLOAD_MB (1 MB) is refused with a JSON 413 and nothing is stored', async () => {
      const big =
        GOOD_MD +
        '\nFiller paragraph about wind and solar targets.\n'.repeat(
          Math.ceil((1.5 * 1024 * 1024) / 48),
        );
      const error = await expectCleanError(
        await upload(form([{ name: 'big.md', bytes: big }])),
        413,
        'payload_too_large',
      );
      expect(error.message).toMatch(/MAX_UPLOAD_MB|MB/);
      await expectUnchanged();
    });

    it('an oversized upload without a valid token is refused with 401 before the body is read', async () => {
      const big = 'x'.repeat(1.5 * 1024 * 1024);
      await expectCleanError(
        await upload(form([{ name: 'big.md', bytes: big }]), { authorization: 'Bearer nope' }),
        401,
        'unauthorized',
      );
      await expectUnchanged();
    });
  });

  describe('bad files', () => {
    it.each([
      ['a truncated PDF', 'truncated.pdf', () => fixture('truncated.pdf')],
      ['an encrypted PDF', 'encrypted.pdf', () => fixture('encrypted.pdf')],
      ['random bytes named .pdf', 'random.pdf', () => fixture('random.pdf')],
      ['a PDF with no text layer', 'no-text.pdf', () => fixture('no-text.pdf')],
      ['an empty file', 'empty.txt', () => fixture('empty.txt')],
      ['an empty Markdown file', 'blank.md', () => new Uint8Array()],
      ['an empty file named .pdf', 'empty.pdf', () => new Uint8Array()],
      [
        'a Markdown file of whitespace and invisible characters',
        'invisible.md',
        () => new TextEncoder().encode(' \n\u200B\u202E\n\t\n'),
      ],
      [
        'a Windows executable',
        'setup.exe',
        () =>
          new Uint8Array([
            0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff,
          ]),
      ],
      [
        'a Word document',
        'plan.docx',
        () =>
          new Uint8Array([
            0x50,
            0x4b,
            0x03,
            0x04,
            0x14,
            0x00,
            0x06,
            0x00,
            ...new TextEncoder().encode('[Content_Types].xml'),
          ]),
      ],
      ['a file with no extension', 'README', () => new TextEncoder().encode(GOOD_MD)],
      ['a PDF renamed to .md', 'renamed.md', () => fixture('random.pdf')],
    ])(
      '%s is a per-file failed result with a one-line reason, and nothing is stored',
      async (_name, fileName, bytes) => {
        const res = await upload(form([{ name: fileName, bytes: bytes() }]));
        const text = await res.text();
        expectNoLeaks(text);
        // renamed.md: random bytes decode to text of a sort; it may land, but then it must be deletable.
        const { results, error } = JSON.parse(text) as {
          results: UploadResult[];
          error?: { code: string; message: string };
        };
        expect(results).toHaveLength(1);
        if (fileName === 'renamed.md' && results[0].status !== 'failed') {
          expect((await remove(results[0].id!)).status).toBe(200);
        } else {
          expect(res.status).toBe(422);
          // The error envelope every error response has, carrying the file's reason.
          expect(error).toEqual({ code: 'unprocessable', message: results[0].error });
          if (fileName.startsWith('empty') || fileName === 'blank.md')
            expect(results[0].error).toMatch(/: empty file$/);
          expect(results[0].status).toBe('failed');
          expect(results[0].error).toBeTruthy();
          expect(results[0].error).not.toContain('\n');
          expect(results[0].error).toContain(fileName);
          expect(results[0].error!.length).toBeLessThan(300);
        }
        await expectUnchanged();
      },
    );

    it('a failed replacement of an existing id leaves the stored document intact', async () => {
      const res = await upload(
        form([{ name: 'random.pdf', bytes: fixture('random.pdf') }], {
          id: 'shanxi-plan',
          replace: 'true',
        }),
      );
      expect(res.status).toBe(422);
      const { results } = (await res.json()) as { results: UploadResult[] };
      expect(results[0]).toMatchObject({ id: 'shanxi-plan', status: 'failed' });
      await expectUnchanged();
    });

    it('one good and one corrupt file: the good one lands, the corrupt one fails alone', async () => {
      const res = await upload(
        form([
          { name: 'hainan-wind.md', bytes: GOOD_MD },
          { name: 'broken.pdf', bytes: fixture('truncated.pdf') },
        ]),
      );
      expect(res.status).toBe(201);
      const { results } = (await res.json()) as { results: UploadResult[] };
      expect(results.map((r) => [r.id, r.status])).toEqual([
        ['hainan-wind', 'inserted'],
        ['broken', 'failed'],
      ]);
      expect((await remove('hainan-wind')).status).toBe(200);
      await expectUnchanged();
    });
  });

  describe('hostile names and metadata', () => {
    it.each([
      ['../../etc/passwd.md', 'passwd'],
      ['..\\..\\windows\\system32\\evil.md', 'evil'],
      ['/etc/shadow.md', 'shadow'],
      ['./././a/../../plan.md', 'plan'],
    ])(
      'the traversal file name %s is stored under the safe id %s and its base name only',
      async (fileName, id) => {
        const res = await upload(form([{ name: fileName, bytes: GOOD_MD }]));
        expect(res.status).toBe(201);
        const { results } = (await res.json()) as { results: UploadResult[] };
        expect(results[0]).toMatchObject({ id, status: 'inserted' });
        const doc = (await (await t.app.request(`/api/documents/${id}`)).json()) as {
          id: string;
          file_name: string;
        };
        expect(doc.file_name).toBe(`${id}.md`);
        expect((await remove(id)).status).toBe(200);
        await expectUnchanged();
      },
    );

    it.each([
      ['贵州 实施方案.md', '贵州-实施方案'],
      ['Energy Plan (2024) final.md', 'Energy-Plan-2024-final'],
      ['《浙江省能源发展规划》.md', '浙江省能源发展规划'],
    ])(
      'the file name %s, with spaces or brackets, is stored under the id %s',
      async (fileName, id) => {
        const res = await upload(form([{ name: fileName, bytes: GOOD_MD }]));
        expect(res.status).toBe(201);
        const { results } = (await res.json()) as { results: UploadResult[] };
        expect(results[0]).toMatchObject({ id, status: 'inserted' });
        expect((await t.app.request(`/api/documents/${encodeURIComponent(id)}`)).status).toBe(200);
        expect((await remove(id)).status).toBe(200);
        await expectUnchanged();
      },
    );

    it.each([
      ['javascript:alert(1)'],
      [' JavaScript:alert(document.cookie)'],
      ['data:text/html,<script>alert(1)</script>'],
      ['vbscript:msgbox(1)'],
      ['file:///etc/passwd'],
      ['//evil.example/x'],
      ['not a url'],
    ])('metadata url %j is refused with 400 and never stored', async (url) => {
      const error = await expectCleanError(
        await upload(form([{ name: 'hainan-wind.md', bytes: GOOD_MD }], { url })),
        400,
        'bad_request',
      );
      expect(error.message).toContain('url');
      await expectUnchanged();
    });

    it('an http(s) metadata url is stored as given', async () => {
      const res = await upload(
        form([{ name: 'hainan-wind.md', bytes: GOOD_MD }], {
          url: 'https://www.hainan.gov.cn/plan?id=1&x=<y>',
        }),
      );
      expect(res.status).toBe(201);
      const doc = (await (await t.app.request('/api/documents/hainan-wind')).json()) as {
        url: string;
      };
      expect(doc.url).toBe('https://www.hainan.gov.cn/plan?id=1&x=<y>');
      expect((await remove('hainan-wind')).status).toBe(200);
      await expectUnchanged();
    });

    it.each([
      ['../x'],
      ['a b'],
      ['x'.repeat(300)],
      ['shanxi-plan/../guangdong-energy'],
      ["x' OR '1'='1"],
      ['-leading-dash'],
      ['.hidden'],
      ['id\u0000nul'],
      ['<script>alert(1)</script>'],
    ])('the invalid id %j fails (400 or a failed result) and nothing is stored', async (id) => {
      const res = await upload(form([{ name: 'hainan-wind.md', bytes: GOOD_MD }], { id }));
      const text = await res.text();
      expectNoLeaks(text);
      expect([400, 422]).toContain(res.status);
      if (res.status === 422)
        expect((JSON.parse(text) as { results: UploadResult[] }).results[0].status).toBe('failed');
      await expectUnchanged();
    });

    it.each([
      ['date', '2024-13-45'],
      ['date', '2024-02-30'],
      ['date', 'yesterday'],
      ['language', 'fr'],
      ['level', 'galactic'],
    ])('the invalid %s %j is refused with 400 naming the field', async (field, value) => {
      const error = await expectCleanError(
        await upload(form([{ name: 'hainan-wind.md', bytes: GOOD_MD }], { [field]: value })),
        400,
        'bad_request',
      );
      expect(error.message).toContain(field);
      await expectUnchanged();
    });

    it.each([
      ['title', 'Evil\u0000 Title\u202E', 'Evil Title'],
      ['issuer', '\u0000Hainan DRC\u200B', 'Hainan DRC'],
      ['region', 'Hai\u0000nan', 'Hainan'],
      ['doc_number', '琼府〔2024〕\u00001号', '琼府〔2024〕1号'],
    ])(
      'NUL and invisible characters in %s are stripped before they reach the database',
      async (field, value, stored) => {
        const res = await upload(
          form([{ name: 'hainan-wind.md', bytes: GOOD_MD }], { [field]: value }),
        );
        expect(res.status, await res.clone().text()).toBe(201);
        const doc = (await (await t.app.request('/api/documents/hainan-wind')).json()) as Record<
          string,
          unknown
        >;
        expect(doc[field]).toBe(stored);
        expect((await remove('hainan-wind')).status).toBe(200);
        await expectUnchanged();
      },
    );

    it('a NUL-only sector is dropped, the others kept', async () => {
      const res = await upload(
        form([{ name: 'hainan-wind.md', bytes: GOOD_MD }], {
          sectors: 'energy,\u0000, wind\u0000',
        }),
      );
      expect(res.status).toBe(201);
      const doc = (await (await t.app.request('/api/documents/hainan-wind')).json()) as {
        sectors: string[];
      };
      expect(doc.sectors).toEqual(['energy', 'wind']);
      expect((await remove('hainan-wind')).status).toBe(200);
      await expectUnchanged();
    });

    it('markup in metadata is stored as inert text and returned JSON-escaped', async () => {
      const title = '<img src=x onerror=alert(1)>"; DROP TABLE documents; --';
      const res = await upload(
        form([{ name: 'hainan-wind.md', bytes: GOOD_MD }], { title, region: '<b>Hainan</b>' }),
      );
      expect(res.status).toBe(201);
      const response = await t.app.request('/api/documents/hainan-wind');
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(((await response.json()) as { title: string }).title).toBe(title);
      expect((await remove('hainan-wind')).status).toBe(200);
      await expectUnchanged();
    });
  });

  describe('delete', () => {
    it.each([[`x' OR '1'='1`], ['1; DROP TABLE chunks; --'], ['%'], ['*'], ['shanxi-plan%']])(
      'DELETE /api/documents/%s deletes nothing and is a 404',
      async (id) => {
        await expectCleanError(await remove(id), 404, 'not_found');
        await expectUnchanged();
      },
    );
  });
});

describe('uploads with no ADMIN_TOKEN configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ kind: CHEAPEST_BACKEND });
  });
  afterAll(async () => t?.close());

  it.each([
    ['POST', '/api/documents', { authorization: 'Bearer anything' }],
    ['POST', '/api/documents', {}],
    ['DELETE', '/api/documents/shanxi-plan', { authorization: 'Bearer ' }],
    ['GET', '/api/feedback', { authorization: 'Bearer undefined' }],
  ])('%s %s is refused with 403 whatever the token', async (method, path, headers) => {
    const res = await t.app.request(path, {
      method,
      headers,
      body: method === 'POST' ? form([{ name: 'a.md', bytes: GOOD_MD }]) : undefined,
    });
    const error = await expectCleanError(res, 403, 'forbidden');
    expect(error.message).toContain('ADMIN_TOKEN');
    expect(
      ((await (await t.app.request('/api/documents')).json()) as { documents: unknown[] })
        .documents,
    ).toEqual([]);
  });
});
