// Types for reference.mjs (plain JS so that tools run with bare node).
import type { SpawnSyncReturns } from 'node:child_process';

export const REFERENCE_VERSION: string;
export function referenceExecutable(): string;
export function referenceStdlibDir(): string;
export function cleanEnv(): Record<string, string>;
export function runReference(
  args: readonly string[],
  opts?: { cwd?: string; input?: string | Uint8Array; argv0?: string; env?: Record<string, string>; maxBuffer?: number },
): SpawnSyncReturns<Buffer>;
