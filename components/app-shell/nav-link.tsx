"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, exact = false, children }: { href: string; exact?: boolean; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || (!exact && pathname.startsWith(href + "/"));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={
        "whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm font-medium " +
        (current ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900")
      }
    >
      {children}
    </Link>
  );
}
