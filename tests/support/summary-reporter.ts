// Ends the run with one plain line, "N passed, N failed, N skipped", that tools
// reading only the last line of the output understand.
import type { Reporter, SerializedError, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
      }
      // A failed hook or a file that does not load leaves its tests skipped: each such error is a failure.
      counts.failed += testModule.errors().length;
      for (const suite of testModule.children.allSuites()) counts.failed += suite.errors().length;
    }
    // An error outside any test fails the run too, so it counts as a failure here.
    counts.failed += unhandledErrors.length;
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
