import { loadSite } from "./src/loadSite";
import { openMeetingCache } from "./src/build/meetingCache";
const root = process.argv[2]!;
for (let i = 0; i < 2; i++) {
  const t = performance.now();
  const cache = await openMeetingCache(root);
  const site = await loadSite(root, { cache });
  console.log("loadSite with cache ms", (performance.now() - t).toFixed(0), site.indicators.length, site.meetings[5]!.previousMeeting?.url, site.indicators[100]!.ratingChangeText);
}
