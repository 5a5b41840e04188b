# Uncaught exception raised with `raise X from Y`; the last stderr line is X.
class ConfigError(Exception):
    pass
def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("missing setting: port") from e
print(read_port({"port": "8080"}))
print(read_port({}))
