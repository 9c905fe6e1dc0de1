import { z } from "zod";

/**
 * The version of a record that the person saw (optimistic concurrency). Versions are
 * 32-bit integers in the database; anything outside that range cannot be a version.
 */
export const recordVersion = z.coerce.number().int().min(1).max(2_147_483_647);
