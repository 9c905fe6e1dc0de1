import Link from "next/link";
import { BilingualName } from "@/components/agreements/names";
import type { Names } from "@/lib/i18n/names";

/** A person's name in both scripts, the reader's first as the link to their page; `fallback` when neither is known. */
export function PersonNameLink({ id, names, fallback }: { id: string; names: Names; fallback: string }) {
  return (
    <BilingualName
      names={names}
      fallback={fallback}
      primary={(name) => (
        <Link href={`/people/${id}`} className="font-medium text-brand-700 hover:underline">
          {name}
        </Link>
      )}
      secondaryClassName="ml-1.5 text-slate-500"
    />
  );
}
