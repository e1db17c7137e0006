import { useFormatter, useTranslations } from "next-intl";
import type { RevisionSummary } from "@/lib/revisions/types";
import { Button } from "@/components/ui/button";

// A plain GET form: the chosen pair lands in the URL, so a comparison can be
// linked and works without JavaScript.
export function CompareForm({
  revisions,
  currentVersion,
  from,
  to,
}: {
  revisions: RevisionSummary[];
  currentVersion: number;
  from: string;
  to: string;
}) {
  const t = useTranslations("revisions");
  const format = useFormatter();
  const options = [
    { value: "current", label: t("current", { version: currentVersion }) },
    ...revisions.map((revision) => ({
      value: revision.id,
      label: t("versionOption", {
        version: revision.version,
        time: format.dateTime(revision.createdAt, { dateStyle: "short", timeStyle: "short" }),
      }),
    })),
  ];
  const select = (name: "from" | "to", value: string) => (
    <div className="mb-4">
      <label htmlFor={`compare-${name}`} className="mb-1 block font-semibold">
        {t(name)}
      </label>
      <select
        id={`compare-${name}`}
        name={name}
        defaultValue={value}
        className="block border-2 border-ink px-2 py-1.5 focus:outline-3 focus:outline-focus"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="mb-6">
      <div className="flex flex-wrap gap-6">
        {select("from", from)}
        {select("to", to)}
      </div>
      <Button type="submit" variant="secondary">
        {t("compare")}
      </Button>
    </form>
  );
}
