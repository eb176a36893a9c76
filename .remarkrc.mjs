// Live checking of front matter in editors with a remark integration (VS Code: unifiedjs.vscode-remark).
import remarkFrontmatter from "remark-frontmatter";
import remarkLintFrontmatterSchema from "remark-lint-frontmatter-schema";

export default {
  plugins: [
    remarkFrontmatter,
    [
      remarkLintFrontmatterSchema,
      {
        schemas: {
          "schemas/meeting.schema.json": ["content/meetings/*/meeting.md"],
          "schemas/indicator.schema.json": ["content/meetings/*/[0-9]*.md"],
        },
      },
    ],
  ],
};
