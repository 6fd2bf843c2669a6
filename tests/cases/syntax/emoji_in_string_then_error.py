label = "🐍 snake" if ok else
