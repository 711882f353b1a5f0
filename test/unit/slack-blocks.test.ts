import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AskResponse } from '../../src/domain.ts';
import type { Block } from '../../src/slack/block-kit.ts';
import { formatTarget, renderAnswer } from '../../src/slack/blocks.ts';
import { formatAnswerMrkdwn, splitMrkdwn, truncateMrkdwn } from '../../src/slack/mrkdwn.ts';
import { displayWidth, renderTextTable } from '../../src/slack/table.ts';

const fixture = (name: string): AskResponse =>
  JSON.parse(readFileSync(new URL(`../fixtures/slack/${name}`, import.meta.url), 'utf8'));
const texts = (blocks: Block[] = []) =>
  blocks.flatMap((block) =>
    block.type === 'section'
      ? [block.text?.text ?? '', ...(block.fields ?? []).map((field) => field.text)]
      : block.type === 'context'
        ? block.elements.map((e) => e.text)
        : [],
  );

describe('formatAnswerMrkdwn', () => {
  const { citations } = fixture('answer-shanghai.json');

  it('links a marker to its cited document when it has a URL and merges a run of markers', () => {
    const text = formatAnswerMrkdwn(
      'Non-fossil share about 20% [1][2]. Intensity down [2].',
      citations,
    );
    expect(text).toBe(
      'Non-fossil share about 20% [<https://www.shanghai.gov.cn/nw12344/20220728/example.html|1>, 2]. Intensity down [2].',
    );
  });

  it('reads "[1, 2]", "[1，2]" and "[1] [2]" as one run', () => {
    expect(formatAnswerMrkdwn('A [2, 2] B [2，2] C [2] [2]', citations)).toBe('A [2] B [2] C [2]');
  });

  it('escapes &, < and > so passage text cannot inject links or mentions, and converts Markdown emphasis', () => {
    const text = formatAnswerMrkdwn('**Energy** <!channel> R&D < 5% [2]', citations);
    expect(text).toBe('*Energy* &lt;!channel&gt; R&amp;D &lt; 5% [2]');
  });

  it('turns a Markdown link into a Slack link and drops non-http ones to plain text', () => {
    expect(
      formatAnswerMrkdwn(
        'See [the plan](https://example.org/a?b=1) and [x](javascript:alert(1))',
        [],
      ),
    ).toBe('See <https://example.org/a?b=1|the plan> and [x](javascript:alert(1))');
  });
});

describe('splitMrkdwn / truncateMrkdwn', () => {
  it('never cuts inside a link or an entity', () => {
    const text = `${'a'.repeat(90)} <https://example.org/${'p'.repeat(30)}|label> &amp; tail`;
    for (const max of [95, 100, 110, 128]) {
      const cut = truncateMrkdwn(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect((cut.match(/</g) ?? []).length).toBe((cut.match(/>/g) ?? []).length);
      expect(cut).not.toMatch(/&[a-z]*…$/);
    }
  });

  it('splits at the last paragraph break that fits, keeping pieces within the limit', () => {
    const paragraph = (word: string) => `${word} `.repeat(15).trim(); // 89-104 chars
    const text = [paragraph('first'), paragraph('second'), paragraph('third')].join('\n\n');
    const pieces = splitMrkdwn(text, 220);
    expect(pieces).toEqual([`${paragraph('first')}\n\n${paragraph('second')}`, paragraph('third')]);
  });

  it('ends the last allowed piece with an ellipsis when text remains', () => {
    const pieces = splitMrkdwn('word '.repeat(200), 100, 2);
    expect(pieces).toHaveLength(2);
    expect(pieces[1].endsWith('…')).toBe(true);
  });
});

describe('renderTextTable', () => {
  it('aligns columns counting Chinese characters as two columns wide', () => {
    const table = renderTextTable(
      ['地区', 'share'],
      [
        ['上海', '20%'],
        ['Guangdong', '32%'],
      ],
    );
    const lines = table.split('\n').slice(1, -1);
    expect(lines[0]).toBe('地区       share');
    expect(lines[2]).toBe('上海       20%');
    expect(displayWidth(lines[2].slice(0, lines[2].indexOf('20%')))).toBe(
      displayWidth(lines[3].slice(0, lines[3].indexOf('32%'))),
    );
    expect(table.startsWith('```') && table.endsWith('```')).toBe(true);
  });

  it('shows empty cells as a dash, escapes mrkdwn and counts rows left out to fit', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [`row ${i} <b>`, i % 2 ? null : i]);
    const table = renderTextTable(['name', 'value'], rows, {
      maxChars: 500,
      moreRows: (n) => `+${n} rows`,
    });
    expect(table.length).toBeLessThanOrEqual(500);
    expect(table).toContain('row 1 &lt;b&gt;    —');
    const shown = table.split('\n').filter((line) => line.startsWith('row ')).length;
    expect(table).toContain(`+${200 - shown} rows`);
  });
});

describe('renderAnswer', () => {
  it('renders the answer, target fields, and one context line per citation with title, page and link', () => {
    const message = renderAnswer(fixture('answer-shanghai.json'), {
      lang: 'en',
      question: 'What is Shanghai’s 2025 non-fossil target?',
    });
    const all = texts(message.blocks);
    expect(message.text).toContain('about 20%');
    expect(all[0]).toBe('*Question:* What is Shanghai’s 2025 non-fossil target?');
    expect(all).toContain('*non-fossil energy share of energy consumption*: ≈20% (2025)');
    expect(all).toContain('*CO2 emissions per unit of GDP reduction*: ↓18% (2025)');
    const sources = (message.blocks ?? [])
      .filter((block) => block.type === 'context')
      .map((block) => (block as { elements: { text: string }[] }).elements[0].text);
    expect(
      sources.some((line) =>
        line.startsWith(
          '*[1]* <https://www.shanghai.gov.cn/nw12344/20220728/example.html|Shanghai Implementation Plan for Carbon Peaking> · p. 4',
        ),
      ),
    ).toBe(true);
    expect(
      sources.some((line) =>
        line.startsWith(
          '*[2]* Working Guidance for Carbon Dioxide Peaking &amp; Carbon Neutrality · p. 2',
        ),
      ),
    ).toBe(true);
    expect(all.at(-1)).toContain('12 documents searched');
  });

  it('lists at most six targets as fields', () => {
    const response = fixture('answer-shanghai.json');
    response.targets = Array.from({ length: 9 }, (_, i) => ({
      ...response.targets[0],
      metric: `metric ${i}`,
    }));
    const fields = (message: ReturnType<typeof renderAnswer>) =>
      message.blocks?.flatMap((block) => (block.type === 'section' ? (block.fields ?? []) : [])) ??
      [];
    expect(fields(renderAnswer(response, { lang: 'en' }))).toHaveLength(6);
  });

  it('says how many documents were searched and shows the closest passages when the corpus has no answer', () => {
    const message = renderAnswer(fixture('not-found.json'), { lang: 'en' });
    const all = texts(message.blocks).join('\n');
    expect(message.text).toBe('Not found in the 12 documents searched.');
    expect(all).toContain('*Closest passages*');
    expect(all).toContain(
      '• *Shanghai Implementation Plan for Carbon Peaking*, p. 9: “Promote the use of hydrogen fuel-cell vehicles',
    );
  });

  it('uses Chinese labels for a Chinese question', () => {
    const message = renderAnswer(fixture('not-found.json'), { lang: 'zh' });
    expect(message.text).toBe('在检索的 12 份文件中未找到答案。');
    expect(texts(message.blocks).join('\n')).toContain('第 9 页');
  });

  it('renders the response table as a code block', () => {
    const message = renderAnswer(fixture('compare-table.json'), { lang: 'en', preferTable: true });
    const table = texts(message.blocks).find((text) => text.includes('```'));
    expect(table).toContain('non-fossil energy share (2025)  ≈20%      ≥32%');
    expect(table).toContain('—');
  });

  it('builds a table from the targets for a comparison without a table, instead of fields', () => {
    const response = fixture('answer-shanghai.json');
    const message = renderAnswer(response, { lang: 'en', preferTable: true });
    const table = texts(message.blocks).find((text) => text.includes('```'));
    expect(table).toMatch(/Region\s+Metric\s+Target\s+Year/);
    expect(table).toMatch(/Shanghai\s+non-fossil energy share of energy consumption\s+≈20%\s+2025/);
    expect(message.blocks?.some((block) => block.type === 'section' && block.fields)).toBe(false);
  });

  it('adds notices for unverified sentences and the response notice', () => {
    const response = {
      ...fixture('answer-shanghai.json'),
      unverified: ['Shanghai will close all coal plants.'],
      notice: 'Answered without an LLM.',
    };
    const all = texts(renderAnswer(response, { lang: 'en' }).blocks);
    expect(all).toContain(
      ':warning: 1 sentence could not be verified against the sources; check the cited passages before relying on it.',
    );
    expect(all).toContain(':information_source: Answered without an LLM.');
  });

  it("keeps a long answer within Slack's limits (3000 per section, 50 blocks)", () => {
    const response = {
      ...fixture('answer-shanghai.json'),
      answer: 'The plan says a lot. [1] '.repeat(800),
    };
    const message = renderAnswer(response, { lang: 'en' });
    expect(message.blocks!.length).toBeLessThanOrEqual(50);
    for (const text of texts(message.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });
});

describe('formatTarget', () => {
  it('names the region when asked, for targets from several regions', () => {
    const target = fixture('answer-shanghai.json').targets[0];
    expect(formatTarget({ ...target, direction: 'at least', value: 1500, unit: 'GW' }, true)).toBe(
      '*non-fossil energy share of energy consumption*: ≥1,500 GW (2025) — Shanghai',
    );
  });
});

describe('renderAnswer fallback text', () => {
  it('is the answer without Markdown emphasis, for notifications and thread history', () => {
    expect(renderAnswer(fixture('answer-shanghai.json'), { lang: 'en' }).text).toBe(
      'Shanghai aims for non-fossil energy to reach about 20% of total energy consumption by 2025 [1], and to cut CO2 emissions per unit of GDP as required by the State [1][2].',
    );
  });
});
