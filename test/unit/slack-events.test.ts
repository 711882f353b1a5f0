import { describe, expect, it } from 'vitest';
import { compareTs, ignoreReason, threadHistory } from '../../src/slack/events.ts';
import { decodeSlackText, questionFromSlackText } from '../../src/slack/slack-text.ts';

const BOT = 'UBOT123';
const mention = {
  type: 'app_mention',
  channel: 'C1',
  user: 'U1',
  ts: '1700000000.000100',
  text: `<@${BOT}> hi`,
};

describe('ignoreReason', () => {
  it('answers mentions and DMs from people', () => {
    expect(ignoreReason(mention, BOT)).toBeNull();
    expect(ignoreReason({ ...mention, type: 'message', channel_type: 'im' }, BOT)).toBeNull();
    expect(
      ignoreReason({ ...mention, type: 'message', channel_type: 'im', subtype: 'file_share' }, BOT),
    ).toBeNull();
  });

  it('ignores bots, its own messages, edits and other housekeeping subtypes', () => {
    expect(ignoreReason({ ...mention, bot_id: 'B1' }, BOT)).toMatch(/bot/);
    expect(
      ignoreReason(
        { ...mention, type: 'message', channel_type: 'im', subtype: 'bot_message' },
        BOT,
      ),
    ).toMatch(/bot/);
    expect(ignoreReason({ ...mention, bot_profile: { id: 'B1' } }, BOT)).toMatch(/bot/);
    expect(ignoreReason({ ...mention, user: BOT }, BOT)).toBe('own message');
    expect(
      ignoreReason(
        { ...mention, type: 'message', channel_type: 'im', subtype: 'message_changed' },
        BOT,
      ),
    ).toBe('subtype message_changed');
  });

  it('ignores channel messages (the mention arrives separately) and other event types', () => {
    expect(ignoreReason({ ...mention, type: 'message', channel_type: 'channel' }, BOT)).toBe(
      'message outside a DM',
    );
    expect(ignoreReason({ ...mention, type: 'reaction_added' }, BOT)).toMatch(/unsupported/);
  });
});

describe('threadHistory', () => {
  it('maps earlier thread messages to turns: bot → assistant, people → user, mention stripped', () => {
    const turns = threadHistory(
      [
        { ts: '1700000000.000300', user: 'U1', text: `<@${BOT}> and for 2030?` },
        {
          ts: '1700000000.000100',
          user: 'U1',
          text: `<@${BOT}> What is Shanghai's 2025 non-fossil target?`,
        },
        { ts: '1700000000.000200', bot_id: 'B1', user: BOT, text: 'About 20% by 2025 [1].' },
        {
          ts: '1700000000.000150',
          user: 'U2',
          subtype: 'channel_join',
          text: '<@U2> has joined the channel',
        },
      ],
      { botUserId: BOT, before: '1700000000.000300' },
    );
    expect(turns).toEqual([
      { role: 'user', content: "What is Shanghai's 2025 non-fossil target?" },
      { role: 'assistant', content: 'About 20% by 2025 [1].' },
    ]);
  });

  it('keeps only the last ten turns', () => {
    const messages = Array.from({ length: 15 }, (_, i) => ({
      ts: `1700000000.${String(i + 1).padStart(6, '0')}`,
      user: 'U1',
      text: `q${i}`,
    }));
    const turns = threadHistory(messages, { botUserId: BOT, before: '1700000001.000000' });
    expect(turns).toHaveLength(10);
    expect(turns[0].content).toBe('q5');
  });
});

describe('compareTs', () => {
  it('orders Slack timestamps exactly, including the microsecond part', () => {
    expect(compareTs('1700000000.000100', '1700000000.000099')).toBeGreaterThan(0);
    expect(compareTs('1699999999.999999', '1700000000.000000')).toBeLessThan(0);
    expect(compareTs('1700000000.5', '1700000000.500000')).toBe(0);
  });
});

describe('Slack text', () => {
  it('removes the bot mention and decodes Slack markup and entities', () => {
    expect(
      questionFromSlackText(
        `<@${BOT}>  What about <https://example.org|the plan> &amp; coal &lt;2025&gt;?`,
        BOT,
      ),
    ).toBe('What about the plan & coal <2025>?');
    expect(decodeSlackText('<@U9|ana> in <#C1|policy> <!here>')).toBe('@ana in #policy @here');
  });

  it('keeps mentions of other people and removes only a leading mention when the bot id is unknown', () => {
    expect(questionFromSlackText(`<@${BOT}> ask <@U9|ana>`, BOT)).toBe('ask @ana');
    expect(questionFromSlackText('<@UOTHER> 广东的目标？', undefined)).toBe('广东的目标？');
  });
});
