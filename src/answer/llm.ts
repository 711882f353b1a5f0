import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import type { RetrievedPassage } from '../domain.ts';
import type { ChatTurn } from '../domain.ts';

/**
 * The LLM answerer and condenser over any LangChain chat model (ChatOpenAI against an
 * OpenAI-compatible endpoint in production; fakes or a local stub server in tests). Prompt
 * text comes from prompts/*.md, passed in by the entry point.
 */
export interface LlmAnswerer {
  answer(
    question: string,
    passages: RetrievedPassage[],
    language: 'en' | 'zh',
    options?: { signal?: AbortSignal },
  ): Promise<string>;
  condense(
    question: string,
    history: ChatTurn[],
    options?: { signal?: AbortSignal },
  ): Promise<string>;
  /** Search queries for the question (English, Chinese, a named document's title): at most three. */
  rewrite(question: string, options?: { signal?: AbortSignal }): Promise<string[]>;
}

export interface LlmPrompts {
  answer: string;
  condense: string;
  /** Question → search queries; without it the question is searched as asked. */
  rewrite?: string;
}

/**
 * Passages are fenced as data: numbered, with provenance, inside <passage> tags whose content
 * has any closing tag neutralised, so text inside a document cannot pose as instructions.
 */
export function formatPassages(passages: RetrievedPassage[]): string {
  return passages
    .map((p, i) => {
      const meta = [
        p.title,
        p.issuer,
        p.date,
        p.region,
        p.page_from ? `page ${p.page_from}` : null,
        p.heading,
      ]
        .filter(Boolean)
        .join(' | ');
      const body = p.text.replace(/<\/?passage[^>]*>/gi, '');
      return `<passage n="${i + 1}" source="${meta.replace(/"/g, "'")}">\n${body}\n</passage>`;
    })
    .join('\n\n');
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content
      .map((part) => (typeof part === 'string' ? part : ((part as { text?: string }).text ?? '')))
      .join('');
  return '';
}

export function createLlmAnswerer(model: BaseChatModel, prompts: LlmPrompts): LlmAnswerer {
  const answerPrompt = ChatPromptTemplate.fromMessages([
    ['system', prompts.answer],
    ['human', '{question}'],
  ]);
  const condensePrompt = ChatPromptTemplate.fromMessages([
    ['system', prompts.condense],
    ['human', 'Conversation:\n{history}\n\nFollow-up question: {question}'],
  ]);
  const rewritePrompt = prompts.rewrite
    ? ChatPromptTemplate.fromMessages([
        ['system', prompts.rewrite],
        ['human', '{question}'],
      ])
    : null;
  return {
    async rewrite(question, options = {}) {
      if (!rewritePrompt) return [];
      const messages = await rewritePrompt.formatMessages({ question });
      const response = await model.invoke(messages, { signal: options.signal });
      return contentText(response.content)
        .split('\n')
        .map((line) => line.replace(/^\s*(?:\d[.)]|[-*•])\s*/, '').trim())
        .filter((line) => line.length > 0 && line.length <= 400 && line !== question)
        .slice(0, 3);
    },
    async answer(question, passages, language, options = {}) {
      const messages = await answerPrompt.formatMessages({
        passages: formatPassages(passages),
        language: language === 'zh' ? 'Chinese (简体中文)' : 'English',
        question,
      });
      const response = await model.invoke(messages, { signal: options.signal });
      return contentText(response.content);
    },
    async condense(question, history, options = {}) {
      const transcript = history
        .map((t) => `${t.role === 'user' ? 'User' : 'Assistant'}: ${t.content}`)
        .join('\n');
      const messages = await condensePrompt.formatMessages({ history: transcript, question });
      const response = await model.invoke(messages, { signal: options.signal });
      const text = contentText(response.content).trim();
      return text || question;
    },
  };
}
