# Uncaught exception class defined in a helper module: traceback shows module.ClassName.
import failing_helper
print("calling into the helper module")
failing_helper.explode("boom from helper")
