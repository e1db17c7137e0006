import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// Layering (docs/ARCHITECTURE.md): app → components → lib, and only
// lib/**/data.ts and lib/**/mutations.ts talk to the database.
const dbOnly = {
  group: ["@/lib/db", "@/lib/generated/*", "@/lib/generated/**", "@prisma/*", "better-sqlite3"],
  message: "Only lib/**/data.ts and lib/**/mutations.ts may touch the database.",
};
const dataLayer = {
  group: ["@/lib/**/data", "@/lib/**/mutations", "@/lib/**/require-*"],
  message: "Components get data as props; reads and writes belong to app/ and lib/.",
};
const noApp = { group: ["@/app/*", "@/app/**"], message: "Nothing imports from app/: it is routing only." };
const noComponents = { group: ["@/components/*", "@/components/**"], message: "lib/ may not import components/." };
const noRelativeUp = { group: ["../*", "../**"], message: "Use the @/ alias instead of climbing folders." };

const restrict = (...patterns) => ["error", { patterns }];

export default defineConfig([
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
  ...nextVitals,
  ...nextTs,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ["**/*.{ts,tsx}"] })),
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  { files: ["**/*.{js,mjs}"], ...tseslint.configs.disableTypeChecked },
  { files: ["app/**/*.{ts,tsx}"], rules: { "no-restricted-imports": restrict(dbOnly, noApp) } },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": restrict(dbOnly, dataLayer, noApp, noRelativeUp) },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": restrict(dbOnly, noApp, noComponents, noRelativeUp) },
  },
  {
    // The database's own doorways (the auth library reads and writes its own
    // tables through the Prisma adapter).
    files: [
      "lib/db.ts",
      "lib/db-direct.ts",
      "lib/**/data.ts",
      "lib/**/mutations.ts",
      "lib/**/scope.ts",
      "lib/auth/auth.ts",
      "lib/testing/**",
    ],
    rules: { "no-restricted-imports": restrict(noApp, noComponents, noRelativeUp) },
  },
  {
    // Test-only helpers: e2e factories seed data directly, as the guide asks.
    files: ["e2e/**/*.ts", "**/*.test.ts", "**/*.test.tsx", "vitest.setup.ts"],
    rules: { "no-restricted-imports": "off" },
  },
]);
