print(f"{x:{y!}}")
