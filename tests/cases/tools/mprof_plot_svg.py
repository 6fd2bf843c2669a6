# mprof plot to SVG: the chart's elements (title from CMDLINE, axis labels, the memory line
# with a '+' marker per point, one bracket pair per FUNC record with its legend label, dashed
# red lines at the peak), read back from the SVG text both interpreters write.
import re
from _mprof_dat import OLD, NEW, done, run, scratch

d = scratch({'mprofile_20231114221320.dat': OLD, 'mprofile_20231114221500.dat': NEW,
             'empty.dat': 'CMDLINE x\n'})


def summary(path):
    svg = open(path).read()
    print(svg.startswith('<?xml'), svg.rstrip().endswith('</svg>'))
    print(re.findall(r'<svg [^>]*width="(\d+)" height="(\d+)"', svg))
    print('title', re.findall(r'<text id="title"[^>]*>([^<]*)</text>', svg))
    print('labels', [t for t in re.findall(r'>([^<>]+)</text>', svg) if 'in ' in t])
    print('legend', re.findall(r'<g id="legend".*?</g>', svg, re.S) and
          re.findall(r'<text x="[\d.]+" y="[\d.]+" fill="#000000">([^<]*)</text>', svg))
    print('lines', svg.count('class="memory"'), 'points', sum(p.count(',') for p in re.findall(r'class="memory" points="([^"]*)"', svg)))
    print('markers', sum(len(re.findall('M', m)) for m in re.findall(r'class="markers"[^>]*d="([^"]*)"', svg)))
    print('brackets', svg.count('class="bracket"'), 'peak lines', svg.count('class="peak"'))


run('plot', '-o', 'one.svg')
summary('one.svg')
run('plot', '--title', 'Two runs', '-o', 'two.svg', '0', '1')
summary('two.svg')
run('plot', '-n', '-s', '-o', 'plain.svg', '0')
summary('plain.svg')
run('plot', '-f', '-o', 'flame.svg', '0')
print('flame rects', open('flame.svg').read().count('fill-opacity="0.6"'))
run('plot', '-w', '0,0.5', '-o', 'window.svg', 'mprofile_20231114221320.dat')
summary('window.svg')
run('plot', '-o', 'e.svg', 'empty.dat')
done(d)
