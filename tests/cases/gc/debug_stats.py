# DEBUG_STATS prints the collection header, generation sizes and a summary; numbers masked.
import gc, io, re, sys
gc.collect()
l = []; l.append(l); del l
buf = io.StringIO()
old, sys.stderr = sys.stderr, buf
gc.set_debug(gc.DEBUG_STATS)
gc.collect(0)
gc.collect(2)
gc.set_debug(0)
sys.stderr = old
text = buf.getvalue()
text = re.sub(r'\d+\.\d+s elapsed', 'Ts elapsed', text)
text = re.sub(r'generation: [\d ]+', lambda m: 'generation: ' + ' '.join('N' for _ in m.group(0).split()[1:]), text)
print(text, end='')
