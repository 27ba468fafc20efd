"""nofw benchmark measurement: run QEMU, time it, alternate the paths.

bench/sections.py builds each section's QEMU runs on these: Bench.run (one
run to QEMU's exit, wall and CPU time), Bench.run_until_debugcon (peak RSS
of a live QEMU), timed_rounds (probe, warm-up, then alternated rounds) and
HostLoad (CPU the rest of the host used meanwhile). bench/run creates the
one Bench at start. Files are read with tests/harness.py's _read.
"""

import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time

# settings first: it puts tests/ on sys.path for harness
from settings import TOP, log
import harness
from harness import _read


class Outcome:
    """One QEMU run: ok, wall seconds, why it failed, captured text."""

    def __init__(self, ok, secs=None, why="", stderr="", extra=None):
        self.ok = ok
        self.secs = secs
        self.why = why
        self.stderr = stderr
        self.extra = extra or {}
        self.refused = False


def qemu_errors(stderr):
    """QEMU's error lines (warnings and trace lines are not errors)."""
    return [line for line in stderr.splitlines()
            if line.startswith("qemu-system") and "warning:" not in line]


def refused_reason(out):
    """How to show a path QEMU would not run."""
    if "not implemented" in out.why:
        return "n/a (not implemented)"
    return "n/a (%s)" % out.why


class Bench:
    """The QEMU binary under test, a private temporary directory, and
    build/BASE/bench (`out`), where failed runs' logs are kept."""

    def __init__(self, qemu, out):
        self.qemu = os.path.abspath(qemu)
        self.out = out
        self.logs = os.path.join(out, "logs")
        self.tmp = tempfile.mkdtemp(prefix="nofw-bench.")
        # for tests/harness.py helpers (swtpm state under self.tmp)
        self.ctx = harness.Ctx(self.qemu, TOP, "bench", self.tmp)
        self.seq = 0
        self.binary_id = self._binary_id()
        self.notes = []

    def _binary_id(self):
        try:
            st = os.stat(self.qemu)
            return (st.st_size, st.st_mtime_ns)
        except OSError:
            return None

    def binary_changed(self):
        return self._binary_id() != self.binary_id

    def wait_binary(self):
        """The QEMU binary may be missing for a moment while another user
        rebuilds it: wait for it instead of recording a failure."""
        deadline = time.monotonic() + 300
        warned = False
        while not os.access(self.qemu, os.X_OK):
            if time.monotonic() > deadline:
                sys.exit("bench: %s missing for 5 minutes" % self.qemu)
            if not warned:
                log("  (%s missing, waiting for a rebuild to finish)"
                    % self.qemu)
                warned = True
            time.sleep(5)

    def files(self, label):
        self.seq += 1
        base = os.path.join(self.tmp, "%s.%d" % (label, self.seq))
        return base + ".stderr", base + ".serial", base + ".debugcon"

    def keep_log(self, label, stderr_path, serial_path=None):
        """Copy a failed run's output to build/BASE/bench/logs/."""
        os.makedirs(self.logs, exist_ok=True)
        for src in (stderr_path, serial_path):
            if src and os.path.exists(src):
                shutil.copy(src, os.path.join(
                    self.logs, label + os.path.splitext(src)[1]))

    def run(self, label, args, expect_rc, timeout, serial=False, check=None):
        """Run QEMU to its exit; time it from spawn to reaped exit."""
        self.wait_binary()
        err_path, ser_path, _ = self.files(label)
        cmd = [self.qemu] + args
        if serial:
            cmd += ["-serial", "file:" + ser_path]
        with open(err_path, "wb") as err:
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=err)
            exited = wait_exit(proc, timeout)
            secs = time.perf_counter() - t0
            if not exited:
                proc.kill()
            # wait4, not Popen.wait: it also gives the CPU time QEMU used,
            # which queues for a CPU on a busy host do not inflate.
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            rc = proc.returncode if exited else None
            cpu = usage.ru_utime + usage.ru_stime
        stderr = _read(err_path)
        text = _read(ser_path) if serial else ""
        why = ""
        if rc is None:
            why = "timeout after %d s" % timeout
        elif qemu_errors(stderr):
            why = qemu_errors(stderr)[0]
        elif rc != expect_rc:
            why = "exit status %s, expected %s" % (rc, expect_rc)
        elif check:
            why = check(text)
        if why:
            self.keep_log("%s.%d" % (label, self.seq), err_path,
                          ser_path if serial else None)
        out = Outcome(not why, secs, why, stderr,
                      {"serial": text, "cpu": cpu})
        # QEMU said why and exited: the configuration is not supported
        # (e.g. nofw-pm=reduced before it existed), not a flaky run.
        out.refused = rc is not None and bool(qemu_errors(stderr))
        os.unlink(err_path)
        if serial and os.path.exists(ser_path):
            os.unlink(ser_path)
        return out

    def run_until_debugcon(self, label, args, marker, timeout):
        """Start QEMU with a debugcon file, wait for `marker` in it, sample
        /proc/PID/status (VmHWM, VmRSS) and kill QEMU."""
        self.wait_binary()
        err_path, _, dc_path = self.files(label)
        cmd = [self.qemu] + args + ["-debugcon", "file:" + dc_path]
        with open(err_path, "wb") as err:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=err)
        deadline = time.monotonic() + timeout
        status = None
        why = ""
        try:
            while True:
                if marker in _read(dc_path):
                    status = _read("/proc/%d/status" % proc.pid)
                    break
                if proc.poll() is not None:
                    why = "QEMU exited (status %s) before %r" % (
                        proc.returncode, marker)
                    break
                if time.monotonic() > deadline:
                    why = "no %r on debugcon within %d s" % (marker, timeout)
                    break
                time.sleep(0.002)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
        stderr = _read(err_path)
        if not why and qemu_errors(stderr):
            why = qemu_errors(stderr)[0]
        kb = {}
        for key in ("VmHWM", "VmRSS"):
            m = re.search(r"^%s:\s+(\d+) kB" % key, status or "", re.M)
            if m:
                kb[key] = int(m.group(1))
        if not why and "VmHWM" not in kb:
            why = "no VmHWM in /proc/%d/status" % proc.pid
        if why:
            self.keep_log("%s.%d" % (label, self.seq), err_path)
        for p in (err_path, dc_path):
            if os.path.exists(p):
                os.unlink(p)
        return Outcome(not why, None, why, stderr, kb)


def wait_exit(proc, timeout):
    """True when proc exited within timeout seconds. Not Popen.wait(timeout):
    it polls with sleeps growing to 50 ms, which quantizes the wall times
    (32, 64, 114 ms...). A pidfd becomes readable the moment the child
    exits."""
    fd = os.pidfd_open(proc.pid)
    try:
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        return bool(poller.poll(timeout * 1000))
    finally:
        os.close(fd)


class HostLoad:
    """CPU time the rest of the host used while a section ran: all busy
    time in /proc/stat minus what this script and its children used.
    Other users' builds and tests on a small machine make wall times
    noisy; this puts a number on it."""

    def __init__(self):
        self.t0 = time.monotonic()
        self.busy0 = self._busy()
        self.own0 = self._own()

    @staticmethod
    def _busy():
        f = [int(x) for x in _read("/proc/stat").split("\n", 1)[0].split()[1:]]
        # user nice system idle iowait irq softirq steal ...
        return (sum(f[:8]) - f[3] - f[4]) / os.sysconf("SC_CLK_TCK")

    @staticmethod
    def _own():
        import resource
        c = resource.getrusage(resource.RUSAGE_CHILDREN)
        m = resource.getrusage(resource.RUSAGE_SELF)
        return c.ru_utime + c.ru_stime + m.ru_utime + m.ru_stime

    def share(self):
        """Fraction of all host CPUs used by others since creation."""
        wall = time.monotonic() - self.t0
        other = (self._busy() - self.busy0) - (self._own() - self.own0)
        return max(0.0, other) / (wall * (os.cpu_count() or 1)) if wall else 0


def timed_rounds(bench, paths, make_args, expect_rc, timeout, runs, label,
                 serial=False, check=None, warmup=True, deadline=None):
    """A probe run per path (a path QEMU refuses gets its reason as "na";
    untimed warm-up unless warmup=False), then alternated rounds up to
    `runs` timed runs per path. With a deadline (time.monotonic()), no
    round starts that would likely end after it. Returns {key: {"times",
    "cpu", "na", "fails", "cut"}}."""
    res = {p.key: {"times": [], "cpu": [], "na": None, "fails": [],
                   "cut": False} for p in paths}

    def record(p, out):
        if out.ok:
            res[p.key]["times"].append(out.secs)
            res[p.key]["cpu"].append(out.extra["cpu"])
        else:
            res[p.key]["fails"].append(out.why)

    live = []
    for p in paths:
        out = bench.run("%s-%s-probe" % (label, p.key), make_args(p),
                        expect_rc, timeout, serial, check)
        if out.refused:
            res[p.key]["na"] = refused_reason(out)
            log("  %-22s %s" % (p.label, res[p.key]["na"]))
            continue
        live.append(p)
        if not warmup:
            record(p, out)
        elif not out.ok:
            res[p.key]["fails"].append("warm-up: " + out.why)
    n = runs - (0 if warmup else 1)
    last = 0.0          # duration of the previous round
    for i in range(n):
        t0 = time.monotonic()
        if deadline and t0 + last > deadline:
            for p in live:
                res[p.key]["cut"] = True
            log("  stopped after %d rounds: QUICK time budget" % i)
            break
        order = live[i % len(live):] + live[:i % len(live)] if live else []
        for p in order:
            record(p, bench.run("%s-%s-%d" % (label, p.key, i), make_args(p),
                                expect_rc, timeout, serial, check))
        last = time.monotonic() - t0
        log("  round %d/%d done" % (i + 1, n))
    return res
