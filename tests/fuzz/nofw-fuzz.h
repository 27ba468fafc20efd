/*
 * nofw: what the libFuzzer harnesses in tests/fuzz share
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef TESTS_FUZZ_NOFW_FUZZ_H
#define TESTS_FUZZ_NOFW_FUZZ_H

/* Called by libFuzzer once per input; -1 keeps it out of the corpus. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A harness's own mutator, and libFuzzer's, which it may fall back on */
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size,
                               unsigned int seed);
size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);

/* An invariant: abort, so that libFuzzer reports a crash and its input. */
#define check(cond) \
    do { \
        if (!(cond)) { \
            fprintf(stderr, "%s: invariant violated: %s (line %d)\n", \
                    __FILE__, #cond, __LINE__); \
            abort(); \
        } \
    } while (0)

/* FUZZ_VERBOSE=1 in the environment: say what became of each input. */
static inline bool fuzz_verbose(void)
{
    static int verbose = -1;

    if (verbose < 0) {
        verbose = getenv("FUZZ_VERBOSE") != NULL;
    }
    return verbose;
}

#endif
