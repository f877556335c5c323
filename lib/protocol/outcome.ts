// The two answers any message may get: done, or failed with a sentence for the user. No zod here:
// the scripts in portal pages use these types too.

/** The answer of a message that only acts (ping, highlight, "portals changed"). */
export interface Done {
  ok: true;
}

/** Why a request could not be carried out, in words for the user. */
export interface Failure {
  ok: false;
  error: string;
}

export function isFailure(answer: object): answer is Failure {
  return 'ok' in answer && answer.ok === false;
}
