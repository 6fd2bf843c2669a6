s = "über"; t =​s
