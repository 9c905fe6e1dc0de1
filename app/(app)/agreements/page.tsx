import type { Metadata } from "next";
import { AgreementTable } from "@/components/agreements/agreement-table";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/current-user";
import { listAgreements } from "@/lib/agreements/queries";
import { pageNumber } from "@/lib/agreements/list-params";

export const metadata: Metadata = { title: "Agreements" };

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const params = await searchParams;
  const page = pageNumber(params.page);
  await requireUser(page > 1 ? `/agreements?page=${page}` : "/agreements");
  const list = await listAgreements({ page });

  return (
    <div>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Agreements</h1>
          <p className="mt-1 text-sm text-slate-600">
            {list.total === 1 ? "1 agreement" : `${list.total} agreements`} in the register.
          </p>
        </div>
      </div>
      {list.rows.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">
          {list.total === 0 ? "No agreements have been recorded yet." : "There is no such page of agreements."}
        </div>
      ) : (
        <AgreementTable rows={list.rows} />
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefForPage={(p) => `/agreements?page=${p}`} />
    </div>
  );
}
