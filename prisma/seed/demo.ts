// `npm run seed:demo -- --agreements 50000`: adds a synthetic portfolio to the database
// DATABASE_URL names (once; a second run changes nothing).
import fs from "node:fs";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedDemoPortfolio } from "./demo-portfolio";

const { values } = parseArgs({ options: { agreements: { type: "string", default: "2000" }, seed: { type: "string", default: "2020" } } });
const count = Number(values.agreements);
if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
  console.error("Give the number of agreements as a whole number, e.g. --agreements 50000");
  process.exit(2);
}

if (fs.existsSync(".env")) process.loadEnvFile(".env");
const db = createPrismaClient();
const started = performance.now();
seedDemoPortfolio(db, count, Number(values.seed))
  .then((result) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      result.created
        ? `Added ${result.agreements} agreements, ${result.organizations} organisations and ${result.people} people in ${seconds} s.`
        : "The demo portfolio is already there: nothing changed.",
    );
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
