// @ts-check
/**
 * Thumbs up/down with an optional comment, stored through POST /api/feedback. A verdict opens a
 * short form; sending it shows a confirmation in place of the form.
 */
import { h } from './dom.js';
import { t, label } from './i18n.js';
import { postJson, failureMessage } from './api.js';
import { icon } from './icons.js';

/** @typedef {'up' | 'down'} Verdict */

let formCount = 0;

/**
 * @param {{ question: string, answer: string, citations: import('./api.js').Citation[] }} exchange
 * @returns {{ buttons: HTMLElement, form: HTMLElement }}
 */
export function feedbackControls(exchange) {
  const up = h(
    'button',
    {
      type: 'button',
      class: 'icon-button feedback',
      'data-testid': 'feedback-up',
      'aria-pressed': 'false',
    },
    icon('thumbUp'),
  );
  const down = h(
    'button',
    {
      type: 'button',
      class: 'icon-button feedback',
      'data-testid': 'feedback-down',
      'aria-pressed': 'false',
    },
    icon('thumbDown'),
  );
  label(up, 'feedbackUp', 'aria');
  label(up, 'helpful', 'title');
  label(down, 'feedbackDown', 'aria');
  label(down, 'notHelpful', 'title');
  const host = h('div', { class: 'feedback-host', 'aria-live': 'polite' });

  /** @param {Verdict} verdict */
  const choose = (verdict) => {
    up.setAttribute('aria-pressed', String(verdict === 'up'));
    down.setAttribute('aria-pressed', String(verdict === 'down'));
    host.replaceChildren(commentForm(verdict));
    host.querySelector('textarea')?.focus();
  };
  up.addEventListener('click', () => choose('up'));
  down.addEventListener('click', () => choose('down'));

  /** @param {Verdict} verdict */
  function commentForm(verdict) {
    const id = `feedback-comment-${++formCount}`;
    const textarea = h('textarea', {
      id,
      rows: '2',
      maxlength: '2000',
      'data-testid': 'feedback-comment',
    });
    const send = label(h('button', { type: 'submit', class: 'button small' }), 'sendFeedback');
    const cancel = label(h('button', { type: 'button', class: 'ghost-button small' }), 'cancel');
    const status = h('p', { class: 'error-text small', role: 'alert' });
    const form = h(
      'form',
      { class: 'feedback-form' },
      label(h('label', { for: id }), verdict === 'up' ? 'commentUp' : 'commentDown'),
      textarea,
      h('div', { class: 'form-actions' }, send, cancel),
      status,
    );
    cancel.addEventListener('click', () => {
      up.setAttribute('aria-pressed', 'false');
      down.setAttribute('aria-pressed', 'false');
      host.replaceChildren();
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      send.disabled = true;
      status.textContent = '';
      const comment = textarea.value.trim();
      try {
        await postJson('/api/feedback', {
          question: exchange.question.slice(0, 2000),
          answer: exchange.answer.slice(0, 20000),
          // The passages identify what was shown; full texts stay in the database.
          citations: exchange.citations.slice(0, 50).map((c) => ({
            n: c.n,
            chunk_id: c.chunk_id,
            document_id: c.document_id,
            quote: c.quote,
          })),
          verdict,
          ...(comment ? { comment } : {}),
        });
        up.disabled = true;
        down.disabled = true;
        host.replaceChildren(
          label(
            h('p', { class: 'feedback-thanks', 'data-testid': 'feedback-thanks' }),
            'feedbackThanks',
          ),
        );
      } catch (error) {
        send.disabled = false;
        status.textContent = t('feedbackFailed', { message: failureMessage(error) });
      }
    });
    return form;
  }

  const buttons = h('div', { class: 'feedback-buttons', role: 'group' }, up, down);
  label(buttons, 'wasHelpful', 'aria');
  return { buttons, form: host };
}
