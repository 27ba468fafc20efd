/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version N (64-bit version)
 * Copyright (c) 2000 - N Intel Corporation
 *
 * Disassembly of IVRS.aml
 *
 * ACPI Data Table [IVRS]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue
 */

[000h 0000   4]                    Signature : "IVRS"    [I/O Virtualization Reporting Structure]
[004h 0004   4]                 Table Length : 000000B0
[008h 0008   1]                     Revision : 01
[009h 0009   1]                     Checksum : 74
[00Ah 0010   6]                       Oem ID : "BOCHS "
[010h 0016   8]                 Oem Table ID : "BXPC    "
[018h 0024   4]                 Oem Revision : 00000001
[01Ch 0028   4]              Asl Compiler ID : "BXPC"
[020h 0032   4]        Asl Compiler Revision : 00000001

[024h 0036   4]          Virtualization Info : 00002801
[028h 0040   8]                     Reserved : 0000000000000000

[030h 0048   1]                Subtable Type : 10 [Hardware Definition Block]
[031h 0049   1]                        Flags : D1
[032h 0050   2]                       Length : 0038
[034h 0052   2]                     DeviceId : 0010

[036h 0054   2]            Capability Offset : 0040
[038h 0056   8]                 Base Address : 00000000FED80000
[040h 0064   2]            PCI Segment Group : 0000
[042h 0066   2]          Virtualization Info : 0000
[044h 0068   4]            Feature Reporting : 00000044

[048h 0072   1]                   Entry Type : 02
[049h 0073   2]                    Device ID : 0000
[04Bh 0075   1]                 Data Setting : 00

[04Ch 0076   1]                   Entry Type : 02
[04Dh 0077   2]                    Device ID : 0008
[04Fh 0079   1]                 Data Setting : 00

[050h 0080   1]                   Entry Type : 02
[051h 0081   2]                    Device ID : 0010
[053h 0083   1]                 Data Setting : 00

[054h 0084   1]                   Entry Type : 02
[055h 0085   2]                    Device ID : 00F8
[057h 0087   1]                 Data Setting : 00

[058h 0088   1]                   Entry Type : 02
[059h 0089   2]                    Device ID : 00FA
[05Bh 0091   1]                 Data Setting : 00

[05Ch 0092   1]                   Entry Type : 02
[05Dh 0093   2]                    Device ID : 00FB
[05Fh 0095   1]                 Data Setting : 00

[060h 0096   1]                   Entry Type : 48
[061h 0097   2]                    Device ID : 0000
[063h 0099   1]                 Data Setting : 00
[064h 0100   1]                       Handle : 00
[065h 0101   2]        Source Used Device ID : 00A0
[067h 0103   1]                      Variety : 01

[068h 0104   1]                Subtable Type : 11 [Hardware Definition Block]
[069h 0105   1]                        Flags : 11
[06Ah 0106   2]                       Length : 0048
[06Ch 0108   2]                     DeviceId : 0010

[06Eh 0110   2]            Capability Offset : 0040
[070h 0112   8]                 Base Address : 00000000FED80000
[078h 0120   2]            PCI Segment Group : 0000
[07Ah 0122   2]          Virtualization Info : 0000
[07Ch 0124   4]                   Attributes : 00000000
[080h 0128   8]                    EFR Image : 00000000000029D3
[088h 0136   8]                     Reserved : 0000000000000000

[090h 0144   1]                   Entry Type : 02
[091h 0145   2]                    Device ID : 0000
[093h 0147   1]                 Data Setting : 00

[094h 0148   1]                   Entry Type : 02
[095h 0149   2]                    Device ID : 0008
[097h 0151   1]                 Data Setting : 00

[098h 0152   1]                   Entry Type : 02
[099h 0153   2]                    Device ID : 0010
[09Bh 0155   1]                 Data Setting : 00

[09Ch 0156   1]                   Entry Type : 02
[09Dh 0157   2]                    Device ID : 00F8
[09Fh 0159   1]                 Data Setting : 00

[0A0h 0160   1]                   Entry Type : 02
[0A1h 0161   2]                    Device ID : 00FA
[0A3h 0163   1]                 Data Setting : 00

[0A4h 0164   1]                   Entry Type : 02
[0A5h 0165   2]                    Device ID : 00FB
[0A7h 0167   1]                 Data Setting : 00

[0A8h 0168   1]                   Entry Type : 48
[0A9h 0169   2]                    Device ID : 0000
[0ABh 0171   1]                 Data Setting : 00
[0ACh 0172   1]                       Handle : 00
[0ADh 0173   2]        Source Used Device ID : 00A0
[0AFh 0175   1]                      Variety : 01

Raw Table Data: Length 176 (0xB0)

    0000: 49 56 52 53 B0 00 00 00 01 74 42 4F 43 48 53 20  // IVRS.....tBOCHS
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 01 28 00 00 00 00 00 00 00 00 00 00  // .....(..........
    0030: 10 D1 38 00 10 00 40 00 00 00 D8 FE 00 00 00 00  // ..8...@.........
    0040: 00 00 00 00 44 00 00 00 02 00 00 00 02 08 00 00  // ....D...........
    0050: 02 10 00 00 02 F8 00 00 02 FA 00 00 02 FB 00 00  // ................
    0060: 48 00 00 00 00 A0 00 01 11 11 48 00 10 00 40 00  // H.........H...@.
    0070: 00 00 D8 FE 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0080: D3 29 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // .)..............
    0090: 02 00 00 00 02 08 00 00 02 10 00 00 02 F8 00 00  // ................
    00A0: 02 FA 00 00 02 FB 00 00 48 00 00 00 00 A0 00 01  // ........H.......
