import { Badge, type BadgeTone } from "@/components/ui/badge";
import { useTranslations } from "next-intl";
import type { AgreementStatus } from "@/lib/agreements/status";

const TONE: Record<AgreementStatus, BadgeTone> = {
  DRAFT: "slate",
  NEGOTIATING: "blue",
  AWAITING_SIGNATURE: "amber",
  ACTIVE: "green",
  EXPIRED: "red",
  TERMINATED: "red",
  RENEWED: "violet",
  WITHDRAWN: "slate",
};

export function StatusBadge({ status }: { status: AgreementStatus }) {
  const t = useTranslations("labels.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
