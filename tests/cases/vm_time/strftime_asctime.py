# strftime in the C locale (all directives, flags and widths), asctime, ctime and mktime with
# fixed times, and their errors.
import time

def show(f, *a):
    try:
        r = f(*a)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

fmt = '%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %p %P %r %R %s %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %% %Q %E %Ey %Od %+ %5Y %-d %_m %#b %^a'
for t in [0, 1234567890, -1e9, 951782400, 1e11, -62135596800, 1609459200, 1609632000]:
    show(time.strftime, fmt, time.gmtime(t))
show(time.strftime, fmt, (2009, 2, 13, 23, 31, 30, 4, 44, 0))
show(time.strftime, '%Z|%z', (2009, 2, 13, 23, 31, 30, 4, 44, 1))
t = (2009, 2, 13, 23, 31, 30, 4, 44, -1)
show(time.strftime, '%Z|%z|%s|%10a|%010A|%-5d|%_5d|%-j|%^B|%#p|%P|%^P|%#Z|%5z|%-y|%3%|%c|%^c|%x|%X|%Ec|%OY|%EH|%Oe|%Ex', t)
show(time.strftime, '%Y %C %G %g %y %5Y %_5Y %-5Y', (-3, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.strftime, '%Y %C %G %g %y %5Y %_5Y %-5Y %V %U %W', (-1903, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.strftime, '%Y %C %y', (-100, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.strftime, '%Y %C %y', (-101, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.strftime, '%U %W %V %G', (2021, 1, 3, 0, 0, 0, 6, 3, 0))
show(time.strftime, '%U %W %V %G %g', (2020, 12, 31, 0, 0, 0, 3, 366, 0))
show(time.strftime, '%z %Z', time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'XYZ', -5400)))
show(time.strftime, '%Z %z', time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9)))
show(time.strftime, '%z', time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 5, 'x')))
show(time.strftime, '%')
show(time.strftime, 'abc%', (2009, 2, 13, 23, 31, 30, 4, 44, 0))
show(time.strftime, '', (2009, 2, 13, 23, 31, 30, 4, 44, 0))
show(time.strftime, 'é%Y€\U0001f600', (2000, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.strftime, 'a\0b%Y')
show(time.strftime, 5)
show(time.strftime)
show(time.strftime, '%Y', 5)
show(time.strftime, '%Y', [2000, 1, 1, 0, 0, 0, 0, 1, 0])
show(time.strftime, '%Y %j', (0, 0, 0, 0, 0, 0, 0, 0, 0))
show(time.strftime, '%Y', (12345, 1, 1, 0, 0, 0, 0, 1, 0))
for bad in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0),
            (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, -3, 1, 0),
            (2000, 1, 1, 0, 0, 0, 0, 367, 0), (2000, 1, 1, 0, 0, 61, 9, 366, 5), (2000.0, 1, 1, 0, 0, 0, 0, 1, 0),
            (2**40, 1, 1, 0, 0, 0, 0, 1, 0), (2**70, 1, 1, 0, 0, 0, 0, 1, 0), (-2**31, 1, 1, 0, 0, 0, 0, 1, 0), (2000, 1)]:
    show(time.strftime, '%Y-%m-%d %H:%M:%S %w %j', bad)

show(time.asctime, (2009, 2, 13, 23, 31, 30, 4, 44, 0))
show(time.asctime, time.gmtime(-1e10))
show(time.asctime, (2009, 0, 0, 0, 0, 0, 0, 0, 0))
show(time.asctime, (99999, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.asctime, (-5, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.asctime, (2009, 2, 13, 23, 31, 30, 4, 44))
show(time.asctime, [2009, 2, 13, 23, 31, 30, 4, 44, 0])
show(time.asctime, 1, 2)
print(type(time.asctime()).__name__, type(time.ctime()).__name__, type(time.strftime('%c')).__name__)
show(time.ctime, 0)
show(time.ctime, 1e10)
show(time.ctime, 'x')

show(time.mktime, (2009, 2, 13, 23, 31, 30, 4, 44, 0))
show(time.mktime, (1970, 1, 1, 0, 0, 0, 0, 0, -1))
show(time.mktime, (1970, 1, 1, 0, 0, 0, 0, 0, 1))
show(time.mktime, (2009, 14, 40, 25, 61, 70, 0, 0, 0))
show(time.mktime, (2009, -14, -40, -25, -61, -70, 0, 0, 0))
show(time.mktime, (1, 1, 1, 0, 0, 0, 0, 0, 0))
show(time.mktime, (10**9, 1, 1, 0, 0, 0, 0, 0, 0))
show(time.mktime, time.gmtime(1e9))
show(time.mktime, [1970, 1, 1, 0, 0, 0, 0, 0, 1])
show(time.mktime, (2**31, 1, 1, 0, 0, 0, 0, 0, 1))
show(time.mktime, (-2**31, 1, 1, 0, 0, 0, 0, 0, 1))
show(time.mktime, (1970, 1, 1, 0, 0, 0, 0, 0))
show(time.mktime)
