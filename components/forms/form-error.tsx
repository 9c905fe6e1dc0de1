"use client";

import { useEffect, useRef } from "react";

/**
 * A form's message about the whole form ("some fields need changing"), announced to screen
 * readers. When a message appears it is scrolled into view and focused: a person who sent a
 * long form from its last button, on a phone, would otherwise see nothing happen.
 */
export function FormError({ message, answer }: { message?: string; /** The server's answer it comes from: the same message sent again scrolls again. */ answer?: unknown }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!message || !box.current) return;
    box.current.scrollIntoView({ block: "center" });
    box.current.focus({ preventScroll: true });
  }, [message, answer]);
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-live="assertive"
      className={message ? "rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800 outline-none" : "sr-only"}
    >
      {message}
    </div>
  );
}
