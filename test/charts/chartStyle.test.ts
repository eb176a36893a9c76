import { describe, expect, it } from "vitest";
import { textWidth } from "../../src/charts/chartStyle";

/** Widths of chart labels at 16 px in DejaVu Sans, the widest sans-serif the charts fall back to, measured in Chromium here. */
const MEASURED: Record<string, number> = {
  "67%": 35.55,
  "95.0%": 50.82,
  "Target 85.0%": 105.38,
  "£1,250k": 65.23,
  "−3.2%": 54.05,
  "22.0 days": 78.45,
};

describe("textWidth", () => {
  it.each(Object.entries(MEASURED))("keeps room for %s (%f px as drawn), so no tick or target label is clipped", (label, drawn) => {
    expect(textWidth(label)).toBeGreaterThanOrEqual(drawn);
  });
});
