#!/usr/bin/env node
// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma (the single
// source of truth). The datasource and the client's output folder differ, and one index:
// SQLite's list-order index holds each agreement's search document, which a PostgreSQL B-tree
// entry cannot (it refuses entries over about 2.7 kB); PostgreSQL walks that order in two
// NULLS LAST indexes of its own migrations instead, so the index is left out there.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const LIST_ORDER_INDEX = "@@index([status, archived, signedOn(sort: Desc), reference, endsOn, partnerKinds, searchText])";

export function postgresSchemaFrom(sqliteSchema) {
  if (sqliteSchema.split(LIST_ORDER_INDEX).length !== 2) throw new Error(`expected ${LIST_ORDER_INDEX} once in the schema`);
  const replaced = sqliteSchema
    .replace('output     = "../generated/prisma"', 'output     = "../../generated/prisma-postgresql"')
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:./pacta.db"', 'url      = "postgresql://localhost/pacta"')
    .replace(`  ${LIST_ORDER_INDEX}\n`, "");
  const header =
    "// GENERATED from prisma/schema.prisma by `npm run db:schema`. Do not edit: change the source and regenerate.\n";
  return header + replaced;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  const target = path.join(root, "prisma/postgresql/schema.prisma");
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, postgresSchemaFrom(source));
  console.log("wrote prisma/postgresql/schema.prisma");
}
