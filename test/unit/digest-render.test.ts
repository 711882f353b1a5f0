import { describe, it, expect } from 'vitest';
import { digestToHtml, inline } from '../../src/digest/render-html.ts';
import { digestToMarkdown } from '../../src/digest/render-markdown.ts';
import { headlineSentence, shortIssuer, countWord } from '../../src/digest/headline.ts';
import type { Digest } from '../../src/digest/types.ts';

const HOSTILE = '<script>alert(1)</script> & "quotes"';

function digest(): Digest {
  return {
    period: { from: '2024-07-01', to: '2024-08-31' },
    scope: {},
    mode: 'extractive',
    documents: [],
    sections: [
      {
        kind: 'top',
        title: 'Top News',
        items: [
          {
            type: 'document',
            text: `Issued: _Plan ${HOSTILE}_ [1]. By 2025 the share shall reach **20%** <img src=x onerror=alert(2)>. [1]`,
            citations: [1],
            targets: [],
            regions: ['National'],
            bullets: [
              {
                target_year: 2025,
                text: 'Non-fossil share of energy consumption: **20%** [1]',
                citations: [1],
              },
            ],
          },
        ],
      },
      { kind: 'subnational', title: 'Subnational Updates', items: [] },
      { kind: 'revised', title: 'Revised Targets', items: [] },
      { kind: 'perspectives', title: 'Perspectives', items: [] },
    ],
    citations: [
      {
        n: 1,
        document_id: 'd',
        chunk_id: 'd:0',
        title: `Plan ${HOSTILE}`,
        issuer: null,
        date: '2024-07-02',
        region: 'National',
        url: 'javascript:alert(3)',
        page: 2,
        heading: null,
        quote: `shall reach 20% ${HOSTILE}`,
        start: 0,
        end: 10,
      },
    ],
    verification: { checked_numbers: 2, verified_items: 1, dropped_sentences: 0 },
    timings_ms: { total: 1 },
  };
}

describe('digest renderers', () => {
  it('escape every piece of document text in the HTML page and load nothing from outside it', () => {
    const html = digestToHtml(digest());
    expect(html).not.toMatch(/<script|<img|href="javascript:/i);
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toMatch(/<link|<iframe| src="|@import|url\(/);
    expect(html).toContain('<strong>20%</strong>');
    expect(html).toContain('<a class="cite" href="#c1">[1]</a>');
    expect(html).toContain('<li id="c1" value="1">');
  });

  it('turns only the digest markup into elements', () => {
    expect(inline('_Title_ [2]: **5 GW**')).toBe(
      '<em>Title</em> <a class="cite" href="#c2">[2]</a>: <strong>5 GW</strong>',
    );
    expect(inline('snake_case_name stays')).toBe('snake_case_name stays');
  });

  it('lays Markdown out as the newsletter: sections, "By <year>:" bullets, then numbered sources', () => {
    const md = digestToMarkdown(digest());
    expect(md).toMatch(/^# Policy digest: 2024-07-01 to 2024-08-31\n/);
    expect(md).toContain('## Top News');
    expect(md).not.toContain('javascript:');
    expect(md).not.toContain('## Subnational Updates');
    expect(md).toMatch(/By 2025:\n\n- Non-fossil share of energy consumption: \*\*20%\*\* \[1\]/);
    expect(md).toMatch(
      /\n\[1\] Plan \\<script\\>alert\(1\)\\<\/script\\> & "quotes" \(2024-07-02, p\. 2\): “shall reach 20%/,
    );
  });
});

describe('digest headlines', () => {
  const chunk = (text: string) => [
    {
      chunk_id: 'd:0',
      document_id: 'd',
      ordinal: 0,
      text,
      heading: null,
      page_from: 1,
      start: 100,
    },
  ];

  it('prefers the sentence in which the document says what it does, quoted with offsets', () => {
    const text =
      '# Work Plan for Carbon Accounting\n\n**Issued by:** NDRC; NBS;\n\nChina is shifting from dual control of energy consumption to dual control of carbon emissions over the coming years. This work plan sets out how the accounting and statistical system for carbon emissions will be completed.';
    const sentence = headlineSentence(chunk(text), 'Work Plan for Carbon Accounting')!;
    expect(sentence.text).toBe(
      'This work plan sets out how the accounting and statistical system for carbon emissions will be completed.',
    );
    expect(text.slice(sentence.start - 100, sentence.end - 100)).toBe(sentence.text);
  });

  it('finds the Chinese sentence that formulates the plan', () => {
    const text =
      '安徽省全域“无废城市”建设实施方案\n\n为在全省范围内系统推进“无废城市”建设，助力美丽安徽建设和减污降碳协同增效，制定本方案。';
    expect(headlineSentence(chunk(text), '安徽省全域“无废城市”建设实施方案')!.text).toBe(
      '为在全省范围内系统推进“无废城市”建设，助力美丽安徽建设和减污降碳协同增效，制定本方案。',
    );
  });

  it('shortens long issuer lists without digits the verifier would have to find', () => {
    expect(shortIssuer('NDRC; NBS; MEE; MIIT')).toBe('NDRC and three other departments');
    expect(shortIssuer('生态环境部等11部门')).toBe('生态环境部等部门');
    expect(shortIssuer('河南省商务厅、河南省财政厅、河南省发展和改革委员会')).toBe(
      '河南省商务厅等部门',
    );
    expect(countWord(6, true)).toBe('Six');
  });
});
