/**
 * The subset of Block Kit (https://api.slack.com/reference/block-kit/blocks) the bot sends,
 * and Slack's size limits that shape the rendering.
 */
export interface TextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
}

export type Block =
  | { type: 'section'; text?: TextObject; fields?: TextObject[] }
  | { type: 'context'; elements: TextObject[] }
  | { type: 'divider' };

/** A message as `chat.postMessage` and `response_url` accept it: fallback `text` plus blocks. */
export interface SlackMessage {
  /** Shown in notifications and by clients that cannot draw blocks; also what thread history reads back. */
  text: string;
  blocks?: Block[];
}

export const LIMITS = {
  sectionText: 3000,
  field: 2000,
  fields: 10,
  contextElements: 10,
  blocks: 50,
  fallbackText: 3000,
} as const;

export const mrkdwn = (text: string): TextObject => ({ type: 'mrkdwn', text });
export const section = (text: string): Block => ({ type: 'section', text: mrkdwn(text) });
export const context = (...texts: string[]): Block => ({
  type: 'context',
  elements: texts.map(mrkdwn),
});
export const divider = (): Block => ({ type: 'divider' });
