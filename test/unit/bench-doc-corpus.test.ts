import { describe, it, expect } from 'vitest';
import { varyText } from '../../eval/bench/doc-corpus.ts';

describe('varyText (the document-ingest benchmark corpus)', () => {
  it('moves a document to another province in both languages, full names for full names, short for short', () => {
    const en = varyText(
      'Sichuan Province shall reach 30% by 2025; Sichuan and Guangdong cooperate.',
      0,
    );
    const zh = varyText('四川省到2025年达到30%，四川水电外送。', 0);
    expect(en).toBe(
      'Chongqing Province shall reach 31% by 2025; Chongqing and Chongqing cooperate.',
    );
    expect(zh).toBe('重庆市到2025年达到31%，重庆水电外送。');
  });

  it('moves percentages and quantities but not years, keeping their decimals', () => {
    expect(
      varyText('By 2030, 13.5% lower and 1,200 GW; 非化石能源比重达到25%，新增装机500万千瓦。', 2),
    ).toBe('By 2030, 13.8% lower and 1,203 GW; 非化石能源比重达到28%，新增装机503万千瓦。');
  });

  it('is deterministic: the same document number gives the same text', () => {
    const text = 'Hebei shall cut energy intensity by 14%.';
    expect(varyText(text, 7)).toBe(varyText(text, 7));
    expect(varyText(text, 7)).not.toBe(varyText(text, 8));
  });
});
