// Who we are, as the CLI reports it. tests/unit/cli.test.ts checks GLASSPY_VERSION against
// package.json so the two cannot drift apart.
export const GLASSPY_VERSION = '0.1.0';
/** The CPython release whose behaviour Glasspy reproduces. */
export const PYTHON_VERSION = '3.12.1';
/**
 * The name CPython would take from argv[0]. Node hides the argv[0] the user typed (argv[1]
 * is the resolved script path), so Glasspy always calls itself `glasspy` in the messages
 * where CPython prints argv[0] (usage lines, "can't open file").
 */
export const PROGRAM_NAME = 'glasspy';
