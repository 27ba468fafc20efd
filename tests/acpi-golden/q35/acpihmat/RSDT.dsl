/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version N (64-bit version)
 * Copyright (c) 2000 - N Intel Corporation
 *
 * Disassembly of RSDT.aml
 *
 * ACPI Data Table [RSDT]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue
 */

[000h 0000   4]                    Signature : "RSDT"    [Root System Description Table]
[004h 0004   4]                 Table Length : 00000040
[008h 0008   1]                     Revision : 01
[009h 0009   1]                     Checksum : FD
[00Ah 0010   6]                       Oem ID : "BOCHS "
[010h 0016   8]                 Oem Table ID : "BXPC    "
[018h 0024   4]                 Oem Revision : 00000001
[01Ch 0028   4]              Asl Compiler ID : "BXPC"
[020h 0032   4]        Asl Compiler Revision : 00000001

[024h 0036   4]       ACPI Table Address   0 : 50434146
[028h 0040   4]       ACPI Table Address   1 : 43495041
[02Ch 0044   4]       ACPI Table Address   2 : 54455048
[030h 0048   4]       ACPI Table Address   3 : 54415253
[034h 0052   4]       ACPI Table Address   4 : 54414D48
[038h 0056   4]       ACPI Table Address   5 : 4746434D
[03Ch 0060   4]       ACPI Table Address   6 : 54454157

Raw Table Data: Length 64 (0x40)

    0000: 52 53 44 54 40 00 00 00 01 FD 42 4F 43 48 53 20  // RSDT@.....BOCHS
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 46 41 43 50 41 50 49 43 48 50 45 54  // ....FACPAPICHPET
    0030: 53 52 41 54 48 4D 41 54 4D 43 46 47 57 41 45 54  // SRATHMATMCFGWAET
