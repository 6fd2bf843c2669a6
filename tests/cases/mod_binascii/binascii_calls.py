import binascii
calls = [
  "binascii.hexlify(b'\\x00\\xffabc')", "binascii.b2a_hex(b'abcdef', '-')", "binascii.hexlify(b'abcdef', b':', 2)", "binascii.hexlify(b'abcdef', sep='|', bytes_per_sep=-4)",
  "binascii.hexlify('abc')", "binascii.hexlify()", "binascii.hexlify(b'ab', 'xx')", "binascii.unhexlify(b'616263')", "binascii.unhexlify('4A4b')",
  "binascii.unhexlify('abc')", "binascii.unhexlify('zz')", "binascii.a2b_hex('é1')", "binascii.a2b_hex(12)", "binascii.a2b_hex(bytearray(b'00'))",
  "binascii.unhexlify(hexstr='00')", "binascii.b2a_base64(b'')", "binascii.b2a_base64(b'a')", "binascii.b2a_base64(b'ab')", "binascii.b2a_base64(b'abc', newline=False)",
  "binascii.b2a_base64(b'\\xff\\xfe\\xfd\\xfc')", "binascii.b2a_base64('x')", "binascii.a2b_base64(b'YWJj')", "binascii.a2b_base64('YW Jj\\n')", "binascii.a2b_base64(b'YQ==')",
  "binascii.a2b_base64(b'YQ=')", "binascii.a2b_base64(b'YQ')", "binascii.a2b_base64(b'Y')", "binascii.a2b_base64(b'YWJjZ')", "binascii.a2b_base64(b'YQ==YWJj')",
  "binascii.a2b_base64(b'YQ==', strict_mode=True)", "binascii.a2b_base64(b'=YQ==', strict_mode=True)", "binascii.a2b_base64(b'YQ==x', strict_mode=True)",
  "binascii.a2b_base64(b'YQ=x=', strict_mode=True)", "binascii.a2b_base64(b'Y Q==', strict_mode=True)", "binascii.a2b_base64(b'YWJj=', strict_mode=True)",
  "binascii.a2b_base64(b'YWJj==', strict_mode=True)", "binascii.a2b_base64(b'YW=', strict_mode=True)", "binascii.a2b_base64(b'Y=Q=', strict_mode=True)",
  "binascii.a2b_base64(b'YWJjZ', strict_mode=True)", "binascii.a2b_base64(b'==')", "binascii.a2b_base64(b'Y=WJj')", "binascii.a2b_base64(b'YWJ=j')",
  "binascii.crc32(b'hello')", "binascii.crc32(b' world', binascii.crc32(b'hello'))", "binascii.crc32(b'a', -1)", "binascii.crc32(b'a', 2**40 + 5)", "binascii.crc32('a')",
  "binascii.crc32()", "binascii.crc32(b'', 1, 2)", "binascii.crc_hqx(b'hello', 0)", "binascii.crc_hqx(b'hello', 0xffff)", "binascii.crc_hqx(b'hello', 0x12345)", "binascii.crc_hqx(b'x')",
  "binascii.b2a_uu(b'')", "binascii.b2a_uu(b'', backtick=True)", "binascii.b2a_uu(b'hello world')", "binascii.b2a_uu(b'\\x00\\x00\\x00', backtick=True)", "binascii.b2a_uu(b'x' * 46)",
  "binascii.a2b_uu(b'+:&5L;&\\\\@=V]R;&0 \\n')", "binascii.a2b_uu(b'')", "binascii.a2b_uu(b'!')", "binascii.a2b_uu(b'#\\x01\\x01\\x01\\x01')", "binascii.a2b_uu(b'!86  x')",
  "binascii.Error.__mro__", "binascii.Incomplete.__mro__", "binascii.a2b_base64(memoryview(b'YWJj'))",
]
for call in calls:
    try:
        r = eval(call)
        print(call, '->', repr(r))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)
