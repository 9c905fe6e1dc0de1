-- CreateTable
CREATE TABLE "AgreementRelation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgreementRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AgreementRelation_toId_kind_idx" ON "AgreementRelation"("toId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementRelation_fromId_toId_kind_key" ON "AgreementRelation"("fromId", "toId", "kind");

