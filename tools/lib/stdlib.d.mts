// Types for stdlib.mjs (plain JS so that tools run with bare node).
export function stdlibZipPath(): string;
export function stdlibPySources(): [string, Uint8Array][];
