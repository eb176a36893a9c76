/** Which characters a content file may hold, and how a message names the ones a clerk cannot see or should not type. */

/**
 * Characters that have no business anywhere in a content file: control characters (other than tab and line ends),
 * and the bidirectional overrides and isolates that make text display in an order other than the one it is stored in.
 */
export const FORBIDDEN_CHARACTERS = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|\p{Surrogate}/u;

/** How a number is written in the files: digits, an optional minus sign and decimal point, nothing else. */
export const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

const CHARACTER_NAMES: Record<string, string> = {
  "\t": "tab",
  "\u00A0": "non-breaking space",
  "\u00AD": "soft hyphen",
  "\u2007": "figure space",
  "\u200B": "zero-width space",
  "\u200C": "zero-width non-joiner",
  "\u200D": "zero-width joiner",
  "\u200E": "left-to-right mark",
  "\u200F": "right-to-left mark",
  "\u2010": "hyphen (‐)",
  "\u2011": "non-breaking hyphen (‑)",
  "\u2012": "figure dash (‒)",
  "\u2013": "en dash (–)",
  "\u2014": "em dash (—)",
  "\u2015": "horizontal bar (―)",
  "\u2018": "curly quote (‘)",
  "\u2019": "curly quote (’)",
  "\u201C": "curly quote (“)",
  "\u201D": "curly quote (”)",
  "\u202A": "left-to-right embedding",
  "\u202B": "right-to-left embedding",
  "\u202C": "pop directional formatting",
  "\u202D": "left-to-right override",
  "\u202E": "right-to-left override",
  "\u202F": "narrow non-breaking space",
  "\u2060": "word joiner",
  "\u2066": "left-to-right isolate",
  "\u2067": "right-to-left isolate",
  "\u2068": "first strong isolate",
  "\u2069": "pop directional isolate",
  "\u2212": "minus sign (−)",
  "\u3000": "ideographic space",
  "\uFEFF": "zero-width no-break space",
};

/** Characters that cannot be seen, so a message shows their name in their place. */
const INVISIBLE = /[\t\u0000-\u001F\u007F-\u00A0\u00AD\u1680\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF\uFFFE\uFFFF]|\p{Surrogate}/u;

function codeOf(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * A character as a message names it, with its code for the invisible ones.
 * @example describeCharacter("\u00A0") // "a non-breaking space (U+00A0)"
 */
export function describeCharacter(character: string): string {
  const code = codeOf(character);
  const name = CHARACTER_NAMES[character];
  if (/[\u202A-\u202E\u2066-\u2069]/.test(character)) return `an invisible ${name} (${code}), which changes the order text is displayed in`;
  if (name) return `${/^[aeiou]/.test(name) ? "an" : "a"} ${name}${INVISIBLE.test(character) ? ` (${code})` : ""}`;
  if (/\p{Surrogate}/u.test(character)) return `a broken character (${code})`;
  return INVISIBLE.test(character) && !/[\u0000-\u001F\u007F-\u009F]/.test(character)
    ? `an unusual invisible space (${code})`
    : `an invisible control character (${code})`;
}

/**
 * Text with its invisible characters named in brackets, so a clerk can see what a message is about.
 * @example showInvisible("22.0\u00A0") // "22.0[non-breaking space]"
 */
export function showInvisible(text: string): string {
  return text.replace(new RegExp(INVISIBLE.source, "gu"), (character) => `[${CHARACTER_NAMES[character] ?? codeOf(character)}]`);
}
