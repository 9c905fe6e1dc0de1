import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">There is nothing at this address. It may have been moved or mistyped.</p>
      <Link href="/agreements" className="mt-6 inline-block font-medium text-brand-700 underline">
        Go to the agreements
      </Link>
    </main>
  );
}
