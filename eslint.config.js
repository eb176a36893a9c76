// Lint rules: ESLint's and typescript-eslint's recommended sets, plus the layering the README describes.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["_site/", ".cache/", "node_modules/", "screenshots/", "test/fixtures/", "**/fixtures/", "assets/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } },
    rules: {
      // TypeScript already checks that every name is defined, including the DOM globals of code run in the browser.
      "no-undef": "off",
      // Hostile-input checks match control characters on purpose.
      "no-control-regex": "off",
      // Unused names are errors, except a leading underscore that says "deliberately unused".
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
);
