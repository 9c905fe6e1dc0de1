-- CreateEnum
CREATE TYPE "AgreementRelationKind" AS ENUM ('IMPLEMENTS', 'AMENDS', 'SUPERSEDES', 'FOLLOWS_FROM', 'RELATED');

-- AlterEnum
ALTER TYPE "TimelineEventKind" ADD VALUE 'RELATION';

-- CreateTable
CREATE TABLE "AgreementRelation" (
    "id" TEXT NOT NULL,
    "kind" "AgreementRelationKind" NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementRelation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgreementRelation_toId_kind_idx" ON "AgreementRelation"("toId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementRelation_fromId_toId_kind_key" ON "AgreementRelation"("fromId", "toId", "kind");

-- AddForeignKey
ALTER TABLE "AgreementRelation" ADD CONSTRAINT "AgreementRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementRelation" ADD CONSTRAINT "AgreementRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

