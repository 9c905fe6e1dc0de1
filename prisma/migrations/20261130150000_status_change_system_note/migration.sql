-- Notes that Pacta writes on a timeline are stored as a message key with values, rendered in the reader's language.
-- Notes written by earlier releases stay as they were, in the note column.
ALTER TABLE "StatusChange" ADD COLUMN "systemNote" TEXT;
