result = some_function(
    first_argument,
    second_argument,
    keyword=value,
)
value = (
    obj
    .attribute
    .method(
        1,
    )
    .other
)
x = [
    1,
    2,
]
very_long_line_name_to_push_the_columns_past_one_hundred_and_twenty_eight = another_long_name_here + yet_another_long_name_here_too
if (a and
        b or
        c):
    pass



far_away = 1
def f():
    return (
        a +
        b
    )
total = sum(
    x * y
    for x, y in pairs
)
