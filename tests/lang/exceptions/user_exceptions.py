# User-defined exception classes: subclassing, custom __init__/__str__, catching by base.
class AppError(Exception):
    """Base class for this app's errors."""
class ConfigError(AppError):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return "%s: %s" % (self.field, self.message)
class RetryableError(AppError):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__("failed after %d attempts" % attempts)
for exc in [ConfigError("missing key"), ValidationError("age", "must be positive"), RetryableError(3), AppError()]:
    try:
        raise exc
    except ValidationError as e:
        print("validation:", e, "| field =", e.field, "| args =", e.args)
    except AppError as e:
        print(type(e).__name__, "->", str(e), "|", repr(e), "|", e.args)
print(issubclass(ValidationError, Exception), ValidationError.__mro__[1].__name__, AppError.__doc__)
def validate(data):
    errors = []
    for key in ("name", "age"):
        if key not in data:
            errors.append(ValidationError(key, "required"))
    if "age" in data and data["age"] < 0:
        errors.append(ValidationError("age", "negative"))
    return errors
for d in [{"name": "x", "age": 3}, {"age": -1}, {}]:
    print([str(e) for e in validate(d)])
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"
print(repr(WithRepr("a")), str(WithRepr("a")))
class NoArgsStored(Exception):
    def __init__(self, value):
        self.value = value
e = NoArgsStored(10)
print(e.args, str(e), e.value)
class Chainable(Exception):
    pass
try:
    try:
        raise ConfigError("low level")
    except ConfigError as low:
        raise Chainable("high level") from low
except Chainable as high:
    print(high, "<- caused by", repr(high.__cause__))
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as te:
    print("TypeError:", te)
try:
    try:
        raise RetryableError(5)
    except (ConfigError, ValidationError):
        print("not here")
except AppError as e:
    print("outer handler:", e, e.attempts)
class Warn(UserWarning):
    pass
print(issubclass(Warn, Warning), issubclass(Warning, Exception))
e2 = ValidationError("f", "m")
e2.extra = "attribute"
print(e2.extra, sorted(vars(e2)))
