import { describe, expect, it } from 'vitest';
import { routeDocuments, withoutDocumentNames } from '../../src/retrieval/document-router.ts';
import { DEFAULT_WEIGHTS } from '../../src/weights.ts';
import type { CatalogueEntry } from '../../src/domain.ts';

const doc = (
  id: string,
  title: string,
  region = 'National',
  extra: Partial<CatalogueEntry> = {},
): CatalogueEntry => ({
  id,
  title,
  issuer: null,
  doc_number: null,
  region,
  language: /[\u4e00-\u9fff]/.test(title) ? 'zh' : 'en',
  ...extra,
});

const CATALOGUE: CatalogueEntry[] = [
  doc('zh-industry', '工业领域碳达峰实施方案', 'National', {
    issuer: '工业和信息化部 国家发展改革委 生态环境部',
    doc_number: '工信部联节〔2022〕88号',
  }),
  doc('en-hebei-peak', 'Implementation Plan for Carbon Peaking in Hebei Province', 'Hebei'),
  doc('en-shanghai-peak', 'Implementation Plan for Carbon Peaking in Shanghai', 'Shanghai'),
  doc(
    'zh-green-cert',
    '关于做好可再生能源绿色电力证书全覆盖工作促进可再生能源电力消费的通知',
    'National',
    {
      issuer: '国家发展改革委 财政部 国家能源局',
      doc_number: '发改能源〔2023〕1044号',
    },
  ),
  doc(
    'en-carbon-trading',
    'Measures for the Administration of Carbon Emissions Trading (Trial)',
    'National',
    { issuer: 'Ministry of Ecology and Environment' },
  ),
  doc('zh-guangdong-finance', '广东省发展绿色金融支持碳达峰行动实施方案', 'Guangdong'),
  doc(
    'en-guangdong-energy',
    'The 14th Five-Year Plan for Energy Development of Guangdong Province',
    'Guangdong',
  ),
];

const route = (question: string) =>
  routeDocuments(question, CATALOGUE, DEFAULT_WEIGHTS.router).map((d) => d.id);

describe('routeDocuments', () => {
  it('resolves a document number, written with any brackets, to its document', () => {
    expect(route('发改能源〔2023〕1044号规定绿证的有效期是多长？')).toEqual(['zh-green-cert']);
    expect(route('发改能源[2023]1044号的有效期')).toEqual(['zh-green-cert']);
  });

  it('resolves an English title to a Chinese-only document through the concepts they share', () => {
    expect(
      route(
        'Under the Implementation Plan for Carbon Peaking in the Industrial Sector, what share of crude steel comes from short-process steelmaking?',
      ),
    ).toContain('zh-industry');
  });

  it("prefers the named province's plan over look-alikes of other provinces", () => {
    expect(
      route("Under Hebei's implementation plan for carbon peaking, what is the 2025 target?"),
    ).toEqual(['en-hebei-peak']);
  });

  it('resolves an issuer and kind ("the MEE\'s measures on carbon trading")', () => {
    expect(route("What fine do the MEE's interim measures on carbon trading set?")).toEqual([
      'en-carbon-trading',
    ]);
  });

  it('does not anchor a document named only by its region', () => {
    expect(route('广东省绿色金融方案中，2025年绿色贷款余额的目标是多少？')).toEqual([
      'zh-guangdong-finance',
    ]);
    expect(route("What is Guangdong's 2025 target?")).toEqual([]);
  });

  it('names no document for a question that does not speak of one', () => {
    expect(route('What share of non-fossil energy is targeted for 2025?')).toEqual([]);
    // "plan" as a verb names no plan.
    expect(
      route('By how much does Hebei plan to cut its implementation of carbon peaking?'),
    ).toEqual([]);
  });
});

describe('withoutDocumentNames', () => {
  it('drops the words that name the document, keeping what is asked', () => {
    expect(withoutDocumentNames('发改能源〔2023〕1044号规定绿证的有效期是多长？')).toBe(
      '规定绿证的有效期是多长？',
    );
    expect(
      withoutDocumentNames(
        'What is the validity of a certificate under Fa Gai Neng Yuan [2023] No. 1044?',
      ),
    ).toBe('What is the validity of a certificate under ?');
    expect(
      withoutDocumentNames(
        'Under the Implementation Plan for Carbon Peaking in the Industrial Sector, what share of steel?',
      ),
    ).toBe('what share of steel?');
    // A long English title with its plan period after the head noun.
    expect(
      withoutDocumentNames(
        'According to the Medium- and Long-term Plan for the Development of the Hydrogen Energy Industry (2021–2035), how many fuel cell vehicles should be on the road by 2025?',
      ),
    ).toBe('how many fuel cell vehicles should be on the road by 2025?');
    expect(withoutDocumentNames('《工业领域碳达峰实施方案》提出的目标是什么？')).toBe(
      '提出的目标是什么？',
    );
  });
});
