"""nofw under a real libvirt (examples/libvirt/): the example domains boot the
Debian kernel firmwareless through the command line libvirt generates, and
libvirt's lifecycle operations work on them: reboot (ACPI: libvirt's fake
reboot), reset, shutdown, destroy, save/restore, both PM modes, nofw=on and
nofw=off forced through <qemu:commandline>. A kernel nofw=on cannot boot
fails `virsh start` with QEMU's one line in libvirt's error, and the daemon
stays usable. Everything is checked on the guest's serial console (ttyS0,
libvirt's <log> of the pty) and on SeaBIOS's debug port 0x402 (an
isa-debugcon added through <qemu:commandline>), not on exit codes alone.

Each test runs its own libvirtd and stops it at the end, whatever happens
(Libvirt below): the machine's libvirt, if any, its sockets, configuration
and domains are never touched, and nothing is left behind. The daemon runs in
session mode (qemu:///session) as the unprivileged user `nobody` (or as the
caller when not root), with HOME and XDG_{CONFIG,CACHE,RUNTIME}_HOME/DIR in
the test's tmpdir, so it needs none of what system mode needs as root (the
libvirt-qemu user, a security driver, cgroups, mount namespaces,
virtlogd: stdio_handler = "file" in its private qemu.conf), and every path it
uses is private. virsh connects as the same user through the socket URI,
which never autostarts a daemon.
"""

import json
import os
import pwd
import re
import shutil
import signal
import subprocess
import time
import xml.etree.ElementTree as ET

import harness
from harness import check, fail

LIBVIRTD = "/usr/sbin/libvirtd"
QEMU_NS = "http://libvirt.org/schemas/domain/qemu/1.0"
DOM = "nofw-q35"                # the examples' domain name
INSTALL = ("scripts/install-deps installs libvirt-daemon, "
           "libvirt-daemon-driver-qemu and libvirt-clients")
BOOT_TIMEOUT = 240              # one TCG boot to the guest's userspace


def _tail(path, lines=25):
    try:
        with open(path, "rb") as f:
            text = f.read().decode("utf-8", "replace")
    except OSError:
        return "(no %s)" % path
    return "\n".join(text.splitlines()[-lines:])


class Libvirt:
    """A private libvirtd in session mode, in ctx.tmpdir; stop() ends it,
    the QEMU processes it started, and nothing else."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.proc = None
        if not (os.access(LIBVIRTD, os.X_OK) and shutil.which("virsh")):
            fail("libvirtd or virsh missing: " + INSTALL)
        if os.geteuid() == 0:
            pw = pwd.getpwnam("nobody")
            self.user = "nobody"
            self.ids = {"user": pw.pw_uid, "group": pw.pw_gid,
                        "extra_groups": []}
            os.chown(ctx.tmpdir, pw.pw_uid, pw.pw_gid)
        else:
            self.user = pwd.getpwuid(os.geteuid()).pw_name
            self.ids = {}
        t = ctx.tmpdir
        self.home, self.config = os.path.join(t, "h"), os.path.join(t, "c")
        self.cache, self.run = os.path.join(t, "k"), os.path.join(t, "r")
        for d in (self.home, self.config, self.cache, self.run):
            os.mkdir(d, 0o700)
            if self.ids:
                os.chown(d, self.ids["user"], self.ids["group"])
        # libvirt binds a monitor socket in <config>/libvirt/qemu/lib/
        # domain-<id>-<name>/; sun_path holds 107 bytes.
        sock = os.path.join(self.config, "libvirt/qemu/lib/domain-99-%s/"
                            "monitor.sock" % DOM)
        check(len(sock) < 108, "tmpdir %s too long for libvirt's unix "
              "sockets (%d bytes): use a shorter TMPDIR" % (t, len(sock)))
        qemu_conf = os.path.join(self.config, "libvirt", "qemu.conf")
        self._write(qemu_conf, 'stdio_handler = "file"\n')
        self.sock = os.path.join(self.run, "libvirt", "libvirt-sock")
        self.uri = "qemu+unix:///session?socket=" + self.sock
        self.env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL": "C",
                    "HOME": self.home, "XDG_CONFIG_HOME": self.config,
                    "XDG_CACHE_HOME": self.cache,
                    "XDG_RUNTIME_DIR": self.run}
        self.log_path = os.path.join(t, "libvirtd.log")

    def _write(self, path, text):
        """Write a file the daemon's user can read, in a directory (made
        if needed) that it owns."""
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        os.chmod(path, 0o644)
        if self.ids:
            os.chown(os.path.dirname(path), self.ids["user"],
                     self.ids["group"])

    def write(self, name, text):
        """A file in tmpdir the daemon's user can read; returns its path."""
        path = os.path.join(self.ctx.tmpdir, name)
        self._write(path, text)
        return path

    def unreadable(self, paths, test="-r"):
        """The paths for which `test <test> path` fails as the daemon's
        user (its QEMU reads the binary, its firmware links, the kernel
        and initrd; it writes into tmpdir)."""
        p = subprocess.run(
            ["sh", "-c", 'op=$1; shift; for f; do test $op "$f" || '
             'echo "$f"; done', "sh", test] + list(paths), env=self.env,
            capture_output=True, text=True, timeout=30, **self.ids)
        check(p.returncode == 0, "test %s as user %s: %s" % (
            test, self.user, p.stderr.strip()))
        return p.stdout.split()

    def readable(self, path):
        """path, or a copy in tmpdir/stage when the daemon's user cannot
        read it (a checkout under a private directory such as /root)."""
        if not self.unreadable([path]):
            return path
        stage = os.path.join(self.ctx.tmpdir, "stage")
        os.makedirs(stage, exist_ok=True)
        os.chmod(stage, 0o755)
        copy = os.path.join(stage, os.path.basename(path))
        if not os.path.exists(copy):
            shutil.copy(path, copy)
            os.chmod(copy, 0o755)
        return copy

    def check_access(self, paths, test="-r"):
        """Fail unless `test <test> path` holds for every path as the
        daemon's user."""
        bad = self.unreadable(paths, test)
        check(not bad, "test %s fails as user %s (a directory above "
              "without o+x?): %s" % (test, self.user, bad))

    def start(self, timeout=60):
        self.check_access([self.ctx.tmpdir], "-w")
        log = open(self.log_path, "wb")
        try:
            self.proc = subprocess.Popen(
                [LIBVIRTD], env=self.env, stdin=subprocess.DEVNULL,
                stdout=log, stderr=log, start_new_session=True, **self.ids)
        finally:
            log.close()
        self.ctx._track(self.proc)      # run-all's watchdog kills it too
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                fail("private libvirtd exited with status %s\n%s"
                     % (self.proc.returncode, _tail(self.log_path)))
            if os.path.exists(self.sock) and \
                    self.virsh("uri", timeout=30).returncode == 0:
                return self
            if time.monotonic() > deadline:
                fail("private libvirtd not answering on %s after %ss\n%s"
                     % (self.sock, timeout, _tail(self.log_path)))
            time.sleep(0.1)

    def virsh(self, *args, timeout=120):
        """virsh -c <private URI> args, as the daemon's user."""
        try:
            return subprocess.run(["virsh", "-c", self.uri] + list(args),
                                  env=self.env, capture_output=True,
                                  text=True, timeout=timeout, **self.ids)
        except subprocess.TimeoutExpired:
            fail("virsh %s: no answer within %ss" % (" ".join(args), timeout))

    def ok(self, *args, timeout=120):
        """virsh args, which must succeed; returns its stdout."""
        r = self.virsh(*args, timeout=timeout)
        check(r.returncode == 0, "virsh %s failed (status %d): %s"
              % (" ".join(args), r.returncode, r.stderr.strip()))
        return r.stdout

    def qmp(self, dom, command, **arguments):
        """A QMP command through virsh qemu-monitor-command; its return."""
        out = self.ok("qemu-monitor-command", dom, json.dumps(
            {"execute": command, "arguments": arguments}))
        return json.loads(out)["return"]

    def state(self, dom):
        """`virsh domstate --reason`, e.g. "shut off (shutdown)"."""
        return self.ok("domstate", "--reason", dom).strip()

    def wait_state(self, dom, want, timeout=60):
        """Wait until the domain's state (with reason) starts with want."""
        deadline = time.monotonic() + timeout
        while True:
            st = self.state(dom)
            if st.startswith(want):
                return st
            if time.monotonic() > deadline:
                fail("domain %s is %r, not %r, %ss later\n%s"
                     % (dom, st, want, timeout, self.qemu_log_tail(dom)))
            time.sleep(0.2)

    def qemu_log(self, dom):
        path = os.path.join(self.cache, "libvirt/qemu/log/%s.log" % dom)
        try:
            with open(path) as f:
                return f.read()
        except OSError:
            return ""

    def qemu_log_tail(self, dom, lines=15):
        return "--- libvirt's QEMU log ---\n" + "\n".join(
            self.qemu_log(dom).splitlines()[-lines:])

    def _our_qemus(self):
        """pids of QEMU processes this daemon started: libvirt daemonizes
        them (own session), so they are not in the daemon's process group.
        Their command lines name files in our private config dir."""
        pids = []
        for d in os.listdir("/proc"):
            if not d.isdigit():
                continue
            try:
                with open("/proc/%s/cmdline" % d, "rb") as f:
                    argv = f.read().split(b"\0")
            except OSError:
                continue
            mine = self.config.encode() + b"/"
            if b"-name" in argv and any(mine in a for a in argv):
                pids.append(int(d))
        return pids

    def stop(self):
        """Destroy running domains, end libvirtd's process group and any
        QEMU it left; never raises."""
        if self.proc is None:
            return
        try:
            if self.proc.poll() is None:
                r = self.virsh("list", "--name", timeout=30)
                for name in r.stdout.split():
                    self.virsh("destroy", name, timeout=30)
        except Exception:
            pass
        for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout=wait)
                break
            except subprocess.TimeoutExpired:
                pass
        try:                            # the group's other members, if any
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        for pid in self._our_qemus():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


class Guest:
    """One domain made from examples/libvirt/<example>: placeholders
    filled in, "quiet nofw.action=<action>" appended to <cmdline>, the value
    after -machine in <qemu:commandline> replaced by machine (if given), and
    an isa-debugcon on SeaBIOS's port 0x402 added; its console log (ttyS0)
    and that port's log are tmpdir/<label>.console and .bioslog."""

    def __init__(self, ctx, lv, example, action, label, machine=None,
                 kernel=None, name=DOM, uuid=None):
        self.ctx, self.lv, self.name = ctx, lv, name
        self.console_path = os.path.join(ctx.tmpdir, label + ".console")
        self.bios_path = os.path.join(ctx.tmpdir, label + ".bioslog")
        self.kernel = lv.readable(kernel or os.path.join(ctx.linux,
                                                         "vmlinux"))
        initrd = lv.readable(os.path.join(ctx.linux, "initramfs.cpio.gz"))
        # A copy of the binary outside the build tree does not find the
        # firmware links there: name Debian's firmware directories.
        qemu = os.path.realpath(ctx.qemu)
        emulator = lv.readable(qemu)
        firmware = [] if emulator == qemu else [
            "-L", "/usr/share/seabios", "-L", "/usr/share/qemu",
            "-L", "/usr/lib/ipxe/qemu"]
        with open(os.path.join(ctx.top, "examples/libvirt", example)) as f:
            text = f.read()
        for key, value in (("@EMULATOR@", emulator if emulator != qemu else
                            os.path.abspath(ctx.qemu)),
                           ("@KERNEL@", self.kernel),
                           ("@INITRD@", initrd),
                           ("@CONSOLE_LOG@", self.console_path)):
            check(key in text, "%s: no %s placeholder" % (example, key))
            text = text.replace(key, value)
        ET.register_namespace("qemu", QEMU_NS)
        root = ET.fromstring(text)
        root.find("name").text = name
        if uuid:                # redefining a domain needs its uuid
            ET.SubElement(root, "uuid").text = uuid
        root.find("os/cmdline").text += " quiet nofw.action=" + action
        cmdline = root.find("{%s}commandline" % QEMU_NS)
        if machine is not None:
            args = cmdline.findall("{%s}arg" % QEMU_NS) \
                if cmdline is not None else []
            values = [a.get("value") for a in args]
            check("-machine" in values, "%s: no -machine in its "
                  "<qemu:commandline>" % example)
            args[values.index("-machine") + 1].set("value", machine)
        if cmdline is None:
            cmdline = ET.SubElement(root, "{%s}commandline" % QEMU_NS)
        for value in firmware + [
                "-chardev", "file,id=bioslog,path=%s,append=on"
                % self.bios_path, "-device",
                "isa-debugcon,iobase=0x402,chardev=bioslog"]:
            ET.SubElement(cmdline, "{%s}arg" % QEMU_NS, value=value)
        self.xml = lv.write(label + ".xml", ET.tostring(root, "unicode"))
        lv.check_access([emulator, self.kernel, initrd])

    @property
    def console(self):
        try:
            with open(self.console_path, "rb") as f:
                return f.read().decode("utf-8", "replace")
        except FileNotFoundError:
            return ""

    @property
    def bios(self):
        try:
            with open(self.bios_path, "rb") as f:
                return f.read()
        except FileNotFoundError:
            return b""

    def details(self):
        """The console's and libvirt's QEMU log's tails, and where the
        guest is if it runs."""
        text = self.console
        out = ["--- console (last 20 lines) ---",
               "\n".join(text.splitlines()[-20:]),
               self.lv.qemu_log_tail(self.name)]
        r = self.lv.virsh("domstate", "--reason", self.name, timeout=30)
        out.append("--- domain: %s" % (r.stdout.strip() or r.stderr.strip()))
        if r.stdout.startswith(("running", "paused")):
            r = self.lv.virsh("qemu-monitor-command", "--hmp", self.name,
                              "info registers -a", timeout=30)
            out.append("--- vCPUs: " + "; ".join(
                m.group(1) for m in re.finditer(r"^(RIP=\S+ RFL=\S+)",
                                                r.stdout, re.M)))
        return "\n".join(out)

    def wait(self, regex, count=1, timeout=BOOT_TIMEOUT):
        """Wait until the console matches regex (a line start) count times;
        returns the match."""
        pattern = re.compile(regex, re.M)
        deadline = time.monotonic() + timeout
        while True:
            matches = list(pattern.finditer(self.console))
            if len(matches) >= count:
                return matches[count - 1]
            if time.monotonic() > deadline:
                lines = [x for x in self.console.splitlines() if x.strip()]
                fail("console did not show %r %d time(s) within %ss (%d); "
                     "console ends: %r\n%s" % (
                         regex, count, timeout, len(matches),
                         lines[-1][-200:] if lines else "(nothing)",
                         self.details()))
            time.sleep(0.1)

    def count(self, regex):
        return len(re.findall(regex, self.console, re.M))

    def check_no_firmware(self, when):
        log = self.bios
        check(log == b"", "%s: firmware wrote %d bytes to port 0x402: %r"
              % (when, len(log), log[:200]))

    def report(self, boot=1):
        """linux_report() of the count-th boot's console section."""
        starts = [m.start() for m in re.finditer(r"^NOFW-INIT start",
                                                 self.console, re.M)]
        check(len(starts) >= boot, "no boot %d on the console" % boot)
        end = starts[boot] if len(starts) > boot else None
        return harness.linux_report(self.console[starts[boot - 1]:end])


def _boots(g):
    return g.count(r"^NOFW-INIT start")


def test_lifecycle(ctx):
    """examples/libvirt/nofw-q35.xml (nofw=auto, nothing nofw-specific):
    boots to userspace with no firmware instruction run (port 0x402 stays
    empty, hvm_start_info placed); virsh reboot (ACPI power button, the
    guest powers off, libvirt resets: its fake reboot), virsh reset, virsh
    shutdown (power button, domain shut off), start again and virsh
    destroy; every boot through nofw."""
    lv = Libvirt(ctx)
    try:
        lv.start()
        g = Guest(ctx, lv, "nofw-q35.xml", "wait-powerbutton", "life")
        lv.ok("define", g.xml)
        lv.ok("start", DOM)
        g.wait(r"^NOFW-(WAITING|ACPID-FAILED)")
        check("NOFW-WAITING" in g.console, "acpid did not start in the "
              "guest\n" + g.details())
        g.check_no_firmware("first boot")
        harness.assert_acpi_clean(g.report(1), "first boot")
        info = lv.qmp(DOM, "qom-get", path="/machine",
                      property="nofw-start-info")
        check(info != 0, "nofw-start-info is 0: not booted firmwareless")

        lv.ok("reboot", "--mode", "acpi", DOM)
        g.wait(r"^NOFW-POWERBUTTON", timeout=60)
        g.wait(r"^NOFW-WAITING", count=2)
        check(_boots(g) == 2, "%d boots after virsh reboot, expected 2\n%s"
              % (_boots(g), g.details()))
        second = g.console[g.console.index("NOFW-POWERBUTTON"):]
        check(re.search(r"reboot: Power down.*NOFW-INIT start", second,
                        re.S), "virsh reboot: no guest power-off (ACPI S5) "
              "before the second boot\n" + g.details())
        check(lv.state(DOM).startswith("running"), "after virsh reboot: "
              "%s" % lv.state(DOM))
        g.check_no_firmware("after virsh reboot")

        lv.ok("reset", DOM)
        g.wait(r"^NOFW-WAITING", count=3)
        check(_boots(g) == 3 and g.count(r"^NOFW-POWERBUTTON") == 1,
              "virsh reset: %d boots, %d power-button events, expected 3 "
              "and 1\n%s" % (_boots(g), g.count(r"^NOFW-POWERBUTTON"),
                             g.details()))
        g.check_no_firmware("after virsh reset")

        lv.ok("shutdown", "--mode", "acpi", DOM)
        g.wait(r"^NOFW-POWERBUTTON", count=2, timeout=60)
        st = lv.wait_state(DOM, "shut off")
        check(st == "shut off (shutdown)", "after virsh shutdown: %r" % st)
        check(g.console.rstrip().endswith("reboot: Power down"),
              "virsh shutdown: the guest did not power off last; console "
              "ends: %r" % g.console.rstrip()[-200:])

        lv.ok("start", DOM)
        g.wait(r"^NOFW-WAITING", count=4)
        lv.ok("destroy", DOM)
        st = lv.state(DOM)
        check(st == "shut off (destroyed)", "after virsh destroy: %r" % st)
        check(_boots(g) == 4 and g.count(r"^NOFW-POWERBUTTON") == 2,
              "%d boots and %d power-button events in all, expected 4 and "
              "2" % (_boots(g), g.count(r"^NOFW-POWERBUTTON")))
        g.check_no_firmware("after restart")
    finally:
        lv.stop()


test_lifecycle.timeout = 900


def test_forced_nofw_on_and_off(ctx):
    """examples/libvirt/nofw-q35-forced.xml: the -machine nofw=on given in
    <qemu:commandline> merges with the -machine libvirt generates (QEMU
    reports nofw=on, no firmware runs); the same domain with nofw=off runs
    SeaBIOS, which boots the kernel from its option ROM. Both guests see
    the same ACPI tables, without errors, and shut down on the power
    button."""
    lv = Libvirt(ctx)
    try:
        lv.start()
        tables = {}
        for nofw in ("on", "off"):
            g = Guest(ctx, lv, "nofw-q35-forced.xml", "wait-powerbutton",
                      "nofw-" + nofw, machine="nofw=" + nofw)
            lv.ok("create", g.xml)
            g.wait(r"^NOFW-WAITING")
            log = lv.qemu_log(DOM)
            check(re.search(r"^-machine pc-q35-[\d.]+,.*\\\n(.*\\\n)*"
                            r"-machine nofw=%s \\$" % nofw, log, re.M),
                  "libvirt's QEMU command line lacks its -machine followed "
                  "later by -machine nofw=%s\n%s" % (nofw, log[:3000]))
            got = lv.qmp(DOM, "qom-get", path="/machine", property="nofw")
            check(got == nofw, "QEMU has nofw=%r, the domain asked for %r"
                  % (got, nofw))
            info = lv.qmp(DOM, "qom-get", path="/machine",
                          property="nofw-start-info")
            if nofw == "on":
                g.check_no_firmware("nofw=on")
                check(info != 0, "nofw=on: nofw-start-info is 0")
            else:
                check(b"SeaBIOS" in g.bios and b"Booting from ROM" in
                      g.bios, "nofw=off: SeaBIOS log on port 0x402 lacks "
                      "'SeaBIOS' or 'Booting from ROM' (%d bytes): the "
                      "empty log with nofw would prove nothing"
                      % len(g.bios))
                check(info == 0, "nofw=off: nofw-start-info %#x" % info)
            rep = g.report(1)
            harness.assert_acpi_clean(rep, "nofw=" + nofw)
            tables[nofw] = rep.get("ACPI-TABLES")
            lv.ok("shutdown", "--mode", "acpi", DOM)
            g.wait(r"^NOFW-POWERBUTTON", timeout=60)
            deadline = time.monotonic() + 60
            while DOM in lv.ok("list", "--all", "--name").split():
                check(time.monotonic() < deadline, "nofw=%s: transient "
                      "domain still there 60 s after virsh shutdown" % nofw)
                time.sleep(0.2)
        check(tables["on"] == tables["off"], "ACPI tables with nofw %s, "
              "through SeaBIOS %s" % (tables["on"], tables["off"]))
    finally:
        lv.stop()


test_forced_nofw_on_and_off.timeout = 900


def _counts(text):
    """[(count, hash)] of the counter-acpi action's NOFW-COUNT lines."""
    return [(int(m.group(1)), m.group(2)) for m in re.finditer(
        r"^NOFW-COUNT (\d+) ([0-9a-f]{32})\r?$", text, re.M)]


def test_save_restore(ctx):
    """virsh save stops a running nofw guest into a file, virsh restore
    resumes it: the guest's counter goes on where it stopped (no reboot,
    no restart at 0) and the md5 of its ACPI tables, read from guest RAM
    on every tick, is the same before the save and after the restore."""
    lv = Libvirt(ctx)
    try:
        lv.start()
        g = Guest(ctx, lv, "nofw-q35.xml", "counter-acpi", "save")
        lv.ok("define", g.xml)
        lv.ok("start", DOM)
        g.wait(r"^NOFW-COUNT 3 ")
        image = os.path.join(ctx.tmpdir, "nofw-q35.save")
        lv.ok("save", DOM, image, timeout=300)
        st = lv.state(DOM)
        check(st == "shut off (saved)", "after virsh save: %r" % st)
        before = _counts(g.console)
        mark = len(g.console)
        time.sleep(1.5)
        check(len(g.console) == mark, "the console grew after virsh save: "
              "%r" % g.console[mark:][:200])
        lv.ok("restore", image, timeout=300)
        check(lv.state(DOM).startswith("running"), "after virsh restore: "
              "%s" % lv.state(DOM))
        g.wait(r"^NOFW-COUNT %d " % (before[-1][0] + 4), timeout=120)
        after = _counts(g.console[mark:])
        allc = _counts(g.console)
        check(after and after[0][0] == before[-1][0] + 1,
              "after restore the counter went %d -> %s, expected %d\n%s"
              % (before[-1][0], after[0][0] if after else "nothing",
                 before[-1][0] + 1, g.details()))
        check([c for c, _ in allc] == list(range(len(allc))),
              "counter not contiguous from 0: %s" % [c for c, _ in allc])
        check(_boots(g) == 1, "%d boots across save/restore, expected 1"
              % _boots(g))
        hashes = sorted(set(h for _, h in allc))
        check(len(hashes) == 1, "ACPI tables' md5 changed: %s before save, "
              "%s after restore" % (sorted(set(h for _, h in before)),
                                    sorted(set(h for _, h in after))))
        g.check_no_firmware("after virsh restore")
        lv.ok("destroy", DOM)
    finally:
        lv.stop()


test_save_restore.timeout = 900


def test_pm_suspend_wakeup(ctx):
    """nofw-q35.xml (S3 offered): the guest suspends itself, the domain goes
    to pmsuspended, virsh dompmwakeup brings it back to running, and the
    guest resumes where it was (same boot_id, counter on), twice; no
    firmware runs."""
    lv = Libvirt(ctx)
    try:
        lv.start()
        g = Guest(ctx, lv, "nofw-q35.xml", "suspend nofw.cycles=2", "s3")
        lv.ok("define", g.xml)
        lv.ok("start", DOM)
        boot_id = g.wait(r"^NOFW-BOOT-ID (\S+)").group(1)
        for i in (1, 2):
            g.wait(r"^NOFW-SUSPEND %d\b" % i)
            lv.wait_state(DOM, "pmsuspended")
            lv.ok("dompmwakeup", DOM)
            lv.wait_state(DOM, "running")
            m = g.wait(r"^NOFW-RESUMED %d (\S+) (\d+) (\d+) \S+ (\d+)" % i,
                       timeout=120)
            check(m.group(1) == boot_id, "cycle %d: boot_id %s, was %s"
                  % (i, m.group(1), boot_id))
            check(int(m.group(3)) > int(m.group(2)), "cycle %d: counter "
                  "%s -> %s" % (i, m.group(2), m.group(3)))
            check(m.group(4) == "0", "cycle %d: ACPI errors" % i)
        lv.wait_state(DOM, "shut off", timeout=120)
        check(_boots(g) == 1, "%d boots, expected 1" % _boots(g))
        g.check_no_firmware("after two S3 cycles")
    finally:
        lv.stop()


test_pm_suspend_wakeup.timeout = 900


def test_reduced(ctx):
    """nofw-q35-forced.xml with nofw=on,nofw-pm=reduced: boots firmwareless
    with hardware-reduced ACPI (no FACS), virsh shutdown presses the GED
    power button and the domain shuts off, and after a new start virsh
    reboot brings it back through nofw."""
    lv = Libvirt(ctx)
    try:
        lv.start()
        g = Guest(ctx, lv, "nofw-q35-forced.xml", "wait-powerbutton",
                  "reduced", machine="nofw=on,nofw-pm=reduced")
        lv.ok("define", g.xml)
        lv.ok("start", DOM)
        g.wait(r"^NOFW-WAITING")
        pm = lv.qmp(DOM, "qom-get", path="/machine", property="nofw-pm")
        check(pm == "reduced", "QEMU has nofw-pm=%r, expected 'reduced'"
              % pm)
        rep = g.report(1)
        harness.assert_acpi_clean(rep, "reduced")
        check("FACP" in rep.get("ACPI-TABLES", []) and "FACS" not in
              rep.get("ACPI-TABLES", []), "hardware-reduced guest's "
              "tables %s: expected a FADT and no FACS"
              % rep.get("ACPI-TABLES"))
        g.check_no_firmware("reduced boot")

        lv.ok("shutdown", "--mode", "acpi", DOM)
        g.wait(r"^NOFW-POWERBUTTON", timeout=60)
        st = lv.wait_state(DOM, "shut off")
        check(st == "shut off (shutdown)", "after virsh shutdown: %r" % st)

        lv.ok("start", DOM)
        g.wait(r"^NOFW-WAITING", count=2)
        lv.ok("reboot", "--mode", "acpi", DOM)
        g.wait(r"^NOFW-POWERBUTTON", count=2, timeout=60)
        g.wait(r"^NOFW-WAITING", count=3)
        check(_boots(g) == 3, "%d boots, expected 3" % _boots(g))
        check(lv.state(DOM).startswith("running"), "after virsh reboot: %s"
              % lv.state(DOM))
        g.check_no_firmware("after virsh reboot")
        lv.ok("destroy", DOM)
    finally:
        lv.stop()


test_reduced.timeout = 900


def test_bad_kernels(ctx):
    """nofw=on with a kernel it cannot boot (a bzImage with a corrupt
    payload, a truncated vmlinux, a file that is no ELF): virsh start /
    virsh create fail, and libvirt's error carries QEMU's one line, the
    same as QEMU prints run directly. The daemon stays usable: the failed
    domain, redefined with the good vmlinux, then boots firmwareless."""
    lv = Libvirt(ctx)
    try:
        lv.start()
        with open(os.path.join(ctx.linux, "vmlinux"), "rb") as f:
            head = f.read(1 << 20)
        trunc = lv.write("trunc-vmlinux", "")
        with open(trunc, "wb") as f:
            f.write(head)
        junk = lv.write("junk-kernel", "")
        with open(junk, "wb") as f:
            f.write(bytes(range(256)) * 16)
        # Debian's bzImage with bytes in the middle of its xz payload
        # flipped: nofw decompresses the payload and refuses it
        with open(os.path.join(ctx.linux, "vmlinuz"), "rb") as f:
            bz = bytearray(f.read())
        mid = len(bz) // 2
        bz[mid:mid + 64] = bytes(b ^ 0xff for b in bz[mid:mid + 64])
        corrupt = lv.write("corrupt-vmlinuz", "")
        with open(corrupt, "wb") as f:
            f.write(bz)
        cases = (("corrupt bzImage", corrupt, "start"),
                 ("truncated ELF", trunc, "create"),
                 ("not an ELF", junk, "create"))
        for i, (what, kernel, how) in enumerate(cases):
            r = harness.run_qemu(ctx, ["-machine", "q35,nofw=on",
                                       "-nodefaults", "-display", "none",
                                       "-kernel", kernel], timeout=60)
            lines = [x for x in r.stderr.splitlines() if x.strip()]
            check(r.returncode == 1 and len(lines) == 1 and
                  lines[0].startswith("qemu-system-x86_64: nofw=on: "),
                  "%s run directly: status %s, stderr %r" % (
                      what, r.returncode, r.stderr[-300:]))
            # a transient domain cannot take the defined one's name
            g = Guest(ctx, lv, "nofw-q35-forced.xml", "poweroff",
                      "bad%d" % i, machine="nofw=on", kernel=kernel,
                      name=DOM if how == "start" else "nofw-bad")
            if how == "start":
                lv.ok("define", g.xml)
                r = lv.virsh("start", DOM, timeout=120)
            else:
                r = lv.virsh("create", g.xml, timeout=120)
            check(r.returncode != 0, "%s: virsh %s succeeded" % (what, how))
            # libvirt 9.0 sometimes (once in about 20 runs here) tries the
            # monitor socket while QEMU is exiting and reports that instead
            # of QEMU's log; the line is then in the domain's log only
            raced = "failed to connect to monitor socket" in r.stderr
            check(lines[0] in r.stderr or
                  (raced and lines[0] in lv.qemu_log(g.name)),
                  "%s: libvirt's error lacks QEMU's line %r: %r"
                  % (what, lines[0], r.stderr.strip()))
            listed = lv.ok("list", "--all", "--name").split()
            # only the defined domain of the first case, shut off
            check(listed == [DOM], "%s: domains after the failure: %s"
                  % (what, listed))
            check(lv.state(DOM).startswith("shut off"), "%s: domain %s is "
                  "%s" % (what, DOM, lv.state(DOM)))
            check(g.console == "", "%s: the guest printed %r"
                  % (what, g.console[:200]))
        g = Guest(ctx, lv, "nofw-q35-forced.xml", "poweroff", "good",
                  machine="nofw=on", uuid=lv.ok("domuuid", DOM).strip())
        lv.ok("define", g.xml)
        lv.ok("start", DOM)
        g.wait(r"reboot: Power down")
        st = lv.wait_state(DOM, "shut off")
        check(st == "shut off (shutdown)", "good kernel after the failures: "
              "%r" % st)
        check("NOFW-INIT done" in g.console, "good kernel did not reach "
              "NOFW-INIT done\n" + g.details())
        g.check_no_firmware("good kernel")
    finally:
        lv.stop()


test_bad_kernels.timeout = 600
