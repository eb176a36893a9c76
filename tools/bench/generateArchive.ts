import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { upgradeLock } from "../../authoring/publication/upgradeLock";
import { hashMeetingFiles, readLock, writeLock, type Lock } from "../../src/publication/lock";

/** How big a synthetic archive to make: the committee meets monthly and every meeting reports every indicator. */
export interface ArchiveSize {
  meetings: number;
  indicators: number;
}

/** Three indicator shapes from the sample paper, so the archive exercises every unit and both polarities. */
const SHAPES = [
  {
    unit: "percentage",
    decimals: 1,
    polarity: "higher-is-better",
    red: "below 70",
    amber: "70 to 80",
    green: "80 and above",
    target: 80,
    base: 75,
    spread: 14,
  },
  { unit: "number", decimals: 1, polarity: "lower-is-better", red: "above 22", amber: "18 to 22", green: "18 and below", target: 18, base: 20, spread: 6 },
  { unit: "count", decimals: 0, polarity: "lower-is-better", red: "above 10", amber: "1 to 10", green: '"0"', target: 0, base: 6, spread: 10 },
] as const;

const COMMENTARY = [
  "The increase in referral rates has led to an increase in the total caseload, which has had an impact across various aspects of service provision, including this performance measure.",
  "Additional Social Workers have been recruited to deal with the increased demand and to reduce the average caseload. Once this has been achieved it is anticipated that performance against this measure will improve to previous levels.",
  "Timeliness is closely tracked by the service, which will escalate any concerns to the relevant Service Manager.",
];

/** A small deterministic pseudo-random sequence, so every run generates the same archive. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const monthKey = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
const financialYear = (index: number) => {
  const year = Math.floor(index / 12) - ((index % 12) + 1 < 4 ? 1 : 0);
  return `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
};

/** The files of one meeting: its meeting.md and one file per indicator with a four-month trend. */
function meetingFiles(meeting: number, size: ArchiveSize, random: () => number): { folder: string; files: { name: string; text: string }[] } {
  const reported = 2010 * 12 + 5 + meeting;
  const date = `${monthKey(reported + 2)}-07`;
  const files = [
    {
      name: "meeting.md",
      text: `---\ncommittee: Children's, Young People and Education Cabinet Committee\ndate: ${date}\nagendaItem: ${10 + (meeting % 9)}\nagendaTitle: CYPE Performance Scorecard\nscorecards:\n  - Specialist Children's Services\n  - Education and Early Help\nstatus: published\n---\nThe report provides Members with progress against targets set for key performance and activity indicators.\n`,
    },
  ];
  for (let i = 0; i < size.indicators; i++) {
    const shape = SHAPES[i % SHAPES.length]!;
    const months = [3, 2, 1, 0].map((back) => reported - back);
    const years = [...new Set(months.map(financialYear))];
    const rows = months.map((month) => {
      const raw = shape.base + (random() - 0.5) * shape.spread;
      const value = shape.unit === "count" ? Math.max(0, Math.round(raw)) : Math.min(100, raw).toFixed(shape.decimals);
      return `  - { period: ${monthKey(month)}, result: ${value}, target: ${shape.target} }`;
    });
    const bandings = years.map(
      (year) => `  - financialYear: ${year}\n    target: ${shape.target}\n    red: ${shape.red}\n    amber: ${shape.amber}\n    green: ${shape.green}`,
    );
    const scorecard = i % 2 === 0 ? "Specialist Children's Services" : "Education and Early Help";
    const number = String(i + 1).padStart(2, "0");
    files.push({
      name: `${number}-indicator-${number}.md`,
      text: `---\nid: indicator-${number}\ntitle: "Indicator ${i + 1}: % of cases seen within the required timescale"\nscorecard: ${scorecard}\nportfolio: Children, Young People and Education\ncabinetMember: Roger Gough\ndirector: Philip Segurola\ndivision: ${scorecard}\nunit: ${shape.unit}\ndecimalPlaces: ${shape.decimals}\npolarity: ${shape.polarity}\nbandings:\n${bandings.join("\n")}\ndataBasis: ${i % 2 ? "snapshot-month-end" : "rolling-12-months"}\ndataSource: Liberi\ntrend:\n${rows.join("\n")}\n---\n${COMMENTARY.join("\n\n")}\n`,
    });
  }
  return { folder: `${date}-cype`, files };
}

/**
 * Writes a realistic archive of published meetings under `<root>/content/meetings` (monthly from mid-2010) and
 * records them in the publication lock in full, as a council's years of papers would be.
 * @example await generateArchive("/tmp/bench", { meetings: 120, indicators: 30 }) // { files: 3720 }
 */
export async function generateArchive(root: string, size: ArchiveSize, firstMeeting = 0): Promise<{ files: number; folders: string[] }> {
  const random = sequence(2017 + firstMeeting);
  const lock: Lock = {};
  const folders: string[] = [];
  let files = 0;
  for (let m = firstMeeting; m < firstMeeting + size.meetings; m++) {
    const meeting = meetingFiles(m, size, random);
    const dir = path.join(root, "content", "meetings", meeting.folder);
    await mkdir(dir, { recursive: true });
    for (const file of meeting.files) await writeFile(path.join(dir, file.name), file.text);
    lock[meeting.folder] = { sha256: hashMeetingFiles(meeting.files), errata: 0 };
    folders.push(meeting.folder);
    files += meeting.files.length;
  }
  await writeLock(root, { ...(await readLock(root)), ...lock });
  // Recorded in full, as publish-meeting records a council's own meetings, so the build meets the real lock.
  await upgradeLock(root);
  return { files, folders };
}
