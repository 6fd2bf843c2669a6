"""Reference side of the tokenizer tests: drives CPython 3.12.1's own C tokenizer.

Run with the reference interpreter:  PYENV_VERSION=3.12.1 python3 tools/gen-token-fixtures.py <mode>

The parser-mode token stream (what the PEG parser sees: exact operator types,
ASYNC/AWAIT, no COMMENT/NL, UTF-8 byte columns, f-string debug metadata) is not
reachable from Lib/tokenize.py, so this calls the private _PyTokenizer_* functions
of libpython through ctypes, locating them with `nm` (they are not exported) and
laying out struct tok_state / struct token as 3.12.1's debug info describes them.

Modes:
  gen            regenerate tests/fixtures/tokenizer/*.json from *.py (and stdlib hashes)
  dump FILE      print the reference tokens of FILE as JSON
  batch          read a JSON list of {"src": str, "typeComments": bool} on stdin,
                 write a JSON list of results on stdout
"""
import ctypes
import hashlib
import io
import json
import os
import subprocess
import sys
import sysconfig
import warnings
import zipfile

assert sys.version_info[:3] == (3, 12, 1), "run with PYENV_VERSION=3.12.1"

LIB = os.path.join(sysconfig.get_config_var("LIBDIR"), "libpython3.12.so.1.0")

TOKEN_NAMES = ['ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'LPAR', 'RPAR', 'LSQB', 'RSQB', 'COLON', 'COMMA', 'SEMI', 'PLUS', 'MINUS', 'STAR', 'SLASH', 'VBAR', 'AMPER', 'LESS', 'GREATER', 'EQUAL', 'DOT', 'PERCENT', 'LBRACE', 'RBRACE', 'EQEQUAL', 'NOTEQUAL', 'LESSEQUAL', 'GREATEREQUAL', 'TILDE', 'CIRCUMFLEX', 'LEFTSHIFT', 'RIGHTSHIFT', 'DOUBLESTAR', 'PLUSEQUAL', 'MINEQUAL', 'STAREQUAL', 'SLASHEQUAL', 'PERCENTEQUAL', 'AMPEREQUAL', 'VBAREQUAL', 'CIRCUMFLEXEQUAL', 'LEFTSHIFTEQUAL', 'RIGHTSHIFTEQUAL', 'DOUBLESTAREQUAL', 'DOUBLESLASH', 'DOUBLESLASHEQUAL', 'AT', 'ATEQUAL', 'RARROW', 'ELLIPSIS', 'COLONEQUAL', 'EXCLAMATION', 'OP', 'AWAIT', 'ASYNC', 'TYPE_IGNORE', 'TYPE_COMMENT', 'SOFT_KEYWORD', 'FSTRING_START', 'FSTRING_MIDDLE', 'FSTRING_END', 'COMMENT', 'NL', 'ERRORTOKEN', 'ENCODING']
ERRORTOKEN = 66
ENDMARKER = 0
DONE_NAMES = {10: 'E_OK', 11: 'E_EOF', 13: 'E_TOKEN', 17: 'E_ERROR', 18: 'E_TABSPACE', 20: 'E_TOODEEP',
              21: 'E_DEDENT', 22: 'E_DECODE', 23: 'E_EOFS', 24: 'E_EOLS', 25: 'E_LINECONT'}

# struct tok_state field offsets (gdb: ptype /o struct tok_state, 3.12.1)
OFF_BUF, OFF_CUR, OFF_INP, OFF_DONE = 0, 8, 16, 64
OFF_LINENO, OFF_LEVEL, OFF_LINE_START, OFF_TYPE_COMMENTS = 512, 528, 2768, 2832
OFF_FILENAME = 2336
OFF_PROMPT = 496
PROMPT = ctypes.create_string_buffer(b">>> ")
FILENAME = "<string>"


class CToken(ctypes.Structure):
    _fields_ = [("level", ctypes.c_int), ("lineno", ctypes.c_int), ("col_offset", ctypes.c_int),
                ("end_lineno", ctypes.c_int), ("end_col_offset", ctypes.c_int),
                ("start", ctypes.c_void_p), ("end", ctypes.c_void_p), ("metadata", ctypes.c_void_p)]


def _load():
    syms = {}
    out = subprocess.run(["nm", LIB], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3:
            syms[parts[2]] = int(parts[0], 16)
    base = None
    with open("/proc/self/maps") as f:
        for line in f:
            if line.rstrip().endswith("libpython3.12.so.1.0"):
                rng, _perm, off = line.split()[:3]
                if int(off, 16) == 0:
                    base = int(rng.split("-")[0], 16)
                    break
    assert base is not None
    P = ctypes.c_void_p
    f = lambda name, res, *args: ctypes.PYFUNCTYPE(res, *args)(base + syms[name])
    return {
        "from_utf8": f("_PyTokenizer_FromUTF8", P, ctypes.c_char_p, ctypes.c_int, ctypes.c_int),
        "free": f("_PyTokenizer_Free", None, P),
        "get": f("_PyTokenizer_Get", ctypes.c_int, P, ctypes.POINTER(CToken)),
    }


_C = _load()


def _int(addr):
    return ctypes.c_int.from_address(addr).value


def _ptr(addr):
    return ctypes.c_void_p.from_address(addr).value or 0


def _exc(e):
    return {"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
            "end_lineno": e.end_lineno, "end_offset": e.end_offset, "text": e.text}


def tokenize(src, type_comments=False, limit=1_000_000, exec_input=True, interactive=False):
    """Parser-mode tokens of src (a str), as _PyPegen_fill_token receives them."""
    data = src.encode("utf-8", "surrogatepass")
    keep = ctypes.create_string_buffer(data)
    tok = _C["from_utf8"](keep, 1 if exec_input else 0, 0)
    if not tok:
        raise RuntimeError("tokenizer init failed")
    ctypes.c_int.from_address(tok + OFF_TYPE_COMMENTS).value = 1 if type_comments else 0
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(FILENAME))  # owned by the tok_state from now on
    ctypes.c_void_p.from_address(tok + OFF_FILENAME).value = id(FILENAME)
    if interactive:
        # Only compared with NULL by the string tokenizer: enough for the prompt-mode rules.
        ctypes.c_void_p.from_address(tok + OFF_PROMPT).value = ctypes.addressof(PROMPT)
    toks, error = [], None
    try:
        for _ in range(limit):
            t = CToken()
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    typ = _C["get"](tok, ctypes.byref(t))
            except SyntaxError as e:
                error = _exc(e)
                error["done"] = DONE_NAMES.get(_int(tok + OFF_DONE), _int(tok + OFF_DONE))
                break
            if typ == ERRORTOKEN:
                error = {"done": DONE_NAMES.get(_int(tok + OFF_DONE), _int(tok + OFF_DONE)),
                         "tok_lineno": _int(tok + OFF_LINENO), "level": _int(tok + OFF_LEVEL),
                         "cur_minus_line_start": _ptr(tok + OFF_CUR) - _ptr(tok + OFF_LINE_START),
                         "cur_minus_buf": _ptr(tok + OFF_CUR) - _ptr(tok + OFF_BUF)}
                break
            s = ctypes.string_at(t.start, t.end - t.start).decode("utf-8", "surrogatepass") if t.start else ""
            row = [TOKEN_NAMES[typ], s, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset]
            if t.metadata:
                row.append(ctypes.cast(t.metadata, ctypes.py_object).value)
                ctypes.pythonapi.Py_DecRef(ctypes.c_void_p(t.metadata))
            toks.append(row)
            if typ == ENDMARKER:
                break
    finally:
        _C["free"](tok)
    return toks, error


def compile_result(src, filename="<string>", type_comments=False, mode="exec"):
    flags = 0x1000 if type_comments else 0  # PyCF_TYPE_COMMENTS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(src, filename, mode, flags | 0x400, dont_inherit=True)  # PyCF_ONLY_AST
        return None
    except SyntaxError as e:
        return _exc(e)
    except (ValueError, RecursionError, MemoryError) as e:
        return {"kind": type(e).__name__, "msg": str(e)}


DECODE_CASES = [
    b'x = 1\n',
    b'x = "\xc3\xa9"\n',
    b'\xef\xbb\xbfx = "\xc3\xa9"\n',
    b'# coding: latin-1\nx = "\xe9"\n',
    b'# -*- coding: iso-8859-1 -*-\nx = "\xe9"\n',
    b'#!/usr/bin/env python\n# -*- coding: cp1252 -*-\nx = "\x80"\n',
    b'# vim: set fileencoding=latin1 :\nx = "\xe9"\n',
    b'# coding=utf-8\nx = "\xc3\xa9"\n',
    b'# coding: utf_8\nx = 1\n',
    b'# coding: UTF-8-SIG\nx = 1\n',
    b'\xef\xbb\xbf# coding: utf-8\nx = 1\n',
    b'# coding: euc-jp\nx = "\xa4\xa2"\n',
    b'  # coding: latin-1\nx = "\xe9"\n',
    b'x = 1\n# coding: latin-1\ny = 2\n',
    b'\n# coding: latin-1\nx = "\xe9"\n',
    b'#\n#\n# coding: latin-1\nx = 1\n',
    b'# codingx: latin-1\nx = 1\n',
    b'# coding: ascii\nx = 1\n',
    b'x = "\xff"\n',
    b'\xff = 1\n',
    b'x = 1\ny = 2\nz = "\xe9"\n',
    b'x = "\xc3"\n',
    b'# coding: foobar\nx = 1\n',
    b'\xef\xbb\xbf# coding: latin-1\nx = 1\n',
    b'# coding: ascii\nx = "\xc3\xa9"\n',
    b'# coding: utf8\nx = "\xff"\n',
    b'x = 1\r\ny = 2\r\n',
    b'x = 1\ry = 2\r',
]


def file_error(src):
    """The SyntaxError of running src as a script file (the file tokenizer, e.g. for null bytes)."""
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "sitecustomize.py"), "w") as f:
            f.write("import sys, json\n"
                    "def hook(t, e, tb):\n"
                    "    print(json.dumps({'kind': t.__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,"
                    " 'end_lineno': e.end_lineno, 'end_offset': e.end_offset, 'text': e.text}))\n"
                    "sys.excepthook = hook\n")
        path = os.path.join(d, "case.py")
        with open(path, "wb") as f:
            f.write(src if isinstance(src, bytes) else src.encode("utf-8", "surrogatepass"))
        out = subprocess.run([sys.executable, path], capture_output=True, text=True,
                             env={**os.environ, "PYTHONPATH": d}).stdout
        err = json.loads(out) if out.strip() else None
        if err is not None and err["msg"].find(path) >= 0:
            err["msg"] = err["msg"].replace(path, "<file>")
        return err


def result(src, type_comments=False, with_compile=True, exec_input=True):
    toks, error = tokenize(src, type_comments, exec_input=exec_input)
    out = {"tokens": toks}
    if error is not None:
        out["error"] = error
    if with_compile:
        out["compile"] = compile_result(src, type_comments=type_comments, mode="exec" if exec_input else "eval")
    return out


def canonical(toks):
    return "\n".join(json.dumps(t, ensure_ascii=False) for t in toks)


CORPUS_FILES = ["test_fstring.py", "test_syntax.py", "test_tokenize.py", "test_exceptions.py", "test_grammar.py",
                "test_string_literals.py", "test_eof.py", "test_unicode_identifiers.py", "test_utf8source.py",
                "test_source_encoding.py", "test_ast.py", "test_compile.py", "test_type_comments.py",
                "test_positional_only_arg.py", "test_patma.py", "test_pep646_syntax.py", "test_traceback.py",
                "test_genexps.py", "test_named_expressions.py", "test_type_params.py", "test_keywordonlyarg.py",
                "test_print.py", "test_global.py", "test_unparse.py", "test_codeop.py", "test_baseexception.py",
                "test_flufl.py", "test_opcodes.py", "test_dictcomps.py"]


def test_corpus():
    """Every str constant of CPython's syntax-related tests, each tokenized as a source."""
    import ast
    d = os.path.join(os.path.dirname(os.__file__), "test")
    found = set()
    for name in CORPUS_FILES:
        path = os.path.join(d, name)
        if not os.path.exists(path):
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(open(path, encoding="utf-8").read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and 0 < len(node.value) < 3000 \
                    and "\0" not in node.value:
                try:
                    node.value.encode("utf-8")
                except UnicodeEncodeError:
                    continue
                found.add(node.value)
    out = []
    for src in sorted(found):
        toks, error = tokenize(src)
        h = hashlib.sha256(canonical(toks).encode("utf-8", "surrogatepass")).hexdigest()[:20]
        case = {"src": src, "tokens": f"{h} {len(toks)}"}
        if error is not None:
            case["error"] = error
        out.append(case)
    return out


def stdlib_hashes(root):
    zpath = os.path.join(root, "node_modules/pyodide/python_stdlib.zip")
    z = zipfile.ZipFile(zpath)
    hashes = {}
    for name in sorted(z.namelist()):
        if not name.endswith(".py"):
            continue
        try:
            src = z.read(name).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if src.startswith("\ufeff"):
            src = src[1:]
        toks, error = tokenize(src)
        h = hashlib.sha256(canonical(toks).encode("utf-8", "surrogatepass")).hexdigest()[:20]
        hashes[name] = f"{h} {len(toks)}{' error' if error else ''}"
    return hashes


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    mode = sys.argv[1] if len(sys.argv) > 1 else "gen"
    if mode == "dump":
        with open(sys.argv[2], encoding="utf-8", newline="") as f:
            src = f.read()
        res = result(src, "--tc" in sys.argv)
        for t in res["tokens"]:
            print(json.dumps(t, ensure_ascii=False))
        for k in ("error", "compile"):
            if res.get(k) is not None:
                print(k, json.dumps(res[k], ensure_ascii=False))
    elif mode == "batch":
        items = json.load(sys.stdin)
        with_compile = "--no-compile" not in sys.argv
        json.dump([result(it["src"], it.get("typeComments", False), with_compile) for it in items], sys.stdout,
                  ensure_ascii=False)
    elif mode == "gen":
        fixdir = os.path.join(root, "tests/fixtures/tokenizer")
        for name in sorted(os.listdir(fixdir)):
            if not name.endswith(".cases.py"):
                continue
            with open(os.path.join(fixdir, name), encoding="utf-8", newline="") as f:
                text = f.read()
            cases = []
            for line in text.splitlines(keepends=True):
                if line.startswith("#### "):
                    cases.append([line[5:].strip(), ""])
                elif cases:
                    cases[-1][1] += line
            results = []
            for title, body in cases:
                tc = "[tc]" in title
                body = (body.replace("<CR>", "\r").replace("<FF>", "\f").replace("<TAB>", "\t")
                        .replace("<NUL>", "\0").replace("<VT>", "\v"))
                if "[noeol]" in title and body.endswith("\n"):
                    body = body[:-1]
                case = {"name": title, "src": body, "typeComments": tc}
                if "[eval]" in title:
                    case["execInput"] = False
                    case.update(result(body, tc, exec_input=False))
                elif "[interactive]" in title:
                    case["interactive"] = True
                    toks, error = tokenize(body, tc, interactive=True)
                    case["tokens"] = toks
                    if error is not None:
                        case["error"] = error
                    case["compile"] = None
                elif "[bytes]" in title:
                    # compile(bytes): string buffers, but no declared encoding, so byte columns.
                    case["bytesMode"] = True
                    case.update(result(body, tc, with_compile=False))
                    case["compile"] = compile_result(body.encode("utf-8"), type_comments=tc)
                elif "[file]" in title:
                    case["fileError"] = file_error(body)
                else:
                    case.update(result(body, tc))
                results.append(case)
            cases = results
            out = os.path.join(fixdir, name.replace(".cases.py", ".json"))
            with open(out, "w", encoding="utf-8") as f:
                f.write("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n]\n")
            print(f"{out}: {len(cases)} cases")
        import base64
        import importlib.util
        dec = []
        for b in DECODE_CASES:
            err = file_error(b)
            case = {"bytes": base64.b64encode(b).decode(), "fileError": err}
            if err is None:
                case["text"] = importlib.util.decode_source(b)
            dec.append(case)
        out = os.path.join(fixdir, "decode.json")
        with open(out, "w", encoding="utf-8") as f:
            f.write("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in dec) + "\n]\n")
        out = os.path.join(fixdir, "cpython-tests-corpus.json")
        with open(out, "w", encoding="utf-8") as f:
            f.write("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in test_corpus()) + "\n]\n")
        out = os.path.join(fixdir, "stdlib-hashes.json")
        hashes = stdlib_hashes(root)
        with open(out, "w", encoding="utf-8") as f:
            f.write("{\n" + ",\n".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(hashes.items())) + "\n}\n")
        print(f"{out} written")
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
