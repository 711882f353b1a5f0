import { describe, expect, it } from 'vitest';
import { compareQuestion, parseCommandText } from '../../src/slack/commands.ts';
import { detectLang } from '../../src/slack/messages.ts';
import { isAllowedResponseUrl } from '../../src/slack/response-url.ts';

describe('parseCommandText', () => {
  it('reads an empty text and "help" as a request for usage', () => {
    expect(parseCommandText('')).toEqual({ kind: 'help' });
    expect(parseCommandText('help')).toEqual({ kind: 'help' });
    expect(parseCommandText('HELP')).toEqual({ kind: 'help' });
    expect(parseCommandText('帮助')).toEqual({ kind: 'help' });
  });

  it('asks anything else, privately unless it starts with "share"', () => {
    expect(parseCommandText('What is the 2030 target?')).toEqual({
      kind: 'ask',
      question: 'What is the 2030 target?',
      share: false,
      compare: false,
    });
    expect(parseCommandText('share What is the 2030 target?')).toEqual({
      kind: 'ask',
      question: 'What is the 2030 target?',
      share: true,
      compare: false,
    });
    expect(parseCommandText('help me find the coal cap')).toMatchObject({
      kind: 'ask',
      question: 'help me find the coal cap',
    });
    expect(parseCommandText('share')).toMatchObject({ kind: 'invalid' });
  });

  it('turns "compare <A> <B> [topic]" into the comparison question', () => {
    expect(parseCommandText('compare Shanghai Guangdong renewable energy')).toEqual({
      kind: 'ask',
      question: 'Compare Shanghai and Guangdong renewable energy targets',
      share: false,
      compare: true,
    });
    expect(parseCommandText('compare Shanghai Guangdong')).toMatchObject({
      question: 'Compare Shanghai and Guangdong targets',
    });
    expect(parseCommandText('share compare 上海 广东 新能源汽车')).toEqual({
      kind: 'ask',
      question: 'Compare 上海 and 广东 新能源汽车 targets',
      share: true,
      compare: true,
    });
  });

  it('keeps quoted region names with spaces together, straight or curly quotes, and skips a joining "and"', () => {
    expect(parseCommandText('compare "Inner Mongolia" Shanghai coal')).toMatchObject({
      question: 'Compare Inner Mongolia and Shanghai coal targets',
    });
    expect(parseCommandText('compare “Inner Mongolia” and Shanghai')).toMatchObject({
      question: 'Compare Inner Mongolia and Shanghai targets',
    });
  });

  it('treats "compare the ..." as an ordinary question and a single region as a usage error', () => {
    expect(parseCommandText('compare the 2025 and 2030 targets of Shanghai')).toMatchObject({
      kind: 'ask',
      question: 'compare the 2025 and 2030 targets of Shanghai',
      compare: false,
    });
    expect(parseCommandText('compare Shanghai')).toMatchObject({ kind: 'invalid' });
  });

  it('builds the comparison question the ask pipeline recognises', () => {
    expect(compareQuestion('Beijing', 'Hebei', '')).toBe('Compare Beijing and Hebei targets');
  });
});

describe('isAllowedResponseUrl', () => {
  const allowed = ['hooks.slack.com'];

  it("accepts Slack's https hook host", () => {
    expect(
      isAllowedResponseUrl(
        'https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN',
        allowed,
      ),
    ).toBe(true);
    expect(isAllowedResponseUrl('https://HOOKS.slack.com/commands/x', allowed)).toBe(true);
  });

  it('refuses other hosts, look-alikes, http, other ports, credentials and garbage', () => {
    for (const url of [
      'https://evil.example.com/commands/x',
      'https://hooks.slack.com.evil.example.com/x',
      'https://evilhooks.slack.com/x',
      'http://hooks.slack.com/commands/x',
      'https://hooks.slack.com:8443/commands/x',
      'https://user:pass@hooks.slack.com/commands/x',
      'not a url',
      '',
      null,
    ]) {
      expect(isAllowedResponseUrl(url, allowed), String(url)).toBe(false);
    }
  });

  it('allows exactly the origin of an entry written with a scheme (local stubs)', () => {
    const local = ['hooks.slack.com', 'http://127.0.0.1:4000'];
    expect(isAllowedResponseUrl('http://127.0.0.1:4000/commands/x', local)).toBe(true);
    expect(isAllowedResponseUrl('http://127.0.0.1:4001/commands/x', local)).toBe(false);
    expect(isAllowedResponseUrl('https://127.0.0.1:4000/commands/x', local)).toBe(false);
    expect(isAllowedResponseUrl('http://127.0.0.1:4000/commands/x', ['127.0.0.1'])).toBe(false);
  });
});

describe('detectLang', () => {
  it('answers in Chinese when the question has Han characters', () => {
    expect(detectLang('上海2025年目标')).toBe('zh');
    expect(detectLang('Shanghai 2025 target')).toBe('en');
  });
});
