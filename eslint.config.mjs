import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    // Wire types stay inside lib/: components and pages never see imapflow or nodemailer shapes.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "imapflow", message: "Use lib/imap; components never see wire types." },
            { name: "nodemailer", message: "Use lib/smtp." },
          ],
        },
      ],
    },
  },
]);
