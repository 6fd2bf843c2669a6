point = (
    10
    20
)
