# Uncaught ZeroDivisionError: output printed before the error must still appear.
def average(values):
    return sum(values) / len(values)
print("average of [1, 2, 3]:", average([1, 2, 3]))
print("average of []:")
print(average([]))
print("never printed")
