import { Badge, type BadgeTone } from "@/components/ui/badge";
import { STATUS_LABELS, type AgreementStatus } from "@/lib/agreements/status";

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
  return <Badge tone={TONE[status]}>{STATUS_LABELS[status]}</Badge>;
}
