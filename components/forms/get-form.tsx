"use client";

import { useRouter } from "next/navigation";

/**
 * A GET form that leaves empty fields out of the URL, so that shared links stay short
 * (`/agreements?status=ACTIVE`, not `?q=&status=ACTIVE&type=…`). Without JavaScript it
 * is a plain GET form and works the same.
 */
export function GetForm({ action, children, ...props }: Omit<React.FormHTMLAttributes<HTMLFormElement>, "method" | "onSubmit"> & { action: string }) {
  const router = useRouter();
  return (
    <form
      {...props}
      method="get"
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        const params = new URLSearchParams();
        new FormData(event.currentTarget).forEach((value, key) => {
          if (typeof value === "string" && value.trim() !== "") params.append(key, value.trim());
        });
        const query = params.toString();
        router.push(query ? `${action}?${query}` : action);
      }}
    >
      {children}
    </form>
  );
}
