"""Futures and a thread-pool executor (weft's own implementation of
CPython's `concurrent.futures` API, threads only)."""

import queue as _queue
import threading as _threading
import time as _time

__all__ = [
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
    "InvalidStateError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
    "ThreadPoolExecutor",
]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_RUNNING = "RUNNING"
_CANCELLED = "CANCELLED"
_CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
_FINISHED = "FINISHED"

_STATE_TO_DESCRIPTION = {
    _PENDING: "pending",
    _RUNNING: "running",
    _CANCELLED: "cancelled",
    _CANCELLED_AND_NOTIFIED: "cancelled",
    _FINISHED: "finished",
}


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class _Waiter:
    """Collects futures as they finish, for `wait` and `as_completed`."""

    def __init__(self):
        self.event = _threading.Event()
        self.lock = _threading.Lock()
        self.finished = []

    def add(self, future):
        with self.lock:
            self.finished.append(future)
        self.event.set()

    def take(self):
        with self.lock:
            finished = self.finished
            self.finished = []
            self.event.clear()
            return finished


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = _threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as error:
                print("exception calling callback for %r" % self, file=__import__("sys").stderr)
                __import__("sys").excepthook(type(error), error, None)

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception:
                    return "<%s at %#x state=%s raised %s>" % (
                        self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION[self._state],
                        self._exception.__class__.__name__)
                return "<%s at %#x state=%s returned %s>" % (
                    self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION[self._state],
                    self._result.__class__.__name__)
            return "<%s at %#x state=%s>" % (self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION[self._state])

    def cancel(self):
        with self._condition:
            if self._state in [_RUNNING, _FINISHED]:
                return False
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]

    def __get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as error:
            print("exception calling callback for %r" % self, file=__import__("sys").stderr)
            __import__("sys").excepthook(type(error), error, None)

    def result(self, timeout=None):
        with self._condition:
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            if self._state == _FINISHED:
                return self.__get_result()
            self._condition.wait(timeout)
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            if self._state == _FINISHED:
                return self.__get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add(self)
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    def _finish(self, result, exception):
        with self._condition:
            if self._state in {_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED}:
                raise InvalidStateError("{}: {!r}".format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = _FINISHED
            for waiter in self._waiters:
                waiter.add(self)
            self._condition.notify_all()
        self._invoke_callbacks()


def _finished(future):
    return future._state in [_CANCELLED_AND_NOTIFIED, _FINISHED]


def _install_waiter(futures):
    """A waiter every pending future reports to, and the futures already done."""
    waiter = _Waiter()
    done = []
    for future in futures:
        with future._condition:
            if _finished(future) or future._state == _CANCELLED:
                done.append(future)
            else:
                future._waiters.append(waiter)
    return waiter, done


def _remove_waiter(futures, waiter):
    for future in futures:
        with future._condition:
            if waiter in future._waiters:
                future._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Yields the futures in `fs` as they complete (finished or cancelled)."""
    end_time = None if timeout is None else timeout + _time.monotonic()
    fs = set(fs)
    total = len(fs)
    waiter, done = _install_waiter(fs)
    pending = fs - set(done)
    try:
        yield from done
        while pending:
            if end_time is None:
                wait_time = None
            else:
                wait_time = end_time - _time.monotonic()
                if wait_time < 0:
                    raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total))
            waiter.event.wait(wait_time)
            for future in waiter.take():
                if future in pending:
                    pending.remove(future)
                    yield future
    finally:
        _remove_waiter(fs, waiter)


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % (self[0], self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures in `fs` meet `return_when` or `timeout` passes."""
    fs = set(fs)
    end_time = None if timeout is None else timeout + _time.monotonic()
    waiter, done = _install_waiter(fs)
    done = set(done)
    try:
        while True:
            not_done = fs - done
            if not not_done:
                break
            if return_when == FIRST_COMPLETED and done:
                break
            if return_when == FIRST_EXCEPTION and any(
                    not f.cancelled() and f._exception is not None for f in done):
                break
            if end_time is None:
                waiter.event.wait()
            else:
                left = end_time - _time.monotonic()
                if left <= 0 or not waiter.event.wait(left):
                    done.update(waiter.take())
                    break
            done.update(waiter.take())
    finally:
        _remove_waiter(fs, waiter)
    return DoneAndNotDoneFutures(done, fs - done)


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end_time = None if timeout is None else timeout + _time.monotonic()
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                futures.reverse()
                while futures:
                    if end_time is None:
                        yield futures.pop().result()
                    else:
                        yield futures.pop().result(end_time - _time.monotonic())
            finally:
                for future in futures:
                    future.cancel()

        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as error:
            self.future.set_exception(error)
            self = None
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            executor._broken = "A thread initializer failed, the thread pool is not usable anymore"
            return
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
            continue
        # None means shut down: pass the signal on to the next worker.
        work_queue.put(None)
        return


# Pools still running when the program ends are shut down (and waited for)
# before the interpreter waits for threads, as CPython's atexit hook does.
_live_executors = []


def _shutdown_all():
    for executor in list(_live_executors):
        executor.shutdown(wait=True)


_threading._register_atexit(_shutdown_all)


def _default_workers():
    try:
        import os
        cpus = os.cpu_count()
    except ImportError:
        cpus = None
    return min(32, (cpus or 1) + 4)


class ThreadPoolExecutor(Executor):
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = _default_workers()
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = _threading.Semaphore(0)
        self._threads = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = _threading.Lock()
        ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % (ThreadPoolExecutor._counter - 1))
        self._initializer = initializer
        self._initargs = initargs
        _live_executors.append(self)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenExecutor(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            future = Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    def _adjust_thread_count(self):
        # An idle worker will pick the item up; otherwise start one if allowed.
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count < self._max_workers:
            thread = _threading.Thread(
                name="%s_%d" % (self._thread_name_prefix, count),
                target=_worker,
                args=(self, self._work_queue, self._initializer, self._initargs),
            )
            thread.start()
            self._threads.append(thread)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if self in _live_executors:
            _live_executors.remove(self)
        if wait:
            for thread in self._threads:
                thread.join()
