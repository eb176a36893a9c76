/**
 * The checks of what an indicator's figures measure: the unit and its label, the precision of targets, what each
 * figure covers in time (dataBasis), and whether a direction is better. What passes is returned ready to use.
 */
import type { DataBasis } from "../domain/dataBasis";
import type { Unit } from "../domain/units";
import type { IndicatorSource } from "../content/readContent";

/** What the checks of a measure need: the front matter, and a way to report a problem at a field. */
interface MeasureChecks {
  front: IndicatorSource["front"];
  at(path: (string | number)[], message: string, hint?: string): void;
}

/** What the figures of an indicator measure, read from its front matter. */
export interface Measure {
  unit: Unit;
  dataBasis: DataBasis;
  /** The decimal places targets are printed and compared with: decimalPlaces unless targetDecimalPlaces says more. */
  targetDecimals: number;
}

/**
 * Reads and checks the unit, target precision and data basis; a problem is reported at its field and a usable
 * default is returned so the other checks can go on.
 * @example measureOf(checks) // { unit: { kind: "percentage" }, dataBasis: { kind: "rolling", months: 12 }, targetDecimals: 1 }
 */
export function measureOf(checks: MeasureChecks): Measure {
  const { front, at } = checks;
  const labelled = front.unit === "rate" || front.unit === "custom";
  if (labelled && !front.unitLabel) {
    // Reported at the unit, the line the clerk wrote: the label it needs goes beside it.
    at(
      ["unit"],
      `a ${front.unit} needs a unitLabel: the words the paper prints after each figure`,
      front.unit === "rate"
        ? 'add unitLabel: "per 1,000 population" (or as the paper words it)'
        : 'add unitLabel: "kg per household" (or as the paper words it)',
    );
  } else if (!labelled && front.unitLabel) {
    at(["unitLabel"], `a ${front.unit} unit takes no unitLabel`, 'delete the line, or set unit: "custom" if the paper prints its own unit');
  }
  if (front.moneyIn && front.unit !== "money")
    at(["moneyIn"], `only money is printed in pounds, thousands or millions, not a ${front.unit}`, "delete the line");
  if (front.unit === "count" && front.decimalPlaces !== 0) {
    at(["decimalPlaces"], `found ${front.decimalPlaces}, but a count has no decimal places`, "set decimalPlaces: 0");
  }
  const targetDecimals = front.targetDecimalPlaces ?? front.decimalPlaces;
  if (targetDecimals < front.decimalPlaces) {
    at(
      ["targetDecimalPlaces"],
      `found ${targetDecimals}, fewer than the ${front.decimalPlaces} decimal places of the results`,
      "a target may be printed with more decimal places than the results, not fewer: delete the line or raise it",
    );
  }
  if (front.polarity === "neither" && front.bandings.length) {
    at(
      ["bandings"],
      "a figure where neither higher nor lower is better cannot be rated against bandings",
      'set polarity to "higher-is-better" or "lower-is-better", or delete the bandings (give each rating as the paper printed it)',
    );
  }
  const unit: Unit = {
    kind: front.unit,
    ...(labelled && front.unitLabel ? { label: front.unitLabel } : {}),
    ...(front.moneyIn ? { moneyIn: front.moneyIn } : {}),
  };
  return { unit, dataBasis: dataBasisOf(checks), targetDecimals: Math.max(targetDecimals, front.decimalPlaces) };
}

/** The data basis as written, with the paper's own sentence when it is "other". */
function dataBasisOf({ front, at }: MeasureChecks): DataBasis {
  const written = front.dataBasis;
  if (written === "other" && !front.dataBasisText) {
    at(["dataBasis"], '"other" needs a dataBasisText: the sentence the paper prints about the figures', 'add dataBasisText: "…" with the paper\'s own words');
  } else if (written !== "other" && front.dataBasisText) {
    at(
      ["dataBasisText"],
      `only dataBasis "other" takes a sentence of its own; "${written}" has its sentence written for it`,
      'delete the line, or set dataBasis: "other"',
    );
  }
  const rolling = /^rolling-(\d+)-months$/.exec(written);
  if (rolling) return { kind: "rolling", months: Number(rolling[1]) };
  if (written === "snapshot-month-end") return { kind: "snapshot" };
  if (written === "other") return { kind: "other", text: front.dataBasisText ?? "" };
  return { kind: written as "in-period" | "year-to-date" | "snapshot" | "annual-outturn" };
}
