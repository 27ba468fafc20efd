/*
 * nofw ACPI tables: upstream's bios-tables-test matrix and the golden dumps
 *
 * Each configuration starts q35 with nofw under the qtest accelerator: the
 * loader has run at machine reset, so no guest instruction is needed. The
 * test finds the PVH start_info through the read-only "nofw-start-info"
 * machine property, takes the RSDP from it, walks RSDT -> tables, FADT ->
 * FACS and DSDT, and checks what a guest relies on: signatures, lengths,
 * checksums, every table inside one non-RAM memmap entry. Then:
 *
 * - "q35/..." configurations mirror every q35 configuration of the pinned
 *   tests/qtest/bios-tables-test.c (same options, devices and names). Each
 *   table is compared byte for byte with upstream's expected file
 *   (tests/data/acpi/x86/q35/SIG.variant, else SIG) after blanking, in both,
 *   exactly the fields the loader patched (every ADD_POINTER destination and
 *   ADD_CHECKSUM field of this run's etc/table-loader) and the FADT pointers
 *   bios-tables-test sanitises. A mismatch prints the iasl diff.
 * - Every configuration compares its tables, normalised as
 *   scripts/diff-acpi.py does (loader-chosen addresses become the
 *   4-character tag of their target, iasl's creator revision is zeroed,
 *   checksums recomputed), with TABLE.aml in tests/acpi-golden/<dir>/.
 *
 * A configuration runs in a subprocess, so one that fails (QEMU does not
 * start, a missing RSDP, a bad checksum) prints one line naming the
 * configuration and table, and the others still run.
 *
 * Environment (set by tests/test_qtest.py, i.e. `make check`; run by hand,
 * the first three default to the files of the nofw tree this binary was
 * built in, see find_defaults(), so that in build/BASE/qemu
 * `QTEST_QEMU_BINARY=./qemu-system-x86_64 tests/qtest/nofw-acpi-test`
 * runs the matrix):
 *   NOFW_ACPI_GOLDEN    the tests/acpi-golden directory
 *   NOFW_PVH_KERNEL     a PVH kernel (build/guest/pvh-exit.elf)
 *   NOFW_UPSTREAM_ACPI  tests/data/acpi/x86/q35 of the pinned source
 *   NOFW_ACPI_UPDATE    if set, write TABLE.aml to the golden directory
 *                       instead of comparing (scripts/diff-acpi.py verify
 *                       --update then writes the .dsl files)
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include <glib/gstdio.h>
#include "qemu/units.h"
#include "libqtest.h"
#include "standard-headers/linux/qemu_fw_cfg.h"
#include "qobject/qdict.h"
#include "tpm-emu.h"

#define START_INFO_MAGIC    0x336ec578
#define E820_RAM            1
#define HEADER_LEN          36
#define MAX_TABLES          64
#define MAX_TABLE_LEN       (16 * 1024 * 1024)
#define LOADER_ENTRY        128
#define LOADER_FILE         56
#define TABLES_FILE         "etc/acpi/tables"
#define FW_CFG_DMA_PORT     0x514
#define FW_CFG_SCRATCH      UINT64_C(0x10000) /* low RAM, unused here */
#define FW_CFG_MAX_FILE     (1 * MiB)

/* what a configuration needs besides its arguments */
enum {
    CFG_TPM2 = 1 << 0,      /* TPM 2.0 emulator on @SOCK@ */
    CFG_TPM12 = 1 << 1,     /* TPM 1.2 emulator on @SOCK@ */
    CFG_HOTPLUG = 1 << 2,   /* multif-bridge: device_add at -S, then cont */
    CFG_OEM = 1 << 3,       /* oem-fields: check OEM IDs, not upstream */
    CFG_UPSTREAM = 1 << 4,  /* compare with tests/data/acpi/x86/q35 */
};

/* A field nofw intentionally sets otherwise than upstream's expected file */
typedef struct Intended {
    const char *table;
    uint32_t offset, size;
} Intended;

typedef struct Config {
    const char *name;           /* test path and tests/acpi-golden/<name> */
    const char *variant;        /* upstream file suffix, "" for none */
    const char *machine;        /* appended to -machine q35,nofw=on */
    const char *args;           /* @TMP@: a private directory */
    unsigned flags;
    const char *args2;          /* a second run with the same tables */
    const Intended *intended;   /* documented in tests/acpi-golden/README */
} Config;

/*
 * The 64-bit window in PCI0._CRS (QWordMemory Range Minimum and Maximum):
 * nofw places 64-bit BARs as Debian 12's SeaBIOS 1.16.2 does (above RAM
 * and device memory, 0x200000000 here); upstream's file comes from SeaBIOS
 * 1.16.3, which moves the window to the top of the physical address space
 * (below the AMD HyperTransport hole: 0xFF00000000). See
 * tests/acpi-golden/README.md, "Intended differences".
 */
static const Intended mmio64_intended[] = {
    { "DSDT", 0x2275, 16 },
    { NULL }
};

/* bios-tables-test.c adds these to every non-UEFI x86 configuration */
#define BTT_ARGS "-net none -drive id=hd0,if=none,file=@TMP@/disk,format=raw " \
                 "-device ide-hd,drive=hd0 "

#define HMAT_LB(i, t, kind, v) \
    " -numa hmat-lb,initiator=" #i ",target=" #t ",hierarchy=memory," \
    "data-type=access-" kind "," v

static const Config configs[] = {
    /*
     * The variants of tests/test_golden.py that need no helper process or
     * file (those stay in the Python suite); arguments must match VARIANTS
     * there, since both compare with the same golden.
     */
    { "default", "", "", "-m 512" },
    { "smp4-6g", "", "", "-smp 4 -m 6G" },
    { "numa", "", "", "-m 512 -smp 2 "
      "-object memory-backend-ram,id=ram0,size=256M "
      "-object memory-backend-ram,id=ram1,size=256M "
      "-numa node,nodeid=0,memdev=ram0,cpus=0 "
      "-numa node,nodeid=1,memdev=ram1,cpus=1 "
      "-numa dist,src=0,dst=1,val=21" },
    { "vmgenid", "", "", "-m 512 "
      "-device vmgenid,guid=324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87" },
    { "root-ports", "", "", "-m 512 "
      "-device pcie-root-port,id=rp0,bus=pcie.0,chassis=1,slot=1,addr=0x3 "
      "-device pcie-root-port,id=rp1,bus=pcie.0,chassis=2,slot=2,addr=0x4 "
      "-device pcie-root-port,id=rp2,bus=pcie.0,chassis=3,slot=3,addr=0x5,"
      "hotplug=off -device virtio-rng-pci,bus=rp1" },
    { "pxb", "", "", "-m 512 -device pxb-pcie,id=pxb1,bus_nr=128,bus=pcie.0 "
      "-device pcie-root-port,id=rp9,bus=pxb1,chassis=9,slot=0 "
      "-device virtio-rng-pci,bus=rp9" },
    { "ivrs", "", "", "-m 512 -device amd-iommu "
      "-device pcie-root-port,id=rp1,bus=pcie.0,chassis=1,slot=1 "
      "-device virtio-rng-pci,bus=rp1" },
    { "viot", "", "", "-m 512 -device virtio-iommu-pci "
      "-device pcie-root-port,id=rp1,bus=pcie.0,chassis=1,slot=1 "
      "-device virtio-rng-pci,bus=rp1" },
    { "reduced", "", ",nofw-pm=reduced", "-m 512 "
      "-device pcie-root-port,id=rp1,bus=pcie.0,chassis=1,slot=1 "
      "-device virtio-net-pci,bus=rp1" },

    /*
     * Every q35 configuration of the pinned bios-tables-test.c, in its
     * order, with its name (/x86_64/acpi/q35/NAME) and expected-file
     * suffix. "-accel kvm" is left out: the tables do not depend on the
     * accelerator once nofw, not a CPU, runs the loader.
     */
    { "q35/default", "", "", BTT_ARGS, CFG_UPSTREAM,
      BTT_ARGS "-smbios type=4,max-speed=3000,current-speed=2600" },
    { "q35/oem-fields", "", ",x-oem-id=TEST,x-oem-table-id=OEM", BTT_ARGS,
      CFG_OEM },
    { "q35/tpm2-tis", ".tis.tpm2", "", BTT_ARGS
      "-chardev socket,id=chr,path=@TMP@/sock "
      "-tpmdev emulator,id=dev,chardev=chr -device tpm-tis,tpmdev=dev",
      CFG_UPSTREAM | CFG_TPM2 },
    { "q35/tpm12-tis", ".tis.tpm12", "", BTT_ARGS
      "-chardev socket,id=chr,path=@TMP@/sock "
      "-tpmdev emulator,id=dev,chardev=chr -device tpm-tis,tpmdev=dev",
      CFG_UPSTREAM | CFG_TPM12 },
    { "q35/bridge", ".bridge", "", BTT_ARGS
      "-device pci-bridge,chassis_nr=1,id=br1"
      " -device pci-testdev,bus=pcie.0"
      " -device pci-testdev,bus=br1", CFG_UPSTREAM },
    { "q35/no-acpi-hotplug", ".noacpihp", "", BTT_ARGS
      "-global ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off"
      " -device pci-testdev,bus=pcie.0,acpi-index=101,addr=3.0"
      " -device pci-bridge,chassis_nr=1,id=shpcbr,addr=4.0"
      " -device pci-testdev,bus=shpcbr,addr=1.0,acpi-index=201"
      " -device pci-bridge,chassis_nr=2,shpc=off,id=noshpcbr,addr=5.0"
      " -device pci-testdev,bus=noshpcbr,addr=1.0,acpi-index=301"
      " -device pcie-root-port,id=hprp,port=0x0,chassis=1,addr=6.0"
      " -device pci-testdev,bus=hprp,acpi-index=401"
      " -device pcie-root-port,id=nohprp,port=0x0,chassis=2,hotplug=off,"
      "addr=7.0"
      " -device pci-testdev,bus=nohprp,acpi-index=501"
      " -device pcie-root-port,id=nohprpint,port=0x0,chassis=3,hotplug=off,"
      "multifunction=on,addr=8.0"
      " -device pci-testdev,bus=nohprpint,acpi-index=601,addr=0.1"
      " -device pcie-root-port,id=hprp2,port=0x0,chassis=4,bus=nohprpint,"
      "addr=0.2"
      " -device pci-testdev,bus=hprp2,acpi-index=602", CFG_UPSTREAM },
    { "q35/multif-bridge", ".multi-bridge", "", BTT_ARGS "-S"
      " -device virtio-balloon,id=balloon0,addr=0x4.0x2"
      " -device pcie-root-port,id=rp0,multifunction=on,"
      "port=0x0,chassis=1,addr=0x2"
      " -device pcie-root-port,id=rp1,port=0x1,chassis=2,addr=0x3.0x1"
      " -device pcie-root-port,id=rp2,port=0x0,chassis=3,bus=rp1,addr=0.0"
      " -device pci-bridge,bus=rp2,chassis_nr=4,id=br1"
      " -device pcie-root-port,id=rphptgt1,port=0x0,chassis=5,addr=2.1"
      " -device pcie-root-port,id=rphptgt2,port=0x0,chassis=6,addr=2.2"
      " -device pcie-root-port,id=rphptgt3,port=0x0,chassis=7,addr=2.3"
      " -device pci-testdev,bus=pcie.0,addr=2.4"
      " -device pci-testdev,bus=pcie.0,addr=2.5,acpi-index=102"
      " -device pci-testdev,bus=pcie.0,addr=5.0"
      " -device pci-testdev,bus=pcie.0,addr=0xf.0,acpi-index=101"
      " -device pci-testdev,bus=rp0,addr=0.0"
      " -device pci-testdev,bus=br1"
      " -device pcie-root-port,id=rpnohp,chassis=8,addr=0xA.0,hotplug=off"
      " -device pcie-root-port,id=rp3,chassis=9,bus=rpnohp",
      CFG_UPSTREAM | CFG_HOTPLUG },
    { "q35/ipmi", ".ipmibt", "", BTT_ARGS
      "-device ipmi-bmc-sim,id=bmc0 -device isa-ipmi-bt,bmc=bmc0",
      CFG_UPSTREAM },
    { "q35/smbus/ipmi", ".ipmismbus", "", BTT_ARGS
      "-device ipmi-bmc-sim,id=bmc0 -device smbus-ipmi,bmc=bmc0",
      CFG_UPSTREAM },
    { "q35/cpuhp", ".cphp", "", BTT_ARGS
      " -smp 2,cores=3,sockets=2,maxcpus=6"
      " -object memory-backend-ram,id=ram0,size=64M"
      " -object memory-backend-ram,id=ram1,size=64M"
      " -numa node,memdev=ram0 -numa node,memdev=ram1"
      " -numa dist,src=0,dst=1,val=21", CFG_UPSTREAM },
    { "q35/numamem", ".numamem", "", BTT_ARGS
      " -object memory-backend-ram,id=ram0,size=128M"
      " -numa node -numa node,memdev=ram0", CFG_UPSTREAM },
    { "q35/nosmm", ".nosmm", "", BTT_ARGS "-machine smm=off",
      CFG_UPSTREAM },
    { "q35/smm-compat", ".smm-compat", "", BTT_ARGS
      "-global ICH9-LPC.smm-compat=on", CFG_UPSTREAM },
    { "q35/smm-compat-nosmm", ".smm-compat-nosmm", "", BTT_ARGS
      "-global ICH9-LPC.smm-compat=on -machine smm=off", CFG_UPSTREAM },
    { "q35/nohpet", ".nohpet", ",hpet=off", BTT_ARGS, CFG_UPSTREAM },
    { "q35/acpihmat-noinitiator", ".acpihmat-noinitiator", "", BTT_ARGS
      " -machine hmat=on -smp 4,sockets=2 -m 128M"
      " -object memory-backend-ram,size=32M,id=ram0"
      " -object memory-backend-ram,size=32M,id=ram1"
      " -object memory-backend-ram,size=64M,id=ram2"
      " -numa node,nodeid=0,memdev=ram0"
      " -numa node,nodeid=1,memdev=ram1"
      " -numa node,nodeid=2,memdev=ram2"
      " -numa cpu,node-id=0,socket-id=0"
      " -numa cpu,node-id=0,socket-id=0"
      " -numa cpu,node-id=1,socket-id=1"
      " -numa cpu,node-id=1,socket-id=1"
      HMAT_LB(0, 0, "latency", "latency=10")
      HMAT_LB(0, 0, "bandwidth", "bandwidth=10485760")
      HMAT_LB(0, 1, "latency", "latency=20")
      HMAT_LB(0, 1, "bandwidth", "bandwidth=5242880")
      HMAT_LB(0, 2, "latency", "latency=30")
      HMAT_LB(0, 2, "bandwidth", "bandwidth=1048576")
      HMAT_LB(1, 0, "latency", "latency=20")
      HMAT_LB(1, 0, "bandwidth", "bandwidth=5242880")
      HMAT_LB(1, 1, "latency", "latency=10")
      HMAT_LB(1, 1, "bandwidth", "bandwidth=10485760")
      HMAT_LB(1, 2, "latency", "latency=30")
      HMAT_LB(1, 2, "bandwidth", "bandwidth=1048576"), CFG_UPSTREAM },
    { "q35/acpihmat-genericx", ".acpihmat-generic-x", "", BTT_ARGS
      " -machine hmat=on,cxl=on -smp 3,sockets=3"
      " -m 128M,maxmem=384M,slots=2"
      " -device pcie-root-port,chassis=1,id=pci.1"
      " -device pci-testdev,bus=pci.1,multifunction=on,addr=00.0"
      " -device pci-testdev,bus=pci.1,addr=00.1"
      " -device pci-testdev,bus=pci.1,id=gidev,addr=00.2"
      " -device pxb-cxl,bus_nr=64,bus=pcie.0,id=cxl.1"
      " -object memory-backend-ram,size=64M,id=ram0"
      " -object memory-backend-ram,size=64M,id=ram1"
      " -numa node,nodeid=0,cpus=0,memdev=ram0"
      " -numa node,nodeid=1"
      " -object acpi-generic-initiator,id=gi0,pci-dev=gidev,node=1"
      " -numa node,nodeid=2"
      " -object acpi-generic-port,id=gp0,pci-bus=cxl.1,node=2"
      " -numa node,nodeid=3,cpus=1"
      " -numa node,nodeid=4,memdev=ram1"
      " -numa node,nodeid=5,cpus=2"
      HMAT_LB(0, 0, "latency", "latency=10")
      HMAT_LB(0, 0, "bandwidth", "bandwidth=800M")
      HMAT_LB(0, 2, "latency", "latency=100")
      HMAT_LB(0, 2, "bandwidth", "bandwidth=200M")
      HMAT_LB(0, 4, "latency", "latency=100")
      HMAT_LB(0, 4, "bandwidth", "bandwidth=200M")
      HMAT_LB(0, 5, "latency", "latency=200")
      HMAT_LB(0, 5, "bandwidth", "bandwidth=400M")
      HMAT_LB(1, 0, "latency", "latency=500")
      HMAT_LB(1, 0, "bandwidth", "bandwidth=100M")
      HMAT_LB(1, 2, "latency", "latency=50")
      HMAT_LB(1, 2, "bandwidth", "bandwidth=400M")
      HMAT_LB(1, 4, "latency", "latency=50")
      HMAT_LB(1, 4, "bandwidth", "bandwidth=800M")
      HMAT_LB(1, 5, "latency", "latency=500")
      HMAT_LB(1, 5, "bandwidth", "bandwidth=100M")
      HMAT_LB(3, 0, "latency", "latency=20")
      HMAT_LB(3, 0, "bandwidth", "bandwidth=400M")
      HMAT_LB(3, 2, "latency", "latency=80")
      HMAT_LB(3, 2, "bandwidth", "bandwidth=200M")
      HMAT_LB(3, 4, "latency", "latency=80")
      HMAT_LB(3, 4, "bandwidth", "bandwidth=200M")
      HMAT_LB(3, 5, "latency", "latency=20")
      HMAT_LB(3, 5, "bandwidth", "bandwidth=400M")
      HMAT_LB(5, 0, "latency", "latency=20")
      HMAT_LB(5, 0, "bandwidth", "bandwidth=400M")
      HMAT_LB(5, 2, "latency", "latency=80")
      HMAT_LB(5, 4, "bandwidth", "bandwidth=200M")
      HMAT_LB(5, 4, "latency", "latency=80")
      HMAT_LB(5, 2, "bandwidth", "bandwidth=200M")
      HMAT_LB(5, 5, "latency", "latency=10")
      HMAT_LB(5, 5, "bandwidth", "bandwidth=800M"), CFG_UPSTREAM },
    { "q35/memhp", ".memhp", "", BTT_ARGS
      " -m 128,slots=3,maxmem=1G"
      " -object memory-backend-ram,id=ram0,size=64M"
      " -object memory-backend-ram,id=ram1,size=64M"
      " -numa node,memdev=ram0 -numa node,memdev=ram1"
      " -numa dist,src=0,dst=1,val=21", CFG_UPSTREAM },
    { "q35/dimmpxm", ".dimmpxm", "", BTT_ARGS
      " -machine nvdimm=on,nvdimm-persistence=cpu"
      " -smp 4,sockets=4 -m 128M,slots=3,maxmem=1G"
      " -object memory-backend-ram,id=ram0,size=32M"
      " -object memory-backend-ram,id=ram1,size=32M"
      " -object memory-backend-ram,id=ram2,size=32M"
      " -object memory-backend-ram,id=ram3,size=32M"
      " -numa node,memdev=ram0,nodeid=0"
      " -numa node,memdev=ram1,nodeid=1"
      " -numa node,memdev=ram2,nodeid=2"
      " -numa node,memdev=ram3,nodeid=3"
      " -numa cpu,node-id=0,socket-id=0"
      " -numa cpu,node-id=1,socket-id=1"
      " -numa cpu,node-id=2,socket-id=2"
      " -numa cpu,node-id=3,socket-id=3"
      " -object memory-backend-ram,id=ram4,size=128M"
      " -object memory-backend-ram,id=nvm0,size=128M"
      " -device pc-dimm,id=dimm0,memdev=ram4,node=1"
      " -device nvdimm,id=dimm1,memdev=nvm0,node=2", CFG_UPSTREAM },
    { "q35/acpihmat", ".acpihmat", "", BTT_ARGS
      " -machine hmat=on -smp 2,sockets=2"
      " -m 128M,slots=2,maxmem=1G"
      " -object memory-backend-ram,size=64M,id=m0"
      " -object memory-backend-ram,size=64M,id=m1"
      " -numa node,nodeid=0,memdev=m0"
      " -numa node,nodeid=1,memdev=m1,initiator=0"
      " -numa cpu,node-id=0,socket-id=0"
      " -numa cpu,node-id=0,socket-id=1"
      HMAT_LB(0, 0, "latency", "latency=1")
      HMAT_LB(0, 0, "bandwidth", "bandwidth=65534M")
      HMAT_LB(0, 1, "latency", "latency=65534")
      HMAT_LB(0, 1, "bandwidth", "bandwidth=32767M")
      " -numa hmat-cache,node-id=0,size=10K,level=1,"
      "associativity=direct,policy=write-back,line=8"
      " -numa hmat-cache,node-id=1,size=10K,level=1,"
      "associativity=direct,policy=write-back,line=8", CFG_UPSTREAM },
    { "q35/mmio64", ".mmio64", "", BTT_ARGS
      "-m 128M,slots=1,maxmem=2G -cpu Opteron_G1"
      " -object memory-backend-ram,id=ram0,size=128M"
      " -numa node,memdev=ram0 -device pci-testdev,membar=2G",
      CFG_UPSTREAM, NULL, mmio64_intended },
    { "q35/acpierst", ".acpierst", "", BTT_ARGS
      " -object memory-backend-file,id=erstnvram,"
      "mem-path=@TMP@,size=0x10000,share=on"
      " -device acpi-erst,memdev=erstnvram", CFG_UPSTREAM },
    { "q35/applesmc", ".applesmc", "", BTT_ARGS
      "-device isa-applesmc,osk=any64characterfakeoskisenough"
      "topreventinvalidkeywarningsonstderr", CFG_UPSTREAM },
    { "q35/pvpanic-isa", ".pvpanic-isa", "", BTT_ARGS "-device pvpanic",
      CFG_UPSTREAM },
    { "q35/ivrs", ".ivrs", "", BTT_ARGS " -device amd-iommu", CFG_UPSTREAM },
    { "q35/kvm/xapic", ".xapic", "", BTT_ARGS
      " -object memory-backend-ram,id=ram0,size=128M"
      " -numa node -numa node,memdev=ram0"
      " -machine kernel-irqchip=on -smp 1,maxcpus=288", CFG_UPSTREAM },
    { "q35/kvm/dmar", ".dmar", "", BTT_ARGS
      "-machine kernel-irqchip=split"
      " -device intel-iommu,intremap=on,device-iotlb=on", CFG_UPSTREAM },
    { "q35/type4-count", ".type4-count", "", BTT_ARGS
      "-machine smbios-entry-point-type=64 "
      "-smp cpus=100,maxcpus=120,sockets=5,dies=2,cores=4,threads=3",
      CFG_UPSTREAM },
    { "q35/core-count", ".core-count", "", BTT_ARGS
      "-machine smbios-entry-point-type=64 "
      "-smp 54,sockets=2,dies=3,cores=3,threads=3", CFG_UPSTREAM },
    /*
     * APIC IDs above 254 need x2APIC, which KVM (upstream runs the next
     * ones only there) turns on by default and TCG does not. CPUID does not
     * reach the tables.
     */
    { "q35/core-count2", ".core-count2", "", BTT_ARGS "-cpu qemu64,x2apic=on "
      "-machine smbios-entry-point-type=64 "
      "-smp 260,dies=2,cores=130,threads=1", CFG_UPSTREAM },
    { "q35/thread-count", ".thread-count", "", BTT_ARGS
      "-machine smbios-entry-point-type=64 "
      "-smp cpus=15,maxcpus=54,sockets=2,dies=3,cores=3,threads=3",
      CFG_UPSTREAM },
    { "q35/thread-count2", ".thread-count2", "", BTT_ARGS
      "-cpu qemu64,x2apic=on "
      "-machine smbios-entry-point-type=64 "
      "-smp cpus=210,maxcpus=260,dies=2,cores=65,threads=2", CFG_UPSTREAM },
    { "q35/viot", ".viot", "", BTT_ARGS
      "-machine default_bus_bypass_iommu=on "
      "-device virtio-iommu-pci "
      "-device pxb-pcie,bus_nr=0x10,id=pcie.100,bus=pcie.0 "
      "-device pxb-pcie,bus_nr=0x20,id=pcie.200,bus=pcie.0,bypass_iommu=on "
      "-device pxb-pcie,bus_nr=0x30,id=pcie.300,bus=pcie.0", CFG_UPSTREAM },
    { "q35/cxl", ".cxl", "", BTT_ARGS
      " -machine cxl=on"
      " -object memory-backend-file,id=cxl-mem1,mem-path=@TMP@,size=256M"
      " -object memory-backend-file,id=cxl-mem2,mem-path=@TMP@,size=256M"
      " -object memory-backend-file,id=cxl-mem3,mem-path=@TMP@,size=256M"
      " -object memory-backend-file,id=cxl-mem4,mem-path=@TMP@,size=256M"
      " -object memory-backend-file,id=lsa1,mem-path=@TMP@,size=256M"
      " -object memory-backend-file,id=lsa2,mem-path=@TMP@,size=256M"
      " -object memory-backend-file,id=lsa3,mem-path=@TMP@,size=256M"
      " -object memory-backend-file,id=lsa4,mem-path=@TMP@,size=256M"
      " -device pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1"
      " -device pxb-cxl,bus_nr=222,bus=pcie.0,id=cxl.2"
      " -device cxl-rp,port=0,bus=cxl.1,id=rp1,chassis=0,slot=2"
      " -device cxl-type3,bus=rp1,persistent-memdev=cxl-mem1,lsa=lsa1"
      " -device cxl-rp,port=1,bus=cxl.1,id=rp2,chassis=0,slot=3"
      " -device cxl-type3,bus=rp2,persistent-memdev=cxl-mem2,lsa=lsa2"
      " -device cxl-rp,port=0,bus=cxl.2,id=rp3,chassis=0,slot=5"
      " -device cxl-type3,bus=rp3,persistent-memdev=cxl-mem3,lsa=lsa3"
      " -device cxl-rp,port=1,bus=cxl.2,id=rp4,chassis=0,slot=6"
      " -device cxl-type3,bus=rp4,persistent-memdev=cxl-mem4,lsa=lsa4"
      " -M cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G,"
      "cxl-fmw.0.interleave-granularity=8k,"
      "cxl-fmw.1.targets.0=cxl.1,cxl-fmw.1.targets.1=cxl.2,"
      "cxl-fmw.1.size=4G,cxl-fmw.1.interleave-granularity=8k",
      CFG_UPSTREAM },
    { "q35/slic", ".slic", "", BTT_ARGS
      "-acpitable sig=SLIC,oem_id=\"CRASH \",oem_table_id=ME,"
      "oem_rev=00002210,asl_compiler_id=qemu,"
      "asl_compiler_rev=00000000,data=/dev/null", CFG_UPSTREAM },
};

typedef struct Table {
    char sig[5];
    char name[16];              /* file stem: SIG, SIG-1, ... */
    uint64_t addr;
    uint32_t len;
    uint8_t *data;
} Table;

typedef struct Walk {
    QTestState *qts;
    const Config *c;
    Table t[MAX_TABLES];
    int n;
    uint64_t memmap;
    uint32_t memmap_entries;
} Walk;

/*
 * One line on stderr naming the configuration and the table; the parent
 * process repeats it (see run_config()).
 */
static void G_GNUC_PRINTF(3, 4) fail(Walk *w, const char *table,
                                     const char *fmt, ...)
{
    g_autofree char *msg = NULL;
    va_list ap;

    va_start(ap, fmt);
    msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    fprintf(stderr, "NOFW-FAIL %s: %s: %s\n", w->c->name, table, msg);
    g_test_fail();
}

static uint32_t le32(const uint8_t *p)
{
    return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t le64(const uint8_t *p)
{
    return le32(p) | (uint64_t)le32(p + 4) << 32;
}

static uint8_t sum8(const uint8_t *p, size_t len)
{
    uint8_t s = 0;

    while (len--) {
        s += *p++;
    }
    return s;
}

/* [addr, addr + len) lies inside one memmap entry that is not RAM. */
static void check_reserved(Walk *w, const char *what, uint64_t addr,
                           uint64_t len)
{
    for (uint32_t i = 0; i < w->memmap_entries; i++) {
        uint8_t e[24];
        uint64_t base, size;

        qtest_memread(w->qts, w->memmap + 24 * i, e, sizeof(e));
        base = le64(e);
        size = le64(e + 8);
        if (addr >= base && addr - base < size && len <= size -
            (addr - base)) {
            if (le32(e + 16) == E820_RAM) {
                fail(w, what, "at 0x%" PRIx64 ", in RAM", addr);
            }
            return;
        }
    }
    fail(w, what, "at 0x%" PRIx64 "+0x%" PRIx64 ", in no memmap entry",
         addr, len);
}

static Table *find_addr(Walk *w, uint64_t addr)
{
    for (int i = 0; i < w->n; i++) {
        if (w->t[i].addr == addr) {
            return &w->t[i];
        }
    }
    return NULL;
}

/*
 * Read the table at @addr once, with the checks a guest relies on.
 * NULL (after fail()) when it cannot be read.
 */
static Table *add_table(Walk *w, uint64_t addr, const char *want,
                        const char *from)
{
    Table *t = find_addr(w, addr);
    uint8_t head[8];
    int same = 0;

    if (t) {
        if (want && strcmp(t->sig, want)) {
            fail(w, want, "%s points to a %s", from, t->sig);
            return NULL;
        }
        return t;
    }
    if (!addr || addr >= 1ULL << 32 || w->n == MAX_TABLES) {
        fail(w, want ? want : "?", "bad pointer 0x%" PRIx64 " in %s",
             addr, from);
        return NULL;
    }
    t = &w->t[w->n];
    qtest_memread(w->qts, addr, head, sizeof(head));
    memcpy(t->sig, head, 4);
    t->sig[4] = 0;
    if (want && strcmp(t->sig, want)) {
        fail(w, want, "%s points to 0x%" PRIx64 ", signature \"%.4s\"",
             from, addr, t->sig);
        return NULL;
    }
    t->addr = addr;
    t->len = le32(head + 4);
    if (t->len < (strcmp(t->sig, "FACS") ? HEADER_LEN : 64) ||
        t->len > MAX_TABLE_LEN) {
        fail(w, t->sig, "length %u at 0x%" PRIx64, t->len, addr);
        return NULL;
    }
    w->n++;
    t->data = g_malloc(t->len);
    qtest_memread(w->qts, addr, t->data, t->len);
    if (strcmp(t->sig, "FACS") && sum8(t->data, t->len)) {
        fail(w, t->sig, "checksum wrong (bytes sum to 0x%02x)",
             sum8(t->data, t->len));
    }
    check_reserved(w, t->sig, addr, t->len);
    for (int i = 0; i < w->n - 1; i++) {
        same += !strcmp(w->t[i].sig, t->sig);
    }
    if (same) {
        g_autofree char *name = g_strdup_printf("%.4s-%d", t->sig, same);

        g_strlcpy(t->name, name, sizeof(t->name));
    } else {
        g_strlcpy(t->name, t->sig, sizeof(t->name));
    }
    return t;
}

static void follow_fadt(Walk *w, Table *fadt)
{
    Table *dsdt = add_table(w, le32(fadt->data + 40), "DSDT", "FACP");
    bool reduced = le32(fadt->data + 112) & (1 << 20);
    uint64_t facs = le32(fadt->data + 36);

    if (dsdt && fadt->len >= 148 && le64(fadt->data + 140) &&
        le64(fadt->data + 140) != dsdt->addr) {
        fail(w, "FACP", "X_DSDT 0x%" PRIx64 " is not DSDT 0x%" PRIx64,
             le64(fadt->data + 140), dsdt->addr);
    }
    if (fadt->len >= 140 && le64(fadt->data + 132)) {
        if (facs && le64(fadt->data + 132) != facs) {
            fail(w, "FACP", "X_FIRMWARE_CTRL is not FIRMWARE_CTRL");
        }
        facs = facs ? facs : le64(fadt->data + 132);
    }
    if (facs) {
        add_table(w, facs, "FACS", "FACP");
    } else if (!reduced) {
        fail(w, "FACP", "no FACS, yet not hardware-reduced");
    }
}

static uint32_t tag(const char *sig)
{
    return le32((const uint8_t *)sig);
}

static void put_pointer(Walk *w, uint8_t *p, int size, const char *target)
{
    uint64_t addr = size == 8 ? le64(p) : le32(p);
    Table *t;
    uint32_t v;

    if (!addr) {
        return;     /* an unpatched pointer must show */
    }
    if (!target) {
        t = find_addr(w, addr);
        target = t ? t->sig : "????";
    }
    v = tag(target);
    memset(p, 0, size);
    memcpy(p, &v, 4);       /* little-endian host */
}

/* The bytes diff-acpi.py writes to TABLE.aml (see its normalise()). */
static void normalise(Walk *w, Table *t, uint8_t *b)
{
    static const struct { const char *name, *target; } named[] = {
        { "VGIA", "VGID" }, { "MEMA", "NVDM" },
    };

    if (!strcmp(t->sig, "FACS")) {
        return;
    }
    if (!strcmp(t->sig, "RSDT") || !strcmp(t->sig, "XSDT")) {
        int size = t->sig[0] == 'R' ? 4 : 8;

        for (uint32_t off = HEADER_LEN; off + size <= t->len; off += size) {
            put_pointer(w, b + off, size, NULL);
        }
    } else if (!strcmp(t->sig, "FACP")) {
        static const struct { int off, size; } f[] = {
            { 36, 4 }, { 40, 4 }, { 132, 8 }, { 140, 8 },
        };
        for (int i = 0; i < ARRAY_SIZE(f); i++) {
            if (f[i].off + f[i].size <= t->len) {
                put_pointer(w, b + f[i].off, f[i].size, NULL);
            }
        }
    } else if (!strcmp(t->sig, "TCPA")) {
        put_pointer(w, b + 42, 8, "TLOG");
    } else if (!strcmp(t->sig, "TPM2") && t->len >= 76) {
        put_pointer(w, b + 68, 8, "TLOG");
    } else if (!strcmp(t->sig, "DSDT") || !strcmp(t->sig, "SSDT")) {
        for (int i = 0; i < ARRAY_SIZE(named); i++) {
            for (uint32_t off = 0; off + 10 <= t->len; off++) {
                if (b[off] == 0x08 && !memcmp(b + off + 1, named[i].name, 4)
                    && b[off + 5] == 0x0c) {
                    put_pointer(w, b + off + 6, 4, named[i].target);
                }
            }
        }
    }
    if (!memcmp(b + 28, "INTL", 4)) {
        memset(b + 32, 0, 4);
    }
    b[9] = 0;
    b[9] = -sum8(b, t->len);
}

static void compare_golden(Walk *w, const char *dir, const char *name,
                           const uint8_t *data, size_t len)
{
    g_autofree char *path = g_strdup_printf("%s/%s.aml", dir, name);
    g_autofree gchar *golden = NULL;
    gsize glen;

    if (g_getenv("NOFW_ACPI_UPDATE")) {
        g_assert_true(g_file_set_contents(path, (const char *)data, len,
                                          NULL));
        return;
    }
    if (!g_file_get_contents(path, &golden, &glen, NULL)) {
        fail(w, name, "in guest memory, but %s is missing", path);
        return;
    }
    if (glen != len || memcmp(golden, data, len)) {
        size_t i = 0;

        while (i < MIN(len, glen) && golden[i] == (char)data[i]) {
            i++;
        }
        fail(w, name, "differs from %s (%zu vs %zu bytes, first difference "
             "at offset 0x%zx); see scripts/diff-acpi.py", path, len,
             (size_t)glen, i);
    }
}

/* tests/acpi-golden/<dir>: '/' in a configuration name becomes '-' */
static char *golden_dir(const Config *c)
{
    g_autofree char *name = g_strdup(c->name);
    char *slash = strchr(name, '/');

    /* q35/smbus/ipmi -> q35/smbus-ipmi */
    if (slash) {
        g_strdelimit(slash + 1, "/", '-');
    }
    return g_strdup_printf("%s/%s", g_getenv("NOFW_ACPI_GOLDEN"), name);
}

static void check_goldens(Walk *w, uint8_t rsdp[20])
{
    g_autofree char *dir = golden_dir(w->c);
    g_autoptr(GDir) gdir = NULL;
    const char *fn;
    uint32_t v32 = tag("RSDT");

    if (g_getenv("NOFW_ACPI_UPDATE")) {
        g_mkdir_with_parents(dir, 0755);
    }
    /* RSDP as diff-acpi.py normalises it: RSDT address -> "RSDT" */
    memcpy(rsdp + 16, &v32, 4);
    rsdp[8] = 0;
    rsdp[8] = -sum8(rsdp, 20);
    compare_golden(w, dir, "RSDP", rsdp, 20);
    for (int i = 0; i < w->n; i++) {
        g_autofree uint8_t *b = g_memdup2(w->t[i].data, w->t[i].len);

        normalise(w, &w->t[i], b);
        compare_golden(w, dir, w->t[i].name, b, w->t[i].len);
    }

    /* and no golden table is missing from memory */
    gdir = g_dir_open(dir, 0, NULL);
    if (!gdir) {
        fail(w, "*", "no golden directory %s", dir);
        return;
    }
    while ((fn = g_dir_read_name(gdir))) {
        g_autofree char *stem = NULL;
        bool found = false;

        if (!g_str_has_suffix(fn, ".aml") || !strcmp(fn, "RSDP.aml")) {
            continue;
        }
        stem = g_strndup(fn, strlen(fn) - 4);
        for (int i = 0; i < w->n; i++) {
            found |= !strcmp(w->t[i].name, stem);
        }
        if (!found) {
            fail(w, stem, "in %s but not in guest memory", dir);
        }
    }
}

/* --- upstream's expected tables --- */

typedef struct Blank {
    uint32_t offset, size;      /* in etc/acpi/tables */
} Blank;

/*
 * Read a fw_cfg file by DMA, into guest RAM at FW_CFG_SCRATCH (after the
 * tables were read, so nothing there matters): a handful of qtest round
 * trips, where the byte port costs one per byte (7000 a configuration).
 * @len bytes of item @key (@select), or from where the last read stopped.
 */
static uint8_t *fw_cfg_dma(QTestState *qts, uint16_t key, bool select,
                           uint32_t len)
{
    struct {
        uint32_t control, length;
        uint64_t address;
    } QEMU_PACKED d = {
        .control = cpu_to_be32((select ? (uint32_t)key << 16 |
                                FW_CFG_DMA_CTL_SELECT : 0) |
                               FW_CFG_DMA_CTL_READ),
        .length = cpu_to_be32(len),
        .address = cpu_to_be64(FW_CFG_SCRATCH + sizeof(d)),
    };
    uint8_t *buf = g_malloc(len);

    qtest_memwrite(qts, FW_CFG_SCRATCH, &d, sizeof(d));
    /* big-endian register: high half, then the low half starts it */
    qtest_outl(qts, FW_CFG_DMA_PORT, cpu_to_be32(FW_CFG_SCRATCH >> 32));
    qtest_outl(qts, FW_CFG_DMA_PORT + 4, cpu_to_be32(FW_CFG_SCRATCH));
    qtest_memread(qts, FW_CFG_SCRATCH, &d, sizeof(uint32_t));
    g_assert_cmphex(be32_to_cpu(d.control), ==, 0);
    qtest_memread(qts, FW_CFG_SCRATCH + sizeof(d), buf, len);
    return buf;
}

/* The contents (g_free) and size of fw_cfg file @name; NULL, 0 if none. */
static uint8_t *fw_cfg_file(QTestState *qts, const char *name, size_t *len)
{
    g_autofree uint8_t *count = fw_cfg_dma(qts, FW_CFG_FILE_DIR, true, 4);
    uint32_t n = be32_to_cpu(*(uint32_t *)count);
    g_autofree uint8_t *dir = fw_cfg_dma(qts, 0, false, n * 64);

    for (uint32_t i = 0; i < n; i++) {
        const uint8_t *e = dir + 64 * i;    /* size, select, 0, name[56] */

        if (!strncmp((const char *)e + 8, name, LOADER_FILE)) {
            *len = MIN(be32_to_cpu(*(uint32_t *)e), FW_CFG_MAX_FILE);
            return fw_cfg_dma(qts, be16_to_cpu(*(uint16_t *)(e + 4)), true,
                              *len);
        }
    }
    *len = 0;
    return NULL;
}

/*
 * The fields of etc/acpi/tables that this run's loader script patched:
 * ADD_POINTER destinations and ADD_CHECKSUM results.
 */
static GArray *loader_blanks(Walk *w)
{
    GArray *blanks = g_array_new(false, false, sizeof(Blank));
    size_t len;
    g_autofree uint8_t *script = fw_cfg_file(w->qts, "etc/table-loader",
                                             &len);

    if (!len || len % LOADER_ENTRY) {
        fail(w, "*", "etc/table-loader missing or %zu bytes", len);
        return blanks;
    }

    for (size_t i = 0; i < len; i += LOADER_ENTRY) {
        const uint8_t *e = script + i;
        const char *file = (const char *)e + 4;
        Blank b;

        if (strncmp(file, TABLES_FILE, LOADER_FILE)) {
            continue;
        }
        switch (le32(e)) {
        case 2: /* ADD_POINTER: dest_file, src_file, offset, size */
            b.offset = le32(e + 4 + 2 * LOADER_FILE);
            b.size = e[8 + 2 * LOADER_FILE];
            break;
        case 3: /* ADD_CHECKSUM: file, result offset, start, length */
            b.offset = le32(e + 4 + LOADER_FILE);
            b.size = 1;
            break;
        default:
            continue;
        }
        g_array_append_val(blanks, b);
    }
    return blanks;
}

/* Blank [offset, offset + size) of @t's bytes in both copies. */
static void blank(uint8_t *a, uint8_t *b, uint32_t len, int64_t offset,
                  uint32_t size)
{
    if (offset >= 0 && offset < len) {
        size = MIN(size, len - offset);
        memset(a + offset, 0, size);
        memset(b + offset, 0, size);
    }
}

static char *run_cmd(const char *dir, char **argv)
{
    g_autofree char *out = NULL, *err = NULL;
    int status;

    if (!g_spawn_sync(dir, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                      &out, &err, &status, NULL)) {
        return g_strdup_printf("(could not run %s)\n", argv[0]);
    }
    return g_strconcat(out, err, NULL);
}

static void remove_tree(const char *dir)
{
    g_autofree char *cmd = g_strdup_printf("rm -rf '%s'", dir);

    g_assert_cmpint(system(cmd), ==, 0);
}

/* What bios-tables-test shows on a mismatch: iasl -d of both, diffed. */
static void show_iasl_diff(Walk *w, const char *sig, const uint8_t *exp,
                           uint32_t exp_len, const uint8_t *act,
                           uint32_t act_len)
{
    g_autofree char *tmp = g_dir_make_tmp("nofw-acpi-diff.XXXXXX", NULL);
    g_autofree char *aml = g_strdup_printf("%s.aml", sig);
    g_autofree char *dsl = g_strdup_printf("%s.dsl", sig);
    const char *sides[] = { "expected", "nofw" };
    const uint8_t *data[] = { exp, act };
    uint32_t len[] = { exp_len, act_len };
    g_autofree char *diff = NULL;
    g_auto(GStrv) lines = NULL;

    for (int i = 0; i < 2; i++) {
        g_autofree char *d = g_build_filename(tmp, sides[i], NULL);
        g_autofree char *f = g_build_filename(d, aml, NULL);
        char *iasl[] = { (char *)"iasl", (char *)"-d", aml, NULL };

        g_mkdir(d, 0700);
        g_file_set_contents(f, (const char *)data[i], len[i], NULL);
        g_free(run_cmd(d, iasl));
    }
    {
        g_autofree char *a = g_build_filename("expected", dsl, NULL);
        g_autofree char *b = g_build_filename("nofw", dsl, NULL);
        char *argv[] = { (char *)"diff", (char *)"-u", a, b, NULL };

        diff = run_cmd(tmp, argv);
    }
    lines = g_strsplit(diff, "\n", 0);
    for (int i = 0; lines[i] && i < 80; i++) {
        /* the child's g_test_message()s do not reach the TAP stream */
        fprintf(stderr, "# %s %s| %s\n", w->c->name, sig, lines[i]);
    }
    remove_tree(tmp);
}

static void check_upstream(Walk *w, uint64_t rsdt_addr)
{
    const char *dir = g_getenv("NOFW_UPSTREAM_ACPI");
    g_autoptr(GArray) blanks = loader_blanks(w);
    size_t got;
    g_autofree uint8_t *rsdp = fw_cfg_file(w->qts, "etc/acpi/rsdp", &got);
    uint64_t base;

    g_assert_nonnull(dir);
    /* where etc/acpi/tables starts: RSDP's RSDT pointer before patching */
    if (got < 20) {
        fail(w, "RSDP", "etc/acpi/rsdp missing in fw_cfg");
        return;
    }
    base = rsdt_addr - le32(rsdp + 16);

    for (int i = 0; i < w->n; i++) {
        Table *t = &w->t[i];
        g_autofree char *path = NULL;
        g_autofree gchar *exp = NULL;
        g_autofree uint8_t *act = NULL;
        const Intended *in;
        int64_t off = t->addr - base;
        gsize exp_len;

        if (!strcmp(t->sig, "RSDT")) {
            continue;       /* bios-tables-test does not compare it */
        }
        if (strcmp(t->name, t->sig)) {
            fail(w, t->name, "a second %s: upstream names files by "
                 "signature only", t->sig);
            continue;
        }
        path = g_strdup_printf("%s/%s%s", dir, t->sig, w->c->variant);
        if (!g_file_get_contents(path, &exp, &exp_len, NULL)) {
            g_free(path);
            path = g_strdup_printf("%s/%s", dir, t->sig);
            if (!g_file_get_contents(path, &exp, &exp_len, NULL)) {
                fail(w, t->sig, "no upstream expected file %s%s",
                     path, w->c->variant);
                continue;
            }
        }
        if (exp_len != t->len) {
            fail(w, t->sig, "%u bytes, upstream's %s has %zu", t->len, path,
                 (size_t)exp_len);
            show_iasl_diff(w, t->sig, (uint8_t *)exp, exp_len, t->data,
                           t->len);
            continue;
        }
        act = g_memdup2(t->data, t->len);
        for (guint j = 0; j < blanks->len; j++) {
            Blank *b = &g_array_index(blanks, Blank, j);

            blank((uint8_t *)exp, act, t->len, (int64_t)b->offset - off,
                  b->size);
        }
        if (!strcmp(t->sig, "FACP")) {
            /* as bios-tables-test's test_acpi_fadt_table() */
            blank((uint8_t *)exp, act, t->len, 36, 4);
            blank((uint8_t *)exp, act, t->len, 40, 4);
            blank((uint8_t *)exp, act, t->len, 132, 8);
            blank((uint8_t *)exp, act, t->len, 140, 8);
        }
        for (in = w->c->intended; in && in->table; in++) {
            if (!strcmp(in->table, t->sig)) {
                blank((uint8_t *)exp, act, t->len, in->offset, in->size);
            }
        }
        if (memcmp(exp, act, t->len)) {
            uint32_t k = 0;

            while ((uint8_t)exp[k] == act[k]) {
                k++;
            }
            fail(w, t->sig, "differs from upstream's %s at offset 0x%x "
                 "(loader-patched fields blanked)", path, k);
            show_iasl_diff(w, t->sig, (uint8_t *)exp, exp_len, act, t->len);
        }
    }
}

static void check_oem(Walk *w)
{
    for (int i = 0; i < w->n; i++) {
        Table *t = &w->t[i];

        if (!strcmp(t->sig, "FACS")) {
            continue;       /* no OEM fields */
        }
        /* as bios-tables-test's test_oem_fields() compares them */
        if (strncmp((char *)t->data + 10, "TEST", 6) ||
            strncmp((char *)t->data + 16, "OEM", 8)) {
            fail(w, t->name, "OEM ID \"%.6s\", table ID \"%.8s\"",
                 t->data + 10, t->data + 16);
        }
    }
}

/* --- one configuration --- */

/* Walk the tables from start_info and run every check on them. */
static void check_tables(const Config *c, QTestState *qts)
{
    Walk w = { .qts = qts, .c = c };
    uint8_t info[56], rsdp[20];
    uint64_t info_addr, rsdp_addr;
    QDict *rsp;
    Table *rsdt;

    rsp = qtest_qmp(qts, "{ 'execute': 'qom-get', 'arguments': "
                    "{ 'path': '/machine', 'property': 'nofw-start-info' } }");
    info_addr = qdict_get_try_int(rsp, "return", 0);
    qobject_unref(rsp);
    if (!info_addr) {
        fail(&w, "*", "no start_info (nofw-start-info is 0)");
        return;
    }
    qtest_memread(qts, info_addr, info, sizeof(info));
    if (le32(info) != START_INFO_MAGIC) {
        fail(&w, "*", "start_info magic 0x%x", le32(info));
        return;
    }
    rsdp_addr = le64(info + 32);
    w.memmap = le64(info + 40);
    w.memmap_entries = le32(info + 48);
    if (!w.memmap_entries) {
        fail(&w, "*", "start_info has no memmap");
    }

    /* RSDP: revision 0 on q35 (RSDT only); checksum over 20 bytes */
    if (!rsdp_addr) {
        fail(&w, "RSDP", "start_info rsdp_paddr is 0");
        return;
    }
    qtest_memread(qts, rsdp_addr, rsdp, sizeof(rsdp));
    if (memcmp(rsdp, "RSD PTR ", 8) || sum8(rsdp, 20) || rsdp[15]) {
        fail(&w, "RSDP", "at 0x%" PRIx64 ": signature \"%.8s\", checksum "
             "sum 0x%02x, revision %u", rsdp_addr, rsdp, sum8(rsdp, 20),
             rsdp[15]);
        return;
    }
    check_reserved(&w, "RSDP", rsdp_addr, 20);

    rsdt = add_table(&w, le32(rsdp + 16), "RSDT", "RSDP");
    if (!rsdt) {
        return;
    }
    for (uint32_t off = HEADER_LEN; off + 4 <= rsdt->len; off += 4) {
        Table *t = add_table(&w, le32(rsdt->data + off), NULL, "RSDT");

        if (t && !strcmp(t->sig, "FACP")) {
            follow_fadt(&w, t);
        }
    }

    if (c->flags & CFG_UPSTREAM) {
        check_upstream(&w, rsdt->addr);
    }
    if (c->flags & CFG_OEM) {
        check_oem(&w);
    }
    check_goldens(&w, rsdp);
    for (int i = 0; i < w.n; i++) {
        g_free(w.t[i].data);
    }
}

static char *expand(const char *args, const char *tmp)
{
    g_auto(GStrv) parts = g_strsplit(args, "@TMP@", -1);

    return g_strjoinv(tmp, parts);
}

/* bios-tables-test's multif-bridge hot-adds these while stopped at -S */
static void hotplug_at_prelaunch(QTestState *qts)
{
    qtest_qmp_device_add(qts, "pci-bridge", "hpbr1",
                         "{'bus': 'br1', 'addr': '6.0', 'chassis_nr': 128 }");
    qtest_qmp_device_add(qts, "pci-bridge", "hpbr2-multiif",
                         "{ 'bus': 'br1', 'addr': '2.2', 'chassis_nr': 129 }");
    qtest_qmp_device_add(qts, "pcie-pci-bridge", "hpbr3",
                         "{'bus': 'rphptgt1', 'addr': '0.0' }");
    qtest_qmp_device_add(qts, "pcie-root-port", "hprp",
                         "{'bus': 'rphptgt2', 'addr': '0.0' }");
    qtest_qmp_device_add(qts, "pci-testdev", "hpnic",
                         "{'bus': 'rphptgt3', 'addr': '0.0' }");
    qobject_unref(qtest_qmp(qts, "{'execute':'cont' }"));
    qtest_qmp_eventwait(qts, "RESUME");
}

static void config_body(const Config *c)
{
    const char *kernel = g_getenv("NOFW_PVH_KERNEL");
    g_autofree char *tmp = g_dir_make_tmp("nofw-acpi.XXXXXX", NULL);
    g_autofree char *disk = g_build_filename(tmp, "disk", NULL);
    g_autofree char *sock = g_build_filename(tmp, "sock", NULL);
    static const char zero[512];
    const char *runs[] = { c->args, c->args2 };
    TPMTestState tpm = { 0 };
    GThread *thread = NULL;

    g_assert_nonnull(kernel);
    g_assert_nonnull(g_getenv("NOFW_ACPI_GOLDEN"));
    g_assert_true(g_file_set_contents(disk, zero, sizeof(zero), NULL));

    for (int r = 0; r < ARRAY_SIZE(runs) && runs[r]; r++) {
        g_autofree char *args = expand(runs[r], tmp);
        QTestState *qts;

        if (c->flags & (CFG_TPM2 | CFG_TPM12)) {
            module_call_init(MODULE_INIT_QOM);
            tpm.addr = g_new0(SocketAddress, 1);
            tpm.addr->type = SOCKET_ADDRESS_TYPE_UNIX;
            tpm.addr->u.q_unix.path = g_strdup(sock);
            g_mutex_init(&tpm.data_mutex);
            g_cond_init(&tpm.data_cond);
            tpm.tpm_version = c->flags & CFG_TPM2 ? TPM_VERSION_2_0 :
                              TPM_VERSION_1_2;
            thread = g_thread_new(NULL, tpm_emu_ctrl_thread, &tpm);
            tpm_emu_test_wait_cond(&tpm);
        }

        qts = qtest_initf("-machine q35,nofw=on%s -kernel %s %s", c->machine,
                          kernel, args);
        if (c->flags & CFG_HOTPLUG) {
            hotplug_at_prelaunch(qts);
        }
        check_tables(c, qts);
        if (c->flags & CFG_HOTPLUG) {
            /* a reset must not change any table */
            qtest_system_reset(qts);
            check_tables(c, qts);
        }
        qtest_quit(qts);

        if (thread) {
            g_thread_join(thread);
            g_unlink(sock);
            qapi_free_SocketAddress(tpm.addr);
            thread = NULL;
        }
    }
    remove_tree(tmp);
}

/*
 * Each configuration runs in a child process (its output passes through):
 * an abort there, e.g. QEMU refusing to start, fails this configuration
 * with one line, and the next one runs.
 */
static void test_config(const void *opaque)
{
    const Config *c = opaque;

    if (g_test_subprocess()) {
        config_body(c);
        return;
    }
    g_test_trap_subprocess(NULL, 600 * G_USEC_PER_SEC,
                           G_TEST_SUBPROCESS_INHERIT_STDOUT |
                           G_TEST_SUBPROCESS_INHERIT_STDERR);
    if (!g_test_trap_has_passed()) {
        g_test_message("NOFW-FAIL %s: the configuration failed (its "
                       "NOFW-FAIL lines and QEMU's message are above)",
                       c->name);
        g_test_fail();
    }
}

/*
 * What the test reads, when the environment does not say: this binary is
 * build/BASE/qemu/tests/qtest/nofw-acpi-test (qemu-asan for check-asan)
 * in the nofw tree, so the rest lies at fixed places above it.
 */
static const struct {
    const char *var;
    const char *from_build;     /* relative to this binary's directory */
    const char *what;
} defaults[] = {
    { "NOFW_PVH_KERNEL", "../../../../guest/pvh-exit.elf",
      "a PVH kernel: `make guests` builds build/guest/pvh-exit.elf" },
    { "NOFW_ACPI_GOLDEN", "../../../../../tests/acpi-golden",
      "nofw's tests/acpi-golden" },
    { "NOFW_UPSTREAM_ACPI", "../../../src/tests/data/acpi/x86/q35",
      "tests/data/acpi/x86/q35 of the pinned QEMU source" },
};

/*
 * Set each variable of defaults[] that the environment lacks (the
 * configurations' subprocesses inherit it), or end the run with one line
 * naming the variables to set.
 */
static void find_defaults(void)
{
    g_autofree char *dir = g_canonicalize_filename(g_test_get_dir(G_TEST_BUILT),
                                                   NULL);
    g_autoptr(GString) missing = g_string_new(NULL);

    for (int i = 0; i < ARRAY_SIZE(defaults); i++) {
        g_autofree char *path = NULL;

        if (g_getenv(defaults[i].var)) {
            continue;
        }
        path = g_canonicalize_filename(defaults[i].from_build, dir);
        if (g_file_test(path, G_FILE_TEST_EXISTS)) {
            g_setenv(defaults[i].var, path, TRUE);
            g_test_message("%s=%s (from the build tree)", defaults[i].var,
                           path);
        } else {
            g_string_append_printf(missing, "%s%s to %s (not at %s)",
                                   missing->len ? "; " : "",
                                   defaults[i].var, defaults[i].what, path);
        }
    }
    if (missing->len) {
        fprintf(stderr, "nofw-acpi-test: set %s\n", missing->str);
        exit(1);
    }
}

int main(int argc, char **argv)
{
    /* a failed configuration must not stop the matrix */
    g_autofree char **args = g_new0(char *, argc + 2);

    memcpy(args, argv, argc * sizeof(char *));
    args[argc++] = (char *)"--keep-going";
    argv = args;
    g_test_init(&argc, &argv, NULL);
    find_defaults();

    for (int i = 0; i < ARRAY_SIZE(configs); i++) {
        g_autofree char *path = g_strdup_printf("nofw-acpi/%s",
                                                configs[i].name);
        qtest_add_data_func(path, &configs[i], test_config);
    }
    return g_test_run();
}
