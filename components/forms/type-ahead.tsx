"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { inputClass } from "./field";

/** A record offered by a type-ahead: its id, its name(s) and a line that tells look-alikes apart. */
export interface TypeAheadChoice {
  id: string;
  label: string;
  detail: string | null;
}

/** How long typing must pause before the search runs (ms): one request per word, not per letter. */
const PAUSE_MS = 200;

/**
 * Choosing one record of many by typing part of any of its names (the ARIA 1.2 combobox:
 * arrows move through the choices, Enter takes one, Escape closes the list). `source` answers
 * `?q=` with JSON choices; the server folds the text, so any script and spelling finds them.
 * The field shows the chosen record's label; typing again clears the choice until another is taken.
 */
export function TypeAhead<C extends TypeAheadChoice>({
  id,
  source,
  value,
  onChange,
  describedBy,
  invalid,
}: {
  id: string;
  source: string;
  value: C | null;
  onChange: (choice: C | null) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const t = useTranslations("forms.lookup");
  const listId = useId();
  const statusId = useId();
  const [text, setText] = useState(value?.label ?? "");
  const [choices, setChoices] = useState<C[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<"idle" | "searching" | "done" | "failed">("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const request = useRef<AbortController>(undefined);

  // The choice can change from outside (a row removed above this one): show its label then.
  // A choice cleared by typing here keeps what was typed.
  const [shownFor, setShownFor] = useState(value?.id ?? null);
  const [clearedByTyping, setClearedByTyping] = useState(false);
  if ((value?.id ?? null) !== shownFor) {
    setShownFor(value?.id ?? null);
    if (value) setText(value.label);
    else if (!clearedByTyping) setText("");
    setClearedByTyping(false);
  }

  function search(query: string) {
    clearTimeout(timer.current);
    request.current?.abort();
    if (query.trim() === "") {
      setChoices([]);
      setOpen(false);
      setState("idle");
      return;
    }
    setState("searching");
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`${source}?q=${encodeURIComponent(query)}`, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(`${response.status}`);
        const found = (await response.json()) as C[];
        setChoices(found);
        setActive(found.length > 0 ? 0 : -1);
        setOpen(true);
        setState("done");
      } catch {
        if (!controller.signal.aborted) setState("failed");
      }
    }, PAUSE_MS);
  }

  function choose(choice: C) {
    clearTimeout(timer.current);
    request.current?.abort();
    setText(choice.label);
    setOpen(false);
    setState("idle");
    setShownFor(choice.id);
    onChange(choice);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (choices.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + choices.length) % choices.length);
    } else if (event.key === "Enter") {
      // Enter takes the highlighted choice; it never sends the whole form from here.
      event.preventDefault();
      if (open && choices[active]) choose(choices[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const showList = open && choices.length > 0;
  const message =
    state === "searching" ? t("searching") : state === "failed" ? t("failed") : state === "done" && open ? (choices.length === 0 ? t("noMatch", { query: text.trim() }) : t("found", { count: choices.length })) : "";
  return (
    <div className="relative">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={[describedBy, statusId].filter(Boolean).join(" ")}
        aria-invalid={invalid || undefined}
        placeholder={t("placeholder")}
        value={text}
        className={inputClass}
        onChange={(event) => {
          setText(event.target.value);
          if (value) {
            setClearedByTyping(true);
            onChange(null);
          }
          search(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => choices.length > 0 && !value && setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      {/* On a phone a long name does not fit the field: the whole of it, under it (the field already says it to screen readers). */}
      {value && !showList && (
        <p aria-hidden className="mt-1 text-xs text-slate-600 sm:hidden">
          {value.label}
        </p>
      )}
      <ul id={listId} role="listbox" aria-label={t("choices")} hidden={!showList} className="absolute inset-x-0 top-full z-30 mt-1 max-h-72 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
        {choices.map((choice, index) => (
          <li
            key={choice.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // Chosen on mousedown, before the field loses focus and closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(choice);
            }}
            onMouseMove={() => setActive(index)}
            className={"cursor-pointer px-3 py-2 " + (index === active ? "bg-brand-50" : "")}
          >
            <span className="block text-slate-900">{choice.label}</span>
            {choice.detail && <span className="block text-xs text-slate-500">{choice.detail}</span>}
          </li>
        ))}
      </ul>
      <p id={statusId} role="status" aria-live="polite" className={message && state !== "done" ? "mt-1 text-xs text-slate-500" : state === "done" && choices.length === 0 && open ? "mt-1 text-xs text-slate-500" : "sr-only"}>
        {message}
      </p>
    </div>
  );
}
