import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native addon and a renderer that reads font files from node_modules at
  // run time: load them from node_modules instead of bundling.
  serverExternalPackages: ["better-sqlite3", "@react-pdf/renderer"],
};

export default withNextIntl(nextConfig);
