/*
 * nofw: PCI enumeration and BAR placement without firmware
 *
 * Firmware numbers the buses behind bridges and assigns BARs and bridge
 * windows before it reads the ACPI tables, and QEMU builds tables from
 * that state (ERST register addresses, pxb windows and bus ranges, IVRS
 * and VIOT device ranges). nofw_pci_setup() does that job, the one of
 * SeaBIOS's src/fw/pciinit.c, with the same scheme, so the tables come
 * out the same: depth-first bus numbers; per bus, BARs sorted by
 * alignment then size (largest first); bridge windows rounded to 4 KiB
 * (I/O) or 2 MiB (memory); on the root bus, I/O from 0xC000 and memory
 * packed down from the IOAPIC at 0xFEC00000, with 64-bit BARs moved above
 * RAM only when the 32-bit window is too small. Buses of extra host
 * bridges (pxb) keep their number and share the root bus's windows.
 * Then interrupt lines (through the ICH9 PIRQ routing) and decoding on.
 *
 * hw/i386/nofw.c calls it at startup, before acpi_setup() builds
 * the tables, and at every cold reset, which cleared the BARs: each time
 * right after nofw_ich9_chipset_setup() (hw/isa/ich9_nofw_pm.c) opened
 * the MMCONFIG window, in one memory transaction. Not at a wakeup from
 * S3: the OS restores its devices' config space itself.
 *
 * All writes go through the devices' own config-space write paths, so
 * the memory regions they control are updated as for a guest write.
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/units.h"
#include "qapi/error.h"
#include "hw/pci/pci.h"
#include "hw/pci/pci_host.h"
#include "hw/pci/pci_bridge.h"
#include "hw/pci/pci_bus.h"
#include "hw/pci-host/q35.h"
#include "hw/i386/nofw.h"
#include "trace.h"

enum { NOFW_PCI_IO, NOFW_PCI_MEM, NOFW_PCI_PREF, NOFW_PCI_TYPES };

#define NOFW_PCI_DEV_MEM_MIN        (4 * KiB)
#define NOFW_PCI_BRIDGE_MEM_MIN     (2 * MiB)
#define NOFW_PCI_BRIDGE_IO_MIN      0x1000
#define NOFW_PCI_IO_BASE            0xc000
#define NOFW_PCI_IO_LOW_BASE        0x1000
#define NOFW_PCI_MEM_END            0xfec00000ULL

typedef struct NofwPciEntry {
    PCIDevice *dev;
    int bar;                    /* -1: the window of a bridge */
    int type;
    bool is64;
    uint64_t size;
    uint64_t align;
} NofwPciEntry;

typedef struct NofwPciBus {
    GArray *r[NOFW_PCI_TYPES];  /* of NofwPciEntry, largest first */
    uint64_t base[NOFW_PCI_TYPES];
    PCIDevice *bridge;          /* whose secondary bus this is */
} NofwPciBus;

static uint32_t pci_rd(PCIDevice *d, uint32_t addr, int len)
{
    return pci_host_config_read_common(d, addr, pci_config_size(d), len);
}

void nofw_pci_write(PCIDevice *d, uint32_t addr, uint32_t val, int len)
{
    pci_host_config_write_common(d, addr, pci_config_size(d), val, len);
}

static bool pci_is_bridge(PCIDevice *d)
{
    return pci_rd(d, PCI_CLASS_DEVICE, 2) == PCI_CLASS_BRIDGE_PCI &&
           object_dynamic_cast(OBJECT(d), TYPE_PCI_BRIDGE);
}

static bool nofw_pci_number(PCIBus *bus, uint8_t *last, Error **errp)
{
    for (int devfn = 0; devfn < 256; devfn++) {
        PCIDevice *d = bus->devices[devfn];
        PCIBus *sec;

        if (!d || !pci_is_bridge(d)) {
            continue;
        }
        if (*last == 0xff) {
            error_setg(errp, "nofw: more PCI buses behind bridges than the "
                       "256 bus numbers");
            return false;
        }
        nofw_pci_write(d, PCI_PRIMARY_BUS, pci_bus_num(bus), 1);
        nofw_pci_write(d, PCI_SECONDARY_BUS, ++*last, 1);
        nofw_pci_write(d, PCI_SUBORDINATE_BUS, 0xff, 1);
        sec = pci_bridge_get_sec_bus(PCI_BRIDGE(d));
        if (!nofw_pci_number(sec, last, errp)) {
            return false;
        }
        nofw_pci_write(d, PCI_SUBORDINATE_BUS, *last, 1);
    }
    return true;
}

static uint64_t region_align(GArray *r)
{
    return r->len ? g_array_index(r, NofwPciEntry, 0).align : 1;
}

static uint64_t region_sum(GArray *r)
{
    uint64_t sum = 0;

    for (guint i = 0; i < r->len; i++) {
        sum += g_array_index(r, NofwPciEntry, i).size;
    }
    return sum;
}

/* Insert after every entry at least as large: same order as SeaBIOS. */
static void region_add(GArray *r, NofwPciEntry *e)
{
    guint i;

    for (i = 0; i < r->len; i++) {
        NofwPciEntry *p = &g_array_index(r, NofwPciEntry, i);

        if (p->align < e->align || (p->align == e->align &&
                                    p->size < e->size)) {
            break;
        }
    }
    g_array_insert_val(r, i, *e);
}

/* The bus whose windows a device's BARs come from. */
static NofwPciBus *owner_bus(NofwPciBus *buses, PCIDevice *d)
{
    PCIBus *bus = pci_get_bus(d);
    int n = pci_bus_num(bus);

    /* extra root buses (pxb) have no bridge: they share the root's */
    return pci_bus_is_root(bus) ? &buses[0] : &buses[n];
}

static void nofw_pci_size_device(NofwPciBus *buses, PCIDevice *d)
{
    NofwPciBus *bus = owner_bus(buses, d);
    bool bridge = pci_is_bridge(d);

    for (int i = 0; i < PCI_NUM_REGIONS; i++) {
        PCIIORegion *r = &d->io_regions[i];
        NofwPciEntry e = { .dev = d, .bar = i, .size = r->size };

        if (!r->size || (bridge && i >= 2 && i < PCI_ROM_SLOT)) {
            continue;
        }
        if (r->type & PCI_BASE_ADDRESS_SPACE_IO) {
            e.type = NOFW_PCI_IO;
        } else {
            e.type = r->type & PCI_BASE_ADDRESS_MEM_PREFETCH ?
                     NOFW_PCI_PREF : NOFW_PCI_MEM;
            e.is64 = r->type & PCI_BASE_ADDRESS_MEM_TYPE_64;
            e.size = MAX(e.size, NOFW_PCI_DEV_MEM_MIN);
        }
        e.align = e.size;
        region_add(bus->r[e.type], &e);
    }
}

/* Does the bridge implement this window (I/O and prefetchable optional)? */
static bool bridge_has_window(PCIDevice *d, int type)
{
    uint32_t reg;

    switch (type) {
    case NOFW_PCI_IO:
        reg = PCI_IO_BASE;
        break;
    case NOFW_PCI_PREF:
        reg = PCI_PREF_MEMORY_BASE;
        break;
    default:
        return true;
    }
    return d->wmask[reg] != 0;
}

static bool bridge_window_is64(PCIDevice *d, GArray *r, int type)
{
    if (type != NOFW_PCI_PREF ||
        (d->config[PCI_PREF_MEMORY_BASE] & PCI_PREF_RANGE_TYPE_MASK) !=
        PCI_PREF_RANGE_TYPE_64) {
        return false;
    }
    for (guint i = 0; i < r->len; i++) {
        if (!g_array_index(r, NofwPciEntry, i).is64) {
            return false;
        }
    }
    return true;
}

static void nofw_pci_set(NofwPciEntry *e, uint64_t addr)
{
    PCIDevice *d = e->dev;
    uint64_t limit = addr + e->size - 1;
    uint32_t reg;

    trace_nofw_pci_bar(object_get_typename(OBJECT(d)), e->bar, addr,
                       e->size);
    if (e->bar >= 0) {
        reg = e->bar == PCI_ROM_SLOT ? pci_is_bridge(d) ? PCI_ROM_ADDRESS1 :
              PCI_ROM_ADDRESS : PCI_BASE_ADDRESS_0 + 4 * e->bar;
        nofw_pci_write(d, reg, addr, 4);
        if (e->is64) {
            nofw_pci_write(d, reg + 4, addr >> 32, 4);
        }
        return;
    }
    switch (e->type) {
    case NOFW_PCI_IO:
        nofw_pci_write(d, PCI_IO_BASE, addr >> 8, 1);
        nofw_pci_write(d, PCI_IO_BASE_UPPER16, 0, 2);
        nofw_pci_write(d, PCI_IO_LIMIT, limit >> 8, 1);
        nofw_pci_write(d, PCI_IO_LIMIT_UPPER16, 0, 2);
        break;
    case NOFW_PCI_MEM:
        nofw_pci_write(d, PCI_MEMORY_BASE, addr >> 16, 2);
        nofw_pci_write(d, PCI_MEMORY_LIMIT, limit >> 16, 2);
        break;
    case NOFW_PCI_PREF:
        nofw_pci_write(d, PCI_PREF_MEMORY_BASE, addr >> 16, 2);
        nofw_pci_write(d, PCI_PREF_MEMORY_LIMIT, limit >> 16, 2);
        nofw_pci_write(d, PCI_PREF_BASE_UPPER32, addr >> 32, 4);
        nofw_pci_write(d, PCI_PREF_LIMIT_UPPER32, limit >> 32, 4);
        break;
    }
}

/* base > limit: the bridge forwards nothing of this type */
static void nofw_pci_window_off(PCIDevice *d, int type)
{
    switch (type) {
    case NOFW_PCI_IO:
        nofw_pci_write(d, PCI_IO_BASE, 0xf0, 1);
        nofw_pci_write(d, PCI_IO_LIMIT, 0, 1);
        break;
    case NOFW_PCI_MEM:
        nofw_pci_write(d, PCI_MEMORY_BASE, 0xfff0, 2);
        nofw_pci_write(d, PCI_MEMORY_LIMIT, 0, 2);
        break;
    case NOFW_PCI_PREF:
        nofw_pci_write(d, PCI_PREF_MEMORY_BASE, 0xfff0, 2);
        nofw_pci_write(d, PCI_PREF_MEMORY_LIMIT, 0, 2);
        break;
    }
}

static void region_map(NofwPciBus *buses, GArray *r, uint64_t *base)
{
    for (guint i = 0; i < r->len; i++) {
        NofwPciEntry *e = &g_array_index(r, NofwPciEntry, i);
        uint64_t addr = *base;

        *base += e->size;
        if (e->bar < 0) {
            PCIBus *sec = pci_bridge_get_sec_bus(PCI_BRIDGE(e->dev));
            buses[pci_bus_num(sec)].base[e->type] = addr;
        }
        nofw_pci_set(e, addr);
    }
    g_array_set_size(r, 0);
}

/* Place the root bus's memory regions below @end; false if they do not fit */
static bool root_mem_fits(NofwPciBus *root, uint64_t start, uint64_t end)
{
    int hi = NOFW_PCI_PREF, lo = NOFW_PCI_MEM;

    if (region_align(root->r[NOFW_PCI_MEM]) <
        region_align(root->r[NOFW_PCI_PREF])) {
        hi = NOFW_PCI_MEM;
        lo = NOFW_PCI_PREF;
    }
    root->base[hi] = QEMU_ALIGN_DOWN(end - region_sum(root->r[hi]),
                                     region_align(root->r[hi]));
    root->base[lo] = QEMU_ALIGN_DOWN(root->base[hi] - region_sum(root->r[lo]),
                                     region_align(root->r[lo]));
    return root->base[lo] >= start && root->base[lo] <= end;
}

static void move_64bit(GArray *from, GArray *to)
{
    for (guint i = 0; i < from->len;) {
        NofwPciEntry *e = &g_array_index(from, NofwPciEntry, i);

        if (e->is64 && pci_rd(e->dev, PCI_CLASS_DEVICE, 2) !=
            PCI_CLASS_SERIAL_USB) {
            g_array_append_val(to, *e);
            g_array_remove_index(from, i);
        } else {
            i++;
        }
    }
}

static uint8_t nofw_pci_irq(PCIDevice *d, int pin)
{
    int addend = 0, slot;

    /* the pin rotates by the slot of every bridge on the way up */
    while (!pci_bus_is_root(pci_get_bus(d))) {
        addend += PCI_SLOT(d->devfn);
        d = pci_bridge_get_device(pci_get_bus(d));
    }
    slot = PCI_SLOT(d->devfn);
    if (slot <= 24) {
        addend += slot;
    }
    return nofw_ich9_pirq_irq((pin - 1 + addend) & 3);
}

static void nofw_pci_enable(PCIDevice *d)
{
    int pin = pci_rd(d, PCI_INTERRUPT_PIN, 1);

    if (pin) {
        nofw_pci_write(d, PCI_INTERRUPT_LINE, nofw_pci_irq(d, pin), 1);
    }
    nofw_pci_write(d, PCI_COMMAND, pci_rd(d, PCI_COMMAND, 2) | PCI_COMMAND_IO |
                 PCI_COMMAND_MEMORY | PCI_COMMAND_SERR, 2);
}

static void nofw_pci_collect(PCIBus *bus, PCIDevice *d, void *opaque)
{
    g_ptr_array_add(opaque, d);
}

static gint by_bdf(gconstpointer a, gconstpointer b)
{
    PCIDevice *x = *(PCIDevice **)a, *y = *(PCIDevice **)b;
    int bx = pci_dev_bus_num(x) << 8 | x->devfn;
    int by = pci_dev_bus_num(y) << 8 | y->devfn;

    return bx - by;
}

static gint by_bus_num(gconstpointer a, gconstpointer b)
{
    return pci_bus_num(*(PCIBus **)a) - pci_bus_num(*(PCIBus **)b);
}

static void nofw_pci_for_each_bus(PCIBus *bus, void *opaque)
{
    pci_for_each_device_under_bus(bus, nofw_pci_collect, opaque);
}

bool nofw_pci_setup(PCMachineState *pcms, Error **errp)
{
    X86MachineState *x86ms = X86_MACHINE(pcms);
    PCIBus *root = pcms->pcibus, *child;
    g_autoptr(GPtrArray) devs = g_ptr_array_new();
    g_autoptr(GPtrArray) roots = g_ptr_array_new();
    NofwPciBus *buses = g_new0(NofwPciBus, 256);
    GArray *mem64, *pref64;
    /* above low RAM and the MMCONFIG window, as SeaBIOS on q35 */
    uint64_t mem32_start = MAX(x86ms->below_4g_mem_size,
                               MCH_HOST_BRIDGE_PCIEXBAR_DEFAULT +
                               NOFW_MMCONFIG_SIZE);
    uint64_t base64;
    uint8_t last = 0;
    bool ok = false;
    int n, t;

    for (n = 0; n < 256; n++) {
        for (t = 0; t < NOFW_PCI_TYPES; t++) {
            buses[n].r[t] = g_array_new(false, true, sizeof(NofwPciEntry));
        }
    }
    mem64 = g_array_new(false, true, sizeof(NofwPciEntry));
    pref64 = g_array_new(false, true, sizeof(NofwPciEntry));

    /* Bus numbers: the root tree, then each extra root bus in order. */
    if (!nofw_pci_number(root, &last, errp)) {
        goto out;
    }
    QLIST_FOREACH(child, &root->child, sibling) {
        if (pci_bus_is_root(child)) {
            g_ptr_array_add(roots, child);
        }
    }
    g_ptr_array_sort(roots, by_bus_num);
    for (guint i = 0; i < roots->len; i++) {
        child = g_ptr_array_index(roots, i);
        if (pci_bus_num(child) <= last) {
            error_setg(errp, "nofw: PCI expander bus %d is already taken by "
                       "a bridge's secondary bus (up to %d); give it a "
                       "higher bus_nr", pci_bus_num(child), last);
            goto out;
        }
        last = pci_bus_num(child);
        if (!nofw_pci_number(child, &last, errp)) {
            goto out;
        }
    }

    /* Every function, in bus then devfn order, as firmware probes them. */
    pci_for_each_bus(root, nofw_pci_for_each_bus, devs);
    g_ptr_array_sort(devs, by_bdf);
    for (guint i = 0; i < devs->len; i++) {
        PCIDevice *d = g_ptr_array_index(devs, i);

        if (pci_is_bridge(d)) {
            PCIBus *sec = pci_bridge_get_sec_bus(PCI_BRIDGE(d));
            buses[pci_bus_num(sec)].bridge = d;
        }
        nofw_pci_size_device(buses, d);
    }

    /* Windows of the deepest bridges first, into their parents. */
    for (n = 255; n > 0; n--) {
        NofwPciBus *s = &buses[n];

        if (!s->bridge) {
            continue;
        }
        for (t = 0; t < NOFW_PCI_TYPES; t++) {
            uint64_t min = t == NOFW_PCI_IO ? NOFW_PCI_BRIDGE_IO_MIN :
                           NOFW_PCI_BRIDGE_MEM_MIN;
            NofwPciEntry e = { .dev = s->bridge, .bar = -1, .type = t };
            uint64_t sum;

            if (!bridge_has_window(s->bridge, t)) {
                continue;
            }
            e.align = MAX(min, region_align(s->r[t]));
            sum = region_sum(s->r[t]);
            /* PCIe hot-plug needs no I/O: no window unless it is used */
            if (t == NOFW_PCI_IO && !sum && pci_is_express(s->bridge)) {
                nofw_pci_window_off(s->bridge, t);
                continue;
            }
            /* an empty hot-plug slot gets the minimum window */
            e.size = QEMU_ALIGN_UP(sum ? sum : e.align, e.align);
            e.is64 = bridge_window_is64(s->bridge, s->r[t], t);
            region_add(owner_bus(buses, s->bridge)->r[t], &e);
        }
    }

    /* Root windows: I/O, then 32-bit memory, 64-bit only if needed. */
    n = region_sum(buses[0].r[NOFW_PCI_IO]);
    if (n < 0x4000) {
        buses[0].base[NOFW_PCI_IO] = NOFW_PCI_IO_BASE;
    } else if (n < 0x9000) {
        buses[0].base[NOFW_PCI_IO] = NOFW_PCI_IO_LOW_BASE;
    } else {
        error_setg(errp, "nofw: PCI devices need 0x%x bytes of I/O space, "
                   "more than the 0x9000 available", n);
        goto out;
    }
    if (!root_mem_fits(&buses[0], mem32_start, NOFW_PCI_MEM_END)) {
        move_64bit(buses[0].r[NOFW_PCI_MEM], mem64);
        move_64bit(buses[0].r[NOFW_PCI_PREF], pref64);
        if (!root_mem_fits(&buses[0], mem32_start, NOFW_PCI_MEM_END)) {
            error_setg(errp, "nofw: the 32-bit BARs of the PCI devices do "
                       "not fit below 0x%llx", NOFW_PCI_MEM_END);
            goto out;
        }
        /* above RAM, device memory (hotplug, NVDIMM) and CXL windows */
        base64 = pc_pci_hole64_start();
        base64 = QEMU_ALIGN_UP(QEMU_ALIGN_UP(base64, region_align(mem64)),
                               1 * GiB);
        region_map(buses, mem64, &base64);
        base64 = QEMU_ALIGN_UP(QEMU_ALIGN_UP(base64, region_align(pref64)),
                               1 * GiB);
        region_map(buses, pref64, &base64);
    }
    for (n = 0; n < 256; n++) {
        for (t = 0; t < NOFW_PCI_TYPES; t++) {
            region_map(buses, buses[n].r[t], &buses[n].base[t]);
        }
    }

    /* Interrupt lines, decoding on; the SMBus controller at 0x700. */
    for (guint i = 0; i < devs->len; i++) {
        nofw_pci_enable(g_ptr_array_index(devs, i));
    }
    nofw_ich9_smbus_setup(root);
    ok = true;
out:
    for (n = 0; n < 256; n++) {
        for (t = 0; t < NOFW_PCI_TYPES; t++) {
            g_array_free(buses[n].r[t], true);
        }
    }
    g_array_free(mem64, true);
    g_array_free(pref64, true);
    g_free(buses);
    return ok;
}
