/**
 * pg corks its socket so each parameterised query leaves as one packet, but pg-cloudflare's socket
 * cannot cork, and five small writes per query stall on Nagle/delayed ACKs; the Workers entry
 * hands pg a socket with `withCorking` through pg's `stream` option
 * (docs/decisions/0005-workers-pg-socket.md).
 */

/** The part of a socket this module touches: pg's writes, and the optional cork/uncork pair. */
export interface CorkableSocket {
  write(data: Uint8Array | string, ...rest: never[]): unknown;
  cork?: () => void;
  uncork?: () => void;
}

/**
 * Gives a socket without cork() a cork/uncork pair that holds pg's writes and sends them as one
 * write; returns the same socket. A socket that can cork already is returned untouched.
 */
export function withCorking<S extends CorkableSocket>(socket: S): S {
  if (typeof socket.cork === 'function') return socket;
  const write = socket.write.bind(socket) as (
    data: Uint8Array | string,
    ...rest: unknown[]
  ) => unknown;
  let held: Uint8Array[] | null = null;
  socket.cork = () => {
    held ??= [];
  };
  socket.uncork = () => {
    const parts = held;
    held = null;
    if (!parts?.length) return;
    const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      joined.set(part, at);
      at += part.length;
    }
    write(joined);
  };
  // Only plain writes (pg's messages) are held; a write with a callback (end()) goes straight out.
  socket.write = ((data: Uint8Array | string, ...rest: unknown[]) => {
    if (held && rest.length === 0 && typeof data !== 'string') {
      held.push(data);
      return true;
    }
    return write(data, ...rest);
  }) as S['write'];
  return socket;
}
