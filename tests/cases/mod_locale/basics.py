import locale
import _locale as l
print(l.setlocale(l.LC_ALL), l.setlocale(l.LC_CTYPE), l.getencoding(), locale.getpreferredencoding(False))
print(locale.getlocale(), locale.localeconv()['decimal_point'], sorted(locale.localeconv()))
print(l.setlocale(l.LC_ALL, 'C'), l.setlocale(l.LC_ALL), l.nl_langinfo(l.CODESET), l.getencoding())
print(l.setlocale(l.LC_CTYPE, 'C.utf8'), l.setlocale(l.LC_ALL))
print(l.setlocale(l.LC_ALL, 'POSIX'), locale.setlocale(locale.LC_NUMERIC, ''), locale.setlocale(locale.LC_ALL, ''))
for bad in [lambda: l.setlocale(l.LC_ALL, 'xx_YY'), lambda: l.setlocale(99), lambda: l.setlocale(99, 'C'), lambda: l.nl_langinfo(12345), lambda: l.setlocale('x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print([l.nl_langinfo(getattr(l, n)) for n in ('D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'DAY_1', 'ABDAY_7', 'MON_12', 'ABMON_1', 'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'AM_STR', 'ERA')])
print(l.strcoll('a', 'b'), l.strcoll('b', 'a'), l.strcoll('a', 'a'), l.strxfrm('abc'), sorted(['b', 'A', 'a'], key=locale.strxfrm))
print(locale.format_string('%.2f %d', (1234.5, 42), grouping=True), locale.str(1.5), locale.atof('1.5'), locale.atoi('12'), locale.delocalize('1.5'))
print(locale.normalize('en_US'), locale.normalize('c.utf8'), l.CHAR_MAX, l.Error.__mro__[1], l.gettext('x'), l.textdomain(None))
print({n: getattr(l, n) for n in dir(l) if n.startswith('LC_')})
