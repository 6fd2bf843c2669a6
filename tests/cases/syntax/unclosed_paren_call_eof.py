total = sum(prices
