import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGoldTargets, parseQuestions } from '../../eval/dataset.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/eval/${name}`, import.meta.url), 'utf8');

describe('parseQuestions', () => {
  it('parses the fixture, skipping blank and // comment lines', () => {
    const questions = parseQuestions(fixture('questions.jsonl'), 'questions.jsonl');
    expect(questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(questions[2]).toMatchObject({
      lang: 'zh',
      must_include: ['非化石能源', '25%'],
      alt_must_include: [['非化石能源', '百分之二十五']],
    });
  });

  it('applies defaults: answerable true; empty lists for an unanswerable question', () => {
    const [q1, , , q4] = parseQuestions(fixture('questions.jsonl'), 'questions.jsonl');
    expect(q1.answerable).toBe(true);
    expect(q4).toEqual({
      id: 'q4',
      question: 'What is the carbon price in the Mars emissions trading scheme?',
      expected_doc_ids: [],
      must_include: [],
      answerable: false,
      category: 'unanswerable',
    });
  });

  it('tolerates unknown fields and drops them', () => {
    const q5 = parseQuestions(fixture('questions.jsonl'), 'questions.jsonl')[4];
    expect(q5.id).toBe('q5');
    expect('notes' in q5).toBe(false);
  });

  it('keeps history and filters for the ask request', () => {
    const [q] = parseQuestions(
      '{"id":"h","question":"And by 2030?","expected_doc_ids":[],"must_include":[],"history":[{"role":"user","content":"Shanghai targets?"}],"filters":{"regions":["Shanghai"],"year_from":2021}}',
      'inline.jsonl',
    );
    expect(q.history).toEqual([{ role: 'user', content: 'Shanghai targets?' }]);
    expect(q.filters).toEqual({ regions: ['Shanghai'], year_from: 2021 });
  });

  it('names the file and line of a missing required field', () => {
    expect(() => parseQuestions(fixture('bad-questions.jsonl'), 'bad-questions.jsonl')).toThrow(
      'bad-questions.jsonl:3: missing required field "question"',
    );
  });

  it('names the file and line of invalid JSON', () => {
    const text =
      '{"id":"a","question":"q?","expected_doc_ids":[],"must_include":[]}\n\n{"id": "b", "question": oops}';
    expect(() => parseQuestions(text, 'd.jsonl')).toThrow(/^d\.jsonl:3: invalid JSON/);
  });

  it('rejects ill-typed fields', () => {
    expect(() =>
      parseQuestions(
        '{"id":"a","question":"q?","expected_doc_ids":"doc-1","must_include":[]}',
        'd.jsonl',
      ),
    ).toThrow(/^d\.jsonl:1: field "expected_doc_ids"/);
    expect(() =>
      parseQuestions(
        '{"id":"a","question":"q?","expected_doc_ids":[],"must_include":[],"answerable":"no"}',
        'd.jsonl',
      ),
    ).toThrow(/^d\.jsonl:1: field "answerable"/);
    expect(() => parseQuestions('["a"]', 'd.jsonl')).toThrow('d.jsonl:1: expected a JSON object');
  });

  it('requires expected_doc_ids and must_include on answerable questions', () => {
    expect(() => parseQuestions('{"id":"a","question":"q?","must_include":[]}', 'd.jsonl')).toThrow(
      /^d\.jsonl:1: field "expected_doc_ids": required for an answerable question/,
    );
  });

  it('reports a duplicate id with both lines', () => {
    const line = '{"id":"dup","question":"q?","expected_doc_ids":[],"must_include":[]}';
    expect(() => parseQuestions(`${line}\n// note\n${line}`, 'd.jsonl')).toThrow(
      'd.jsonl:3: duplicate question id "dup" (first defined on line 1)',
    );
  });
});

describe('parseGoldTargets', () => {
  it('parses the fixture with optional fields', () => {
    const gold = parseGoldTargets(fixture('gold-targets.jsonl'), 'gold-targets.jsonl');
    expect(gold).toHaveLength(3);
    expect(gold[0]).toMatchObject({
      doc_id: 'ccnt-v2g',
      value: 60,
      unit: '%',
      direction: 'at least',
      target_year: null,
    });
    expect(gold[1]).toMatchObject({ baseline_year: null, region: 'National', target_year: 2030 });
  });

  it('rejects a missing target_year, a string value and an unknown direction, naming the line', () => {
    const ok =
      '{"doc_id":"d","metric":"m","value":1,"unit":"%","direction":"reach","target_year":2030}';
    expect(() =>
      parseGoldTargets(
        `${ok}\n{"doc_id":"d","metric":"m","value":1,"unit":"%","direction":"reach"}`,
        'g.jsonl',
      ),
    ).toThrow('g.jsonl:2: missing required field "target_year"');
    expect(() =>
      parseGoldTargets(
        '{"doc_id":"d","metric":"m","value":"1,200","unit":"GW","direction":"reach","target_year":2030}',
        'g.jsonl',
      ),
    ).toThrow(/^g\.jsonl:1: field "value"/);
    expect(() =>
      parseGoldTargets(
        '{"doc_id":"d","metric":"m","value":1,"unit":"%","direction":"up","target_year":2030}',
        'g.jsonl',
      ),
    ).toThrow(/^g\.jsonl:1: field "direction"/);
  });
});
