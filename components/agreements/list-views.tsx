"use client";
// The list's saved views: open one, save the current filters and columns as one, and (for its
// owner or an administrator) rename, share or delete the one open.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { deleteView, saveView, updateView } from "@/lib/views/actions";
import { viewHref } from "@/lib/views/rules";
import type { SavedViewSummary } from "@/lib/views/queries";

function SharedField({ defaultChecked, canShare }: { defaultChecked: boolean; canShare: boolean }) {
  const t = useTranslations("views");
  if (!canShare) return <p className="text-xs text-slate-500">{t("privateHint")}</p>;
  return (
    <div>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="shared" defaultChecked={defaultChecked} className="size-4 rounded border-slate-300" />
        {t("share")}
      </label>
      <p className="mt-1 text-xs text-slate-500">{t("shareHint")}</p>
    </div>
  );
}

export function ListViews({
  views,
  current,
  query,
  canShare,
}: {
  views: SavedViewSummary[];
  current: SavedViewSummary | null;
  /** The list's current query string, without the page. */
  query: string;
  canShare: boolean;
}) {
  const t = useTranslations("views");
  return (
    <section aria-label={t("label")} className="mb-3 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-2">
        <h2 className="text-sm font-semibold text-slate-700">{current ? t("current", { name: current.name }) : t("label")}</h2>
        {views.length === 0 ? (
          <p className="text-sm text-slate-500">{t("none")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2 text-sm">
            {views.map((view) => (
              <li key={view.id}>
                <Link
                  href={viewHref(view)}
                  aria-current={current?.id === view.id ? "page" : undefined}
                  className={
                    "inline-flex items-center gap-1 rounded-full border px-3 py-1 " +
                    (current?.id === view.id ? "border-brand-600 bg-brand-50 font-semibold text-brand-900" : "border-slate-300 text-slate-700 hover:bg-slate-50")
                  }
                >
                  {view.name}
                  {view.shared && <span className="text-xs font-normal text-slate-600">· {view.mine ? t("shared") : t("sharedBy", { name: view.ownerName })}</span>}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        <details>
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("save")}</summary>
          <ActionForm action={saveView} fixed={{ query }} submitLabel={t("submit")} pendingLabel={t("saving")} className="mt-2 max-w-md space-y-3">
            {(errors) => (
              <>
                <Field id="view-name" label={t("name")} errors={errors.name}>
                  {(props) => <input {...props} name="name" maxLength={80} required className={inputClass} />}
                </Field>
                <SharedField defaultChecked={false} canShare={canShare} />
                {errors.shared && <p className="text-sm text-red-700">{errors.shared.join(" ")}</p>}
              </>
            )}
          </ActionForm>
        </details>
        {current && (
          <p className="text-sm">
            <Link href={`/agreements/views/${current.id}`} className="font-medium text-brand-700 underline">
              {t("copyLink")}
            </Link>
          </p>
        )}
        {current?.manageable && (
          <details>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("manage")}</summary>
            <div className="mt-2 flex flex-wrap items-start gap-6">
              <ActionForm key={current.id} action={updateView} fixed={{ id: current.id }} submitLabel={t("rename")} tone="secondary" className="max-w-md space-y-3">
                {(errors) => (
                  <>
                    <Field id="view-rename" label={t("name")} errors={errors.name}>
                      {(props) => <input {...props} name="name" defaultValue={current.name} maxLength={80} required className={inputClass} />}
                    </Field>
                    <SharedField defaultChecked={current.shared} canShare={canShare || current.shared} />
                    {errors.shared && <p className="text-sm text-red-700">{errors.shared.join(" ")}</p>}
                  </>
                )}
              </ActionForm>
              <ActionForm action={deleteView} fixed={{ id: current.id }} submitLabel={t("delete")} tone="secondary">
                {() => <p className="sr-only">{t("deleteView", { name: current.name })}</p>}
              </ActionForm>
            </div>
          </details>
        )}
      </div>
    </section>
  );
}
