# Subscripts mark the brackets; a method call on a missing attribute
# underlines the attribute reference.
settings = {"colour": "blue"}


def lookup(table, key):
    value = table[key] + "!"
    return value


class Box:
    def __init__(self, item):
        self.item = item


print(lookup(settings, "colour"))
try:
    lookup(settings, "size")
except KeyError as error:
    print("missing", error)
print(Box([1, 2]).item[1])
result = Box("x").item.upper().shout()
