"""One QEMU process and its QMP connection: how nofw's Python code runs QEMU.

tests/harness.py (its Vm and run_qemu, so every tests/test_*.py) and
scripts/diff-acpi.py build on Qemu below; both import this file with
scripts/ on sys.path. A Qemu writes QEMU's stdout and stderr to files and,
given a socket path, talks QMP through QEMU's own Python library, qemu.qmp,
taken from the base's source tree (build/BASE/src/python, BASE the
binary's) or, for a QEMU from elsewhere, from the installed packages.
Nothing waits without a timeout: past it QEMU is killed and Error raised.
"""

import asyncio
import glob
import logging
import os
import subprocess
import sys
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# connecting QMP again: the socket is not up yet, or QEMU is exiting
QMP_RETRY = (FileNotFoundError, ConnectionError, EOFError)


class Error(Exception):
    """What went wrong, in one line (tests/harness.py's Failure)."""


def read_bytes(path):
    """The bytes of the file path."""
    with open(path, "rb") as f:
        return f.read()


def read_text(path):
    """The text of the file path ("" when it does not exist)."""
    try:
        with open(path, "rb") as f:
            return f.read().decode("utf-8", "replace")
    except FileNotFoundError:
        return ""


_qmp = None             # the qemu.qmp module, once imported


def qmp_library(binary):
    """qemu.qmp, preferably from the source tree binary was built from
    (build/BASE/qemu/qemu-system-x86_64 -> build/BASE/src/python), else as
    installed, else from any base's tree in this checkout."""
    global _qmp
    if _qmp is not None:
        return _qmp
    own = os.path.join(os.path.dirname(os.path.dirname(
        os.path.realpath(binary))), "src", "python")
    trees = [own] + sorted(glob.glob(os.path.join(TOP, "build", "*", "src",
                                                  "python")), reverse=True)
    trees = [t for t in trees
             if os.path.isfile(os.path.join(t, "qemu", "qmp", "__init__.py"))]
    if trees and trees[0] == own:
        sys.path.insert(0, own)
    elif trees:
        sys.path.append(trees[0])   # after an installed qemu.qmp
    # no __pycache__ in the base's source tree
    keep, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        from qemu import qmp
    except ImportError:
        raise Error("QEMU's Python QMP library qemu.qmp not found: not in "
                    "%s (make unpacks the base's source there) nor "
                    "installed" % own)
    finally:
        sys.dont_write_bytecode = keep
    # Errors reach the caller as Error; the library's log would repeat them.
    log = logging.getLogger("qemu.qmp")
    log.addHandler(logging.NullHandler())
    log.propagate = False
    _qmp = qmp
    return qmp


class Qemu:
    """One QEMU process: the command line cmd, stdout and stderr in files
    (one file when stderr_path is None), with qmp_path a QMP monitor on that
    unix socket (connected by start()), with paused=True -S.

        with Qemu(cmd, out, err, qmp_path=sock).start() as vm:
            vm.qmp("system_powerdown")
            vm.wait_exit(30)

    Every QMP event received is appended to self.events. Leaving the with
    block, or kill(), stops QEMU."""

    qmp_timeout = 30    # seconds a QMP command may take, by default

    def __init__(self, cmd, stdout_path, stderr_path=None, qmp_path=None,
                 paused=False):
        self.cmd = list(cmd)
        if qmp_path:
            self.cmd += ["-qmp", "unix:%s,server=on,wait=off" % qmp_path]
        if paused:
            self.cmd += ["-S"]
        self.stdout_path = stdout_path
        self.stderr_path = stderr_path or stdout_path
        self.qmp_path = qmp_path
        self.proc = None
        self.returncode = None  # the exit status, or why QEMU was killed
        self.events = []        # every QMP event received, in order
        self._claimed = set()   # indexes of events returned by wait_event
        self._client = None     # qemu.qmp.QMPClient while connected
        self._loop = None       # its event loop, private to this Qemu
        self._greeted = False   # QMP came up: QEMU's main loop runs

    # --- process -----------------------------------------------------------
    def start(self, timeout=20, stdin=None):
        """Start QEMU and, with a qmp_path, connect QMP (the socket must
        appear within timeout seconds). stdin: bytes QEMU reads on its
        standard input (else /dev/null). Returns self."""
        if self.qmp_path:
            qmp_library(self.cmd[0])
        out = open(self.stdout_path, "wb")
        err = out if self.stderr_path == self.stdout_path else \
            open(self.stderr_path, "wb")
        try:
            self.proc = subprocess.Popen(
                self.cmd, stdout=out, stderr=err, start_new_session=True,
                stdin=subprocess.DEVNULL if stdin is None else subprocess.PIPE)
        except OSError as e:
            raise Error("cannot run %s: %s" % (self.cmd[0], e.strerror))
        finally:
            out.close()
            err.close()
        self.started()
        if stdin is not None:
            try:
                self.proc.stdin.write(stdin)
                self.proc.stdin.close()
            except BrokenPipeError:
                pass            # QEMU exited before reading it
        if self.qmp_path:
            self._connect(timeout)
        return self

    def started(self):
        """Called once the process exists, before QMP is connected."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.kill()
        return False

    @property
    def pid(self):
        return self.proc.pid

    def running(self):
        return self.proc is not None and self.proc.poll() is None

    def kill(self):
        """Kill QEMU (if it still runs) and close QMP. Idempotent."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
            if self.returncode is None:
                self.returncode = "killed"
        elif self.proc is not None and self.returncode is None:
            self.returncode = self.proc.returncode  # it exited by itself
        self._disconnect()

    def wait_exit(self, timeout=60):
        """Wait for QEMU to exit by itself; return its exit status. Events
        QEMU sent before exiting (SHUTDOWN, ...) are collected into
        self.events. On timeout QEMU is killed and Error raised."""
        try:
            rc = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise Error("QEMU did not exit within %ss (killed)" % timeout)
        self.returncode = rc
        if self._client is not None:
            # QEMU has closed the socket: read up to there
            deadline = time.monotonic() + 5
            while self._qmp_up() and time.monotonic() < deadline:
                self._pump(0.05)
        return rc

    def stderr_tail(self, lines=5):
        text = read_text(self.stderr_path)
        return " | ".join(line.strip() for line in
                          text.strip().splitlines()[-lines:])

    def died(self, what):
        """Error for a QEMU that exited while `what` (or before QMP came
        up): its exit status and the last lines of its stderr."""
        if not self._greeted:
            what = "failed to start"
        try:
            rc = self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            rc = "unknown: still running, killed"
            self.proc.kill()
        if self.returncode is None:
            self.returncode = rc
        return Error("QEMU %s (exit status %s): %s" % (
            what, rc, self.stderr_tail() or "no output"))

    # --- QMP ---------------------------------------------------------------
    def _connect(self, timeout):
        self._loop = asyncio.new_event_loop()
        self._client = _qmp.QMPClient()
        try:
            self._greet(timeout)
        except Error:
            self.kill()
            raise
        self._greeted = True

    def _greet(self, timeout):
        # machine creation can take long (-smp 288 under a sanitizer)
        answer = max(30, timeout)
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise self.died("failed to start")
            try:
                return self._run(self._client.connect(self.qmp_path), answer)
            except asyncio.TimeoutError:
                raise Error("QEMU did not answer QMP within %ss" % answer)
            except _qmp.ConnectError as e:
                if not isinstance(e.exc, QMP_RETRY):
                    raise Error("QMP connection to %s failed: %s"
                                % (self.qmp_path, e))
            if time.monotonic() > deadline:
                raise Error("QEMU started but its QMP socket did not appear "
                            "within %ss" % timeout)
            time.sleep(0.02)

    def _run(self, coroutine, timeout):
        """Run the QMP client until coroutine finishes (asyncio.TimeoutError
        after timeout seconds); events received meanwhile go to
        self.events."""
        try:
            return self._loop.run_until_complete(
                asyncio.wait_for(coroutine, timeout))
        finally:
            self._loop.run_until_complete(self._take_events())

    async def _take_events(self):
        listener = self._client.events
        while not listener.empty():
            self.events.append(dict(await listener.get()))

    async def _next_event(self):
        self.events.append(dict(await self._client.events.get()))

    def _pump(self, timeout):
        """Read QMP until an event arrives, at most timeout seconds."""
        try:
            self._run(self._next_event(), timeout)
        except asyncio.TimeoutError:
            pass

    def _qmp_up(self):
        return self._client is not None and \
            self._client.runstate == _qmp.Runstate.RUNNING

    def _disconnect(self):
        if self._client is not None:
            try:
                self._loop.run_until_complete(asyncio.wait_for(
                    self._client.disconnect(), 5))
            except Exception:
                pass            # why QEMU went away was reported already
            self._client = None
        if self._loop is not None:
            self._loop.close()
            self._loop = None

    def qmp(self, cmd, arguments=None, timeout=None, check_error=True,
            **kwargs):
        """Execute one QMP command and return its "return" value. Arguments
        come from the dict `arguments` (for names with '-') and/or keyword
        arguments. An error reply raises Error unless check_error=False,
        which returns the whole reply instead. Waits timeout seconds
        (default self.qmp_timeout) for the reply."""
        if self._client is None:
            raise Error("QMP %s: no QMP connection" % cmd)
        args = dict(arguments or {})
        args.update(kwargs)
        timeout = timeout or self.qmp_timeout
        msg = self._client.make_execute_msg(cmd, args or None)
        try:
            return self._run(self._client.execute_msg(msg), timeout)
        except _qmp.ExecuteError as e:
            if check_error:
                raise Error("QMP %s failed: %s" % (cmd, e))
            return dict(e.received)
        except asyncio.TimeoutError:
            raise Error("QMP %s: no reply within %ss" % (cmd, timeout))
        except (_qmp.ExecInterruptedError, _qmp.StateError):
            raise self.died("exited during QMP %s" % cmd)

    def hmp(self, command_line):
        """Run an HMP command through QMP; return its text output."""
        return self.qmp("human-monitor-command",
                        {"command-line": command_line})

    def read_memory(self, addr, size):
        """size bytes of guest-physical memory at addr (QMP pmemsave into
        a file beside the stderr file)."""
        path = os.path.splitext(self.stderr_path)[0] + ".mem"
        self.qmp("pmemsave", val=addr, size=size, filename=path)
        data = read_bytes(path)
        os.unlink(path)
        if len(data) != size:
            raise Error("pmemsave 0x%x+%d returned %d bytes"
                        % (addr, size, len(data)))
        return data

    def wait_event(self, name, timeout=30, match=None):
        """Return the first QMP event called name (whose "data" contains the
        items of the dict match, if given) not returned before; waits for it
        up to timeout seconds."""
        def find():
            for i, ev in enumerate(self.events):
                if i in self._claimed or ev.get("event") != name:
                    continue
                data = ev.get("data", {})
                if match and any(data.get(k) != v for k, v in match.items()):
                    continue
                self._claimed.add(i)
                return ev
            return None

        deadline = time.monotonic() + timeout
        while True:
            ev = find()
            if ev is not None:
                return ev
            left = deadline - time.monotonic()
            if left <= 0:
                raise Error("no QMP event %s%s within %ss (events: %s)" % (
                    name, " %r" % match if match else "", timeout,
                    ", ".join(e.get("event", "?") for e in self.events) or
                    "none"))
            if not self._qmp_up():
                raise Error("no QMP event %s: QMP closed" % name)
            self._pump(min(left, 0.5))
