// The workerData key that starts a thread as deepstack.ts's parse worker. Its own module so
// that the CLI entry can check it without loading the parser.
export const WORKER_MARK = 'glasspyParseWorker';
