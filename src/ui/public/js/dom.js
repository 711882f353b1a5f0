// @ts-check
/**
 * The one way this UI builds DOM. Children are nodes or strings, and strings always become text
 * nodes: document text and model output can never be parsed as HTML.
 */

/** @typedef {Node | string | null | undefined | false} Child */

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, unknown> | null} [attributes] `class`, `text`, `on<event>` handlers,
 *   `dataset` object, booleans (set when true), anything else as an attribute.
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') element.className = String(value);
    else if (key === 'text') element.textContent = String(value);
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function')
      element.addEventListener(key.slice(2), /** @type {EventListener} */ (value));
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

/**
 * Appends nodes or strings (as text nodes), skipping empty values.
 * @template {ParentNode} P
 * @param {P} parent
 * @param {...(Child | Child[])} children
 * @returns {P}
 */
export function append(parent, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return parent;
}

/**
 * An SVG element (namespaced); attribute values are written as strings.
 * @template {keyof SVGElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string | number | null | undefined>} [attributes]
 * @param {...(Node | null | undefined | false)} children
 * @returns {SVGElementTagNameMap[K]}
 */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (key === 'text') element.textContent = String(value);
    else element.setAttribute(key, String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/**
 * Removes every child.
 * @template {Node} N
 * @param {N} element
 * @returns {N}
 */
export function clear(element) {
  while (element.firstChild) element.firstChild.remove();
  return element;
}

/**
 * A link only for http(s) URLs, opened without leaking the opener or referrer; else null.
 * @param {unknown} url
 * @param {Child} label
 */
export function safeExternalLink(url, label) {
  let parsed;
  try {
    parsed = new URL(String(url));
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return h(
    'a',
    { href: parsed.href, target: '_blank', rel: 'noopener noreferrer', class: 'external' },
    label,
  );
}

/**
 * Shows a short status message at the bottom of the screen.
 * @param {string} message
 */
export function toast(message) {
  const element = document.getElementById('toast');
  if (!element) return;
  element.textContent = message;
  element.hidden = false;
  clearTimeout(Number(element.dataset.timer));
  element.dataset.timer = String(setTimeout(() => (element.hidden = true), 2600));
}

/**
 * The element with this id, which the page must have and of this class: a missing or mistyped
 * element fails here, by name, rather than later as "cannot read properties of null".
 * @template {Element} T
 * @param {string} id
 * @param {{ new (): T, name: string }} type
 * @returns {T}
 */
export function byId(id, type) {
  const element = document.getElementById(id);
  if (!(element instanceof type))
    throw new Error(
      `#${id} should be a ${type.name}, but the page has ${element ? element.tagName : 'no such element'}`,
    );
  return element;
}
