def try_except(f):
    try:
        f()
    except ValueError:
        return 1
    except (TypeError, KeyError) as e:
        return e
    except:
        raise
    else:
        return 2

def try_finally(f):
    try:
        return f()
    finally:
        print('done')

def try_all(f):
    try:
        x = f()
    except Exception as e:
        x = e
    else:
        x = None
    finally:
        del f
    return x

def nested(f):
    for i in f:
        try:
            try:
                continue
            finally:
                break
        except Exception:
            pass

def star(f):
    try:
        f()
    except* ValueError as eg:
        print(eg)
    except* TypeError:
        pass
    else:
        return 1
    finally:
        f = None

def with_stmt(a, b):
    with a:
        pass
    with a as x, b as (y, z):
        return x + y
    with open('f') as fh:
        for line in fh:
            if line:
                break

async def async_with(a):
    async with a as x:
        return x

def return_in_finally():
    try:
        pass
    finally:
        return 1

def handler_del(f):
    try:
        f()
    except Exception as err:
        del err
