naïve() = "café"
