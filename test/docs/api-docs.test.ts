/**
 * The API docs: typedoc over the package's entry points (typedoc.json) reports nothing, so
 * every exported name has its sentence, every link resolves and every type a public
 * signature names is documented or listed as intentionally internal. The same check as
 * `npm run docs:api`, without writing the pages; type errors are left to `tsc`.
 */
import { Application, Logger, LogLevel } from "typedoc";
import { expect, test } from "vitest";

/** Keeps typedoc's warnings and errors, so that a failure names them. */
class CollectingLogger extends Logger {
  readonly messages: string[] = [];

  override log(message: string, level: LogLevel): void {
    if (level >= LogLevel.Warn) this.messages.push(message);
  }
}

test("typedoc documents the API without a warning", async () => {
  const app = await Application.bootstrapWithPlugins({ options: "typedoc.json", skipErrorChecking: true });
  expect(app.logger.hasErrors() || app.logger.hasWarnings(), "typedoc.json reads without a problem").toBe(false);
  const logger = new CollectingLogger();
  app.logger = logger;

  const project = await app.convert();
  expect(project).toBeDefined();
  app.validate(project!);

  expect(logger.messages).toEqual([]);
});
