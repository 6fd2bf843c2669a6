// errno numbers and glibc's strerror() texts for the file errors the CLI reports the way
// CPython does ("[Errno 2] No such file or directory"). Node gives the symbolic code; the
// numbers are Linux's, which is what the reference prints.

const ERRNO: Record<string, [number, string]> = {
  EPERM: [1, 'Operation not permitted'],
  ENOENT: [2, 'No such file or directory'],
  EIO: [5, 'Input/output error'],
  ENXIO: [6, 'No such device or address'],
  EBADF: [9, 'Bad file descriptor'],
  EAGAIN: [11, 'Resource temporarily unavailable'],
  ENOMEM: [12, 'Cannot allocate memory'],
  EACCES: [13, 'Permission denied'],
  EBUSY: [16, 'Device or resource busy'],
  EEXIST: [17, 'File exists'],
  ENODEV: [19, 'No such device'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
  ENFILE: [23, 'Too many open files in system'],
  EMFILE: [24, 'Too many open files'],
  EFBIG: [27, 'File too large'],
  ENOSPC: [28, 'No space left on device'],
  ESPIPE: [29, 'Illegal seek'],
  EROFS: [30, 'Read-only file system'],
  EPIPE: [32, 'Broken pipe'],
  ENAMETOOLONG: [36, 'File name too long'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  EOVERFLOW: [75, 'Value too large for defined data type'],
};

export interface ErrnoInfo {
  errno: number;
  strerror: string;
}

/** errno and strerror text for a Node system error, or null when it is not one. */
export function errnoOf(e: unknown): ErrnoInfo | null {
  if (typeof e !== 'object' || e === null) return null;
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  const known = ERRNO[code];
  if (known !== undefined) return { errno: known[0], strerror: known[1] };
  const n = (e as { errno?: unknown }).errno;
  if (typeof n === 'number') return { errno: Math.abs(n), strerror: `Unknown error ${Math.abs(n)}` };
  return null;
}

export function errnoError(code: keyof typeof ERRNO): ErrnoInfo {
  const [errno, strerror] = ERRNO[code]!;
  return { errno, strerror };
}
