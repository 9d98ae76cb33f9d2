/** A term or a phrase of a synonym entry: longer than this is not a word people type. */
export const TERM_MAX_LENGTH = 100
