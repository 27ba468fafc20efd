"""nofw benchmark settings: where things are, how many runs, QEMU arguments.

Imported by bench/run and every bench module; read once at import (QUICK and
RUNS come from the environment); also puts tests/ on sys.path, for
tests/harness.py. Nothing here runs anything.
"""

import os
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# tests/harness.py: its Swtpm, Ctx and _read serve the bench too
sys.path.append(os.path.join(TOP, "tests"))
BUILD = os.path.join(TOP, "build")
GUEST = os.path.join(BUILD, "guest")
LINUX = os.path.join(BUILD, "linux")
QBOOT = "/usr/share/qemu/qboot.rom"
SEABIOS = "/usr/share/seabios/bios-256k.bin"

QUICK = os.environ.get("QUICK", "") not in ("", "0")
RUNS = int(os.environ.get("RUNS") or (5 if QUICK else 20))
# Fewer repetitions where one run costs seconds and the spread is small.
EXEC_RUNS = 3 if QUICK else 10
# -smp 288 costs ~5 s of vCPU creation a run; QUICK uses its describe run
EXEC_RUNS_BIG = 0 if QUICK else 3
RSS_RUNS = 3 if QUICK else 5
ENTRY_TIMEOUT = 30
# A normal run takes 2.5-6 s; a hung one (see the HW-reduced note) spins.
POWEROFF_TIMEOUT = 12 if QUICK else 25
# A bzImage through firmware decompresses itself under TCG: ~5 s more.
BZIMAGE_TIMEOUT = 30 if QUICK else 60

EXIT_DEV = ["-device", "isa-debug-exit,iobase=0xf4,iosize=4"]
MEM = ["-m", "512"]
KERNEL_CMDLINE = "console=ttyS0 panic=-1 quiet nofw.action=poweroff"

# bios-tables-test configurations timed against nofw-acpi-test (each boots
# SeaBIOS and a boot sector under TCG: ~35 s apiece)
BTT_CONFIGS = ["bridge", "nohpet", "numamem"]


def log(msg=""):
    print(msg, flush=True)
