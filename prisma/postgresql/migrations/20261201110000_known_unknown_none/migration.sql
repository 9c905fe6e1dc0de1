-- Known, unknown, none (decision 022): four columns that say what the record knows, a title that may be empty,
-- and other names of an agreement. Agreements written before take KNOWN and keep their titles.

-- CreateEnum
CREATE TYPE "KnowledgeState" AS ENUM ('KNOWN', 'UNKNOWN', 'NONE');

-- AlterTable
ALTER TABLE "Agreement" ALTER COLUMN "title" DROP NOT NULL,
ADD COLUMN     "titleKnowledge" "KnowledgeState" NOT NULL DEFAULT 'KNOWN',
ADD COLUMN     "signatoriesKnowledge" "KnowledgeState" NOT NULL DEFAULT 'KNOWN',
ADD COLUMN     "focusAreasKnowledge" "KnowledgeState" NOT NULL DEFAULT 'KNOWN',
ADD COLUMN     "termKnowledge" "KnowledgeState" NOT NULL DEFAULT 'KNOWN';

-- CreateTable
CREATE TABLE "AgreementName" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgreementName_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgreementName_agreementId_order_idx" ON "AgreementName"("agreementId", "order");

-- CreateIndex
CREATE INDEX "AgreementName_name_idx" ON "AgreementName"("name");

-- AddForeignKey
ALTER TABLE "AgreementName" ADD CONSTRAINT "AgreementName_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
