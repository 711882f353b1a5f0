/**
 * A slash command's `response_url` comes from the request body: even when the signature is valid
 * we only POST to Slack's own hosts, so a leaked signing secret cannot turn the bot into a proxy
 * that sends answers (or requests) anywhere.
 */
export const DEFAULT_ALLOWED_RESPONSE_HOSTS = ['hooks.slack.com'];

/**
 * True when `responseUrl` parses and either is https on the default port with a host name listed
 * in `allowed` (case-insensitive, exact: no subdomains), or has exactly the origin of an entry
 * written with a scheme (`http://127.0.0.1:4000`). URLs carrying credentials are refused.
 */
export function isAllowedResponseUrl(
  responseUrl: string | null | undefined,
  allowed: string[],
): boolean {
  if (!responseUrl) return false;
  let url: URL;
  try {
    url = new URL(responseUrl);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  for (const entry of allowed) {
    const host = entry.trim().toLowerCase();
    if (!host) continue;
    if (host.includes('://')) {
      if (originOf(host) === url.origin) return true;
    } else if (url.protocol === 'https:' && url.port === '' && url.hostname === host) {
      return true;
    }
  }
  return false;
}

function originOf(entry: string): string | null {
  try {
    return new URL(entry).origin;
  } catch {
    return null;
  }
}
