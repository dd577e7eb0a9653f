/** Runs a script's async `main` and exits: 0 when it resolves, 1 (after printing the error) when it throws. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
