def quit_now(code):
    try:
        raise SystemExit(code)
    finally:
        print("cleanup", code)
quit_now(7)
