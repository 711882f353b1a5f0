// @ts-check
/**
 * Copies text to the clipboard. Where the Clipboard API is refused (http, permissions), the text
 * is shown selected in a read-only textarea next to the button instead.
 */
import { h, toast } from './dom.js';
import { t, label } from './i18n.js';

/** @param {string} text @param {HTMLElement} fallbackHost where the textarea goes on failure */
export async function copyText(text, fallbackHost) {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    toast(t('copied'));
    return true;
  } catch {
    const id = `copy-fallback-${Date.now()}`;
    const area = h('textarea', { id, class: 'copy-fallback', readonly: true, rows: '6' });
    area.value = text;
    const close = label(h('button', { type: 'button', class: 'ghost-button small' }), 'close');
    const box = h(
      'div',
      { class: 'copy-box' },
      label(h('label', { for: id, class: 'small' }), 'copyFallback'),
      area,
      close,
    );
    close.addEventListener('click', () => box.remove());
    fallbackHost.replaceChildren(box);
    area.focus();
    area.select();
    return false;
  }
}
