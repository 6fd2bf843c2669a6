@app.route("/", methods=["GET" "POST"] x)
def index():
    pass
