import { isCalendarDate } from '../text/dates.ts';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { AppError, errorBody } from '../errors.ts';
import type { AppEnv } from '../app-env.ts';
import { timingSafeEqualText } from '../security/timing-safe.ts';
import { normalizeInline } from '../text/normalize.ts';
import { DOCUMENT_KINDS, isDocumentKind } from '../documents/kind.ts';
import { createRouter, deleteDocumentRoute, listFeedbackRoute, uploadRoute } from './contract.ts';

/**
 * Admin routes: need `Authorization: Bearer <ADMIN_TOKEN>` (constant-time comparison). With no
 * token configured they are off (403), so a fresh install is never open.
 */
export function createAdminRoutes(options: { maxUploadBytes: number }) {
  const admin = createRouter();

  // Per-route (not `use('*')`): this sub-app shares the /api prefix with the public routes.
  const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
    const token = c.var.services.config.adminToken;
    if (!token)
      throw new AppError('forbidden', 'admin routes are disabled: set ADMIN_TOKEN to enable them');
    const header = c.req.header('authorization') ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!given || !(await timingSafeEqualText(given, token)))
      throw new AppError(
        'unauthorized',
        'a valid admin token is required (Authorization: Bearer …)',
      );
    await next();
  });

  const uploadLimit = bodyLimit({
    maxSize: options.maxUploadBytes,
    onError: () => {
      throw new AppError(
        'payload_too_large',
        `upload is larger than MAX_UPLOAD_MB (${Math.round(options.maxUploadBytes / 1024 / 1024)} MB)`,
      );
    },
  });

  admin.openapi({ ...uploadRoute, middleware: [requireAdmin, uploadLimit] }, async (c) => {
    const ingest = c.var.services.ingestUpload;
    if (!ingest)
      throw new AppError(
        'bad_request',
        'uploads are not supported on this runtime; use the ingest CLI',
      );
    const type = c.req.header('content-type') ?? '';
    if (!type.includes('multipart/form-data'))
      throw new AppError(
        'unsupported_media_type',
        'send the file as multipart/form-data in the field "file"',
      );
    let form: FormData;
    try {
      form = await c.req.raw.formData();
    } catch {
      throw new AppError('bad_request', 'malformed multipart body');
    }
    const files = form.getAll('file').filter((f): f is File => typeof f !== 'string');
    if (files.length === 0) throw new AppError('bad_request', 'no file in the field "file"');
    const metadata = readUploadMetadata(form);
    if (files.length > 1 && metadata.id)
      throw new AppError('bad_request', 'id can only be given with a single file');
    const replace = form.get('replace') === 'true';
    const results = [];
    for (const file of files) {
      results.push(
        await ingest({
          bytes: new Uint8Array(await file.arrayBuffer()),
          fileName: file.name || 'upload',
          metadata,
          replace,
        }),
      );
    }
    const failed = results.filter((r) => (r as { status: string }).status === 'failed');
    if (failed.length > 0) {
      // A file that failed because the database is gone is not the file's fault: say so
      // (503, retry later; ingest is idempotent, so re-sending what did land is harmless).
      try {
        await c.var.services.store.ping();
      } catch (error) {
        throw new AppError(
          'database_unavailable',
          'the database is unavailable, so the upload was not stored; try again shortly',
          {
            cause: error,
            headers: { 'Retry-After': '5' },
          },
        );
      }
    }
    if (failed.length === results.length) {
      // Nothing stored: the error envelope every error has, with each file's own reason kept.
      const reasons = failed.map((r) => (r as { error?: string }).error ?? 'failed');
      const message =
        failed.length === 1
          ? reasons[0]!
          : `none of the ${failed.length} files was stored: ${reasons.join('; ')}`;
      return c.json({ ...errorBody('unprocessable', message), results }, 422);
    }
    return c.json({ results }, 201);
  });

  admin.openapi({ ...deleteDocumentRoute, middleware: [requireAdmin] }, async (c) => {
    const { id } = c.req.valid('param');
    const deleted = await c.var.services.store.deleteDocument(id);
    if (!deleted) throw new AppError('not_found', `no document with id "${id}"`);
    return c.json({ deleted: id });
  });

  admin.openapi({ ...listFeedbackRoute, middleware: [requireAdmin] }, async (c) =>
    c.json({ feedback: await c.var.services.store.listFeedback() }),
  );

  return admin;
}

/**
 * The optional metadata fields of an upload form, validated. Free-text fields are normalised like
 * document text (control characters, NUL, zero-width and bidi characters removed: PostgreSQL
 * refuses NUL, and the others spoof titles); `id` is kept as typed so an invalid one is refused
 * rather than silently changed. `url` must be http(s): it is rendered as a link.
 */
function readUploadMetadata(form: FormData): Record<string, unknown> {
  const metadata: Record<string, unknown> = {};
  const id = form.get('id');
  if (typeof id === 'string' && id.trim()) metadata.id = id.trim();
  for (const key of [
    'title',
    'issuer',
    'doc_number',
    'date',
    'region',
    'level',
    'language',
    'url',
    'kind',
  ]) {
    const v = form.get(key);
    const text = typeof v === 'string' ? normalizeInline(v) : '';
    if (text) metadata[key] = text;
  }
  const sectors = form.get('sectors');
  if (typeof sectors === 'string') {
    const list = sectors.split(',').map(normalizeInline).filter(Boolean);
    if (list.length) metadata.sectors = list;
  }
  if (metadata.date !== undefined && !isCalendarDate(String(metadata.date)))
    throw new AppError('bad_request', 'date must be a calendar date as YYYY-MM-DD');
  if (metadata.language !== undefined && !['en', 'zh'].includes(String(metadata.language)))
    throw new AppError('bad_request', 'language must be en or zh');
  if (
    metadata.level !== undefined &&
    !['national', 'provincial', 'municipal'].includes(String(metadata.level))
  ) {
    throw new AppError('bad_request', 'level must be national, provincial or municipal');
  }
  if (metadata.kind !== undefined && !isDocumentKind(String(metadata.kind))) {
    throw new AppError('bad_request', `kind must be one of ${DOCUMENT_KINDS.join(', ')}`);
  }
  if (metadata.url !== undefined && !isHttpUrl(String(metadata.url)))
    throw new AppError('bad_request', 'url must be an absolute http:// or https:// URL');
  return metadata;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
