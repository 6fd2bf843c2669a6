// The time module. Clocks, sleeping and the local time zone come from the host; the calendar
// and strftime are time_format.ts. time.strptime imports the pure-Python _strptime, as CPython
// does, so it works once that module can be imported. CPython: Modules/timemodule.c,
// Python/pytime.c (_PyTime_ObjectToTime_t, _PyTime_FromSecondsObject).
import type { Interpreter } from '../runtime/interpreter.ts';
import { HostError, UTC_ZONE, type Host, type HostZone } from '../host/host.ts';
import { cIntArg, checkPositional, noArgs, noKeywords, oneArg } from '../objects/args.ts';
import { PyObject_GetAttr } from '../objects/attributes.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { PyFloat_FromDouble } from '../objects/floatobject.ts';
import { PyLong_FromBigInt, PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { namespaceNew } from '../objects/namespaceobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { indexValueOf } from '../objects/abstract.ts';
import { structSeqNew, structSeqType, type StructSeqDesc } from '../objects/structseq.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../objects/tupleobject.ts';
import { PyUnicode_FromString, unicodeText } from '../objects/unicodeobject.ts';
import { raiseHostError } from './_io/iobase.ts';
import { importModuleLevel } from '../vm/ceval_import.ts';
import { asctime, breakDown, strftime, timegm, type Tm } from './time_format.ts';

const STRUCT_TIME: StructSeqDesc = {
  name: 'time.struct_time',
  doc: 'The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several fields\' values are not the same as those defined by\n the C language standard for struct tm.  For example, the value of the\n field tm_year is the actual year, not year - 1900.  See individual\n fields\' descriptions for details.',
  fields: ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff'],
  nInSequence: 9,
  instantiable: true,
};

function hostOf(interp: Interpreter): Host {
  const h = interp.host;
  if (h === null) return PyErr_SetString(interp, 'SystemError', 'time: no host');
  return h;
}

const isFloat = (interp: Interpreter, o: PyObject): boolean => o.ob_type.isSubtypeOf(interp.types.float);
const TIME_T_MAX = 2n ** 63n - 1n;
const timeTOverflow = (interp: Interpreter): never => PyErr_SetString(interp, 'OverflowError', 'timestamp out of range for platform time_t');

/** A timestamp argument as time_t seconds, floats rounded down. CPython: _PyTime_ObjectToTime_t (_PyTime_ROUND_FLOOR) */
function timeT(interp: Interpreter, o: PyObject): bigint {
  if (isFloat(interp, o)) {
    const d = o.ival as number;
    if (d !== d) PyErr_SetString(interp, 'ValueError', 'Invalid value NaN (not a number)');
    const f = Math.floor(d);
    if (!(f >= -(2 ** 63) && f < 2 ** 63)) timeTOverflow(interp);
    return BigInt(f);
  }
  const v = BigInt(indexValueOf(interp, o));
  if (v > TIME_T_MAX || v < -TIME_T_MAX - 1n) timeTOverflow(interp);
  return v;
}

/** The optional seconds argument of gmtime/localtime/ctime; None or absent is now. CPython: parse_time_t_args */
function secondsArg(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null): bigint {
  noKeywords(interp, name, kwnames);
  if (args.length > 1) PyErr_SetString(interp, 'TypeError', `${name}() takes at most 1 argument (${args.length} given)`);
  const o = args[0];
  if (o === undefined || o === interp.singletons.None) return hostOf(interp).wallTimeNs() / 1_000_000_000n;
  return timeT(interp, o);
}

function zoneAt(interp: Interpreter, seconds: number): HostZone {
  return hostOf(interp).localZone(seconds) ?? UTC_ZONE;
}

/** gmtime or localtime of `t`; OSError EOVERFLOW when the year does not fit. CPython: _PyTime_gmtime, _PyTime_localtime */
function brokenDown(interp: Interpreter, t: bigint, local: boolean): Tm {
  const z = local ? zoneAt(interp, Number(t)) : { gmtoff: 0, isdst: false, name: 'GMT' };
  const tm = breakDown(t, z.gmtoff, z.isdst ? 1 : 0, z.name);
  if (tm === null) raiseHostError(interp, new HostError('EOVERFLOW'));
  return tm;
}

/** A struct_time of `tm`. CPython: tmtotuple */
function tmToStruct(interp: Interpreter, tm: Tm): PyObject {
  const ints = [tm.year, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec, (tm.wday + 6) % 7, tm.yday + 1, tm.isdst];
  const values = ints.map((v) => PyLong_FromNumber(interp, v));
  values.push(PyUnicode_FromString(interp, tm.zone ?? ''), PyLong_FromNumber(interp, tm.gmtoff));
  return structSeqNew(interp, structTimeType(interp), values);
}

const structTimeType = (interp: Interpreter) => structSeqType(interp, STRUCT_TIME);

/** A time tuple or struct_time as a struct tm (tm_zone and tm_gmtoff from a struct_time). CPython: gettmarg */
function gettmarg(interp: Interpreter, o: PyObject, fname: string): Tm {
  if (!o.ob_type.isSubtypeOf(interp.types.tuple)) PyErr_SetString(interp, 'TypeError', 'Tuple or struct_time argument required');
  const items = (o as PyTupleObject).body;
  if (items.length !== 9) PyErr_SetString(interp, 'TypeError', `${fname}(): illegal time tuple argument`);
  const v = items.map((x) => cIntArg(interp, x));
  if (v[0]! < -2147483648 + 1900) PyErr_SetString(interp, 'OverflowError', 'year out of range');
  const tm: Tm = {
    year: v[0]!, mon: v[1]! - 1, mday: v[2]!, hour: v[3]!, min: v[4]!, sec: v[5]!, wday: (v[6]! + 1) % 7, yday: v[7]! - 1, isdst: v[8]!,
    zone: null, gmtoff: 0,
  };
  if (o.ob_type === structTimeType(interp)) {
    const extra = o.extra as (PyObject | null)[];
    const zone = extra[0] ?? interp.singletons.None;
    const gmtoff = extra[1] ?? interp.singletons.None;
    const badType = () => PyErr_SetString(interp, 'TypeError', 'bad argument type for built-in operation');
    if (zone !== interp.singletons.None) {
      if (!zone.ob_type.isSubtypeOf(interp.types.str)) badType();
      tm.zone = unicodeText(zone);
    }
    if (gmtoff !== interp.singletons.None) tm.gmtoff = Number(indexValueOf(interp, gmtoff));
  }
  return tm;
}

/** The range checks before asctime and strftime, 0 standing for the lowest value. CPython: checktm */
function checktm(interp: Interpreter, tm: Tm): void {
  const bad = (what: string): never => PyErr_SetString(interp, 'ValueError', `${what} out of range`);
  if (tm.mon === -1) tm.mon = 0;
  else if (tm.mon < 0 || tm.mon > 11) bad('month');
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) bad('day of month');
  if (tm.hour < 0 || tm.hour > 23) bad('hour');
  if (tm.min < 0 || tm.min > 59) bad('minute');
  if (tm.sec < 0 || tm.sec > 61) bad('seconds');
  if (tm.wday < 0) bad('day of week');
  if (tm.yday === -1) tm.yday = 0;
  else if (tm.yday < 0 || tm.yday > 365) bad('day of year');
}

/**
 * mktime(): the local broken-down time as seconds since the epoch. A tm_isdst the zone does not
 * have at that time is honoured as glibc does: with the offset of a nearby time that has it,
 * else an hour's shift. glibc: mktime
 */
function mktime(interp: Interpreter, tm: Tm): number {
  const local = timegm(tm);
  let t = local - zoneAt(interp, local).gmtoff;
  let z = zoneAt(interp, t);
  t = local - z.gmtoff;
  z = zoneAt(interp, t);
  if (tm.isdst >= 0 && z.isdst !== tm.isdst > 0) {
    const probes = [-1, 1, -2, 2, -3, 3].map((k) => zoneAt(interp, t + k * 91 * 86400));
    const other = probes.find((p) => p.isdst === tm.isdst > 0);
    t = other !== undefined ? local - other.gmtoff : t + (tm.isdst > 0 ? -3600 : 3600);
  }
  return t;
}

/** A year of 365.25 days, as init_timezone counts. */
const YEAR = (365 * 24 + 6) * 3600;

/** time.timezone, altzone, daylight and tzname, from January and July of this year. CPython: init_timezone */
function zoneInfo(interp: Interpreter): { timezone: number; altzone: number; daylight: number; tzname: [string, string] } {
  const t = Math.floor(Number(hostOf(interp).wallTimeNs() / 1_000_000_000n) / YEAR) * YEAR;
  const jan = zoneAt(interp, t);
  const jul = zoneAt(interp, t + YEAR / 2);
  const [std, dst] = jan.isdst && !jul.isdst ? [jul, jan] : [jan, jul];
  const daylight = std.gmtoff !== dst.gmtoff ? 1 : 0;
  return { timezone: -std.gmtoff, altzone: -dst.gmtoff, daylight, tzname: [std.name, daylight ? dst.name : std.name] };
}

/** An optional time tuple, else localtime(now). */
function tupleOrNow(interp: Interpreter, o: PyObject | undefined, fname: string): Tm {
  if (o === undefined) return brokenDown(interp, secondsArg(interp, fname, [], null), true);
  const tm = gettmarg(interp, o, fname);
  checktm(interp, tm);
  return tm;
}

const nsToFloat = (ns: bigint): number => Number(ns) / 1e9;

/** Seconds (int or float) as nanoseconds, rounded away from zero. CPython: _PyTime_FromSecondsObject with _PyTime_ROUND_TIMEOUT */
export function sleepNs(interp: Interpreter, o: PyObject): bigint {
  if (isFloat(interp, o)) {
    const d = o.ival as number;
    if (d !== d) PyErr_SetString(interp, 'ValueError', 'Invalid value NaN (not a number)');
    const ns = d * 1e9;
    const r = ns >= 0 ? Math.ceil(ns) : Math.floor(ns);
    if (!(r >= -(2 ** 63) && r < 2 ** 63)) timeTOverflow(interp);
    return BigInt(r);
  }
  const v = BigInt(indexValueOf(interp, o)) * 1_000_000_000n;
  if (v > TIME_T_MAX || v < -TIME_T_MAX - 1n) PyErr_SetString(interp, 'OverflowError', 'timestamp too large to convert to C _PyTime_t');
  return v;
}

type Clock = 'time' | 'monotonic' | 'perf_counter' | 'process_time' | 'thread_time';

function clockNs(interp: Interpreter, clock: Clock): bigint {
  const h = hostOf(interp);
  switch (clock) {
    case 'time': return h.wallTimeNs();
    case 'monotonic': case 'perf_counter': return h.monotonicNs();
    case 'process_time': return h.processTimeNs();
    case 'thread_time': return h.threadTimeNs();
  }
}

const CLOCK_INFO: Record<Clock, [string, boolean, boolean]> = {
  time: ['clock_gettime(CLOCK_REALTIME)', false, true],
  monotonic: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  perf_counter: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  process_time: ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false],
  thread_time: ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false],
};

/** clock_gettime's clock ids (Linux) and the clocks they read. */
const CLOCK_IDS: [string, number, Clock][] = [
  ['CLOCK_REALTIME', 0, 'time'], ['CLOCK_MONOTONIC', 1, 'monotonic'], ['CLOCK_PROCESS_CPUTIME_ID', 2, 'process_time'],
  ['CLOCK_THREAD_CPUTIME_ID', 3, 'thread_time'], ['CLOCK_MONOTONIC_RAW', 4, 'monotonic'], ['CLOCK_BOOTTIME', 7, 'monotonic'],
  ['CLOCK_TAI', 11, 'time'],
];

function clockOfId(interp: Interpreter, o: PyObject): Clock {
  const id = cIntArg(interp, o);
  const c = CLOCK_IDS.find(([, n]) => n === id);
  if (c === undefined) raiseHostError(interp, new HostError('EINVAL'));
  return c[2];
}

const clockFns = (name: string, clock: Clock): [string, BuiltinImpl][] => [
  [name, (interp, _s, args, kw) => {
    noArgs(interp, `time.${name}`, args, kw);
    return PyFloat_FromDouble(interp, nsToFloat(clockNs(interp, clock)));
  }],
  [`${name}_ns`, (interp, _s, args, kw) => {
    noArgs(interp, `time.${name}_ns`, args, kw);
    return PyLong_FromBigInt(interp, clockNs(interp, clock));
  }],
];

const FUNCTIONS: [string, BuiltinImpl][] = [
  ...clockFns('time', 'time'), ...clockFns('monotonic', 'monotonic'), ...clockFns('perf_counter', 'perf_counter'),
  ...clockFns('process_time', 'process_time'), ...clockFns('thread_time', 'thread_time'),
  // CPython: time_sleep
  ['sleep', (interp, _s, args, kw) => {
    const ns = sleepNs(interp, oneArg(interp, 'time.sleep', args, kw));
    if (ns < 0n) PyErr_SetString(interp, 'ValueError', 'sleep length must be non-negative');
    hostOf(interp).sleepNs(ns);
    return interp.singletons.None;
  }],
  ['gmtime', (interp, _s, args, kw) => tmToStruct(interp, brokenDown(interp, secondsArg(interp, 'gmtime', args, kw), false))],
  ['localtime', (interp, _s, args, kw) => tmToStruct(interp, brokenDown(interp, secondsArg(interp, 'localtime', args, kw), true))],
  ['ctime', (interp, _s, args, kw) => PyUnicode_FromString(interp, asctime(brokenDown(interp, secondsArg(interp, 'ctime', args, kw), true)))],
  // CPython: time_asctime
  ['asctime', (interp, _s, args, kw) => {
    noKeywords(interp, 'asctime', kw);
    checkPositional(interp, 'asctime', args.length, 0, 1);
    return PyUnicode_FromString(interp, asctime(tupleOrNow(interp, args[0], 'asctime')));
  }],
  // CPython: time_mktime
  ['mktime', (interp, _s, args, kw) => {
    const tm = gettmarg(interp, oneArg(interp, 'time.mktime', args, kw), 'mktime');
    return PyFloat_FromDouble(interp, mktime(interp, tm));
  }],
  // CPython: time_strftime
  ['strftime', (interp, _s, args, kw) => {
    noKeywords(interp, 'strftime', kw);
    if (args.length < 1 || args.length > 2) {
      PyErr_SetString(interp, 'TypeError', `strftime() takes ${args.length < 1 ? 'at least 1 argument (0' : `at most 2 arguments (${args.length}`} given)`);
    }
    const fmt = args[0]!;
    if (!fmt.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `strftime() argument 1 must be str, not ${fmt.ob_type.tp_name}`);
    const tm = tupleOrNow(interp, args[1], 'strftime');
    tm.isdst = Math.max(-1, Math.min(1, tm.isdst));
    const text = unicodeText(fmt);
    if (text.includes('\0')) PyErr_SetString(interp, 'ValueError', 'embedded null character');
    const tzname = zoneInfo(interp).tzname;
    return PyUnicode_FromString(interp, strftime(text, tm, { tzname, mktime: (t) => mktime(interp, t) }));
  }],
  // CPython: time_strptime — the work is _strptime's.
  ['strptime', (interp, _s, args, kw) => {
    const mod = importModuleLevel(interp, '_strptime', null, interp.singletons.None, 0);
    let f: PyObject;
    try {
      f = PyObject_GetAttr(interp, mod, internedStr(interp, '_strptime_time'));
    } finally {
      Py_DECREF(mod);
    }
    try {
      return PyObject_Vectorcall(interp, f, args, kw);
    } finally {
      Py_DECREF(f);
    }
  }],
  // CPython: time_get_clock_info
  ['get_clock_info', (interp, _s, args, kw) => {
    noKeywords(interp, 'get_clock_info', kw);
    checkPositional(interp, 'get_clock_info', args.length, 1, 1);
    const name = args[0]!;
    if (!name.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `get_clock_info() argument 1 must be str, not ${name.ob_type.tp_name}`);
    const info = (CLOCK_INFO as Record<string, [string, boolean, boolean] | undefined>)[unicodeText(name)];
    if (info === undefined) PyErr_SetString(interp, 'ValueError', 'unknown clock');
    const values: [string, PyObject][] = [
      ['implementation', PyUnicode_FromString(interp, info[0])],
      ['monotonic', Py_NewRef(info[1] ? interp.singletons.True : interp.singletons.False)],
      ['adjustable', Py_NewRef(info[2] ? interp.singletons.True : interp.singletons.False)],
      ['resolution', PyFloat_FromDouble(interp, 1e-9)],
    ];
    try {
      return namespaceNew(interp, values);
    } finally {
      for (const [, v] of values) Py_DECREF(v);
    }
  }],
  ['clock_gettime', (interp, _s, args, kw) => PyFloat_FromDouble(interp, nsToFloat(clockNs(interp, clockOfId(interp, oneArg(interp, 'time.clock_gettime', args, kw)))))],
  ['clock_gettime_ns', (interp, _s, args, kw) => PyLong_FromBigInt(interp, clockNs(interp, clockOfId(interp, oneArg(interp, 'time.clock_gettime_ns', args, kw))))],
  // Setting a clock needs privileges a program here never has.
  ...['clock_settime', 'clock_settime_ns'].map((name): [string, BuiltinImpl] => [name, (interp, _s, args, kw) => {
    noKeywords(interp, name, kw);
    if (args.length !== 2) PyErr_SetString(interp, 'TypeError', `${name} expected 2 arguments, got ${args.length}`);
    clockOfId(interp, args[0]!);
    if (name === 'clock_settime') sleepNs(interp, args[1]!);
    else indexValueOf(interp, args[1]!);
    return raiseHostError(interp, new HostError('EPERM'));
  }]),
  ['clock_getres', (interp, _s, args, kw) => {
    clockOfId(interp, oneArg(interp, 'time.clock_getres', args, kw));
    return PyFloat_FromDouble(interp, 1e-9);
  }],
  // CPython: time_tzset — the host's zone is read on every call, so only the attributes are redone.
  ['tzset', (interp, self, args, kw) => {
    noArgs(interp, 'time.tzset', args, kw);
    addZoneInfo(interp, self!);
    return interp.singletons.None;
  }],
];

function addZoneInfo(interp: Interpreter, m: PyObject): void {
  const z = zoneInfo(interp);
  moduleAdd(interp, m, 'timezone', PyLong_FromNumber(interp, z.timezone));
  moduleAdd(interp, m, 'altzone', PyLong_FromNumber(interp, z.altzone));
  moduleAdd(interp, m, 'daylight', PyLong_FromNumber(interp, z.daylight));
  moduleAdd(interp, m, 'tzname', tupleFromItemsSteal(interp, z.tzname.map((n) => PyUnicode_FromString(interp, n))));
}

const DOC = `This module provides various functions to manipulate time values.

There are two standard representations of time.  One is the number
of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer
or a floating point number (to represent fractions of seconds).
The Epoch is system-defined; on Unix, it is generally January 1st, 1970.
The actual value can be retrieved by calling gmtime(0).

The other representation is a tuple of 9 integers giving local time.
The tuple items are:
  year (including century, e.g. 1998)
  month (1-12)
  day (1-31)
  hours (0-23)
  minutes (0-59)
  seconds (0-59)
  weekday (0-6, Monday is 0)
  Julian day (day in the year, 1-366)
  DST (Daylight Savings Time) flag (-1, 0 or 1)
If the DST flag is 0, the time is given in the regular time zone;
if it is 1, the time is given in the DST time zone;
if it is -1, mktime() should guess based on the date and time.
`;

/** The time module object. CPython: time_exec */
export function createTimeModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, 'time'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, DOC));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  for (const [name, id] of CLOCK_IDS) moduleAdd(interp, m, name, PyLong_FromNumber(interp, id));
  addZoneInfo(interp, m);
  moduleAdd(interp, m, 'struct_time', Py_NewRef(structTimeType(interp)));
  moduleAdd(interp, m, '_STRUCT_TM_ITEMS', PyLong_FromNumber(interp, 11));
  return m;
}
