"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { useLocale } from "next-intl";

/**
 * The header's menu on narrower screens: a `<details>` disclosure, so it opens with a click,
 * Enter or Space (and without JavaScript) and screen readers hear a button that is expanded
 * or collapsed. With JavaScript it also closes when another page opens, when the language changes and on Escape.
 */
export function NavMenu({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  // Closes when another page opens, and when the page comes back in another language.
  const locale = useLocale();
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname, locale]);
  return (
    <details
      ref={menu}
      className={"nav-menu " + (className ?? "")}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !menu.current?.open) return;
        menu.current.open = false;
        menu.current.querySelector("summary")?.focus();
      }}
    >
      <summary className="flex cursor-pointer list-none items-center gap-2 whitespace-nowrap rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="currentColor">
          <path d="M3 5h14v2H3zm0 4h14v2H3zm0 4h14v2H3z" />
        </svg>
        {label}
      </summary>
      <div className="absolute inset-x-0 top-full z-40 border-b border-slate-200 bg-white px-4 py-3 shadow-lg sm:px-6">{children}</div>
    </details>
  );
}
