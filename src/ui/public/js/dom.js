/**
 * The one way this UI builds DOM. Children are nodes or strings, and strings always become text
 * nodes: document text and model output can never be parsed as HTML.
 */

/**
 * @param {string} tag
 * @param {Record<string, unknown> | null} [attributes] `class`, `text`, `on<event>` handlers,
 *   `dataset` object, booleans (set when true), anything else as an attribute.
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElement}
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

/** Appends nodes or strings (as text nodes), skipping empty values. */
export function append(parent, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return parent;
}

/** An SVG element (namespaced); attributes as strings. */
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

/** Removes every child. */
export function clear(element) {
  while (element.firstChild) element.firstChild.remove();
  return element;
}

/** A link only for http(s) URLs, opened without leaking the opener or referrer; else null. */
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

/** Shows a short status message at the bottom of the screen. */
export function toast(message) {
  const element = document.getElementById('toast');
  if (!element) return;
  element.textContent = message;
  element.hidden = false;
  clearTimeout(Number(element.dataset.timer));
  element.dataset.timer = String(setTimeout(() => (element.hidden = true), 2600));
}
