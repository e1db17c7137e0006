import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // "*.e2e.ts" route files (the test-only action route) exist only in a test
  // build (npm run test:e2e sets KRAVLOTS_TEST_BUILD=1); a production build
  // does not see them as routes, so they are not in its output at all.
  pageExtensions: process.env.KRAVLOTS_TEST_BUILD === "1" ? ["tsx", "ts", "e2e.ts"] : ["tsx", "ts"],
  // Blocking metadata for every client: the <title> is in the first HTML and
  // never missing while a refresh streams in, so screen readers always have it.
  htmlLimitedBots: /.*/,
  // Database drivers (a native addon; pg with its optional pg-native), a renderer that reads font files from node_modules at run
  // time, and the worker pool whose worker file lives outside the bundle
  // (workers/pdf-worker.mjs): load them from node_modules instead of bundling.
  serverExternalPackages: ["better-sqlite3", "pg", "@react-pdf/renderer", "piscina", "tsx"],
  // The PDF worker loads these at run time; a traced (standalone) build must ship them.
  outputFileTracingIncludes: {
    // Word and Excel (lib/exports/docx, lib/exports/xlsx) read the document helpers and the message catalog.
    "/drafts/[draftId]/export": [
      "./workers/**",
      "./components/pdf/**",
      "./lib/**/*.ts",
      "./messages/**",
      "./node_modules/docx/**",
      "./node_modules/exceljs/**",
      "./tsconfig.json",
    ],
  },
  experimental: {
    // Server action bodies above this are refused before the action runs
    // (413). It is the import's limit (a 10 MB file, lib/security/body-limit.ts);
    // proxy.ts refuses a body over 1 MB on every other path before it gets here.
    serverActions: { bodySizeLimit: "24mb" },
    // Proxy buffers request bodies up to this size for route handlers.
    proxyClientMaxBodySize: "24mb",
  },
};

export default withNextIntl(nextConfig);
