// The agreement's own terms as written down (title, dates with their precision, term,
// notice, renewal), selected alike wherever an agreement is shown whole: its history
// snapshot, its edit form and its export row.
import type { Prisma } from "../../generated/prisma/client.ts";

export const agreementTermsSelect = {
  reference: true,
  title: true,
  summary: true,
  signedOn: true,
  signedOnPrecision: true,
  signedPlace: true,
  effectiveFrom: true,
  effectiveFromPrecision: true,
  expiresOn: true,
  expiresOnPrecision: true,
  termMonths: true,
  noticePeriodDays: true,
  automaticRenewal: true,
  renewalTermMonths: true,
  renewalLimit: true,
  renewalFinalDate: true,
  notes: true,
} satisfies Prisma.AgreementSelect;
