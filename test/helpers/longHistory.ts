import { generateArchive } from "../../tools/bench/generateArchive";
import { copyProject } from "./project";

/**
 * A copy of the project with two indicators reported from Mar 2010 to Mar 2021, though by only seven meetings: three in
 * 2010, one in May 2020 (with figures for Dec 2019 to Mar 2020) and three in 2021. Their histories are longer than ten
 * years, so each has a page for each decade.
 * @example const root = await longHistoryProject(); // content/meetings/2010-08-07-cype, …, 2021-05-07-cype
 */
export async function longHistoryProject(): Promise<string> {
  const root = await copyProject();
  const size = { meetings: 3, indicators: 2 };
  await generateArchive(root, size);
  await generateArchive(root, { ...size, meetings: 1 }, 117);
  await generateArchive(root, size, 127);
  return root;
}
