"use client";
// The first page of a PDF, drawn in the browser with PDF.js from the download address
// (the same session and role check as a download), so no server needs a PDF renderer.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

export function PdfPreview({ src, fileName }: { src: string; fileName: string }) {
  const t = useTranslations("documents");
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => void) | undefined;
    (async () => {
      const pdfjs = await import("pdfjs-dist");
      pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url).toString();
      // No script in a PDF runs, and fonts are drawn without evaluating code.
      const task = pdfjs.getDocument({ url: src, isEvalSupported: false, enableXfa: false });
      destroy = () => void task.destroy();
      const pdf = await task.promise;
      const page = await pdf.getPage(1);
      const target = canvas.current;
      if (cancelled || !target) return;
      const natural = page.getViewport({ scale: 1 });
      // Sharp on high-density screens: draw at the displayed width times the pixel ratio.
      const scale = (Math.min(target.parentElement?.clientWidth ?? 480, 480) / natural.width) * (window.devicePixelRatio || 1);
      const viewport = page.getViewport({ scale });
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      await page.render({ canvas: target, viewport }).promise;
      if (!cancelled) setState("ready");
    })().catch(() => !cancelled && setState("failed"));
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [src]);

  return (
    <figure className="mt-3" data-preview-state={state}>
      <canvas
        ref={canvas}
        role="img"
        aria-label={t("previewLabel", { fileName })}
        className={state === "ready" ? "h-auto w-full max-w-[480px] rounded border border-slate-200 shadow-sm" : "hidden"}
      />
      {state === "loading" && <p className="text-sm text-slate-500">{t("previewLoading")}</p>}
      {state === "failed" && <p className="text-sm text-slate-600">{t("previewFailed")}</p>}
    </figure>
  );
}
