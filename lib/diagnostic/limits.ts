/** The longest evidence note on an answer (characters); the answer form (client, no zod) shows it too. */
export const EVIDENCE_MAX = 500;
