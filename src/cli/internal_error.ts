// A JS error escaping to the top of the CLI is a Glasspy bug. It is reported in one line
// shaped like a Python exception, never as a JS stack trace (unless -X jsstack asks).

export function formatInternalError(e: unknown): string {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return `SystemError: Glasspy internal error: ${what.replace(/\s*\n\s*/g, ' ')}\n`;
}
