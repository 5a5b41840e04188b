# `import mod` of a helper in the same folder: attributes, module caching, module state.
print("before import")
import geometry_helper
print("after first import")
import geometry_helper
import geometry_helper as geo
print("second import did not re-run the module:", geo is geometry_helper)
print(geometry_helper.__name__, type(geometry_helper).__name__)
print(geometry_helper.area_circle(2), geometry_helper.PI_ISH)
r = geometry_helper.Rect(3, 4)
print(r, r.area(), type(r).__name__, type(r).__module__, type(r).__qualname__)
print(geo.scale([1, 2, 3]), geo.scale([1], factor=10), geo.not_exported())
print(geo.counted(), geo.counted(), geometry_helper.call_count)
geometry_helper.PI_ISH = 3
print(geo.area_circle(1))
print(hasattr(geo, "Rect"), hasattr(geo, "missing"), getattr(geo, "_private_value"))
print(sorted(n for n in dir(geo) if not n.startswith("__")))
try:
    geo.does_not_exist
except AttributeError as e:
    print("AttributeError:", e)
try:
    import module_that_does_not_exist_anywhere
except ImportError as e:
    print(type(e).__name__ + ":", e, "| name =", e.name)
def uses_module_inside_function():
    import geometry_helper as inner_geo
    return inner_geo.Rect(1, 1).area()
print(uses_module_inside_function())
print(__name__)
