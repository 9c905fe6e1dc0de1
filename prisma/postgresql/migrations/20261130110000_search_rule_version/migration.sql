-- AlterTable: the version of the search rule that built each agreement's search document.
-- Every document stored so far gets 0 ("never built by the current rule"), so the next
-- `npm start` or `npm run db:migrate` rebuilds them all once with the one text rule.
ALTER TABLE "Agreement" ADD COLUMN "searchRule" INTEGER NOT NULL DEFAULT 0;
