/** Hostile content files: numbers, codes, dates, periods and meeting fields. The cases are in corpus.valueCases.ts, the check in failing.ts. */
import { describeFailing } from "./failing";
import { valueCases } from "./corpus.valueCases";

describeFailing("numbers, codes, dates, periods and meeting fields", valueCases);
