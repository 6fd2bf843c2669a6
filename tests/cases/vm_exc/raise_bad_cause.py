raise ValueError("v") from "c"
