import type { SqlClient } from './sql-client.ts';
import type { FeedbackRecord, FeedbackStore, SlackEventStore } from '../store.ts';

// Runtime SQL for user feedback and for Slack event de-duplication.

const INSERT_FEEDBACK = `INSERT INTO feedback (question, answer, citations, verdict, comment) VALUES ($1, $2, $3::jsonb, $4, $5)
  RETURNING id::text AS id, created_at::text AS created_at`;
const LIST_FEEDBACK = `SELECT id::text AS id, question, answer, citations, verdict, comment, created_at::text AS created_at
  FROM feedback ORDER BY created_at DESC, id DESC LIMIT $1`;

const PURGE_SLACK_EVENTS = 'DELETE FROM slack_events WHERE expires_at < now()';
const CLAIM_SLACK_EVENT = `INSERT INTO slack_events (event_id, expires_at) VALUES ($1, now() + make_interval(secs => $2))
  ON CONFLICT (event_id) DO NOTHING RETURNING event_id`;

export function createFeedbackStore(sql: SqlClient): FeedbackStore & SlackEventStore {
  return {
    async addFeedback(input) {
      const { rows } = await sql.query<{ id: string; created_at: string }>(INSERT_FEEDBACK, [
        input.question,
        input.answer,
        JSON.stringify(input.citations),
        input.verdict,
        input.comment,
      ]);
      return rows[0]!;
    },

    async listFeedback(limit = 200) {
      const { rows } = await sql.query<FeedbackRecord>(LIST_FEEDBACK, [limit]);
      return rows;
    },

    /** True the first time an event id is seen (within its time to live). */
    async claimSlackEvent(eventId, ttlSeconds) {
      await sql.query(PURGE_SLACK_EVENTS, []);
      const { rows } = await sql.query(CLAIM_SLACK_EVENT, [eventId, ttlSeconds]);
      return rows.length === 1;
    },
  };
}
