import { createServer, connect, type Socket, type AddressInfo } from 'node:net';

/**
 * A loopback TCP proxy in front of a real server, so tests can take the database away from a
 * running app and give it back without restarting anything.
 */
export interface TcpProxy {
  /** The proxy's port on 127.0.0.1. */
  port: number;
  /** `url` with its host and port replaced by the proxy's (credentials, path and query kept). */
  rewrite(url: string): string;
  /** Destroys every live connection (both sides, with a reset) and refuses new ones until `restore()`. */
  cut(): void;
  /** Accepts and forwards connections again. */
  restore(): void;
  /**
   * Cuts (as `cut()`) the moment client→server bytes contain `marker`, before forwarding them:
   * a deterministic way to lose the database in the middle of a given statement.
   */
  cutWhen(marker: string): Promise<void>;
  /** Connections currently open through the proxy. */
  readonly open: number;
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1:0 forwarding to `target` (host and port of e.g. TEST_DATABASE_URL). */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<{ client: Socket; upstream: Socket }>();
  let refusing = false;
  let trigger: { marker: Buffer; fire: () => void } | null = null;

  const destroyAll = () => {
    for (const { client, upstream } of pairs) {
      // A reset rather than a FIN: the peer sees the connection die, as when the server goes away.
      client.resetAndDestroy();
      upstream.resetAndDestroy();
    }
    pairs.clear();
  };
  const cut = () => {
    refusing = true;
    destroyAll();
  };

  const server = createServer((client) => {
    if (refusing) {
      client.on('error', () => {});
      client.resetAndDestroy();
      return;
    }
    const upstream = connect({ host: target.host, port: target.port });
    const pair = { client, upstream };
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.on('data', (data: Buffer) => {
      if (trigger && data.includes(trigger.marker)) {
        const fire = trigger.fire;
        trigger = null;
        cut();
        fire();
        return;
      }
      upstream.write(data);
    });
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    rewrite(url: string) {
      const parsed = new URL(url);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    cut,
    restore() {
      refusing = false;
    },
    cutWhen(marker: string) {
      return new Promise<void>((resolve) => {
        trigger = { marker: Buffer.from(marker), fire: resolve };
      });
    },
    get open() {
      return pairs.size;
    },
    async close() {
      trigger = null;
      destroyAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
