s = ur"text"
