/*
 * mmio-race: the guest side of tests/test_mttcg.py, built statically by
 * scripts/make-kernel into the test initramfs (/bin/mmio-race) and run by
 * its /init for nofw.action=mmio-race.
 *
 * Two threads on two CPUs: CPU 0 toggles the memory enable bit of one PCI
 * device's command register through sysfs, so that QEMU commits a new
 * memory map again and again; CPU 1 reads registers of other devices that
 * do not change (mapped through sysfs resource files), eight loads in one
 * basic block, and counts every value that differs from the first read.
 * Under multi-threaded TCG such a load must still reach its own device
 * while the map changes beside it.
 *
 * usage: mmio-race SECONDS TOGGLE_BDF BDF/BAR/OFFSET...   (up to 8 registers)
 * prints NOFW-RACE-REG, at most 5 NOFW-RACE-WRONG per register, then
 * NOFW-RACE-DONE toggles=<n> reads=<n> wrong=<n>.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define NR 8
static volatile uint32_t *reg[NR];
static uint32_t expect[NR];
static const char *name[NR];
static volatile int stop;
static unsigned long toggles, reads, wrong[NR];
static char toggle_path[256];

static void pin(int cpu)
{
    cpu_set_t s;

    CPU_ZERO(&s);
    CPU_SET(cpu, &s);
    if (sched_setaffinity(0, sizeof(s), &s)) {
        perror("sched_setaffinity");
        exit(1);
    }
}

static volatile uint32_t *map(const char *bdf, int bar, unsigned off)
{
    char path[256];
    void *p;
    int fd;

    snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/resource%d",
             bdf, bar);
    fd = open(path, O_RDWR | O_SYNC);
    if (fd < 0) {
        perror(path);
        exit(1);
    }
    p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd,
             off & ~4095u);
    if (p == MAP_FAILED) {
        perror("mmap");
        exit(1);
    }
    return (volatile uint32_t *)((char *)p + (off & 4095));
}

static void *toggler(void *arg)
{
    int fd = open(toggle_path, O_RDWR);
    uint16_t cmd, c;

    pin(0);
    if (fd < 0 || pread(fd, &cmd, 2, 4) != 2) {
        perror(toggle_path);
        exit(1);
    }
    c = cmd ^ 2;                        /* PCI_COMMAND_MEMORY */
    while (!stop) {
        if (pwrite(fd, &c, 2, 4) != 2 || pwrite(fd, &cmd, 2, 4) != 2) {
            perror(toggle_path);
            exit(1);
        }
        toggles += 2;
    }
    return NULL;
}

int main(int argc, char **argv)
{
    unsigned long w = 0;
    int secs, n = 0;
    pthread_t t;
    time_t end;

    if (argc < 4) {
        fprintf(stderr, "usage: %s SECONDS TOGGLE_BDF BDF/BAR/OFFSET...\n",
                argv[0]);
        return 1;
    }
    secs = atoi(argv[1]);
    snprintf(toggle_path, sizeof(toggle_path),
             "/sys/bus/pci/devices/%s/config", argv[2]);
    for (int i = 3; i < argc && n < NR; i++) {
        char bdf[32];
        unsigned off;
        int bar;

        if (sscanf(argv[i], "%31[^/]/%d/%x", bdf, &bar, &off) != 3) {
            fprintf(stderr, "bad register %s\n", argv[i]);
            return 1;
        }
        reg[n] = map(bdf, bar, off);
        expect[n] = *reg[n];
        name[n] = argv[i];
        printf("NOFW-RACE-REG %s 0x%08x\n", argv[i], expect[n]);
        n++;
    }
    for (int k = 0; n < NR; n++, k++) {  /* fewer given: repeat them */
        reg[n] = reg[k];
        expect[n] = expect[k];
        name[n] = name[k];
    }
    fflush(stdout);
    pin(1);
    if (pthread_create(&t, NULL, toggler, NULL)) {
        perror("pthread_create");
        return 1;
    }
    end = time(NULL) + secs;
    while (time(NULL) < end) {
        for (int k = 0; k < 64; k++) {
            /* one basic block: eight MMIO loads, then the compares */
            uint32_t v[NR] = { *reg[0], *reg[1], *reg[2], *reg[3],
                               *reg[4], *reg[5], *reg[6], *reg[7] };

            for (int i = 0; i < NR; i++) {
                if (v[i] != expect[i] && wrong[i]++ < 5) {
                    printf("NOFW-RACE-WRONG %s read 0x%08x expected 0x%08x\n",
                           name[i], v[i], expect[i]);
                    fflush(stdout);
                }
            }
            reads += NR;
        }
    }
    stop = 1;
    pthread_join(t, NULL);
    for (int i = 0; i < NR; i++) {
        w += wrong[i];
    }
    printf("NOFW-RACE-DONE toggles=%lu reads=%lu wrong=%lu\n",
           toggles, reads, w);
    return 0;
}
