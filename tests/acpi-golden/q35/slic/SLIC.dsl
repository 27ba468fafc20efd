/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version N (64-bit version)
 * Copyright (c) 2000 - N Intel Corporation
 *
 * Disassembly of SLIC.aml
 *
 * ACPI Data Table [SLIC]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue
 */

[000h 0000   4]                    Signature : "SLIC"    [Software Licensing Description Table]
[004h 0004   4]                 Table Length : 00000024
[008h 0008   1]                     Revision : 01
[009h 0009   1]                     Checksum : 49
[00Ah 0010   6]                       Oem ID : "CRASH "
[010h 0016   8]                 Oem Table ID : "ME"
[018h 0024   4]                 Oem Revision : 00000488
[01Ch 0028   4]              Asl Compiler ID : "qemu"
[020h 0032   4]        Asl Compiler Revision : 00000000

/**** ACPI table terminates in the middle of a data structure! (dump table) */

Raw Table Data: Length 36 (0x24)

    0000: 53 4C 49 43 24 00 00 00 01 49 43 52 41 53 48 20  // SLIC$....ICRASH
    0010: 4D 45 00 00 00 00 00 00 88 04 00 00 71 65 6D 75  // ME..........qemu
    0020: 00 00 00 00                                      // ....
