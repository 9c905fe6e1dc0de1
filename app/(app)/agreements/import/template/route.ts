// The import template: the columns an import reads, with one example row.
import { stringify } from "csv-stringify/sync";
import { getCurrentUser } from "@/lib/auth/current-user";
import { TEMPLATE_HEADERS } from "@/lib/import/columns";
import { downloadResponse } from "@/lib/reports/download";

const EXAMPLE = [
  "",
  "Student Exchange Agreement",
  "Nanyang Technological University",
  "南洋理工大学",
  "Singapore",
  "Student exchange agreement",
  "Active",
  "May 2024",
  "Singapore",
  "2024-06-01",
  "",
  "36",
  "90",
  "no",
  "Talent exchange and cooperation",
  "Exchange of up to ten students a year each way.",
  "Signed copy in the partnerships office.",
];

export async function GET() {
  if (!(await getCurrentUser())) return new Response("Sign in to download the template.\n", { status: 401 });
  const csv = "\uFEFF" + stringify([TEMPLATE_HEADERS, EXAMPLE]);
  return downloadResponse(csv, { type: "text/csv; charset=utf-8", filename: "pacta-import-template.csv" });
}
