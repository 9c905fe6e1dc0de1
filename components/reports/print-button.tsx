"use client";

/** Opens the browser's print dialog (the dashboard's print stylesheet lays it out on A4). */
export function PrintButton({ label, className }: { label: string; className?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={className}>
      {label}
    </button>
  );
}
