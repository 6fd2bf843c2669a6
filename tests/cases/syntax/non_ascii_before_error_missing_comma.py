print("héllo wörld" "über" name)
