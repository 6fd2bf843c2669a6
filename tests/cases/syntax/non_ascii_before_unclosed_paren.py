greeting = "こんにちは" + (name
