# Uncaught TypeError: calling a non-callable object.
handlers = {"start": print, "stop": None}
handlers["start"]("start handler ok")
handlers["stop"]("stop handler")
