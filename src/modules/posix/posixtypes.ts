// The posix module's struct sequences and constants (CPython 3.12.1 on Linux x86-64).
import type { StructSeqDesc } from '../../objects/structseq.ts';

/** os.stat_result: the int times are unnamed items; the float ones attributes. CPython: stat_result_fields */
export const STAT_RESULT: StructSeqDesc = {
  name: 'os.stat_result',
  doc: 'stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.',
  fields: ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', null, null, null, 'st_atime', 'st_mtime', 'st_ctime',
    'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev'],
  nInSequence: 10,
  instantiable: true,
};

export const TERMINAL_SIZE: StructSeqDesc = {
  name: 'os.terminal_size', doc: 'A tuple of (columns, lines) for holding terminal window size',
  fields: ['columns', 'lines'], nInSequence: 2, instantiable: true,
};

export const UNAME_RESULT: StructSeqDesc = {
  name: 'posix.uname_result',
  doc: 'uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.',
  fields: ['sysname', 'nodename', 'release', 'version', 'machine'], nInSequence: 5, instantiable: true,
};

export const TIMES_RESULT: StructSeqDesc = {
  name: 'posix.times_result',
  doc: 'times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, children_user, children_system,\nand elapsed.\n\nSee os.times for more information.',
  fields: ['user', 'system', 'children_user', 'children_system', 'elapsed'], nInSequence: 5, instantiable: true,
};

/** The integer constants (open flags, access modes, exit codes, ...). */
export const POSIX_CONSTANTS: readonly (readonly [string, number])[] = [
  ['EX_CANTCREAT', 73], ['EX_CONFIG', 78], ['EX_DATAERR', 65], ['EX_IOERR', 74], ['EX_NOHOST', 68], 
  ['EX_NOINPUT', 66], ['EX_NOPERM', 77], ['EX_NOUSER', 67], ['EX_OK', 0], ['EX_OSERR', 71], ['EX_OSFILE', 72], 
  ['EX_PROTOCOL', 76], ['EX_SOFTWARE', 70], ['EX_TEMPFAIL', 75], ['EX_UNAVAILABLE', 69], ['EX_USAGE', 64], 
  ['F_LOCK', 1], ['F_OK', 0], ['F_TEST', 3], ['F_TLOCK', 2], ['F_ULOCK', 0], ['O_ACCMODE', 3], ['O_APPEND', 
  1024], ['O_ASYNC', 8192], ['O_CLOEXEC', 524288], ['O_CREAT', 64], ['O_DIRECT', 16384], ['O_DIRECTORY', 
  65536], ['O_DSYNC', 4096], ['O_EXCL', 128], ['O_FSYNC', 1052672], ['O_LARGEFILE', 0], ['O_NDELAY', 2048], 
  ['O_NOATIME', 262144], ['O_NOCTTY', 256], ['O_NOFOLLOW', 131072], ['O_NONBLOCK', 2048], ['O_PATH', 2097152], 
  ['O_RDONLY', 0], ['O_RDWR', 2], ['O_RSYNC', 1052672], ['O_SYNC', 1052672], ['O_TMPFILE', 4259840], 
  ['O_TRUNC', 512], ['O_WRONLY', 1], ['P_ALL', 0], ['P_PGID', 2], ['P_PID', 1], ['P_PIDFD', 3], ['R_OK', 4], 
  ['SEEK_DATA', 3], ['SEEK_HOLE', 4], ['ST_APPEND', 256], ['ST_MANDLOCK', 64], ['ST_NOATIME', 1024], 
  ['ST_NODEV', 4], ['ST_NODIRATIME', 2048], ['ST_NOEXEC', 8], ['ST_NOSUID', 2], ['ST_RDONLY', 1], 
  ['ST_RELATIME', 4096], ['ST_SYNCHRONOUS', 16], ['ST_WRITE', 128], ['WNOHANG', 1], ['W_OK', 2], ['X_OK', 1]
];
