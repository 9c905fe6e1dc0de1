-- The list's default order, newest signed first with undated agreements last, is "signedOn" DESC NULLS LAST, which
-- no index Prisma's schema can declare walks (a DESC index puts NULLs first). Without one, a page and its bounded
-- count read every match and sort them: 45 ms for page 50 at 200,000 agreements. With these, PostgreSQL walks the
-- order and stops at the page (decision 031). Declared here only: prisma/schema.prisma cannot say NULLS LAST, and
-- tests/integration/migrations.test.ts names them as the only difference between the migrations and the schema.
-- (No semicolons in these comments: the PostgreSQL driver adapter splits a migration at each one.)

-- CreateIndex
CREATE INDEX "Agreement_newest_first_by_status_idx" ON "Agreement"("status", "archived", "signedOn" DESC NULLS LAST, "reference");

-- CreateIndex
CREATE INDEX "Agreement_newest_first_idx" ON "Agreement"("archived", "signedOn" DESC NULLS LAST, "reference");
