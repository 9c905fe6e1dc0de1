import Link from "next/link";

export const metadata = { title: "Not allowed" };

export default function ForbiddenPage() {
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Your role does not allow this page</h1>
      <p className="mt-2 text-slate-600">Ask an administrator if you need access.</p>
      <Link href="/agreements" className="mt-6 inline-block font-medium text-brand-700 underline">
        Back to the agreements
      </Link>
    </main>
  );
}
