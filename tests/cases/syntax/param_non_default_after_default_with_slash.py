def connect(host, /, port=80, timeout):
    pass
