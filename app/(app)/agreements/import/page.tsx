import type { Metadata } from "next";
import { ImportWizard } from "@/components/import/import-wizard";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Import agreements" };

export default async function ImportPage() {
  await requireUser("/agreements/import", "EDITOR");
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        title="Import agreements"
        back={{ href: "/agreements", label: "All agreements" }}
        description={
          <>
            Bring in the register you kept in a spreadsheet. Pacta checks every row first and imports all of them or none.{" "}
            <a href="/agreements/import/template" className="font-medium text-brand-700 underline" download>
              Download the template
            </a>{" "}
            to see the columns; Pacta’s own CSV and Excel exports import as they are.
          </>
        }
      />
      <ImportWizard />
    </div>
  );
}
