def main():
    print("Result: " + str(total)
    return total

main()
