import worker, { type WorkersContext, type WorkersEnv } from '../../src/entry-workers.ts';

/**
 * The real Workers entry, with its Hyperdrive connection string pinned to the test's schema.
 * wrangler dev's local Hyperdrive proxy drops query parameters from the configured connection
 * string but passes the client's startup options through, so the schema (and an
 * application_name to find the test's connections in pg_stat_activity) are appended here.
 * Everything else — bindings, vars, assets, the Text rule for prompts — is wrangler.toml's.
 */
const wrapped = new WeakMap<WorkersEnv, WorkersEnv>();

function withTestSchema(env: WorkersEnv): WorkersEnv {
  const schema = typeof env.TEST_DB_SCHEMA === 'string' ? env.TEST_DB_SCHEMA : '';
  if (!schema) return env;
  let out = wrapped.get(env);
  if (!out) {
    // The same env object must map to the same wrapper: the entry caches its app per env.
    const url = new URL(env.HYPERDRIVE.connectionString);
    url.searchParams.set('options', `-c search_path=${schema},public`);
    url.searchParams.set('application_name', `policy-qa-worker-${schema}`);
    out = { ...env, HYPERDRIVE: { connectionString: url.toString() } };
    wrapped.set(env, out);
  }
  return out;
}

export default {
  fetch: (request: Request, env: WorkersEnv, ctx: WorkersContext) =>
    worker.fetch(request, withTestSchema(env), ctx),
};
