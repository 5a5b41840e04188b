# Uncaught NameError for a name with no close match (so no "Did you mean" hint).
total = 10
print("total is", total)
print(completely_undefined_identifier_xyz + total)
