/**
 * The conversation: the composer, the message list and the history sent with follow-ups.
 * Only completed exchanges enter the history (a failed or stopped answer is not context).
 */
import { h } from './dom.js';
import { label, lang, onLangChange } from './i18n.js';
import { askStream } from './api.js';
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

/**
 * @param {{ scope: { current(): object | undefined }, openSource: (source: object, trigger: HTMLElement) => void }} options
 */
export function createChat({ scope, openSource }) {
  const messages = document.getElementById('messages');
  const intro = document.getElementById('intro');
  const form = document.getElementById('composer');
  const input = document.getElementById('question');
  const send = document.getElementById('send');
  const stop = document.getElementById('stop');
  /** @type {{role: 'user' | 'assistant', content: string}[]} */
  let history = [];
  let controller = null;
  let conversation = 0;

  renderSuggestions();
  onLangChange(renderSuggestions);

  input.addEventListener('keydown', (event) => {
    // Enter sends; Shift+Enter is a new line; Enter while composing CJK input confirms the IME.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  input.addEventListener('input', autosize);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question || controller) return;
    input.value = '';
    autosize();
    void ask(question);
  });
  stop.addEventListener('click', () => controller?.abort());
  document.getElementById('new-conversation').addEventListener('click', reset);

  function autosize() {
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight, 200)}px`;
  }

  function renderSuggestions() {
    const list = document.getElementById('suggestions');
    list.replaceChildren(
      ...SUGGESTIONS[lang()].map((question) => {
        const button = h('button', { type: 'button', class: 'suggestion' }, question);
        button.addEventListener('click', () => void ask(question));
        return h('li', null, button);
      }),
    );
  }

  function reset() {
    controller?.abort();
    conversation += 1;
    history = [];
    messages.replaceChildren(intro);
    intro.hidden = false;
    input.value = '';
    autosize();
    input.focus();
  }

  function nearBottom() {
    return messages.scrollHeight - messages.scrollTop - messages.clientHeight < 120;
  }

  function scrollToEnd(force = false) {
    if (force || nearBottom()) messages.scrollTop = messages.scrollHeight;
  }

  async function ask(question, reuse) {
    if (controller) return;
    intro.hidden = true;
    const turnHistory = reuse?.history ?? history.slice(-MAX_TURNS);
    const filters = reuse ? reuse.filters : scope.current();
    const mine = conversation;
    if (!reuse)
      messages.append(
        h(
          'div',
          { class: 'message user' },
          label(h('span', { class: 'speaker visually-hidden' }), 'you'),
          h('p', { class: 'user-text' }, question),
        ),
      );
    const view = createAnswerView({ question, scoped: Boolean(filters), openSource });
    if (reuse) reuse.previous.replaceWith(view.root);
    else messages.append(view.root);
    scrollToEnd(true);

    controller = new AbortController();
    setBusy(true);
    const body = {
      question,
      ...(turnHistory.length ? { history: turnHistory } : {}),
      ...(filters ? { filters } : {}),
    };
    try {
      const response = await askStream(
        body,
        {
          onCitations: (event) => view.setCitations(event.citations),
          onDelta: (event) => {
            view.appendText(event.text ?? '');
            scrollToEnd();
          },
        },
        controller.signal,
      );
      view.finish(response);
      if (mine === conversation) {
        history.push(
          { role: 'user', content: question.slice(0, MAX_TURN_CHARS) },
          { role: 'assistant', content: (response.answer ?? '').slice(0, MAX_TURN_CHARS) },
        );
        history = history.slice(-MAX_TURNS);
      }
    } catch (error) {
      if (error?.name === 'AbortError') view.stopped();
      else
        view.fail(
          error?.code === 'network' ? '' : error?.message,
          () => void ask(question, { history: turnHistory, filters, previous: view.root }),
        );
    } finally {
      controller = null;
      setBusy(false);
      scrollToEnd();
    }
  }

  function setBusy(busy) {
    send.disabled = busy;
    stop.hidden = !busy;
    form.classList.toggle('busy', busy);
    if (!busy && document.activeElement === document.body) input.focus();
  }

  return { ask, reset, history: () => history.slice() };
}
