print(chr(65), chr(0x20ac), chr(0), repr(chr(0xd800)), chr(0x10ffff) == '\U0010ffff', chr(True))
print(ord('a'), ord('€'), ord('😀'), ord('\x00'))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2**70), hex(True))
