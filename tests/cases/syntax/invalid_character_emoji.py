snake = 🐍
