import { z } from "zod";

/** Optional text from a form: trimmed, at most `max` characters; empty means absent (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .nullish()
    .transform((value) => (value ? value : null));
