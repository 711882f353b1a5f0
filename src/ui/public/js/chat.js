// @ts-check
/**
 * The conversation: the composer, the message list and the history sent with follow-ups.
 * Only completed exchanges enter the history (a failed or stopped answer is not context).
 */
import { h, byId } from './dom.js';
import { label, lang, onLangChange } from './i18n.js';
import { askStream, ApiError, isAbort } from './api.js';
import { createAnswerView } from './answer-view.js';

/** The API accepts at most 20 history turns of at most 8000 characters each. */
const MAX_TURNS = 20;
const MAX_TURN_CHARS = 8000;

const SUGGESTIONS = {
  en: [
    'What share of non-fossil energy should China reach by 2025?',
    'What are the V2G pilot targets for off-peak charging?',
    'How much subsidy does Hebei give for retiring old diesel trucks?',
    'What does the methane action plan aim for by 2025?',
  ],
  zh: [
    '到2025年非化石能源消费比重要达到多少？',
    '车网互动试点对低谷充电有什么要求？',
    '甲烷排放控制行动方案的主要目标是什么？',
    '北京市绿色建筑发展有哪些量化目标？',
  ],
};

/** @typedef {{ role: 'user' | 'assistant', content: string }} Turn */
/** @typedef {import('./source-panel.js').OpenSource} OpenSource */
/**
 * A failed question asked again: the same history and filters, the new answer in place of the old.
 * @typedef {{ history: Turn[], filters: import('./api.js').SearchFilters | undefined, previous: HTMLElement }} Retry
 */

/** The page's conversation elements (index.html). */
function chatElements() {
  return {
    messages: byId('messages', HTMLElement),
    intro: byId('intro', HTMLElement),
    form: byId('composer', HTMLFormElement),
    input: byId('question', HTMLTextAreaElement),
    send: byId('send', HTMLButtonElement),
    stop: byId('stop', HTMLButtonElement),
    newConversation: byId('new-conversation', HTMLButtonElement),
    suggestions: byId('suggestions', HTMLElement),
  };
}

/** @typedef {ReturnType<typeof chatElements>} ChatElements */

/**
 * @param {{ scope: { current(): import('./api.js').SearchFilters | undefined }, openSource: OpenSource }} options
 */
export function createChat({ scope, openSource }) {
  const ui = chatElements();
  /** @type {Turn[]} */
  let history = [];
  /** @type {AbortController | null} */
  let controller = null;
  let conversation = 0;

  const showSuggestions = () => renderSuggestions(ui.suggestions, (question) => void ask(question));
  showSuggestions();
  onLangChange(showSuggestions);
  wireComposer(ui, {
    ask: (question) => void ask(question),
    busy: () => controller !== null,
    reset,
  });
  ui.stop.addEventListener('click', () => controller?.abort());

  function reset() {
    controller?.abort();
    conversation += 1;
    history = [];
    ui.messages.replaceChildren(ui.intro);
    ui.intro.hidden = false;
    ui.input.value = '';
    autosize(ui.input);
    ui.input.focus();
  }

  /**
   * Asks `question` with the conversation so far (or, retrying, with what the failed ask sent).
   * @param {string} question
   * @param {Retry} [retry]
   */
  async function ask(question, retry) {
    if (controller) return;
    ui.intro.hidden = true;
    const turnHistory = retry?.history ?? history.slice(-MAX_TURNS);
    const filters = retry ? retry.filters : scope.current();
    const mine = conversation;
    const view = showExchange(ui.messages, question, {
      scoped: Boolean(filters),
      openSource,
      replacing: retry?.previous,
    });
    controller = new AbortController();
    setBusy(ui, true);
    try {
      const response = await streamAnswer(
        view,
        { question, history: turnHistory, filters },
        controller.signal,
        () => scrollToEnd(ui.messages),
      );
      view.finish(response);
      if (mine === conversation) remember(question, response.answer ?? '');
    } catch (error) {
      if (isAbort(error)) view.stopped();
      else
        view.fail(
          shownFailure(error),
          () => void ask(question, { history: turnHistory, filters, previous: view.root }),
        );
    } finally {
      controller = null;
      setBusy(ui, false);
      scrollToEnd(ui.messages);
    }
  }

  /** A completed exchange joins the history sent with follow-ups (capped as the API requires). */
  function remember(/** @type {string} */ question, /** @type {string} */ answer) {
    history.push(
      { role: 'user', content: question.slice(0, MAX_TURN_CHARS) },
      { role: 'assistant', content: answer.slice(0, MAX_TURN_CHARS) },
    );
    history = history.slice(-MAX_TURNS);
  }

  return { ask, reset, history: () => history.slice() };
}

/**
 * Enter sends (Shift+Enter is a new line; Enter while composing CJK input confirms the IME), the
 * box grows with its text, and a question is sent only when none is in flight.
 * @param {ChatElements} ui
 * @param {{ ask: (question: string) => void, busy: () => boolean, reset: () => void }} actions
 */
function wireComposer(ui, { ask, busy, reset }) {
  ui.input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      ui.form.requestSubmit();
    }
  });
  ui.input.addEventListener('input', () => autosize(ui.input));
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const question = ui.input.value.trim();
    if (!question || busy()) return;
    ui.input.value = '';
    autosize(ui.input);
    ask(question);
  });
  ui.newConversation.addEventListener('click', reset);
}

/** @param {HTMLTextAreaElement} input */
function autosize(input) {
  input.style.height = 'auto';
  input.style.height = `${Math.min(input.scrollHeight, 200)}px`;
}

/** @param {HTMLElement} list @param {(question: string) => void} ask */
function renderSuggestions(list, ask) {
  list.replaceChildren(
    ...SUGGESTIONS[lang()].map((question) => {
      const button = h('button', { type: 'button', class: 'suggestion' }, question);
      button.addEventListener('click', () => ask(question));
      return h('li', null, button);
    }),
  );
}

/**
 * The question (unless retrying) and a new answer view, in place of the failed one when retrying.
 * @param {HTMLElement} messages
 * @param {string} question
 * @param {{ scoped: boolean, openSource: OpenSource, replacing: HTMLElement | undefined }} options
 */
function showExchange(messages, question, { scoped, openSource, replacing }) {
  if (!replacing)
    messages.append(
      h(
        'div',
        { class: 'message user' },
        label(h('span', { class: 'speaker visually-hidden' }), 'you'),
        h('p', { class: 'user-text' }, question),
      ),
    );
  const view = createAnswerView({ question, scoped, openSource });
  if (replacing) replacing.replaceWith(view.root);
  else messages.append(view.root);
  scrollToEnd(messages, true);
  return view;
}

/**
 * POST /api/ask as a stream into `view`; resolves with the full, verified response.
 * @param {ReturnType<typeof createAnswerView>} view
 * @param {{ question: string, history: Turn[], filters: import('./api.js').SearchFilters | undefined }} request
 * @param {AbortSignal} signal
 * @param {() => void} onText called after each piece of text
 */
function streamAnswer(view, { question, history, filters }, signal, onText) {
  const body = {
    question,
    ...(history.length ? { history } : {}),
    ...(filters ? { filters } : {}),
  };
  return askStream(
    body,
    {
      onCitations: (event) => view.setCitations(event.citations),
      onDelta: (event) => {
        view.appendText(event.text ?? '');
        onText();
      },
    },
    signal,
  );
}

/** What the answer view says of a failure: the server's message, or '' for "unreachable". */
function shownFailure(/** @type {unknown} */ error) {
  if (error instanceof ApiError && error.code === 'network') return '';
  return error instanceof Error ? error.message : undefined;
}

/** Follows new text only while the reader is at the bottom, unless `force`. */
function scrollToEnd(/** @type {HTMLElement} */ messages, force = false) {
  const nearBottom = messages.scrollHeight - messages.scrollTop - messages.clientHeight < 120;
  if (force || nearBottom) messages.scrollTop = messages.scrollHeight;
}

/** @param {ChatElements} ui @param {boolean} busy */
function setBusy(ui, busy) {
  ui.send.disabled = busy;
  ui.stop.hidden = !busy;
  ui.form.classList.toggle('busy', busy);
  if (!busy && document.activeElement === document.body) ui.input.focus();
}
