/** SHA-256 as lower-case hex, of a string's UTF-8 bytes or of raw bytes (Web Crypto: Node and Workers alike). */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes: Uint8Array<ArrayBuffer> =
    typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
