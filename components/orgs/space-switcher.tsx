import { getTranslations } from "next-intl/server";

export type SpaceOption = { id: string | null; name: string };

// Switching is an explicit form submit, and the active space is always
// written out in the header, so nobody creates a draft in the wrong place.
export async function SpaceSwitcher({
  spaces,
  activeId,
  action,
}: {
  spaces: SpaceOption[];
  activeId: string | null;
  action: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations("orgs.space");
  const active = spaces.find((space) => space.id === activeId) ?? spaces[0];
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p data-testid="active-space" className="font-semibold">
        {t("active", { name: active?.name ?? "" })}
      </p>
      {spaces.length > 1 ? (
        <form action={action} className="flex items-center gap-2">
          <label htmlFor="space-switcher" className="sr-only">
            {t("label")}
          </label>
          <select
            id="space-switcher"
            name="organizationId"
            defaultValue={active?.id ?? ""}
            className="bg-canvas px-1 py-0.5 text-ink"
          >
            {spaces.map((space) => (
              <option key={space.id ?? "personal"} value={space.id ?? ""}>
                {space.name}
              </option>
            ))}
          </select>
          <button type="submit" className="cursor-pointer text-inverse underline">
            {t("switch")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
