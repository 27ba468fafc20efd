/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version N (64-bit version)
 * Copyright (c) 2000 - N Intel Corporation
 *
 * Disassembly of CEDT.aml
 *
 * ACPI Data Table [CEDT]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue
 */

[000h 0000   4]                    Signature : "CEDT"
[004h 0004   4]                 Table Length : 00000044
[008h 0008   1]                     Revision : 01
[009h 0009   1]                     Checksum : 3D
[00Ah 0010   6]                       Oem ID : "BOCHS "
[010h 0016   8]                 Oem Table ID : "BXPC    "
[018h 0024   4]                 Oem Revision : 00000001
[01Ch 0028   4]              Asl Compiler ID : "BXPC"
[020h 0032   4]        Asl Compiler Revision : 00000001


**** Unknown ACPI table signature [CEDT]


Raw Table Data: Length 68 (0x44)

    0000: 43 45 44 54 44 00 00 00 01 3D 42 4F 43 48 53 20  // CEDTD....=BOCHS
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 00 00 20 00 40 00 00 00 01 00 00 00  // ...... .@.......
    0030: 00 00 00 00 00 00 00 90 01 00 00 00 00 00 01 00  // ................
    0040: 00 00 00 00                                      // ....
