"""Threads and synchronisation primitives, written on `_thread`.

weft's own implementation of CPython's `threading` API. Locks, RLocks and
thread start-up are native (`_thread`); everything here waits through them,
so a waiting thread never holds the GIL.
"""

import _thread
import sys as _sys
from time import monotonic as _time

__all__ = [
    "get_ident", "get_native_id", "active_count", "Condition", "current_thread", "enumerate",
    "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore",
    "Thread", "Barrier", "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs",
    "setprofile", "settrace", "local", "stack_size", "excepthook", "gettrace", "getprofile",
]

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _allocate_lock
RLock = _thread.RLock

_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


class Condition:
    """Waiters queue on private locks; notify releases the oldest ones."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock is fully released while waiting and restored afterwards.
        if hasattr(lock, "_release_save"):
            self._release_save = lock._release_save
            self._acquire_restore = lock._acquire_restore
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        got_it = False
        try:
            if timeout is None:
                waiter.acquire()
                got_it = True
            elif timeout > 0:
                got_it = waiter.acquire(True, timeout)
            else:
                got_it = waiter.acquire(False)
            return got_it
        finally:
            self._acquire_restore(saved)
            if not got_it:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        end_time = None
        wait_time = timeout
        result = predicate()
        while not result:
            if wait_time is not None:
                if end_time is None:
                    end_time = _time() + wait_time
                else:
                    wait_time = end_time - _time()
                    if wait_time <= 0:
                        break
            self.wait(wait_time)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # Its wait timed out at the same moment; it removes itself.
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%d>" % (cls.__module__, cls.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        taken = False
        end_time = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if end_time is None:
                        end_time = _time() + timeout
                    else:
                        timeout = end_time - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                taken = True
        return taken

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%d/%d>" % (
            cls.__module__, cls.__qualname__, id(self), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = "set" if self._flag else "unset"
        return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__, id(self), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


# Barrier states: letting threads in, letting them out, resetting, broken.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """A cyclic barrier for `parties` threads."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %#x: broken>" % (cls.__module__, cls.__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (
            cls.__module__, cls.__qualname__, id(self), self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (_DRAINING, _RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _FILLING

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _DRAINING

    def _exit(self):
        if self._count == 0 and self._state in (_RESETTING, _DRAINING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# Threads by ident once running; `_limbo` holds those between start() and running.
_active_limbo_lock = RLock()
_active = {}
_limbo = {}
_counter = 0
# Callables `_shutdown` runs before it waits for threads (concurrent.futures uses it).
_threading_atexits = []
_shutting_down = False


def _newname(template="Thread-%d"):
    global _counter
    _counter += 1
    return template % _counter


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))

    def __repr__(self):
        return "ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)" % tuple(self)


def excepthook(args):
    """Prints `Exception in thread NAME:` and the traceback to stderr."""
    if args.exc_type is SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    print("Exception in thread %s:" % name, file=stderr, flush=True)
    _sys.excepthook(args.exc_type, args.exc_value, args.exc_traceback)


__excepthook__ = excepthook


def _invoke_excepthook(thread):
    exc_type, exc_value, exc_tb = _sys.exc_info()
    try:
        excepthook(ExceptHookArgs(exc_type, exc_value, exc_tb, thread))
    except Exception as hook_error:
        print("Exception in threading.excepthook:", file=_sys.stderr, flush=True)
        _sys.excepthook(type(hook_error), hook_error, None)


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and _shutting_down:
                raise RuntimeError("daemon threads are disabled in this (sub)interpreter")
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._done = Event()
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop references the thread no longer needs (as CPython does).
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            _thread._set_label(self._name)
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            if _trace_hook is not None:
                _sys.settrace(_trace_hook)
            try:
                self.run()
            except:
                _invoke_excepthook(self)
        finally:
            self._stop()

    def _stop(self):
        with _active_limbo_lock:
            self._is_stopped = True
            if _active.get(self._ident) is self:
                del _active[self._ident]
        self._done.set()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._done.wait()
        else:
            self._done.wait(max(timeout, 0))

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self._ident == get_ident():
            _thread._set_label(self._name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Calls `function(*args, **kwargs)` after `interval` seconds unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _RunningThread(Thread):
    """A Thread object for an OS thread that is already running."""

    def __init__(self, name, daemon):
        Thread.__init__(self, name=name, daemon=daemon)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _MainThread(_RunningThread):
    def __init__(self):
        _RunningThread.__init__(self, "MainThread", False)


class _DummyThread(_RunningThread):
    """Stands for a thread started by `_thread` directly."""

    def __init__(self):
        _RunningThread.__init__(self, _newname("Dummy-%d"), True)

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def _register_atexit(func, *args, **kwargs):
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*args, **kwargs))


def _shutdown():
    """Called by the runtime when the main module ends: waits for every
    non-daemon thread, as the interpreter does before exiting."""
    global _shutting_down
    if _main_thread._is_stopped:
        return
    _shutting_down = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    _main_thread._stop()
    while True:
        with _active_limbo_lock:
            waiting = [t for t in list(_active.values()) + list(_limbo.values())
                       if not t._daemonic and not t._is_stopped]
        if not waiting:
            break
        for thread in waiting:
            thread._done.wait()


class local:
    """Attributes that each thread sees separately.

    Each thread gets its own attribute dict on first touch; a subclass's
    `__init__` runs again, with the original arguments, in every new thread.
    """

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__state", (args, kwargs, {get_ident(): {}}))
        return self

    def __getattribute__(self, name):
        namespace = _local_namespace(self)
        if name == "__dict__":
            return namespace
        try:
            return namespace[name]
        except KeyError:
            pass
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            raise AttributeError("'%s' object has no attribute '%s'" % (_local_type_name(self), name)) from None

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % _local_type_name(self))
        _local_namespace(self)[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % _local_type_name(self))
        try:
            del _local_namespace(self)[name]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'" % (_local_type_name(self), name)) from None


# CPython's class is `_thread._local`; messages name it so.
local.__module__ = "_thread"


def _local_type_name(obj):
    cls = type(obj)
    return "_thread._local" if cls is local else cls.__name__


def _local_namespace(obj):
    args, kwargs, namespaces = object.__getattribute__(obj, "_local__state")
    ident = get_ident()
    try:
        return namespaces[ident]
    except KeyError:
        namespace = namespaces[ident] = {}
        init = type(obj).__init__
        if init is not object.__init__:
            init(obj, *args, **kwargs)
        return namespace


_main_thread = _MainThread()
