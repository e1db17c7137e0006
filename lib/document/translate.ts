import { createTranslator } from "next-intl";
import type { Translate } from "@/lib/document/build";
import type { Messages } from "@/lib/i18n/load-messages";

// A translator over the whole catalog outside React, for the worker-free
// parts that need one without a request (tests, the benchmark).
export function translatorFor(locale: string, messages: Messages): Translate {
  const t = createTranslator({ locale, messages });
  return (key, values) => (t as unknown as Translate)(key, values);
}
