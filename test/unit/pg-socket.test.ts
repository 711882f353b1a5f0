import { describe, it, expect } from 'vitest';
import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import pg from 'pg';
import { withCorking, type CorkableSocket } from '../../src/workers/pg-socket.ts';

/** A backend message: type byte, int32 length (itself included), body. */
function message(type: string, body: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([head, body]);
}
const authenticationOk = () => message('R', Buffer.from([0, 0, 0, 0]));
const readyForQuery = () => message('Z', Buffer.from('I'));

/**
 * A socket with the surface of pg-cloudflare's CloudflareSocket (no cork()) in front of a
 * scripted server: it accepts the startup, answers every Sync with an empty result, and records
 * each write pg makes.
 */
class FakeCloudflareSocket extends EventEmitter {
  writable = false;
  readonly writes: Buffer[] = [];
  setNoDelay() {
    return this;
  }
  setKeepAlive() {
    return this;
  }
  ref() {
    return this;
  }
  unref() {
    return this;
  }
  connect() {
    queueMicrotask(() => {
      this.writable = true;
      this.emit('connect');
    });
    return this;
  }
  write(data: Uint8Array | string, ...rest: unknown[]): boolean {
    const bytes = Buffer.from(data as Uint8Array);
    this.writes.push(bytes);
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    if (callback) queueMicrotask(callback);
    // The startup message has no type byte; its length is followed by protocol 3.0.
    if (bytes.length >= 8 && bytes.readInt32BE(4) === 196608)
      queueMicrotask(() => this.emit('data', Buffer.concat([authenticationOk(), readyForQuery()])));
    else if (bytes.includes(Buffer.from([0x53, 0, 0, 0, 4])))
      queueMicrotask(() =>
        this.emit(
          'data',
          Buffer.concat([
            message('1'),
            message('2'),
            message('n'),
            message('C', Buffer.from('SELECT 0\0')),
            readyForQuery(),
          ]),
        ),
      );
    return true;
  }
  end() {
    this.emit('close');
    return this;
  }
  destroy() {
    this.emit('close');
    return this;
  }
}

/** The message types (first byte of each message) in one write. */
function messageTypes(bytes: Buffer): string {
  let types = '';
  for (let at = 0; at < bytes.length; at += 1 + bytes.readInt32BE(at + 1))
    types += String.fromCharCode(bytes[at]!);
  return types;
}

async function parameterisedQueryWrites(corking: boolean): Promise<string[]> {
  const socket = new FakeCloudflareSocket();
  const client = new pg.Client({
    host: 'fake.invalid',
    user: 'policyqa',
    database: 'policyqa',
    stream: () => (corking ? withCorking(socket) : socket) as unknown as Duplex,
  });
  await client.connect();
  const before = socket.writes.length;
  await client.query('SELECT $1::int AS n', [1]);
  const writes = socket.writes.slice(before).map(messageTypes);
  await client.end();
  return writes;
}

describe('withCorking (the Workers pg socket)', () => {
  it('sends an extended-protocol query as one write through pg’s stream factory option', async () => {
    // Parse, Bind, Describe, Execute, Sync: one packet, so no Nagle/delayed-ACK stall.
    expect(await parameterisedQueryWrites(true)).toEqual(['PBDES']);
  });

  it('is needed: without it a socket that cannot cork gets one write per message', async () => {
    expect(await parameterisedQueryWrites(false)).toEqual(['P', 'B', 'D', 'E', 'S']);
  });

  it('leaves a socket that can cork alone, and passes writes with a callback straight through', () => {
    const corkable = { write: () => true, cork: () => {}, uncork: () => {} };
    const cork = corkable.cork;
    expect(withCorking(corkable).cork).toBe(cork);
    const sent: unknown[][] = [];
    const plain: CorkableSocket = { write: (...args: unknown[]) => sent.push(args) };
    const socket = withCorking(plain);
    socket.cork!();
    const done = () => {};
    socket.write(new Uint8Array([1]), done as never);
    expect(sent).toEqual([[new Uint8Array([1]), done]]);
  });
});
