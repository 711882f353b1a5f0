// @ts-check
/**
 * One assistant message: loading state, the streamed answer, then (when complete) its sources,
 * closest passages for a not-found answer, targets and comparison tables, copy and feedback.
 */
import { h, append } from './dom.js';
import { t, label } from './i18n.js';
import { renderAnswerText, answerAsPlainText } from './answer-text.js';
import { targetsTable, csvButton } from './targets-table.js';
import { sortableTable } from './sortable-table.js';
import { toCsv, downloadCsv } from './csv.js';
import { feedbackControls } from './feedback.js';
import { copyText } from './copy.js';
import { icon } from './icons.js';

/** @typedef {import('./api.js').AskResponse} AskResponse */
/** @typedef {import('./api.js').Citation} Citation */
/** @typedef {import('./source-panel.js').OpenSource} OpenSource */

/**
 * @param {{ question: string, scoped: boolean, openSource: import('./source-panel.js').OpenSource }} options
 */
export function createAnswerView(options) {
  const { question, openSource } = options;
  const badges = h('div', { class: 'answer-meta' });
  const answer = h('div', {
    class: 'answer-text',
    'data-testid': 'answer',
    'aria-live': 'polite',
    'aria-busy': 'true',
  });
  const loading = h(
    'div',
    { class: 'loading' },
    h('span', { class: 'dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
    label(h('span'), options.scoped ? 'searchingScoped' : 'searching'),
  );
  answer.append(loading);
  const extras = h('div', { class: 'answer-extras' });
  const root = h(
    'article',
    { class: 'message assistant' },
    h(
      'div',
      { class: 'message-head' },
      label(h('span', { class: 'speaker' }), 'assistant'),
      badges,
    ),
    answer,
    extras,
  );
  /** @type {Citation[]} */
  let citations = [];
  let text = '';

  return {
    root,
    /**
     * The `citations` event: chips can be drawn as soon as the text arrives.
     * @param {Citation[] | undefined} list
     */
    setCitations(list) {
      citations = list ?? [];
    },
    /**
     * A `delta` event: the next piece of the text.
     * @param {string} piece
     */
    appendText(piece) {
      text += piece;
      renderAnswerText(answer, text, { citations, onCite: openSource, streaming: true });
    },
    /**
     * The `done` event: the full, verified response.
     * @param {AskResponse} response
     */
    finish(response) {
      citations = response.citations ?? [];
      text = response.answer ?? '';
      answer.setAttribute('aria-busy', 'false');
      renderAnswerText(answer, text, { citations, onCite: openSource });
      if (!response.answerable) root.classList.add('not-found');
      renderBadges(badges, response);
      extras.replaceChildren(...renderExtras(response, question, openSource));
    },
    /**
     * An error (from the API or the network); `retry` re-asks the same question.
     * @param {string | undefined} message the server's message; none: the network failed
     * @param {() => void} retry
     */
    fail(message, retry) {
      answer.setAttribute('aria-busy', 'false');
      root.classList.add('failed');
      const retryButton = label(
        h('button', { type: 'button', class: 'ghost-button small' }),
        'retry',
      );
      retryButton.addEventListener('click', retry);
      answer.replaceChildren(
        h(
          'div',
          { class: 'error-box', role: 'alert' },
          label(h('p', { class: 'error-title' }), 'errorTitle'),
          message ? h('p', null, message) : label(h('p'), 'networkError'),
          retryButton,
        ),
      );
    },
    /** The user stopped the stream: keep what arrived, say so. */
    stopped() {
      answer.setAttribute('aria-busy', 'false');
      if (!text) answer.replaceChildren();
      answer.append(label(h('p', { class: 'muted small' }), 'stopped'));
    },
  };
}

/**
 * How the answer was made (model or extractive) and how many documents were searched.
 * @param {HTMLElement} host
 * @param {AskResponse} response
 */
function renderBadges(host, response) {
  const mode = response.mode === 'llm' ? 'modeLlm' : 'modeExtractive';
  const badge = label(h('span', { class: `badge-pill ${response.mode}`, tabindex: '0' }), mode);
  label(badge, `${mode}Tip`, 'title');
  const items = [badge];
  if (response.searched?.documents != null)
    items.push(
      label(h('span', { class: 'muted small' }), 'searchedN', 'text', {
        n: response.searched.documents,
      }),
    );
  host.replaceChildren(...items);
}

/**
 * Everything under the answer text: notes, sources, closest passages, tables, actions.
 * @param {AskResponse} response
 * @param {string} question
 * @param {OpenSource} openSource
 */
function renderExtras(response, question, openSource) {
  /** @type {HTMLElement[]} */
  const out = [];
  if (response.condensed_question)
    out.push(
      label(h('p', { class: 'muted small condensed' }), 'rephrased', 'text', {
        question: response.condensed_question,
      }),
    );
  if (response.notice) out.push(h('p', { class: 'notice small' }, response.notice));
  const unverified = response.unverified?.length ?? 0;
  if (unverified)
    out.push(
      label(
        h('p', { class: 'warning-note small' }),
        unverified === 1 ? 'unverifiedOne' : 'unverifiedMany',
        'text',
        { n: unverified },
      ),
    );

  const citations = response.citations ?? [];
  if (citations.length) out.push(sourcesList(citations, openSource));
  if (!response.answerable && response.closest?.length)
    out.push(closestList(response.closest, openSource));
  if (response.table?.columns?.length) out.push(comparisonTable(response.table));
  if (response.targets?.length) {
    const table = targetsTable(response.targets, {
      onSource: openSource,
      caption: t('targetsBehind'),
    });
    out.push(
      h(
        'section',
        { class: 'answer-section' },
        h(
          'div',
          { class: 'section-head' },
          label(h('h3', { class: 'section-label' }), 'targetsBehind'),
          csvButton(table, 'answer-targets.csv'),
        ),
        table,
      ),
    );
  }
  out.push(actionRow(response, question));
  return out;
}

/**
 * The numbered sources, each opening its passage.
 * @param {Citation[]} citations
 * @param {OpenSource} openSource
 */
function sourcesList(citations, openSource) {
  const list = h('ol', { class: 'sources' });
  for (const c of citations) {
    const details = [c.issuer, c.date, c.page != null ? t('pageN', { n: c.page }) : null]
      .filter(Boolean)
      .join(' · ');
    const button = h(
      'button',
      { type: 'button', class: 'source-item' },
      h('span', { class: 'source-n', 'aria-hidden': 'true' }, String(c.n)),
      h(
        'span',
        { class: 'source-body' },
        h('span', { class: 'source-title' }, c.title),
        details ? h('span', { class: 'source-details' }, details) : null,
      ),
    );
    button.addEventListener('click', () => openSource(c, button));
    list.append(h('li', null, button));
  }
  return h(
    'section',
    { class: 'answer-section' },
    label(h('h3', { class: 'section-label' }), 'sources'),
    list,
  );
}

/**
 * The closest passages offered with a not-found answer.
 * @param {import('./api.js').Passage[]} passages
 * @param {OpenSource} openSource
 */
function closestList(passages, openSource) {
  const list = h('ul', { class: 'closest' });
  for (const p of passages) {
    const text = p.text.replace(/\n\s*\n/g, '\n');
    const excerpt = text.length > 360 ? `${text.slice(0, 360).trimEnd()}…` : text;
    const details = [p.page != null ? t('pageN', { n: p.page }) : null, p.heading]
      .filter(Boolean)
      .join(' · ');
    const open = label(h('button', { type: 'button', class: 'link-button small' }), 'openPassage');
    // A passage has no quote: the whole chunk text is located and highlighted in its document.
    open.addEventListener('click', () =>
      openSource(
        {
          document_id: p.document_id,
          chunk_id: p.chunk_id,
          title: p.title,
          page: p.page,
          heading: p.heading,
          quote: p.text,
        },
        open,
      ),
    );
    list.append(
      h(
        'li',
        { class: 'closest-item' },
        h('p', { class: 'source-title' }, p.title),
        details ? h('p', { class: 'source-details' }, details) : null,
        h('p', { class: 'closest-text' }, excerpt),
        open,
      ),
    );
  }
  return h(
    'section',
    { class: 'answer-section' },
    label(h('h3', { class: 'section-label' }), 'closest'),
    label(h('p', { class: 'muted small' }), 'closestNote'),
    list,
  );
}

/**
 * A comparison answered from the targets store, sortable and downloadable.
 * @param {NonNullable<AskResponse['table']>} table
 */
function comparisonTable(table) {
  /** @typedef {(string | number | null)[]} Row */
  const columns = table.columns.map((title, index) => {
    const numeric = table.rows.some((r) => typeof r[index] === 'number');
    // Years are shown as written ("2025", not "2,025").
    const isYear = /year|年/i.test(title);
    return {
      key: String(index),
      title,
      numeric,
      value: (/** @type {Row} */ row) => row[index] ?? null,
      cell: isYear
        ? (/** @type {Row} */ row) => (row[index] == null ? '—' : String(row[index]))
        : undefined,
    };
  });
  const element = sortableTable({
    columns,
    rows: table.rows,
    caption: t('comparison'),
    className: 'comparison',
  });
  const download = label(
    h('button', { type: 'button', class: 'ghost-button small' }),
    'downloadCsv',
  );
  download.addEventListener('click', () =>
    downloadCsv('comparison.csv', toCsv(table.columns, element.currentRows())),
  );
  return h(
    'section',
    { class: 'answer-section' },
    h(
      'div',
      { class: 'section-head' },
      label(h('h3', { class: 'section-label' }), 'comparison'),
      download,
    ),
    element,
  );
}

/**
 * Copy and feedback for the answer.
 * @param {AskResponse} response
 * @param {string} question
 */
function actionRow(response, question) {
  const copyButton = h(
    'button',
    { type: 'button', class: 'ghost-button small with-icon' },
    icon('copy', 16),
    label(h('span'), 'copy'),
  );
  label(copyButton, 'copyAria', 'aria');
  const fallback = h('div', { class: 'copy-host' });
  copyButton.addEventListener('click', () =>
    copyText(
      answerAsPlainText(question, response.answer ?? '', response.citations ?? []),
      fallback,
    ),
  );
  const feedback = feedbackControls({
    question,
    answer: response.answer ?? '',
    citations: response.citations ?? [],
  });
  return h(
    'div',
    { class: 'answer-actions-wrap' },
    append(
      h('div', { class: 'answer-actions' }),
      copyButton,
      h('span', { class: 'spacer' }),
      label(h('span', { class: 'muted small helpful-label' }), 'wasHelpful'),
      feedback.buttons,
    ),
    fallback,
    feedback.form,
  );
}
