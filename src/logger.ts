/**
 * Structured JSON logs, one object per line. Values that look like secrets (tokens, passwords
 * in URLs, bearer headers) are masked before anything is printed.
 */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;

export function maskSecrets(text: string, secrets: string[] = []): string {
  let out = text
    .replace(/(postgres(?:ql)?:\/\/[^:/@\s]+:)[^@\s]+@/gi, '$1****@')
    .replace(/\b(Bearer\s+)[A-Za-z0-9._~+/=-]{6,}/g, '$1****')
    .replace(/\b(xox[abposr]-)[A-Za-z0-9-]+/g, '$1****')
    .replace(/\b(sk-)[A-Za-z0-9_-]{8,}/g, '$1****');
  for (const secret of secrets)
    if (secret && secret.length >= 4) out = out.split(secret).join('****');
  return out;
}

export function createLogger(
  options: { level?: keyof typeof LEVELS; secrets?: string[]; write?: (line: string) => void } = {},
): Logger {
  const threshold = LEVELS[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => console.log(line));
  const secrets = options.secrets ?? [];
  const emit = (level: keyof typeof LEVELS, message: string, fields?: Record<string, unknown>) => {
    if (LEVELS[level] < threshold) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
    write(maskSecrets(line, secrets));
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}
