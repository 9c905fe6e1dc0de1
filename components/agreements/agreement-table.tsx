import Link from "next/link";
import type { AgreementListRow } from "@/lib/agreements/queries";
import { PartialDateText } from "./partial-date-text";
import { StatusBadge } from "./status-badge";

function Partners({ partners }: { partners: AgreementListRow["partners"] }) {
  if (partners.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <ul className="space-y-1">
      {partners.map((p) => (
        <li key={p.id}>
          {p.name}
          {p.localName && <span className="block text-xs text-slate-500">{p.localName}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The agreements list: a table on wide screens, a stack of cards on a phone. */
export function AgreementTable({ rows }: { rows: AgreementListRow[] }) {
  return (
    <>
      <div className="hidden overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Agreements</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-3">Reference</th>
              <th scope="col" className="px-4 py-3">Title</th>
              <th scope="col" className="px-4 py-3">Partners</th>
              <th scope="col" className="px-4 py-3">Type</th>
              <th scope="col" className="px-4 py-3">Status</th>
              <th scope="col" className="px-4 py-3">Signed</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {rows.map((row) => (
              <tr key={row.reference} className="hover:bg-slate-50">
                <td className="whitespace-nowrap px-4 py-3 font-mono text-xs text-slate-600">{row.reference}</td>
                <td className="px-4 py-3">
                  <Link href={`/agreements/${row.reference}`} className="font-medium text-brand-700 hover:underline">
                    {row.title}
                  </Link>
                </td>
                <td className="px-4 py-3 text-slate-700">
                  <Partners partners={row.partners} />
                </td>
                <td className="px-4 py-3 text-slate-700">{row.type ?? <span className="text-slate-500">Not stated</span>}</td>
                <td className="px-4 py-3">
                  <StatusBadge status={row.status} />
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-slate-700">
                  <PartialDateText value={row.signedOn} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-3 md:hidden" aria-label="Agreements">
        {rows.map((row) => (
          <li key={row.reference} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex items-start justify-between gap-3">
              <span className="font-mono text-xs text-slate-500">{row.reference}</span>
              <StatusBadge status={row.status} />
            </div>
            <Link href={`/agreements/${row.reference}`} className="mt-1 block font-medium text-brand-700 hover:underline">
              {row.title}
            </Link>
            <div className="mt-2 text-sm text-slate-700">
              <Partners partners={row.partners} />
            </div>
            <div className="mt-2 flex flex-wrap gap-x-4 text-xs text-slate-500">
              <span>{row.type ?? "Type not stated"}</span>
              <span>
                Signed <PartialDateText value={row.signedOn} empty="date unknown" />
              </span>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
