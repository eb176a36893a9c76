/** Hostile content files: encodings and line ends. The cases are in corpus.encodingCases.ts, the check in failing.ts. */
import { describeFailing } from "./failing";
import { encodingCases } from "./corpus.encodingCases";

describeFailing("encodings and line ends", encodingCases);
