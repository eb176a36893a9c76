/**
 * Reads a paper's covering letter: the committee, the meeting's date, the contact, the agenda item and the covering
 * note, and who signed it. Every problem is reported at its line.
 */
import type { MeetingFrontMatter } from "../../src/content/schema";
import type { ImportProblem } from "./errors";
import { readLetterDate } from "./figures";
import { lastLine, quote } from "./paperPatterns";
import { blocks, paragraphs, type Line } from "./paperText";

/** The covering letter as a meeting file needs it; the scorecards come from the indicator pages. */
export interface PaperLetter {
  meeting: Omit<MeetingFrontMatter, "scorecards">;
  coveringNote: string;
}

/** The letter's lines, and how to report at them and search them. */
interface Letter {
  lines: readonly Line[];
  at(line: number, message: string): void;
  /** Index of the first line from `from` whose trimmed text matches, or -1. */
  find(pattern: RegExp, from?: number): number;
}

const HEADING = /^(.+?)\s+[-–—]\s+((?:[A-Za-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?\s+\d{4})$/;
const TO_MEMBERS = /^To\s+(?:all\s+)?(?:the\s+)?Members\s+of\b/i;

/**
 * Reads the covering letter (the lines before the first indicator page); undefined, with the problems, when it cannot.
 * @example readLetter(lines.slice(0, firstIndicator), problems)?.meeting.committee // "Children's, Young People and Education Cabinet Committee"
 */
export function readLetter(lines: readonly Line[], problems: ImportProblem[]): PaperLetter | undefined {
  const before = problems.length;
  const letter: Letter = {
    lines,
    at: (line, message) => problems.push({ line, message }),
    find(pattern, from = 0) {
      for (let i = from; i < lines.length; i++) if (pattern.test(lines[i]!.text.trim())) return i;
      return -1;
    },
  };
  const firstLine = lines.find((line) => line.text !== "")?.n ?? 1;

  // "To all Members of the" / committee name / address, then the contact lines, then "Dear Member".
  const toIndex = letter.find(TO_MEMBERS);
  const dearIndex = letter.find(/^Dear\b/i, Math.max(toIndex, 0));
  if (toIndex === -1) {
    letter.at(firstLine, 'expected the covering letter to open "To all Members of the", then the committee\'s name');
  }
  if (dearIndex === -1) {
    letter.at(firstLine, 'expected the covering letter\'s greeting ("Dear Member") followed by the heading naming the committee and the meeting date');
    return undefined;
  }
  const heading = readHeading(letter, dearIndex);
  const committee = toIndex === -1 || heading.committeeUpper === undefined ? undefined : readCommittee(letter, toIndex, dearIndex, heading.committeeUpper);
  const { contact, letterDate } = readContact(letter, toIndex, dearIndex);
  const headingEnd = heading.block ? lines.findIndex((line) => line.n === heading.block!.at(-1)!.n) + 1 : dearIndex + 1;
  const agenda = readAgenda(letter, headingEnd, heading.block?.[0]?.n ?? lines[dearIndex]!.n);
  const signedBy = readSignOff(letter, agenda.closeIndex);

  const { agendaItem, agendaTitle, pages } = agenda;
  if (problems.length > before || !committee || !heading.date || agendaItem === undefined || !agendaTitle) return undefined;
  const meeting: Omit<MeetingFrontMatter, "scorecards"> = {
    committee,
    date: heading.date,
    agendaItem,
    agendaTitle,
    ...(pages === undefined ? {} : { pages }),
    status: "published",
    ...(letterDate === undefined ? {} : { letterDate }),
    ...(contact.name === undefined
      ? {}
      : { contact: { name: contact.name, ...(contact.email ? { email: contact.email } : {}), ...(contact.phone ? { phone: contact.phone } : {}) } }),
    ...(signedBy === undefined ? {} : { signedBy }),
    errata: [],
  };
  return { meeting, coveringNote: [...paragraphs(agenda.noteBefore), ...paragraphs(agenda.noteAfter)].join("\n\n") };
}

/** The heading after the greeting: "**CHILDREN'S, YOUNG PEOPLE AND EDUCATION CABINET COMMITTEE - THURSDAY, 7 SEPTEMBER 2017**". */
function readHeading({ lines, at }: Letter, dearIndex: number): { block?: Line[]; committeeUpper?: string; date?: string } {
  const block = blocks(lines.slice(dearIndex + 1))[0];
  if (!block) {
    at(lines[dearIndex]!.n, `expected a heading after "${lines[dearIndex]!.text.trim()}" naming the committee and the meeting date`);
    return {};
  }
  const heading = block
    .map((line) => line.text.trim())
    .join(" ")
    .replace(/\*\*/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const match = HEADING.exec(heading);
  const when = match ? readLetterDate(match[2]!) : undefined;
  if (!match || !when) {
    at(block[0]!.n, `expected a heading such as "COMMITTEE NAME - THURSDAY, 7 SEPTEMBER 2017", found ${quote(heading)}`);
  } else if (when.printedWeekday !== undefined && when.printedWeekday.toLowerCase() !== when.weekday.toLowerCase()) {
    at(block[0]!.n, `the heading dates the meeting ${match[2]}, but that date is a ${when.weekday}`);
  } else {
    return { block, committeeUpper: match[1]!, date: when.iso };
  }
  return { block };
}

/** The committee's name as written: the lines after "To all Members of the" that the heading spells in capitals. */
function readCommittee({ lines, at }: Letter, toIndex: number, dearIndex: number, committeeUpper: string): string | undefined {
  const toLine = lines[toIndex]!;
  const sameLine = /^To\s+(?:all\s+)?(?:the\s+)?Members\s+of(?:\s+the)?\s*(.*)$/i.exec(toLine.text.trim())![1]!.trim();
  const address = sameLine ? [sameLine] : (blocks(lines.slice(toIndex + 1, dearIndex))[0] ?? []).map((line) => line.text.trim());
  const wanted = normaliseName(committeeUpper);
  for (let count = 1; count <= address.length; count++) {
    const candidate = address.slice(0, count).join(" ");
    if (normaliseName(candidate) === wanted) return candidate;
  }
  at(
    toLine.n + (sameLine ? 0 : 1),
    `expected the committee the heading names (${quote(committeeUpper)}) after "To all Members of the", found ${quote(address.join(" / "))}`,
  );
  return undefined;
}

function normaliseName(name: string): string {
  return name.toUpperCase().replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim();
}

/** The contact lines between the address and the greeting, and the letter's date. */
function readContact(
  { lines, at }: Letter,
  toIndex: number,
  dearIndex: number,
): { contact: { name?: string; email?: string; phone?: string }; letterDate?: string } {
  const contact: { name?: string; email?: string; phone?: string } = {};
  let letterDate: string | undefined;
  for (const line of lines.slice(Math.max(toIndex, 0), dearIndex)) {
    const text = line.text.trim();
    let match: RegExpExecArray | null;
    if ((match = /^(?:Direct\s+Dial(?:\/Ext)?|Tel(?:ephone)?|Phone)\s*:\s*(.+)$/i.exec(text))) contact.phone = match[1]!.trim();
    else if ((match = /^e-?mail\s*:\s*(.+)$/i.exec(text))) {
      const email = match[1]!.trim();
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) at(line.n, `cannot read the e-mail address ${quote(email)}`);
      else contact.email = email;
    } else if ((match = /^Ask\s+for\s*:\s*(.+)$/i.exec(text))) contact.name = match[1]!.trim();
    else if ((match = /^Date\s*:\s*(.+)$/i.exec(text))) {
      const read = readLetterDate(match[1]!);
      if (!read) at(line.n, `cannot read the letter's date ${quote(match[1]!.trim())}: expected a date such as "05 Sept 2017"`);
      else letterDate = read.iso;
    }
  }
  if ((contact.email || contact.phone) && !contact.name) {
    at(lines[dearIndex]!.n, 'the letter gives a contact e-mail or phone number but no "Ask for:" line naming the contact');
  }
  return { contact, letterDate };
}

interface Agenda {
  agendaItem?: number | string;
  agendaTitle?: string;
  pages?: string;
  /** The covering note's paragraphs before the agenda item, and after its title. */
  noteBefore: Line[];
  noteAfter: Line[];
  /** Index of "Yours sincerely", or -1. */
  closeIndex: number;
}

/** The covering note: paragraphs after the heading, the agenda item, its title and pages, then more paragraphs. */
function readAgenda(letter: Letter, headingEnd: number, headingLine: number): Agenda {
  const { lines, at, find } = letter;
  const agendaIndex = find(/^Agenda\s+Item(?:\s+No\.?|\s+Number)?\s*:?\s*\S+$/i, headingEnd);
  const closeIndex = find(/^Yours\s+(?:sincerely|faithfully)\b/i, headingEnd);
  const noteBefore = lines.slice(headingEnd, agendaIndex === -1 ? headingEnd : agendaIndex);
  const agenda: Agenda = { noteBefore, noteAfter: [], closeIndex };
  if (agendaIndex === -1 || (closeIndex !== -1 && agendaIndex > closeIndex)) {
    at(headingLine, 'expected an "Agenda Item No: …" line in the covering letter, followed by the item\'s title');
    return agenda;
  }
  const item = /(\S+)$/.exec(lines[agendaIndex]!.text.trim())![1]!;
  agenda.agendaItem = /^\d+$/.test(item) ? Number(item) : item;
  const titleBlock = blocks(lines.slice(agendaIndex + 1, closeIndex === -1 ? lines.length : closeIndex))[0];
  if (!titleBlock) {
    at(lines[agendaIndex]!.n + 1, `expected the agenda item's title after "${lines[agendaIndex]!.text.trim()}"`);
    return agenda;
  }
  const title = titleBlock.map((line) => line.text.trim()).join(" ");
  const withPages = /^(.+?)\s*\((Pages?\s+\d+(?:\s*[-–]\s*\d+)?)\)$/i.exec(title);
  agenda.agendaTitle = withPages ? withPages[1]! : title;
  if (withPages) agenda.pages = withPages[2]!;
  const titleEnd = lines.findIndex((line) => line.n === titleBlock.at(-1)!.n) + 1;
  agenda.noteAfter = lines.slice(titleEnd, closeIndex === -1 ? lines.length : closeIndex);
  return agenda;
}

/** The sign-off: "Yours sincerely", the signature (an image, described in words by the PDF), the name and the role. */
function readSignOff({ lines, at }: Letter, closeIndex: number): { name: string; role?: string } | undefined {
  if (closeIndex === -1) {
    at(lastLine(lines), 'expected "Yours sincerely" and the name of whoever signed the covering letter before the first indicator');
    return undefined;
  }
  const signature = lines.slice(closeIndex + 1).filter((line) => line.text !== "" && !/signature/i.test(line.text));
  if (signature.length === 0 || signature.length > 2) {
    at(lines[closeIndex]!.n + 1, `expected the signer's name and role after "${lines[closeIndex]!.text.trim()}", found ${signature.length} lines`);
    return undefined;
  }
  return { name: signature[0]!.text.trim(), ...(signature[1] ? { role: signature[1].text.trim() } : {}) };
}
