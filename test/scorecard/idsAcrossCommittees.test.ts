/**
 * One indicator id across two committees would merge their histories: the Adult Social Care committee's caseload
 * would appear on /indicators/average-caseload/ as a "revision" of the children's published figures. It is refused.
 */
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentProblems, type Problem } from "../../src/content/problems";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { copyProject } from "../helpers/project";

const SEPT = "content/meetings/2017-09-07-cype";
const ASC = "content/meetings/2017-09-14-asc";
let root: string;

/** A meeting of another committee a week later, whose one indicator reuses the children's caseload id. */
async function addAdultMeeting(id: string): Promise<void> {
  await rm(path.join(root, ASC), { recursive: true, force: true });
  await cp(path.join(root, SEPT), path.join(root, ASC), { recursive: true });
  for (const name of [
    "01-adoption-plan-within-4-months.md",
    "03-cic-health-assessments.md",
    "04-cin-plans.md",
    "05-unallocated-cases.md",
    "06-returner-interviews.md",
    "07-placement-arrangement-meetings.md",
  ]) {
    await rm(path.join(root, ASC, name));
  }
  const meeting = path.join(root, ASC, "meeting.md");
  await writeFile(
    meeting,
    (await readFile(meeting, "utf8"))
      .replace("date: 2017-09-07", "date: 2017-09-14")
      .replace("status: published", "status: draft")
      .replace(/committee: .*/, "committee: Adult Social Care and Health Cabinet Committee")
      .replace(/^errata:[\s\S]*?(?=^---)/m, ""),
  );
  const caseload = path.join(root, ASC, "02-average-caseload.md");
  await writeFile(caseload, (await readFile(caseload, "utf8")).replace("id: average-caseload", `id: ${id}`).replace("result: 22.0", "result: 21.0"));
}

beforeAll(async () => {
  root = await copyProject();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("an indicator id used by two committees", () => {
  it("is refused at the later committee's id, naming the file that has it already and a fix", async () => {
    await addAdultMeeting("average-caseload");
    const problems = await loadScorecards(root).then(
      () => [] as readonly Problem[],
      (error: unknown) => (error instanceof ContentProblems ? error.problems : Promise.reject(error)),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `${ASC}/02-average-caseload.md`, line: 2, field: "id" });
    expect(problems[0]!.message).toBe(
      `"average-caseload" is already the id of an indicator of the Children's, Young People and Education Cabinet Committee (${SEPT}/02-average-caseload.md), and an id names one indicator across every meeting: its history would mix the two committees' figures`,
    );
    expect(problems[0]!.hint).toBe('give this indicator an id of its own, e.g. "asc-average-caseload"');
  });

  it("with its own id, each committee has its own history and nothing is marked revised", async () => {
    await addAdultMeeting("asc-average-caseload");
    const site = await loadScorecards(root);
    const children = site.histories.find((history) => history.id === "average-caseload")!;
    expect(children.meetings.map((meeting) => meeting.committee)).toEqual(["Children's, Young People and Education Cabinet Committee"]);
    expect(children.revisedCount).toBe(0);
    expect(children.rows.find((row) => row.period === "2017-03")!.resultText).toBe("22.0");
  });
});
