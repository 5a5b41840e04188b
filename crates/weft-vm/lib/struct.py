"""Packing values into bytes and back (`struct`), over the native `_struct`
that does the formats; this module adds the error class, Struct objects and
the buffer-offset variants."""

import _struct

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


def calcsize(format):
    return _struct.calcsize(error, format)


def pack(format, *values):
    return _struct.pack(error, format, *values)


def unpack(format, buffer):
    return _struct.unpack(error, format, buffer)


def unpack_from(format, buffer, offset=0):
    size = calcsize(format)
    if offset < 0:
        if offset + len(buffer) < 0:
            raise error(f"offset {offset} out of range for {len(buffer)}-byte buffer")
        offset += len(buffer)
    if len(buffer) - offset < size:
        raise error(
            f"unpack_from requires a buffer of at least {size + offset} bytes for unpacking "
            f"{size} bytes at offset {offset} (actual buffer size is {len(buffer)})"
        )
    return unpack(format, bytes(buffer[offset : offset + size]))


def pack_into(format, buffer, offset, *values):
    data = pack(format, *values)
    if offset < 0:
        if offset + len(buffer) < 0:
            raise error(f"offset {offset} out of range for {len(buffer)}-byte buffer")
        offset += len(buffer)
    if len(buffer) - offset < len(data):
        raise error(
            f"pack_into requires a buffer of at least {len(data) + offset} bytes for packing "
            f"{len(data)} bytes at offset {offset} (actual buffer size is {len(buffer)})"
        )
    buffer[offset : offset + len(data)] = data


def iter_unpack(format, buffer):
    size = calcsize(format)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buffer) % size:
        raise error(f"iterative unpacking requires a buffer of a multiple of {size} bytes")
    return (unpack(format, bytes(buffer[i : i + size])) for i in range(0, len(buffer), size))


class Struct:
    def __init__(self, format):
        self.size = calcsize(format)
        self.format = format if isinstance(format, str) else format.decode("ascii")

    def pack(self, *values):
        return pack(self.format, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def pack_into(self, buffer, offset, *values):
        pack_into(self.format, buffer, offset, *values)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
