#!/usr/bin/env python3
"""Regenerate src/unicode/unicodedata.gen.ts: the Unicode 15.0.0 properties of the unicodedata module.

Run with CPython 3.12.1 (never the 3.11 `python3`):

    PYENV_VERSION=3.12.1 python3 tools/gen-unicodedata-tables.py

The @unicode/unicode-15.0.0 package (tools/gen-unicode-tables.ts, character names) has no
decomposition mappings, canonical combining classes, numeric values nor East Asian widths, so
these tables come from the reference's own unicodedata, which is built from the same UCD. The
3.2.0 records (unicodedata.ucd_3_2_0, used by IDNA and stringprep) are stored as the code point
runs where they differ from 15.0.0.
"""
import os
import sys
import unicodedata as u

assert sys.version_info[:3] == (3, 12, 1), 'run with the reference CPython 3.12.1'
assert u.unidata_version == '15.0.0'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'src', 'unicode', 'unicodedata.gen.ts')
MAX = 0x110000


def runs_of(values):
    """[length, value index, ...] over all code points, values deduplicated into a list."""
    index = {}
    table = []
    runs = []
    prev = None
    length = 0
    for v in values:
        if v != prev and length:
            runs += [length, index[prev]]
            length = 0
        if v not in index:
            index[v] = len(table)
            table.append(v)
        prev = v
        length += 1
    runs += [length, index[prev]]
    return table, runs


def record(c):
    return '%s %s %d %s %d' % (u.category(c), u.bidirectional(c) or '-', u.combining(c), u.east_asian_width(c), u.mirrored(c))


def numeric_entry(db, c):
    """'decimal,digit,numeric' with empty parts for None; '' when all three are None."""
    values = (db.decimal(c, None), db.digit(c, None), db.numeric(c, None))
    if values == (None, None, None):
        return ''
    return ','.join('' if v is None else repr(v) for v in values)


def wrap_numbers(nums, per=24):
    lines = []
    for i in range(0, len(nums), per):
        lines.append('    ' + ', '.join(str(n) for n in nums[i:i + per]) + ',')
    return '\n'.join(lines)


def js_string(s, indent='    '):
    chunks = [s[i:i + 2000] for i in range(0, len(s), 2000)] or ['']
    return ' +\n'.join(indent + "'" + c + "'" for c in chunks)


def main():
    chars = [chr(cp) for cp in range(MAX)]
    records, runs = runs_of(record(c) for c in chars)

    # Decompositions: [gap from the previous entry's code point, text] with '|' between entries.
    # A canonical two-character decomposition whose character NFC does not give back is excluded
    # from composition (Full_Composition_Exclusion): it is marked with a leading '!'.
    decomp = []
    prev = 0
    for cp in range(MAX):
        d = u.decomposition(chars[cp])
        if not d:
            continue
        mark = ''
        if not d.startswith('<') and u.normalize('NFC', chars[cp]) != chars[cp]:
            mark = '!'
        decomp.append('%x:%s%s' % (cp - prev, mark, d))
        prev = cp

    numeric = []
    prev = 0
    for cp in range(MAX):
        e = numeric_entry(u, chars[cp])
        if e:
            numeric.append('%x:%s' % (cp - prev, e))
            prev = cp

    # ucd_3_2_0: runs of [gap, length, old record] where the 3.2.0 answers differ.
    old = u.ucd_3_2_0
    old_records = []
    old_index = {}
    old_runs = []
    at = 0
    run_start = None
    run_rec = None

    def old_record(c):
        return '\t'.join([old.category(c), old.bidirectional(c) or '-', str(old.combining(c)), old.east_asian_width(c),
                          str(old.mirrored(c)), numeric_entry(old, c) or '-', old.decomposition(c) or '-'])

    def new_record(c):
        return '\t'.join([u.category(c), u.bidirectional(c) or '-', str(u.combining(c)), u.east_asian_width(c),
                          str(u.mirrored(c)), numeric_entry(u, c) or '-', u.decomposition(c) or '-'])

    def close(end):
        nonlocal at
        old_runs.extend([run_start - at, end - run_start, run_rec])
        at = end

    for cp in range(MAX):
        c = chars[cp]
        a = old_record(c)
        differs = a != new_record(c)
        rec = None
        if differs:
            if a not in old_index:
                old_index[a] = len(old_records)
                old_records.append(a)
            rec = old_index[a]
        if run_start is not None and rec != run_rec:
            close(cp)
            run_start = None
        if rec is not None and run_start is None:
            run_start = cp
            run_rec = rec
    if run_start is not None:
        close(MAX)

    # NormalizationCorrections.txt as CPython applies it to 3.2.0's decompositions.
    corrections = []
    for cp in range(MAX):
        c = chars[cp]
        if old.category(c) == 'Cn':
            continue
        d = old.normalize('NFD', c)
        if len(d) == 1 and d != c and u.decomposition(c) and int(u.decomposition(c).split()[0], 16) != ord(d):
            corrections += [cp, ord(d)]

    out = []
    out.append('// Generated by tools/gen-unicodedata-tables.py from the Unicode 15.0.0 data of CPython 3.12.1. Do not edit.\n')
    out.append('// %d property records over %d runs, %d decompositions, %d numeric values; 3.2.0: %d records over %d runs.\n'
               % (len(records), len(runs) // 2, len(decomp), len(numeric), len(old_records), len(old_runs) // 3))
    out.append('export interface UnicodeDataTables {\n'
               '  /** "category bidirectional combining east_asian_width mirrored", bidirectional "-" when empty. */\n'
               '  readonly records: string;\n'
               '  /** [run length, record index] pairs from U+0000 on. */\n'
               '  readonly runs: readonly number[];\n'
               '  /** "hexgap:decomposition" entries joined by "|"; "!" before a canonical one excluded from composition. */\n'
               '  readonly decomp: string;\n'
               '  /** "hexgap:decimal,digit,numeric" entries joined by "|", a part empty when undefined. */\n'
               '  readonly numeric: string;\n'
               '  /** Tab-separated 3.2.0 records (category, bidirectional, combining, width, mirrored, numeric, decomposition) joined by "\\n". */\n'
               '  readonly oldRecords: string;\n'
               '  /** [gap, run length, old record index] triples: where 3.2.0 differs. */\n'
               '  readonly oldRuns: readonly number[];\n'
               '  /** [code point, replacement] pairs: 3.2.0 decompositions corrected by NormalizationCorrections.txt. */\n'
               '  readonly corrections: readonly number[];\n'
               '}\n\n')
    out.append('// A function, so that the tables are made when unicodedata is first imported, not at each start.\n')
    out.append('export function unicodeDataTables(): UnicodeDataTables {\n')
    out.append('  const records =\n%s;\n' % js_string('|'.join(records)))
    out.append('  const runs = [\n%s\n  ];\n' % wrap_numbers(runs))
    out.append('  const decomp =\n%s;\n' % js_string('|'.join(decomp)))
    out.append('  const numeric =\n%s;\n' % js_string('|'.join(numeric)))
    out.append('  const oldRecords =\n%s;\n' % js_string('\\n'.join(r.replace('\t', '\\t') for r in old_records)))
    out.append('  const oldRuns = [\n%s\n  ];\n' % wrap_numbers(old_runs))
    out.append('  const corrections = [%s];\n' % ', '.join('0x%x' % n for n in corrections))
    out.append('  return { records, runs, decomp, numeric, oldRecords, oldRuns, corrections };\n}\n')
    with open(OUT, 'w') as f:
        f.write(''.join(out))


main()
