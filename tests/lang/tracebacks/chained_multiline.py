# An exception raised while handling another prints both tracebacks; a call
# spread over several lines is underlined to the end of its first line.
def parse(text):
    return int(text)


def load(rows):
    try:
        return [parse(row) for row in rows]
    except ValueError as error:
        raise RuntimeError(
            "bad row"
        ) from error


total = sum(load(["1", "2"])) + max(
    load(["3", "x"]))
