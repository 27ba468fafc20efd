"""nofw test harness: what every tests/test_*.py module is written against.

tests/run-all imports this module, builds one Ctx per test and calls the
module's test_<name>(ctx) functions (possibly several in parallel, each in its
own thread with its own temporary directory). Python 3 standard library, and
QEMU's qemu.qmp from the base's source tree for QMP.

A test runs QEMU through two helpers, both of which never hang: every wait has
a timeout, after which QEMU is killed and harness.Failure is raised with the
tail of what QEMU printed.
  run_qemu(ctx, args, ...)  one batch run to exit (subprocess.run style);
  Vm(ctx, args, ...)        an interactive run: QMP, waiting on the console or
                            the debugcon output, waiting for exit.
Both are scripts/qemu_vm.py's Qemu (one QEMU process and its QMP connection,
shared with scripts/diff-acpi.py) with the files of a test run.
Parsers and checks: guest_results() / assert_guest_ok() for the test guests'
"ENTRY n / PASS x / FAIL x: why / SUMMARY" protocol (tests/guest/libguest.c),
linux_args() / assert_linux_powered_off() for the Debian kernel guest
(scripts/make-kernel's "NOFW-*" console protocol).

A check that does not hold raises Failure(msg). Skip(reason) is only for
tests that cannot run on this host (no KVM).
"""

import fcntl
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))), "scripts"))
import qemu_vm  # noqa: E402

# A check did not hold; the message is the one-line reason. The QEMU layer
# raises it too (what went wrong with a QEMU run).
Failure = qemu_vm.Error


class Skip(Exception):
    """The test cannot run on this host (e.g. no /dev/kvm)."""


def fail(msg):
    raise Failure(msg)


def check(cond, msg):
    if not cond:
        raise Failure(msg)


def _tail(text, lines=30):
    return "\n".join(text.splitlines()[-lines:])


_read = qemu_vm.read_text


class Ctx:
    """What a test gets: paths, a private temporary directory, and the
    record of the QEMU runs it made (shown by run-all when the test fails)."""

    def __init__(self, qemu, top, name, tmpdir):
        self.qemu = qemu
        self.top = top
        self.build = os.path.join(top, "build")
        self.linux = os.path.join(self.build, "linux")
        self.guest = os.path.join(self.build, "guest")
        # the base this binary was built on: build/BASE/qemu/qemu-system-...
        self.base = os.path.basename(os.path.dirname(os.path.dirname(
            os.path.realpath(qemu))))
        self.name = name
        self.tmpdir = tmpdir
        self.runs = []          # _Run records, newest last
        self._procs = []        # Popen objects still to be reaped
        self._lock = threading.Lock()
        self._seq = 0

    def _prefix(self, label):
        with self._lock:
            self._seq += 1
            return os.path.join(self.tmpdir, "%s%d" % (label, self._seq))

    def _track(self, proc):
        with self._lock:
            self._procs.append(proc)

    def kill_all(self):
        """Kill every QEMU this test started that still runs (run-all calls
        it after each test)."""
        with self._lock:
            procs, self._procs = self._procs, []
        for p in procs:
            if p.poll() is None:
                p.kill()
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass

    def details(self, lines=30):
        """Text shown under a FAIL: the command line and the tails of the
        console, debugcon and stderr of the last QEMU run."""
        if not self.runs:
            return ""
        run = self.runs[-1]
        out = ["command: " + " ".join(_quote(a) for a in run.cmd)]
        if run.returncode is not None:
            out.append("exit status: %s" % run.returncode)
        for label, path in run.outputs():
            text = _read(path)
            if text.strip():
                out.append("--- %s (last %d lines) ---" % (label, lines))
                out.append(_tail(text, lines))
        return "\n".join(out)


def _quote(arg):
    if arg and re.fullmatch(r"[\w@%+=:,./-]+", arg):
        return arg
    return "'" + arg.replace("'", "'\\''") + "'"


class _Run(qemu_vm.Qemu):
    """One QEMU process of a test. Its files are ctx._prefix(label) plus
    .stdout, .stderr, with serial=True .serial (-serial file:), with
    debugcon=True .debugcon (an isa-debugcon at port 0xe9), with qmp=True
    .qmp (the QMP socket). start() records it in ctx.runs; run-all's
    watchdog kills it."""

    def __init__(self, ctx, label, args, serial=False, debugcon=False,
                 qmp=False, paused=False, qemu=None):
        self.ctx = ctx
        self.prefix = ctx._prefix(label)
        self.serial_path = self.prefix + ".serial" if serial else None
        self.debugcon_path = self.prefix + ".debugcon" if debugcon else None
        extra = []
        if self.serial_path:
            extra += ["-serial", "file:" + self.serial_path]
        if self.debugcon_path:
            extra += ["-chardev", "file,id=nofwdbg,path=" + self.debugcon_path,
                      "-device", "isa-debugcon,iobase=0xe9,chardev=nofwdbg"]
        super().__init__([qemu or ctx.qemu] + list(args) + extra,
                         self.prefix + ".stdout", self.prefix + ".stderr",
                         qmp_path=self.prefix + ".qmp" if qmp else None,
                         paused=paused)

    def outputs(self):
        out = []
        if self.serial_path:
            out.append(("console", self.serial_path))
        if self.debugcon_path:
            out.append(("debugcon", self.debugcon_path))
        out.append(("stdout", self.stdout_path))
        out.append(("stderr", self.stderr_path))
        return out

    def start(self, timeout=20, stdin=None):
        self.ctx.runs.append(self)
        return super().start(timeout, stdin)

    def started(self):
        self.ctx._track(self.proc)


class Result:
    """What run_qemu() returns. Text attributes are "" when not captured."""

    def __init__(self, run, duration):
        self.cmd = run.cmd
        self.returncode = run.returncode
        self.duration = duration
        self.stdout = _read(run.stdout_path)
        self.stderr = _read(run.stderr_path)
        self.serial = _read(run.serial_path) if run.serial_path else ""
        self.debugcon = _read(run.debugcon_path) if run.debugcon_path else ""


def run_qemu(ctx, args, timeout=60, serial=False, debugcon=False, qemu=None,
             stdin=None, timeout_ok=False):
    """Run ctx.qemu (or the binary qemu) with args until it exits; return a
    Result.

    serial=True adds -serial file:..., debugcon=True an isa-debugcon at port
    0xe9 writing to a file; their text is in .serial / .debugcon. stdin:
    bytes QEMU reads on its standard input. Exceeding timeout (seconds)
    kills QEMU and raises Failure, or with timeout_ok=True returns a Result
    whose returncode is None."""
    run = _Run(ctx, "qemu", args, serial, debugcon, qemu=qemu)
    start = time.monotonic()
    run.start(stdin=stdin)
    try:
        run.returncode = run.proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        run.kill()
        run.returncode = "killed after %ss timeout" % timeout
        if not timeout_ok:
            raise Failure("QEMU still running after %ss (killed)" % timeout)
        result = Result(run, time.monotonic() - start)
        result.returncode = None
        return result
    return Result(run, time.monotonic() - start)


class Vm(_Run):
    """An interactive QEMU run.

        with harness.Vm(ctx, args, serial=True) as vm:
            vm.wait_serial(r"NOFW-WAITING", 60)
            vm.qmp("system_powerdown")
            check(vm.wait_exit(30) == 0, "...")

    QMP (qemu_vm.Qemu: vm.qmp(), vm.hmp(), vm.wait_event(), vm.events) is on
    a unix socket in ctx.tmpdir, connected at start. paused=True adds -S (the
    guest starts with vm.qmp("cont")), so no QMP event can be missed. Leaving
    the with block always kills QEMU."""

    def __init__(self, ctx, args, serial=True, debugcon=False, qmp=True,
                 paused=False, start=True):
        super().__init__(ctx, "vm", args, serial, debugcon, qmp, paused)
        self.args = list(args)
        if start:
            self.start()

    # --- console / debugcon ---------------------------------------------
    @property
    def serial(self):
        return _read(self.serial_path) if self.serial_path else ""

    @property
    def debugcon(self):
        return _read(self.debugcon_path) if self.debugcon_path else ""

    @property
    def stderr(self):
        return _read(self.stderr_path)

    def _wait_text(self, what, path, regex, timeout, after, count):
        if path is None:
            raise Failure("Vm started without %s=True" % what)
        pattern = re.compile(regex, re.M)
        deadline = time.monotonic() + timeout
        while True:
            exited = self.proc.poll() is not None
            text = _read(path)
            # whole lines only while QEMU runs: a line still being written
            # can match a prefix of itself (a boot_id cut short)
            end = len(text) if exited else text.rfind("\n") + 1
            matches = list(pattern.finditer(text, after, end))
            if len(matches) >= count:
                return matches[count - 1]
            if exited:
                self.returncode = self.proc.returncode
                raise Failure("QEMU exited (status %s) before %s matched %r; "
                              "%s ends: %s" % (self.proc.returncode, what,
                                               regex, what, _last_line(text)))
            if time.monotonic() > deadline:
                self.kill()
                raise Failure("%s did not match %r within %ss; %s ends: %s"
                              % (what, regex, timeout, what, _last_line(text)))
            time.sleep(0.05)

    def wait_serial(self, regex, timeout=60, after=0, count=1):
        """Wait until the console text (from offset after) matches regex
        count times; return the count-th re.Match (its .end() is a good
        `after` for the next wait). Raises Failure on timeout or exit."""
        return self._wait_text("console", self.serial_path, regex,
                               timeout, after, count)

    def wait_debugcon(self, regex, timeout=60, after=0, count=1):
        """wait_serial() for the debugcon (port 0xe9) output."""
        return self._wait_text("debugcon", self.debugcon_path, regex,
                               timeout, after, count)


def _last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return repr(lines[-1][-200:]) if lines else "(nothing)"


# --- the test guests' protocol (tests/guest/libguest.c) ---------------------

class GuestEntry:
    """One "ENTRY n" section: check name -> True in passes, -> reason in
    fails; summary is (passed, failed) from the SUMMARY line, or None."""

    def __init__(self, number):
        self.number = number
        self.passes = {}
        self.fails = {}
        self.summary = None
        self.lines = []

    def __repr__(self):
        return "<GuestEntry %s: %d passed, %d failed%s>" % (
            self.number, len(self.passes), len(self.fails),
            "" if self.summary else ", no SUMMARY")


_GUEST_LINE = re.compile(
    r"^(?:ENTRY (?P<entry>\S+)"
    r"|PASS (?P<pass>\S+)"
    r"|FAIL (?P<fail>[^:\s]+):? ?(?P<why>.*)"
    r"|SUMMARY (?P<p>\d+) passed, (?P<f>\d+) failed)\s*$")


def guest_results(text):
    """Parse the test-guest protocol: "ENTRY n" opens an entry, then
    "PASS x", "FAIL x: why", "SUMMARY p passed, f failed". Other lines are
    ignored. Returns the list of GuestEntry (results before any ENTRY line go
    to an entry numbered None)."""
    entries = []
    cur = None
    for line in text.splitlines():
        m = _GUEST_LINE.match(line.rstrip("\r"))
        if not m:
            continue
        if m.group("entry") is not None:
            n = m.group("entry")
            cur = GuestEntry(int(n) if n.isdigit() else n)
            entries.append(cur)
            continue
        if cur is None:
            cur = GuestEntry(None)
            entries.append(cur)
        cur.lines.append(line.rstrip("\r"))
        if m.group("pass") is not None:
            cur.passes[m.group("pass")] = True
        elif m.group("fail") is not None:
            cur.fails[m.group("fail")] = m.group("why")
        else:
            cur.summary = (int(m.group("p")), int(m.group("f")))
    return entries


def assert_guest_ok(entry, what="guest"):
    """Failure unless the entry completed (SUMMARY seen, matching the PASS
    and FAIL lines), ran at least one check, and failed none."""
    if entry is None:
        fail("%s: no ENTRY line in its output" % what)
    name = "%s entry %s" % (what, entry.number)
    if entry.fails:
        fail("%s: %d check(s) failed: %s" % (
            name, len(entry.fails),
            "; ".join("FAIL %s: %s" % kv for kv in entry.fails.items())))
    if entry.summary is None:
        fail("%s: no SUMMARY line (guest stopped early?) after %d PASS"
             % (name, len(entry.passes)))
    if entry.summary != (len(entry.passes), len(entry.fails)):
        fail("%s: SUMMARY says %d passed, %d failed; saw %d PASS, %d FAIL"
             % ((name,) + entry.summary +
                (len(entry.passes), len(entry.fails))))
    if not entry.passes:
        fail("%s: ran no checks" % name)


# --- the Debian kernel guest (scripts/make-kernel) ---------------------------

def linux_args(ctx, append="", machine="q35", memory=512, smp=None,
               quiet=True, kernel="vmlinux"):
    """QEMU arguments booting build/linux/<kernel> + the busybox initramfs
    with TCG, no default devices and the console on ttyS0 (pair with
    serial=True). `append` is added to "console=ttyS0 panic=-1 [quiet]";
    nofw.action=... there selects what /init does after its report."""
    for f in (kernel, "initramfs.cpio.gz"):
        path = os.path.join(ctx.linux, f)
        if not os.path.exists(path):
            fail("%s missing: run scripts/make-kernel %s" % (path, ctx.linux))
    cmdline = "console=ttyS0 panic=-1" + (" quiet" if quiet else "")
    if append:
        cmdline += " " + append
    # More vCPUs than host CPUs under multi-threaded TCG once left a halted
    # AP without its timer interrupt for minutes (RCU stalls, CI only, not
    # reproduced in 32 loaded runs here); one TCG thread cannot lose that
    # wakeup and costs these mostly idle APs little.
    accel = "tcg"
    if smp is not None and int(str(smp).split(",")[0]) > (os.cpu_count() or 1):
        accel = "tcg,thread=single"
    args = ["-machine", machine, "-accel", accel, "-m", str(memory),
            "-nodefaults", "-display", "none",
            "-kernel", os.path.join(ctx.linux, kernel),
            "-initrd", os.path.join(ctx.linux, "initramfs.cpio.gz"),
            "-append", cmdline]
    if smp is not None:
        args += ["-smp", str(smp)]
    return args


def linux_report(text):
    """The NOFW-* lines of the Debian guest's /init as a dict (key without
    the NOFW- prefix -> rest of the line; the last occurrence wins), plus
    "ACPI-TABLES" -> list of names and "DMESG" -> list of lines."""
    rep = {"DMESG": []}
    for line in text.splitlines():
        line = line.rstrip("\r")
        if line.startswith("DMESG: "):
            rep["DMESG"].append(line[len("DMESG: "):])
        elif line.startswith("ACPI-TABLES"):
            rep["ACPI-TABLES"] = line.split()[1:]
        elif line.startswith("NOFW-"):
            key, _, rest = line[len("NOFW-"):].partition(" ")
            rep[key] = rest
    return rep


def assert_linux_powered_off(returncode, console):
    """The kernel guest finished its report and powered off through ACPI
    (not a panic, not a reset: with -no-reboot those exit 0 too)."""
    check("NOFW-INIT done" in console,
          "guest did not reach NOFW-INIT done; console ends: %s"
          % _last_line(console))
    check("Kernel panic" not in console, "guest kernel panicked: %s" % next(
        (line for line in console.splitlines() if "Kernel panic" in line), ""))
    check("reboot: Power down" in console,
          "no 'reboot: Power down' from the guest kernel (reset or hang "
          "instead of ACPI S5?); console ends: %s" % _last_line(console))
    check(returncode == 0, "QEMU exit status %s after guest power-off, "
          "expected 0" % returncode)


def assert_acpi_clean(rep, what="guest"):
    """The kernel enabled its ACPI interpreter and logged no ACPI error or
    warning and no checksum complaint (NOFW-ACPI-ERRORS, see /init)."""
    check(any("ACPI: Interpreter enabled" in line for line in rep["DMESG"]),
          "%s: dmesg has no 'ACPI: Interpreter enabled'" % what)
    check(rep.get("ACPI-ERRORS") == "0", "%s: ACPI errors in dmesg: %s"
          % (what, rep.get("ACPI-ERRORS")))


def linux_power_button(ctx, args):
    """Boot the kernel guest with nofw.action=wait-powerbutton in args,
    press the ACPI power button (QMP system_powerdown) once acpid listens,
    and check it powers off; returns the console text."""
    with Vm(ctx, args, serial=True) as vm:
        vm.wait_serial(r"^NOFW-(WAITING|ACPID-FAILED)", timeout=240)
        check("NOFW-WAITING" in vm.serial, "acpid did not start")
        vm.qmp("system_powerdown")
        vm.wait_serial(r"^NOFW-POWERBUTTON", timeout=60)
        rc = vm.wait_exit(60)
        console = vm.serial
    assert_linux_powered_off(rc, console)
    return console


# --- migration and snapshots ------------------------------------------------

def wait_migration(vm, what, timeout=60):
    """Poll query-migrate on vm (the source) until the migration completed;
    Failure if it failed, was cancelled or is still going after timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        st = vm.qmp("query-migrate")
        status = st.get("status")
        if status == "completed":
            return
        if status in ("failed", "cancelled"):
            fail("%s: migration %s: %s"
                 % (what, status, st.get("error-desc", "")))
        time.sleep(0.1)
    fail("%s: migration not completed within %ss" % (what, timeout))


def snapshot_save(vm, path, tag, size=64 << 20, timeout=60):
    """Create the qcow2 image path (size bytes) through vm's QMP and save
    the whole VM into it as snapshot tag (snapshot-save; a stopped VM stays
    stopped). Returns the -blockdev arguments a new QEMU with the same
    devices needs for -loadvm tag."""
    vm.qmp("blockdev-create", {"job-id": "c1", "options": {
        "driver": "file", "filename": path, "size": 0}})
    vm.wait_event("JOB_STATUS_CHANGE", match={"id": "c1",
                                              "status": "concluded"})
    vm.qmp("job-dismiss", id="c1")
    vm.qmp("blockdev-add", {"driver": "file", "node-name": "snapfile",
                            "filename": path})
    vm.qmp("blockdev-create", {"job-id": "c2", "options": {
        "driver": "qcow2", "file": "snapfile", "size": size}})
    vm.wait_event("JOB_STATUS_CHANGE", match={"id": "c2",
                                              "status": "concluded"})
    vm.qmp("job-dismiss", id="c2")
    vm.qmp("blockdev-add", {"driver": "qcow2", "node-name": "snap",
                            "file": "snapfile"})
    vm.qmp("snapshot-save", {"job-id": "s", "tag": tag, "vmstate": "snap",
                             "devices": ["snap"]})
    vm.wait_event("JOB_STATUS_CHANGE", timeout=timeout,
                  match={"id": "s", "status": "concluded"})
    err = [j.get("error") for j in vm.qmp("query-jobs")
           if j["id"] == "s" and j.get("error")]
    check(not err, "snapshot-save failed: %s" % err)
    return ["-blockdev", "driver=file,node-name=snapfile,filename=" + path,
            "-blockdev", "driver=qcow2,node-name=snap,file=snapfile"]


# --- test binaries built inside QEMU's tree ------------------------------

def run_built_test(ctx, rel, args=(), env=None, timeout=300):
    """Run build/qemu/<rel> (a glib test `make` builds with QEMU, e.g.
    tests/unit/test-nofw-loader) with --tap -k; return (status, output)."""
    exe = os.path.join(os.path.dirname(os.path.realpath(ctx.qemu)), rel)
    if not os.access(exe, os.X_OK):
        fail("%s not built (make builds it with QEMU)" % exe)
    p = subprocess.run([exe, "--tap", "-k"] + list(args),
                       env=dict(os.environ, **(env or {})),
                       capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout + p.stderr


def assert_tap_ok(name, status, out, minimum):
    """Every TAP test "ok", as many as planned, at least minimum of them,
    exit status 0."""
    bad = [line for line in out.splitlines() if line.startswith("not ok")]
    check(not bad, "%s: %s\n%s" % (name, "; ".join(bad), out[-3000:]))
    m = re.search(r"^1\.\.(\d+)$", out, re.M)
    oks = len(re.findall(r"^ok \d+", out, re.M))
    check(m and int(m.group(1)) == oks and oks >= minimum,
          "%s: plan %s, %d ok, expected >= %d" % (name, m and m.group(1),
                                                  oks, minimum))
    check(status == 0, "%s exit status %d" % (name, status))


# --- helper processes ------------------------------------------------------

class Swtpm:
    """A swtpm serving one QEMU on a unix control socket; stopped by its
    pid when done."""

    def __init__(self, ctx, label, tpm2=True):
        state = os.path.join(ctx.tmpdir, "swtpm-" + label)
        os.makedirs(state, exist_ok=True)
        self.sock = os.path.join(state, "ctrl.sock")
        if not shutil.which("swtpm"):
            fail("swtpm not installed (scripts/install-deps installs it)")
        cmd = ["swtpm", "socket", "--ctrl",
               "type=unixio,path=" + self.sock, "--tpmstate",
               "dir=" + state]
        if tpm2:
            cmd.insert(2, "--tpm2")
        self.log = open(os.path.join(state, "swtpm.log"), "wb")
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL,
                                     stdout=self.log, stderr=self.log)
        deadline = time.monotonic() + 10
        while not self._listening():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                fail("swtpm did not start (see %s)" % self.log.name)
            time.sleep(0.02)

    def _listening(self):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            s.connect(self.sock)
            return True
        except OSError:
            return False
        finally:
            s.close()

    def args(self):
        return ["-chardev", "socket,id=chrtpm,path=" + self.sock,
                "-tpmdev", "emulator,id=tpm0,chardev=chrtpm"]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


# --- host facilities ---------------------------------------------------------

KVM_GET_API_VERSION = 0xAE00


def kvm_available():
    """True if /dev/kvm opens read-write and speaks KVM API version 12."""
    try:
        fd = os.open("/dev/kvm", os.O_RDWR | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        return fcntl.ioctl(fd, KVM_GET_API_VERSION) == 12
    except OSError:
        return False
    finally:
        os.close(fd)


def require_kvm():
    if not kvm_available():
        raise Skip("KVM not available (/dev/kvm)")
