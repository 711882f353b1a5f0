/**
 * Everything the bot says in its own voice, in English and Chinese. The language follows the
 * question: a question with Chinese characters gets Chinese labels, anything else English.
 */
import { hasCjk } from '../text/cjk.ts';
export type Lang = 'en' | 'zh';

export function detectLang(text: string): Lang {
  return hasCjk(text) ? 'zh' : 'en';
}

export interface Messages {
  searching: string;
  question: string;
  sources: string;
  targets: string;
  comparison: string;
  closest: string;
  page: (n: number) => string;
  notFound: (documents: number) => string;
  unverified: (sentences: number) => string;
  searchedFooter: (documents: number, mode: 'llm' | 'extractive') => string;
  slowDown: string;
  refusedResponseUrl: string;
  failed: (reason: string) => string;
  timedOut: string;
  unexpected: string;
  historyUnavailable: string;
  tooLong: (max: number) => string;
  moreRows: (n: number) => string;
}

const en: Messages = {
  searching: 'Searching…',
  question: 'Question',
  sources: 'Sources',
  targets: 'Targets',
  comparison: 'Comparison',
  closest: 'Closest passages',
  page: (n) => `p. ${n}`,
  notFound: (documents) =>
    `Not found in the ${documents} document${documents === 1 ? '' : 's'} searched.`,
  unverified: (sentences) =>
    `:warning: ${sentences} sentence${sentences === 1 ? '' : 's'} could not be verified against the sources; check the cited passages before relying on ${sentences === 1 ? 'it' : 'them'}.`,
  searchedFooter: (documents, mode) =>
    `${documents} document${documents === 1 ? '' : 's'} searched · ${mode === 'llm' ? 'answer written by a language model' : 'extractive answer (quoted from the passages)'}`,
  slowDown: 'You are asking faster than I can answer. Please wait a moment and try again.',
  refusedResponseUrl:
    'This request was refused: its response URL is not a Slack address this bot is allowed to reply to.',
  failed: (reason) => `Sorry, I could not answer that: ${reason} The error has been logged.`,
  timedOut: 'the search took too long.',
  unexpected: 'something went wrong on our side.',
  historyUnavailable:
    'I could not read the earlier messages of this thread, so I answered the question on its own.',
  tooLong: (max) => `That question is too long (at most ${max} characters).`,
  moreRows: (n) => `… ${n} more row${n === 1 ? '' : 's'}`,
};

const zh: Messages = {
  searching: '正在检索…',
  question: '问题',
  sources: '来源',
  targets: '目标',
  comparison: '对比',
  closest: '最相关的段落',
  page: (n) => `第 ${n} 页`,
  notFound: (documents) => `在检索的 ${documents} 份文件中未找到答案。`,
  unverified: (sentences) =>
    `:warning: 有 ${sentences} 句内容无法在来源中核实，引用前请核对所引段落。`,
  searchedFooter: (documents, mode) =>
    `已检索 ${documents} 份文件 · ${mode === 'llm' ? '由语言模型撰写的回答' : '摘录式回答（直接引自原文段落）'}`,
  slowDown: '提问过于频繁，请稍候再试。',
  refusedResponseUrl: '请求已被拒绝：其回复地址不是本机器人允许回复的 Slack 地址。',
  failed: (reason) => `抱歉，无法回答这个问题：${reason}错误已记录。`,
  timedOut: '检索超时。',
  unexpected: '服务内部出错。',
  historyUnavailable: '无法读取本话题中较早的消息，因此仅就当前问题作答。',
  tooLong: (max) => `问题过长（最多 ${max} 个字符）。`,
  moreRows: (n) => `… 另有 ${n} 行`,
};

export const MESSAGES: Record<Lang, Messages> = { en, zh };

/** Usage text for `/policy`, `/policy help` and an empty mention; `command` is the configured name. */
export function usageText(command = '/policy'): string {
  return [
    `*${command} <question>* — ask about Chinese climate and carbon-neutrality policy; only you see the answer.`,
    `*${command} share <question>* — answer in the channel for everyone.`,
    `*${command} compare <region> <region> [topic]* — compare the targets of two regions (quote names with spaces: "Inner Mongolia").`,
    `*${command} [share] digest [from] [to]* — the cited digest of a period (dates YYYY-MM-DD or YYYY-MM; default the latest two months).`,
    `*${command} help* — this text.`,
    'Examples:',
    `• ${command} What is Shanghai's 2025 target for the share of non-fossil energy?`,
    `• ${command} 广东省2030年新能源汽车的目标是什么？`,
    `• ${command} compare Shanghai Guangdong renewable energy`,
    'In a channel, mention me with a question and I answer in the thread; follow-up mentions in that thread keep the context.',
  ].join('\n');
}
