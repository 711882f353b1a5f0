/**
 * pg-cloudflare exports its socket under the "workerd" condition only; TypeScript resolves the
 * package's empty default build, so the Workers entry's one import is typed here.
 */
declare module 'pg-cloudflare' {
  /** A TCP socket over Workers' `connect()` with the Node socket surface pg uses (no cork()). */
  export class CloudflareSocket {
    constructor(ssl: boolean);
    write(data: Uint8Array | string, ...rest: never[]): unknown;
  }
}
