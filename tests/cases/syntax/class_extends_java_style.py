class MyList extends list:
    pass
