// @ts-check
/**
 * Server-sent events over fetch: EventSource cannot POST, so /api/ask is read from a
 * ReadableStream and parsed here (the text/event-stream format: `event:` and `data:` lines,
 * events separated by a blank line, `:` comments ignored).
 */

/**
 * Reads `body` to the end, calling `onEvent(name, data)` for each complete event. `data` is the
 * joined `data:` lines as a string; the event name defaults to "message".
 * @param {ReadableStream<Uint8Array>} body
 * @param {(name: string, data: string) => void} onEvent
 */
export async function readEventStream(body, onEvent) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      buffer = buffer.replace(/\r\n/g, '\n');
      let boundary = buffer.indexOf('\n\n');
      while (boundary >= 0) {
        dispatch(buffer.slice(0, boundary), onEvent);
        buffer = buffer.slice(boundary + 2);
        boundary = buffer.indexOf('\n\n');
      }
      if (done) break;
    }
    if (buffer.trim()) dispatch(buffer, onEvent);
  } finally {
    reader.releaseLock();
  }
}

/**
 * One event block → `onEvent(name, data)`, when it has data.
 * @param {string} block
 * @param {(name: string, data: string) => void} onEvent
 */
function dispatch(block, onEvent) {
  let name = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (!line || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length) onEvent(name, data.join('\n'));
}
