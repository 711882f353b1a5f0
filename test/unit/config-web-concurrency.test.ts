import { describe, it, expect } from 'vitest';
import { loadConfig } from '../../src/config.ts';

const PG = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db' };

describe('WEB_CONCURRENCY', () => {
  it('defaults to the core count on PostgreSQL and to 1 on PGlite', () => {
    expect(loadConfig(PG, { cores: 4 }).webConcurrency).toBe(4);
    expect(loadConfig({}, { cores: 4 }).webConcurrency).toBe(1);
    // Workers (and any caller that does not say) count one core.
    expect(loadConfig(PG).webConcurrency).toBe(1);
  });

  it('takes an explicit count, 1 included', () => {
    expect(
      loadConfig({ ...PG, WEB_CONCURRENCY: '3' }, { cores: 2, server: true }).webConcurrency,
    ).toBe(3);
    expect(
      loadConfig({ ...PG, WEB_CONCURRENCY: '1' }, { cores: 2, server: true }).webConcurrency,
    ).toBe(1);
    expect(loadConfig({ WEB_CONCURRENCY: '1' }, { cores: 2, server: true }).webConcurrency).toBe(1);
  });

  it('refuses more than one server process on PGlite, saying what to do', () => {
    expect(() => loadConfig({ WEB_CONCURRENCY: '2' }, { cores: 2, server: true })).toThrow(
      /WEB_CONCURRENCY: 2 server processes need DATABASE_URL.*unset WEB_CONCURRENCY/,
    );
    // Other commands (ingest, eval) are not servers: a platform-wide WEB_CONCURRENCY does not stop them.
    expect(loadConfig({ WEB_CONCURRENCY: '2' }, { cores: 2 }).webConcurrency).toBe(2);
  });

  it('refuses a value that is not a count', () => {
    expect(() => loadConfig({ ...PG, WEB_CONCURRENCY: 'many' })).toThrow(
      /WEB_CONCURRENCY: expected an integer/,
    );
    expect(() => loadConfig({ ...PG, WEB_CONCURRENCY: '1000' })).toThrow(/WEB_CONCURRENCY/);
  });
});
