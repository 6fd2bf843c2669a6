f(***kwargs)
