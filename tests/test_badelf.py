"""nofw's bad-input corpus (tests/bad-elf/make-corpus): every malformed
-kernel file makes nofw=on exit with status 1 and one line that names the
reason, and nofw=auto fall back to firmware with a warning naming it (or,
for a file that is no PVH kernel at all, silently); the valid controls of
the corpus boot with both. One run reports every case that fails.
"""

import json
import os
import re
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import harness
from harness import check, fail

MAKE_CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                           "bad-elf", "make-corpus")
RUN_TIMEOUT = 30
WORKERS = 2             # QEMU processes at once: the host has 2 CPUs
QMP_QUIT = b'{"execute":"qmp_capabilities"}\n{"execute":"quit"}\n'
# what a crash leaves on stderr, whatever the exit status says
CRASH = re.compile(r"Sanitizer|runtime error:|assert|Assertion|"
                   r"\bGLib\b.*(ERROR|CRITICAL|failed to allocate)|"
                   r"\*\* (ERROR|CRITICAL)|core dumped|Aborted|"
                   r"Segmentation fault|Bail out|g_assert")
# what the acceptance text of issue #9 names, as make-corpus categories
REQUIRED = {"not-elf", "truncated-header", "truncated-file", "header-field",
            "segment-file", "segment-size", "segment-4g", "segment-hole",
            "segment-ram", "segment-overlap", "entry", "note-size",
            "note-payload", "note-padding", "note-zero", "note-duplicate",
            "control"}
MIN_BAD = 30


def _corpus(ctx):
    out = os.path.join(ctx.tmpdir, "bad-elf")
    p = subprocess.run([MAKE_CORPUS, out], capture_output=True, text=True,
                       timeout=60)
    check(p.returncode == 0, "make-corpus failed (%d): %s"
          % (p.returncode, (p.stderr or p.stdout).strip()[-500:]))
    with open(os.path.join(out, "cases.json")) as f:
        meta = json.load(f)
    cases = meta["cases"]
    bad = [c for c in cases if c["expect"] == "refuse"]
    check(len(bad) >= MIN_BAD, "the corpus has %d bad cases, fewer than %d"
          % (len(bad), MIN_BAD))
    missing = REQUIRED - {c["category"] for c in cases}
    check(not missing, "the corpus has no case of: %s"
          % ", ".join(sorted(missing)))
    return out, meta


def _run(ctx, path, mode, case):
    """One QEMU run of one case, a harness.Result (returncode None: killed
    after RUN_TIMEOUT); never raises on what QEMU does."""
    args = ["-machine", "q35,nofw=" + mode, "-kernel", path, "-display",
            "none", "-nodefaults", "-accel", "tcg", "-m", str(case["ram_mb"])]
    boot = case["expect"] == "boot"
    if boot:
        args += ["-device", "isa-debug-exit,iobase=0xf4,iosize=4"]
    else:
        # paused, and told to quit once its monitor runs: a file QEMU
        # wrongly accepts (or takes to firmware) stops cleanly with 0
        args += ["-S", "-qmp", "stdio"]
    return harness.run_qemu(ctx, args, timeout=RUN_TIMEOUT, debugcon=boot,
                            stdin=None if boot else QMP_QUIT, timeout_ok=True)


def _common(o, hang_ok=False):
    """Problems any run can have: a hang, a signal, crash output."""
    problems = []
    if o.returncode is None:
        if not hang_ok:
            problems.append("still running after %ss (killed)"
                            % RUN_TIMEOUT)
    elif o.returncode < 0:
        problems.append("killed by signal %d" % -o.returncode)
    m = CRASH.search(o.stderr)
    if m:
        problems.append("crash output %r" % m.group(0))
    return problems


def _check_boot(o, meta):
    problems = _common(o)
    rc = o.returncode
    if rc is not None and rc >= 0 and rc != meta["exit_status"]:
        problems.append("exit status %s, expected %d (the guest's "
                        "isa-debug-exit)" % (rc, meta["exit_status"]))
    if o.debugcon != meta["debugcon"]:
        problems.append("debugcon %r, expected %r: the entry did not run"
                        % (o.debugcon[:40], meta["debugcon"]))
    if o.stderr.strip():
        problems.append("stderr not empty")
    return problems


def _check_on(o, case):
    problems = _common(o)
    lines = o.stderr.splitlines()
    rc = o.returncode
    if rc is not None and rc >= 0 and rc != 1:
        problems.append("exit status %d, expected 1%s" % (
            rc, " (file accepted)" if rc == 0 else ""))
    if len(lines) != 1:
        problems.append("%d stderr lines, expected exactly 1" % len(lines))
    elif not re.match(r"[\w.+-]+: nofw(=on)?: ", lines[0]):
        problems.append("the line is not a nofw error")
    elif not re.search(case["on"], lines[0]):
        problems.append("the line does not match %r" % case["on"])
    return problems


def _check_auto(o, case, path):
    warn = re.compile(r"^[\w.+-]+: warning: nofw=auto: booting through "
                      r"firmware: kernel '%s': .*?(%s)"
                      % (re.escape(path), case["on"]), re.M)
    if case["auto"] == "warn":
        warned = bool(warn.search(o.stderr))
        # a hang after the fallback is the firmware path's, not nofw's
        problems = _common(o, hang_ok=warned)
        if not warned:
            problems.append("no fallback warning matching %r" % case["on"])
        return problems
    problems = _common(o)
    if re.search(r"^[\w.+-]+: (warning: )?nofw", o.stderr, re.M):
        problems.append("nofw spoke, but this file is no PVH kernel: "
                        "nofw=auto should quietly take the firmware path")
    return problems


def _one(ctx, outdir, meta, case, mode):
    path = os.path.join(outdir, case["file"])
    o = _run(ctx, path, mode, case)
    if case["expect"] == "boot":
        problems = _check_boot(o, meta)
    elif mode == "on":
        problems = _check_on(o, case)
    else:
        problems = _check_auto(o, case, path)
    return case, mode, o, problems


def test_corpus(ctx):
    """make-corpus's cases with nofw=on and nofw=auto, 2 runs at a time
    (about 10 s for 85 cases); fails with the list of every case that
    does not behave."""
    outdir, meta = _corpus(ctx)
    jobs = [(c, mode) for c in meta["cases"] for mode in ("on", "auto")]
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(lambda job: _one(ctx, outdir, meta, *job),
                                jobs))
    secs = time.monotonic() - start
    failed = [r for r in results if r[3]]
    if not failed:
        return
    report = ["%d of %d runs failed (%d cases, %.1fs): %s" % (
        len(failed), len(results), len(meta["cases"]), secs,
        ", ".join("%s[%s]" % (c["name"], m) for c, m, _, _ in failed))]
    for case, mode, o, problems in failed:
        report.append("%s [nofw=%s] (%s): %s" % (
            case["name"], mode, case["description"], "; ".join(problems)))
        report.append("    exit status %s; stderr: %s" % (
            "killed" if o.returncode is None else o.returncode,
            " | ".join(o.stderr.splitlines()[:8]) or "(empty)"))
    # a refused case is run paused, its QMP quit read from stdin
    report.append("first run: %s" % " ".join(
        harness._quote(a) for a in failed[0][2].cmd))
    fail("\n".join(report))


test_corpus.timeout = 900
