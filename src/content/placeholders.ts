/** The commentary a new draft starts with, until the officer's text arrives; a published meeting may not keep it. */
export const AWAITING_COMMENTARY = "[Awaiting commentary]";

/** The covering note a new draft starts with, until the clerk writes it. */
export const AWAITING_COVERING_NOTE = "[Awaiting covering note]";
