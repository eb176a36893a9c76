// Lint rules: ESLint's and typescript-eslint's recommended sets, the size limits we hold to, and the layering the
// README describes (the site never imports the clerk's or the developer's tools).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const sizes = { skipBlankLines: true, skipComments: true };

export default tseslint.config(
  { ignores: ["**/_site/", "**/.cache/", "node_modules/", "screenshots/", "**/fixtures/", "assets/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // TypeScript already checks that every name is defined, including the DOM globals of code run in the browser.
      "no-undef": "off",
      // Hostile-input checks match control characters on purpose.
      "no-control-regex": "off",
      // Unused names are errors, except a leading underscore that says "deliberately unused".
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // A file says one thing and a function does one job: past these sizes, split them.
      "max-lines": ["error", { max: 300, ...sizes }],
      "max-lines-per-function": ["error", { max: 80, ...sizes }],
    },
  },
  {
    // A test's describe block holds many cases; the file limit still applies.
    files: ["**/test/**", "test/**"],
    rules: { "max-lines-per-function": "off" },
  },
  {
    files: ["src/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/authoring/**", "**/tools/**", "**/scripts/**"], message: "The site (src/) must not depend on the clerk's or the developer's tools." },
          ],
        },
      ],
    },
  },
  {
    files: ["authoring/**"],
    ignores: ["authoring/test/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/tools/**", "**/scripts/**"], message: "The clerk's tools must not depend on the developer's tools." }] },
      ],
    },
  },
);
