import { describe, expect, it } from 'vitest';
import { CONTRASTS, contradicts, contrastSides } from '../../src/retrieval/contrasts.ts';
import { TERM_GROUPS } from '../../src/retrieval/thesaurus.ts';
import { analyzeQuestion } from '../../src/retrieval/query-analysis.ts';
import { answerExtractively, scoreSentences } from '../../src/answer/extractive.ts';
import {
  answerType,
  askedUnit,
  statesFigure,
  tableRowQuantities,
} from '../../src/answer/answer-type.ts';
import type { RetrievedPassage } from '../../src/domain.ts';
import { passage as passageOf } from '../support/passage.ts';

const contrary = (question: string, sentence: string) =>
  contradicts(contrastSides(question), contrastSides(sentence));

const passage = (text: string, region = 'National', id = 'doc-1') =>
  passageOf(text, region, id, 'Implementation Plan');

describe('contrast sets', () => {
  it('name only groups the thesaurus has', () => {
    const ids = new Set(TERM_GROUPS.map((g) => g.id));
    for (const set of CONTRASTS)
      for (const side of set) for (const id of side.groups) expect(ids).toContain(id);
  });

  it('tell a sibling topic from the asked one, in both languages', () => {
    expect(
      contrary(
        "What is Shandong's 2025 target for coal's share?",
        'raise the share of non-fossil energy to 13%',
      ),
    ).toBe(true);
    expect(
      contrary(
        '海南报废旧车购买燃油乘用车补贴多少？',
        '报废旧车并购买新能源乘用车的，每辆车补贴10000元',
      ),
    ).toBe(true);
    expect(
      contrary(
        'What subsidy for scrapping an old motorcycle?',
        'sell an old car and buy a new car',
      ),
    ).toBe(true);
    expect(contrary('What is the 2025 offshore wind target?', '光伏装机达到2000万千瓦')).toBe(true);
  });

  it('tell industry from the whole economy, and standing buildings from new ones', () => {
    expect(
      contrary(
        '规模以上工业单位增加值能耗到2025年要下降多少？',
        'energy consumption per unit of GDP will fall by about 13.5%',
      ),
    ).toBe(true);
    expect(
      contrary(
        '新疆“十四五”既有建筑节能改造面积目标是多少？',
        '2020年，全区城镇新建建筑中绿色建筑面积占比达到45%。',
      ),
    ).toBe(true);
    expect(
      contrary(
        'How much existing building floor area will be retrofitted?',
        'retrofit 35 million square metres of existing buildings and build new buildings to green standards',
      ),
    ).toBe(false);
  });

  it('tell what is traded in, and how an old car goes', () => {
    expect(
      contrary(
        'What is the maximum subsidy for replacing a car in Beijing?',
        '对个人消费者购买2级及以上能效的冰箱、洗衣机等家电产品，按销售价格的20%给予补贴',
      ),
    ).toBe(true);
    expect(
      contrary(
        'What is the maximum subsidy for replacing a car in Beijing?',
        '个人消费者报废旧车并购买新能源乘用车的，每辆车补贴10000元',
      ),
    ).toBe(true);
    expect(
      contrary(
        'What is the maximum subsidy for replacing a car in Beijing?',
        '个人消费者转让本人名下旧车并在市内购买新车的，最高补贴8000元',
      ),
    ).toBe(false);
    expect(
      contrary(
        'How much does Hebei pay someone who scraps an old car and buys an EV?',
        'Consumers who hand in an old electric bicycle and buy a new one receive 400 yuan',
      ),
    ).toBe(true);
  });

  it('let a sentence naming the asked side as well through', () => {
    expect(
      contrary(
        'What subsidy for buying a fuel passenger car?',
        'scraps a fuel or new energy passenger car',
      ),
    ).toBe(false);
    // Chinese plans coordinate the two intensities in one phrase.
    expect(
      contrary(
        'What is the 2025 target for CO2 emissions per unit of GDP?',
        '单位地区生产总值能源消耗和二氧化碳排放分别下降15%和19%',
      ),
    ).toBe(false);
    expect(
      contrary(
        'Compare coal and natural gas targets',
        'natural gas consumption will reach 30 billion cubic metres',
      ),
    ).toBe(false);
    // A fuel cell vehicle is a new energy vehicle, not a fuel car.
    expect(
      contrary('How many new energy vehicles by 2025?', 'fuel cell vehicles will reach 50,000'),
    ).toBe(false);
  });

  it('say nothing about a sentence or question outside every set', () => {
    expect(
      contrary('What is the forest coverage target?', 'non-fossil energy will reach 20%'),
    ).toBe(false);
    expect(
      contrary('What is the non-fossil share target?', 'forest coverage will reach 24.1%'),
    ).toBe(false);
  });

  it('keep a sentence about a sibling off topic, so the answerer declines', () => {
    const question = analyzeQuestion(
      'What subsidy does Hainan give for scrapping an old car and buying a fuel passenger car?',
    );
    const sibling = passage(
      '2. A subsidy of 10,000 yuan will be given to anyone who scraps an old car and buys a new energy passenger car.',
      'Hainan',
    );
    const both = passage(
      'A subsidy of 10,000 yuan is given for a new energy passenger car, and 7,000 yuan for a fuel passenger car of 2.0 litres or less.',
      'Hainan',
    );
    expect(scoreSentences([sibling], question).map((s) => s.topics)).toEqual([false]);
    expect(scoreSentences([both], question).map((s) => s.topics)).toEqual([true]);
    expect(answerExtractively([sibling], question).answerable).toBe(false);
  });
});

describe('a share asked for', () => {
  const share = answerType('What share of final energy consumption should hydrogen reach?');
  const passes = (text: string) => share.every((test) => test.test(text));
  it('is stated as a percentage, per cent or 成', () => {
    expect(passes('占终端能源消费的10%')).toBe(true);
    expect(passes('八成以上的新建建筑')).toBe(true);
  });
  it('is not the 成 of 成为 or 建成', () => {
    expect(passes('可再生能源制氢量达到10-20万吨/年，成为新增氢能消费的重要组成部分')).toBe(false);
    expect(passes('建成加氢站30座')).toBe(false);
  });
});

describe('a compound of topics in the question', () => {
  it('is about its last topic: a sentence naming only the modifier is off topic', () => {
    const question = analyzeQuestion(
      'How many public EV charging points should China have by 2025?',
    );
    const modifierOnly = passage(
      'the share of new energy vehicles among new urban buses will be no less than 80%.',
    );
    const head = passage('By 2025, more than 200,000 public charging points will be built.');
    expect(scoreSentences([modifierOnly], question).map((s) => s.topics)).toEqual([false]);
    expect(scoreSentences([head], question).map((s) => s.topics)).toEqual([true]);
  });

  it('keeps the topic before a measure ("wind power installed capacity")', () => {
    const question = analyzeQuestion('What is the 2025 wind power installed capacity target?');
    const sentence = passage('By 2025, wind power will reach 39 million kilowatts.');
    expect(scoreSentences([sentence], question).map((s) => s.topics)).toEqual([true]);
  });
});

describe('a question after a count', () => {
  const count = answerType(
    'How many vehicles does Henan aim to renew through scrappage and replacement?',
  );
  const passes = (text: string) => count.every((test) => test.test(text));
  it('is answered by a count of things, not money or a share', () => {
    expect(passes('到2025年，全省报废更新和置换更新汽车12万辆以上')).toBe(true);
    expect(passes('By 2025, the number of fuel cell vehicles will reach about 50,000.')).toBe(true);
    expect(passes('购买新能源乘用车的最高补贴6000元')).toBe(false);
    expect(passes('购买2级能效家电产品，给予销售价格15%的补贴')).toBe(false);
  });
});

describe('a question naming a unit', () => {
  it('reads the unit after how many / 多少 as the number parser canonicalises it', () => {
    expect(askedUnit('How many GW of solar PV on buildings should Hainan add by 2025?')).toBe('GW');
    expect(askedUnit('到2025年全国新增建筑光伏装机至少多少吉瓦？')).toBe('GW');
    expect(askedUnit('How many square metres of buildings will be retrofitted?')).toBe('m2');
    expect(askedUnit('How many hydrogen cars does Qingdao want?')).toBeNull();
    expect(askedUnit('How much subsidy does Hubei give?')).toBeNull();
  });
  it('is answered by a sentence stating a figure in that unit, written in any scale', () => {
    const tests = answerType('At least how many GW of coal power must be retrofitted?');
    const passes = (text: string) => tests.every((test) => test.test(text));
    expect(passes('完成煤电机组节能降碳改造3.5亿千瓦')).toBe(true);
    expect(passes('对供电煤耗在300克标准煤/千瓦时以上的煤电机组加快实施节能改造')).toBe(false);
  });
});

describe('an indicator-table row', () => {
  it('states its figures in the unit of its unit cell', () => {
    const row = '既有建筑节能改造面积 | 万平方米 | — | 3000 | 预期性';
    expect(tableRowQuantities(row).map((q) => [q.value, q.unit])).toEqual([[30_000_000, 'm2']]);
    expect(statesFigure(row)).toBe(true);
    expect(tableRowQuantities('指标 | 属性 | 备注')).toEqual([]);
  });
  it('answers the question its first cell asks about', () => {
    const question = analyzeQuestion('新疆“十四五”既有建筑节能改造面积目标是多少？');
    const passages = [
      passage('2020年，全区城镇新建建筑中绿色建筑面积占比达到45%。', 'Xinjiang', 'xj'),
      passage('既有建筑节能改造面积 | 万平方米 | — | 3000 | 预期性', 'Xinjiang', 'xj'),
    ];
    expect(answerExtractively(passages, question).sentences[0]?.text).toContain('3000');
  });
});

describe('a question after a figure', () => {
  it('is not answered by a sentence that states none', () => {
    const question = analyzeQuestion(
      'At least how many GW of coal power must be retrofitted in the 14th Five-Year Plan period?',
    );
    const preamble = passage(
      'To promote high-quality development of coal power, the retrofit programme for coal power units is issued to you; please implement it carefully.',
    );
    expect(answerExtractively([preamble], question).answerable).toBe(false);
  });

  it('is answered by a count written after its noun', () => {
    const question = analyzeQuestion('How many fuel cell vehicles should be on the road by 2025?');
    const sentences = [
      passage(
        'By 2025, the number of fuel cell vehicles in use will reach about 50,000, and a batch of hydrogen refuelling stations will be built.',
      ),
      passage(
        'Hydrogen is an important part of the future national energy system.',
        'National',
        'doc-2',
      ),
    ];
    expect(answerExtractively(sentences, question).sentences[0]?.text).toContain('50,000');
  });

  it('about a plan period is not answered by a figure of another year', () => {
    const question = analyzeQuestion('新疆“十四五”绿色建筑面积占比目标是多少？');
    const statistic = passage('2020年，全区城镇新建建筑中绿色建筑面积占比达到45%。', 'Xinjiang');
    expect(answerExtractively([statistic], question).answerable).toBe(false);
  });
});

describe('a question naming a document', () => {
  it('is answered from that document when it holds an answer, however well a look-alike scores', () => {
    const question = analyzeQuestion(
      '《关于加快推动新型储能发展的指导意见》提出2025年新型储能装机规模达到多少？',
    );
    const passages = [
      passage(
        'By 2025, the installed capacity of new-type energy storage will exceed 30 million kilowatts;',
        'National',
        'carbon-peak-plan',
      ),
      passage('到2025年，新型储能装机规模达3000万千瓦以上。', 'National', 'storage-guidance'),
    ];
    const named = (p: RetrievedPassage) => p.document_id === 'storage-guidance';
    const free = answerExtractively(passages, question);
    const anchored = answerExtractively(passages, question, { named });
    expect(free.sentences[0]?.passage.document_id).toBe('carbon-peak-plan');
    expect(anchored.sentences.map((s) => s.passage.document_id)).toEqual(['storage-guidance']);
  });
});
