# With the reference: the SyntaxError (kind, msg, lineno, offset, end_lineno, end_offset, text)
# that compile() raises for each source of IN.json, given as str and as UTF-8 bytes.
#   PYENV_VERSION=3.12.1 python3 tools/mutants/ref.py IN.json OUT.json
import json, sys, warnings
warnings.simplefilter('ignore')
cases = json.load(open(sys.argv[1], encoding='utf-8'))
res = []
for src in cases:
    r = {}
    for how in ('str', 'bytes'):
        try:
            compile(src if how == 'str' else src.encode('utf-8', 'surrogatepass'), '<s>', 'exec', 0x400)
            r[how] = None
        except SyntaxError as e:
            r[how] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
        except (MemoryError, RecursionError, ValueError) as e:
            r[how] = [type(e).__name__, str(e)]
    res.append({'src': src, 'want': r})
json.dump(res, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=True)
