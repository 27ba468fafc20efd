"""Base mechanism (bases/, scripts/prepare-source): a pin that the archive
no longer serves falls back to the newest served version of its series
with one warning line, and a served version whose sha256 differs from the
pin is refused. The base under test is the one whose source built the
QEMU binary (build/B/qemu/... -> B). Each test downloads the source
package into its own cache (the archive is Debian's, as for make).
"""

import os
import re
import subprocess

from harness import check


def _base(ctx):
    """The base of the binary under test: build/B/qemu/qemu-system-x86_64."""
    qbuild = os.path.dirname(os.path.realpath(ctx.qemu))
    return os.path.basename(os.path.dirname(qbuild))


def _pin(ctx, **fields):
    """A copy of the base's pin.env with fields replaced."""
    with open(os.path.join(ctx.top, "bases", _base(ctx), "pin.env")) as f:
        text = f.read()
    for k, v in fields.items():
        text, n = re.subn(r"^%s=.*$" % k, "%s=%s" % (k, v), text, flags=re.M)
        check(n == 1, "pin.env has no %s line" % k)
    path = os.path.join(ctx.tmpdir, "pin.env")
    with open(path, "w") as f:
        f.write(text)
    return path, dict(re.findall(r"^(\w+)=(.*)$", text, re.M))


def _fetch(ctx, pin):
    env = dict(os.environ, BASE=_base(ctx), NOFW_PIN_FILE=pin,
               NOFW_CACHE=os.path.join(ctx.tmpdir, "cache"))
    return subprocess.run([os.path.join(ctx.top, "scripts", "prepare-source"),
                           "--fetch"], env=env, capture_output=True,
                          text=True, timeout=600)


def test_vanished_pin_falls_back(ctx):
    """A pinned version the archive does not serve (one that unstable or
    trixie replaced) gives exactly one warning line naming it and the
    version used, and unpacks that version's source, identical to the
    source the binary under test was built from."""
    real = _pin(ctx)[1]["QEMU_SRC_VERSION"]
    series = _pin(ctx)[1]["BASE_SERIES"]
    gone = "1:%s.0+ds-0" % series         # never in the archive's indexes
    pin, _ = _pin(ctx, QEMU_SRC_VERSION=gone)
    r = _fetch(ctx, pin)
    check(r.returncode == 0, "prepare-source --fetch with pin %s exited %d: "
          "%s" % (gone, r.returncode, r.stderr[-2000:]))
    lines = r.stderr.strip().splitlines()
    check(len(lines) == 1, "expected one warning line, got: %r" % lines)
    m = re.match(r"prepare-source: warning: qemu=(\S+) \(.*\) is no longer "
                 r"served; using (\S+) \(make BASE=%s pin records it\)$"
                 % re.escape(_base(ctx)), lines[0])
    check(m, "not the fallback warning: %r" % lines[0])
    check(m.group(1) == gone, "the warning names %s, not the pin %s"
          % (m.group(1), gone))
    used = m.group(2)
    check(used.startswith("1:%s." % series), "fell back to %s, outside %s.x"
          % (used, series))
    # the newest served version of the series: the real pin, or newer
    cmp = subprocess.run(["dpkg", "--compare-versions", used, "ge", real])
    check(cmp.returncode == 0, "fell back to %s, older than %s" % (used, real))
    root = os.path.join(ctx.tmpdir, "cache", "pristine", _base(ctx))
    trees = [d for d in os.listdir(root)
             if os.path.isfile(os.path.join(root, d, ".nofw-pristine"))]
    check(len(trees) == 1, "unpacked trees: %r" % trees)
    with open(os.path.join(root, trees[0], ".nofw-pristine")) as f:
        check(f.read() == "pinned %s\nused %s\n" % (gone, used),
              "stamp does not record the pin and the version used")
    if used == real:
        # same version as the build: the same source, so it builds alike
        built = os.path.join(ctx.top, ".cache", "pristine", _base(ctx))
        orig = [d for d in os.listdir(built)
                if os.path.isfile(os.path.join(built, d, ".nofw-pristine"))]
        d = subprocess.run(["diff", "-rq", "--exclude=.nofw-pristine",
                            "--exclude=.pc", os.path.join(built, orig[0]),
                            os.path.join(root, trees[0])],
                           capture_output=True, text=True)
        check(d.returncode == 0, "fallback source differs from the pinned "
              "one: %s" % d.stdout[:2000])


def test_pin_sha256_mismatch_refused(ctx):
    """A served pinned version whose tarball does not match the pinned
    sha256 is refused with one line naming the file and both sums."""
    bad = "0" * 64
    pin, _ = _pin(ctx, QEMU_ORIG_SHA256=bad)
    r = _fetch(ctx, pin)
    check(r.returncode == 1, "exit status %d, expected 1" % r.returncode)
    lines = r.stderr.strip().splitlines()
    check(len(lines) == 1 and re.match(
        r"prepare-source: \S+\.orig\.tar\.xz: sha256 [0-9a-f]{64}, pinned "
        + bad, lines[0]), "not the sha256 refusal: %r" % lines)
