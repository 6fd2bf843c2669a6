import signal
print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(2), signal.Handlers.SIG_IGN, signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM))
got = []
def h(signum, frame):
    got.append((signum, type(frame).__name__))
old = signal.signal(signal.SIGUSR1, h)
print(old, signal.getsignal(signal.SIGUSR1) is h)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h, signal.getsignal(signal.SIGUSR1))
signal.raise_signal(signal.SIGUSR1)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(40), len(signal.valid_signals()), signal.SIGRTMIN in signal.valid_signals())
for f in [lambda: signal.signal(0, signal.SIG_DFL), lambda: signal.signal(9, signal.SIG_IGN), lambda: signal.signal(2, 5),
          lambda: signal.getsignal(70), lambda: signal.signal('x', 1), lambda: signal.default_int_handler(1, None), lambda: signal.signal(2, None)]:
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print(signal.ItimerError, issubclass(signal.ItimerError, OSError), signal.alarm(0))
print(sorted(n for n in dir(signal) if n.startswith('SIG') and '_' not in n)[:8])
