import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { viewFor } from "@/lib/views/queries";
import { viewHref } from "@/lib/views/rules";

type Props = { params: Promise<{ id: string }> };

/** A saved view's lasting link: the list with the view's filters and columns as they are now saved. */
export default async function SavedViewPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/agreements/views/${encodeURIComponent(id)}`);
  const view = await viewFor(user, id);
  if (!view) notFound();
  redirect(viewHref(view));
}
