# Helper module for helper_module_error.py (not a test on its own).
class HelperError(Exception):
    pass


def explode(message):
    raise HelperError(message)
