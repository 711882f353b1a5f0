// @ts-check
/**
 * Interface labels in English and Chinese. The language follows navigator.language until the
 * user picks one with the toggle; the choice is remembered in localStorage.
 *
 * Elements carry their label key in data attributes, so switching language relabels everything
 * on the page, including answers already rendered:
 *   data-i18n (text), data-i18n-aria (aria-label), data-i18n-title (title),
 *   data-i18n-placeholder (placeholder); data-i18n-vars holds JSON for {placeholders}.
 */

import { MESSAGES } from './messages.js';

const STORAGE_KEY = 'policy-qa.lang';

/** @typedef {'en' | 'zh'} Lang */

/** @type {Lang} */
let current = initialLanguage();
/** @type {Set<(language: Lang) => void>} */
const listeners = new Set();
/**
 * Placeholder values of a label: `{n}` in "Source {n}".
 * @typedef {Record<string, string | number>} LabelVars
 */

function initialLanguage() {
  let stored = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (private mode, policies); the browser language still applies.
  }
  if (stored === 'en' || stored === 'zh') return stored;
  return (navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** @returns {Lang} */
export function lang() {
  return current;
}

/**
 * The label for `key` in the current language with {placeholders} filled in.
 * @param {string} key
 * @param {LabelVars} [vars]
 * @returns {string}
 */
export function t(key, vars) {
  /** @type {Record<Lang, Record<string, string | undefined>>} */
  const messages = MESSAGES;
  const template = messages[current][key] ?? messages.en[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, /** @type {string} */ name) =>
    name in vars ? String(vars[name]) : match,
  );
}

/**
 * Switches language, remembers it, relabels the page and notifies listeners.
 * @param {string} next
 */
export function setLang(next) {
  current = next === 'zh' ? 'zh' : 'en';
  try {
    localStorage.setItem(STORAGE_KEY, current);
  } catch {
    // Not remembered; still switched for this page.
  }
  applyLabels(document);
  for (const listener of listeners) listener(current);
}

/**
 * Calls `listener(lang)` after every language switch.
 * @param {(language: Lang) => void} listener
 */
export function onLangChange(listener) {
  listeners.add(listener);
}

/**
 * Marks an element as labelled by `key` (and sets the label now). `kind` is 'text', 'aria',
 * 'title' or 'placeholder'.
 * @template {HTMLElement | SVGElement} E
 * @param {E} element
 * @param {string} key
 * @param {'text' | 'aria' | 'title' | 'placeholder'} [kind]
 * @param {LabelVars} [vars]
 * @returns {E}
 */
export function label(element, key, kind = 'text', vars) {
  const attribute = kind === 'text' ? 'i18n' : `i18n-${kind}`;
  element.setAttribute(`data-${attribute}`, key);
  if (vars) element.setAttribute('data-i18n-vars', JSON.stringify(vars));
  applyOne(element);
  return element;
}

/**
 * Relabels every marked element under `root`.
 * @param {Document | HTMLElement} root
 */
export function applyLabels(root) {
  if (root === document) {
    document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
    const toggle = document.getElementById('lang-toggle');
    if (toggle) {
      toggle.textContent = current === 'zh' ? 'EN' : '中文';
      toggle.setAttribute('aria-label', t('switchLang'));
      toggle.setAttribute('lang', current === 'zh' ? 'en' : 'zh-CN');
    }
  }
  const selector = '[data-i18n],[data-i18n-aria],[data-i18n-title],[data-i18n-placeholder]';
  for (const element of root.querySelectorAll(selector))
    applyOne(/** @type {HTMLElement} */ (element));
}

/** @param {HTMLElement | SVGElement} element */
function applyOne(element) {
  const vars = element.dataset.i18nVars ? JSON.parse(element.dataset.i18nVars) : undefined;
  if (element.dataset.i18n) element.textContent = t(element.dataset.i18n, vars);
  if (element.dataset.i18nAria)
    element.setAttribute('aria-label', t(element.dataset.i18nAria, vars));
  if (element.dataset.i18nTitle) element.setAttribute('title', t(element.dataset.i18nTitle, vars));
  if (element.dataset.i18nPlaceholder)
    element.setAttribute('placeholder', t(element.dataset.i18nPlaceholder, vars));
}
