/** Request limits, one home for every channel (HTTP schemas, Slack, the ask pipeline). */

/** Longest question accepted, in characters after normalisation. */
export const MAX_QUESTION_CHARS = 2000;
/** Most conversation turns sent with a question (HTTP), and each turn's longest text. */
export const MAX_HISTORY_TURNS = 20;
export const MAX_TURN_CHARS = 8000;
/** Most earlier thread messages a Slack mention takes as its conversation. */
export const MAX_SLACK_HISTORY_TURNS = 10;
/** Most passages a client may ask for. */
export const MAX_K = 20;
