// Broken-down time for the time module: the proleptic Gregorian calendar over 64-bit time_t
// (glibc's __offtime and timegm), and strftime/asctime as glibc 2.36 formats them in the C
// locale, flags, widths and the E/O modifiers included. CPython: Modules/timemodule.c
// (_asctime); glibc: time/strftime_l.c (__strftime_internal), time/offtime.c.

/** A struct tm with the full year (tm_year + 1900). */
export interface Tm {
  year: number;
  /** 0-11. */
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  /** 0-6, Sunday is 0. */
  wday: number;
  /** 0-365. */
  yday: number;
  isdst: number;
  /** tm_zone: null when the time tuple had none. */
  zone: string | null;
  gmtoff: number;
}

const floorDiv = (a: number, b: number): number => Math.floor(a / b);
const mod = (a: number, b: number): number => ((a % b) + b) % b;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = floorDiv(153 * mp + 2, 5) + day - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date `days` after 1970-01-01: [year, month 1-12, day]. */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const day = doy - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/**
 * The broken-down time `seconds` after the epoch, shifted by `gmtoff`; null when tm_year
 * would not fit a C int (glibc's EOVERFLOW). CPython: _PyTime_gmtime; glibc: __offtime
 */
export function breakDown(seconds: bigint, gmtoff: number, isdst: number, zone: string): Tm | null {
  const t = seconds + BigInt(gmtoff);
  const days = Number(t >= 0n ? t / 86400n : -((-t + 86399n) / 86400n));
  const sod = Number(t - BigInt(days) * 86400n);
  const [year, month, mday] = civilFromDays(days);
  if (year - 1900 > 2147483647 || year - 1900 < -2147483648) return null;
  return {
    year, mon: month - 1, mday, hour: floorDiv(sod, 3600), min: floorDiv(sod % 3600, 60), sec: sod % 60,
    wday: mod(days + 4, 7), yday: days - daysFromCivil(year, 1, 1), isdst, zone, gmtoff,
  };
}

/** Seconds since the epoch of the broken-down time read as UTC, any field out of range carried over. glibc: timegm */
export function timegm(tm: Tm): number {
  const y = tm.year + floorDiv(tm.mon, 12);
  const days = daysFromCivil(y, mod(tm.mon, 12) + 1, 1) + tm.mday - 1;
  return days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
}

const WDAY_ABBR = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WDAY_FULL = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 'Sat Jun  6 16:26:11 1998'. CPython: _asctime */
export function asctime(tm: Tm): string {
  return `${WDAY_ABBR[tm.wday]} ${MON_ABBR[tm.mon]}${String(tm.mday).padStart(3, ' ')} ${pad2(tm.hour)}:${pad2(tm.min)}:${pad2(tm.sec)} ${tm.year}`;
}

/** The ISO 8601 week-based year and week of `tm`. glibc: iso_week_days */
function isoWeek(tm: Tm): [number, number] {
  // Days from the Monday on or before January 4th to the date.
  const isoDays = (yday: number, wday: number): number => {
    const bigEnoughMultipleOf7 = (floorDiv(366, 7) + 2) * 7;
    return yday - ((yday - wday + 4 + bigEnoughMultipleOf7) % 7) + 3;
  };
  let year = tm.year;
  let days = isoDays(tm.yday, tm.wday);
  if (days < 0) {
    year--;
    days = isoDays(tm.yday + (isLeap(year) ? 366 : 365), tm.wday);
  } else {
    const d = isoDays(tm.yday - (isLeap(year) ? 366 : 365), tm.wday);
    if (d >= 0) {
      year++;
      days = d;
    }
  }
  return [year, floorDiv(days, 7) + 1];
}

export interface StrftimeZone {
  /** tzname[0] and tzname[1], for a time tuple without tm_zone. */
  readonly tzname: readonly [string, string];
  /** mktime() of the time tuple, for %s. */
  mktime(tm: Tm): number;
}

/** Conversions that accept the E and O modifiers (the others print the directive as it is). */
const E_OK = 'cCxXyY';
const O_OK = 'deHImMSUuVwWy';

/** time.strftime's result: glibc's strftime in the C locale. glibc: __strftime_internal */
export function strftime(fmt: string, tm: Tm, zone: StrftimeZone): string {
  let out = '';
  const n = fmt.length;
  for (let i = 0; i < n; i++) {
    const c = fmt[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    const start = i;
    let pad = '';
    let upcase = false;
    let changeCase = false;
    for (;;) {
      const f = fmt[i + 1];
      if (f === '_' || f === '-' || f === '0') pad = f;
      else if (f === '^') upcase = true;
      else if (f === '#') changeCase = true;
      else break;
      i++;
    }
    let width = -1;
    while (i + 1 < n && fmt[i + 1]! >= '0' && fmt[i + 1]! <= '9') {
      width = Math.min(2 ** 31 - 1, (width < 0 ? 0 : width * 10) + Number(fmt[i + 1]));
      i++;
    }
    let modifier = '';
    if (fmt[i + 1] === 'E' || fmt[i + 1] === 'O') modifier = fmt[++i]!;
    i++;
    const conv = i < n ? fmt[i]! : '';
    // A directive glibc does not know is copied as written (a '%' ending the format too).
    const bad = (): void => {
      if (conv === '') i--;
      out += fmt.slice(start, i + 1);
    };
    if (modifier === 'E' && !E_OK.includes(conv)) {
      bad();
      continue;
    }
    if (modifier === 'O' && !O_OK.includes(conv)) {
      bad();
      continue;
    }
    // '-' drops the default padding; an explicit width still pads (with spaces).
    const widthPad = (s: string, zeroDefault: boolean): string => {
      const w = width < 0 ? 0 : width;
      if (s.length >= w) return s;
      const fill = pad === '0' || (pad === '' && zeroDefault) ? '0' : ' ';
      return fill.repeat(w - s.length) + s;
    };
    const text = (s: string, toUpper = upcase, toLower = false): void => {
      out += widthPad(toUpper ? s.toUpperCase() : toLower ? s.toLowerCase() : s, false);
    };
    // glibc's DO_NUMBER: `digits` is the default width; negative numbers keep their sign first.
    const num = (digits: number, v: number, spacePad = false): void => {
      let p = (pad === '' && spacePad) || (pad === '-' && width >= 0) ? '_' : pad;
      if (p === '') p = '0';
      const w = width < 0 ? digits : width;
      const body = String(Math.abs(v));
      if (v >= 0) {
        const fill = p === '-' || body.length >= w ? 0 : w - body.length;
        out += (p === '0' ? '0' : ' ').repeat(fill) + body;
        return;
      }
      const shortage = w - 1 - body.length;
      const padding = p === '-' || shortage <= 0 ? 0 : shortage;
      if (p === '_') out += ' '.repeat(padding) + '-' + body;
      else out += '-' + (p === '-' ? '' : '0'.repeat(padding)) + body;
    };
    const sub = (f: string): void => text(strftime(f, tm, zone));
    const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    switch (conv) {
      case '%': text('%'); break;
      case 'a': text(WDAY_ABBR[tm.wday]!, upcase || changeCase); break;
      case 'A': text(WDAY_FULL[tm.wday]!, upcase || changeCase); break;
      case 'b': case 'h': text(MON_ABBR[tm.mon]!, upcase || changeCase); break;
      case 'B': text(MON_FULL[tm.mon]!, upcase || changeCase); break;
      case 'c': sub('%a %b %e %H:%M:%S %Y'); break;
      case 'C': num(1, floorDiv(tm.year, 100)); break;
      case 'd': num(2, tm.mday); break;
      case 'D': sub('%m/%d/%y'); break;
      case 'e': num(2, tm.mday, true); break;
      case 'F': sub('%Y-%m-%d'); break;
      case 'g': num(2, mod(isoWeek(tm)[0], 100)); break;
      case 'G': num(1, isoWeek(tm)[0]); break;
      case 'H': num(2, tm.hour); break;
      case 'I': num(2, hour12); break;
      case 'j': num(3, tm.yday + 1); break;
      case 'k': num(2, tm.hour, true); break;
      case 'l': num(2, hour12, true); break;
      case 'm': num(2, tm.mon + 1); break;
      case 'M': num(2, tm.min); break;
      case 'n': text('\n'); break;
      case 'p': text(tm.hour >= 12 ? 'PM' : 'AM', upcase && !changeCase, changeCase); break;
      case 'P': text(tm.hour >= 12 ? 'pm' : 'am', false); break;
      case 'r': sub('%I:%M:%S %p'); break;
      case 'R': sub('%H:%M'); break;
      case 's': num(1, zone.mktime(tm)); break;
      case 'S': num(2, tm.sec); break;
      case 't': text('\t'); break;
      case 'T': sub('%H:%M:%S'); break;
      case 'u': num(1, mod(tm.wday - 1, 7) + 1); break;
      case 'U': num(2, floorDiv(tm.yday - tm.wday + 7, 7)); break;
      case 'V': num(2, isoWeek(tm)[1]); break;
      case 'w': num(1, tm.wday); break;
      case 'W': num(2, floorDiv(tm.yday - mod(tm.wday - 1, 7) + 7, 7)); break;
      case 'x': sub('%m/%d/%y'); break;
      case 'X': sub('%H:%M:%S'); break;
      case 'y': num(2, mod(tm.year, 100)); break;
      case 'Y': num(1, tm.year); break;
      case 'z': {
        if (tm.isdst < 0) break;
        // glibc keeps the offset in an int.
        const off = tm.gmtoff | 0;
        const diff = Math.abs(off);
        out += off < 0 ? '-' : '+';
        if (width > 0) width--;
        num(4, floorDiv(diff, 3600) * 100 + floorDiv(diff % 3600, 60));
        break;
      }
      case 'Z': {
        const z = tm.zone ?? (tm.isdst < 0 ? '' : zone.tzname[tm.isdst === 0 ? 0 : 1]);
        text(z, upcase, changeCase);
        break;
      }
      default: bad();
    }
  }
  return out;
}
