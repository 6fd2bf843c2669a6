connect(host="x", port=)
