/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version N (64-bit version)
 * Copyright (c) 2000 - N Intel Corporation
 *
 * Disassembly of HMAT.aml
 *
 * ACPI Data Table [HMAT]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue
 */

[000h 0000   4]                    Signature : "HMAT"    [Heterogeneous Memory Attributes Table]
[004h 0004   4]                 Table Length : 00000168
[008h 0008   1]                     Revision : 02
[009h 0009   1]                     Checksum : 4F
[00Ah 0010   6]                       Oem ID : "BOCHS "
[010h 0016   8]                 Oem Table ID : "BXPC    "
[018h 0024   4]                 Oem Revision : 00000001
[01Ch 0028   4]              Asl Compiler ID : "BXPC"
[020h 0032   4]        Asl Compiler Revision : 00000001

[024h 0036   4]                     Reserved : 00000000

[028h 0040   2]               Structure Type : 0000 [Memory Proximity Domain Attributes]
[02Ah 0042   2]                     Reserved : 0000
[02Ch 0044   4]                       Length : 00000028
[030h 0048   2]        Flags (decoded below) : 0001
            Processor Proximity Domain Valid : 1
[032h 0050   2]                    Reserved1 : 0000
[034h 0052   4] Attached Initiator Proximity Domain : 00000000
[038h 0056   4]      Memory Proximity Domain : 00000000
[03Ch 0060   4]                    Reserved2 : 00000000
[040h 0064   8]                    Reserved3 : 0000000000000000
[048h 0072   8]                    Reserved4 : 0000000000000000

[050h 0080   2]               Structure Type : 0000 [Memory Proximity Domain Attributes]
[052h 0082   2]                     Reserved : 0000
[054h 0084   4]                       Length : 00000028
[058h 0088   2]        Flags (decoded below) : 0000
            Processor Proximity Domain Valid : 0
[05Ah 0090   2]                    Reserved1 : 0000
[05Ch 0092   4] Attached Initiator Proximity Domain : 00000080
[060h 0096   4]      Memory Proximity Domain : 00000004
[064h 0100   4]                    Reserved2 : 00000000
[068h 0104   8]                    Reserved3 : 0000000000000000
[070h 0112   8]                    Reserved4 : 0000000000000000

[078h 0120   2]               Structure Type : 0001 [System Locality Latency and Bandwidth Information]
[07Ah 0122   2]                     Reserved : 0000
[07Ch 0124   4]                       Length : 00000078
[080h 0128   1]        Flags (decoded below) : 00
                            Memory Hierarchy : 0
[081h 0129   1]                    Data Type : 00
[082h 0130   2]                    Reserved1 : 0000
[084h 0132   4] Initiator Proximity Domains # : 00000004
[088h 0136   4]   Target Proximity Domains # : 00000006
[08Ch 0140   4]                    Reserved2 : 00000000
[090h 0144   8]              Entry Base Unit : 0000000000002710
[098h 0152   4] Initiator Proximity Domain List : 00000000
[09Ch 0156   4] Initiator Proximity Domain List : 00000001
[0A0h 0160   4] Initiator Proximity Domain List : 00000003
[0A4h 0164   4] Initiator Proximity Domain List : 00000005
[0A8h 0168   4] Target Proximity Domain List : 00000000
[0ACh 0172   4] Target Proximity Domain List : 00000001
[0B0h 0176   4] Target Proximity Domain List : 00000002
[0B4h 0180   4] Target Proximity Domain List : 00000003
[0B8h 0184   4] Target Proximity Domain List : 00000004
[0BCh 0188   4] Target Proximity Domain List : 00000005
[0C0h 0192   2]                        Entry : 0001
[0C2h 0194   2]                        Entry : 0000
[0C4h 0196   2]                        Entry : 000A
[0C6h 0198   2]                        Entry : 0000
[0C8h 0200   2]                        Entry : 000A
[0CAh 0202   2]                        Entry : 0014
[0CCh 0204   2]                        Entry : 0032
[0CEh 0206   2]                        Entry : 0000
[0D0h 0208   2]                        Entry : 0005
[0D2h 0210   2]                        Entry : 0000
[0D4h 0212   2]                        Entry : 0005
[0D6h 0214   2]                        Entry : 0032
[0D8h 0216   2]                        Entry : 0002
[0DAh 0218   2]                        Entry : 0000
[0DCh 0220   2]                        Entry : 0008
[0DEh 0222   2]                        Entry : 0000
[0E0h 0224   2]                        Entry : 0008
[0E2h 0226   2]                        Entry : 0002
[0E4h 0228   2]                        Entry : 0002
[0E6h 0230   2]                        Entry : 0000
[0E8h 0232   2]                        Entry : 0008
[0EAh 0234   2]                        Entry : 0000
[0ECh 0236   2]                        Entry : 0008
[0EEh 0238   2]                        Entry : 0001

[0F0h 0240   2]               Structure Type : 0001 [System Locality Latency and Bandwidth Information]
[0F2h 0242   2]                     Reserved : 0000
[0F4h 0244   4]                       Length : 00000078
[0F8h 0248   1]        Flags (decoded below) : 00
                            Memory Hierarchy : 0
[0F9h 0249   1]                    Data Type : 03
[0FAh 0250   2]                    Reserved1 : 0000
[0FCh 0252   4] Initiator Proximity Domains # : 00000004
[100h 0256   4]   Target Proximity Domains # : 00000006
[104h 0260   4]                    Reserved2 : 00000000
[108h 0264   8]              Entry Base Unit : 0000000000000004
[110h 0272   4] Initiator Proximity Domain List : 00000000
[114h 0276   4] Initiator Proximity Domain List : 00000001
[118h 0280   4] Initiator Proximity Domain List : 00000003
[11Ch 0284   4] Initiator Proximity Domain List : 00000005
[120h 0288   4] Target Proximity Domain List : 00000000
[124h 0292   4] Target Proximity Domain List : 00000001
[128h 0296   4] Target Proximity Domain List : 00000002
[12Ch 0300   4] Target Proximity Domain List : 00000003
[130h 0304   4] Target Proximity Domain List : 00000004
[134h 0308   4] Target Proximity Domain List : 00000005
[138h 0312   2]                        Entry : 00C8
[13Ah 0314   2]                        Entry : 0000
[13Ch 0316   2]                        Entry : 0032
[13Eh 0318   2]                        Entry : 0000
[140h 0320   2]                        Entry : 0032
[142h 0322   2]                        Entry : 0064
[144h 0324   2]                        Entry : 0019
[146h 0326   2]                        Entry : 0000
[148h 0328   2]                        Entry : 0064
[14Ah 0330   2]                        Entry : 0000
[14Ch 0332   2]                        Entry : 00C8
[14Eh 0334   2]                        Entry : 0019
[150h 0336   2]                        Entry : 0064
[152h 0338   2]                        Entry : 0000
[154h 0340   2]                        Entry : 0032
[156h 0342   2]                        Entry : 0000
[158h 0344   2]                        Entry : 0032
[15Ah 0346   2]                        Entry : 0064
[15Ch 0348   2]                        Entry : 0064
[15Eh 0350   2]                        Entry : 0000
[160h 0352   2]                        Entry : 0032
[162h 0354   2]                        Entry : 0000
[164h 0356   2]                        Entry : 0032
[166h 0358   2]                        Entry : 00C8

Raw Table Data: Length 360 (0x168)

    0000: 48 4D 41 54 68 01 00 00 02 4F 42 4F 43 48 53 20  // HMATh....OBOCHS
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 00 00 00 00 00 00 00 00 28 00 00 00  // ............(...
    0030: 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0040: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0050: 00 00 00 00 28 00 00 00 00 00 00 00 80 00 00 00  // ....(...........
    0060: 04 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0070: 00 00 00 00 00 00 00 00 01 00 00 00 78 00 00 00  // ............x...
    0080: 00 00 00 00 04 00 00 00 06 00 00 00 00 00 00 00  // ................
    0090: 10 27 00 00 00 00 00 00 00 00 00 00 01 00 00 00  // .'..............
    00A0: 03 00 00 00 05 00 00 00 00 00 00 00 01 00 00 00  // ................
    00B0: 02 00 00 00 03 00 00 00 04 00 00 00 05 00 00 00  // ................
    00C0: 01 00 00 00 0A 00 00 00 0A 00 14 00 32 00 00 00  // ............2...
    00D0: 05 00 00 00 05 00 32 00 02 00 00 00 08 00 00 00  // ......2.........
    00E0: 08 00 02 00 02 00 00 00 08 00 00 00 08 00 01 00  // ................
    00F0: 01 00 00 00 78 00 00 00 00 03 00 00 04 00 00 00  // ....x...........
    0100: 06 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  // ................
    0110: 00 00 00 00 01 00 00 00 03 00 00 00 05 00 00 00  // ................
    0120: 00 00 00 00 01 00 00 00 02 00 00 00 03 00 00 00  // ................
    0130: 04 00 00 00 05 00 00 00 C8 00 00 00 32 00 00 00  // ............2...
    0140: 32 00 64 00 19 00 00 00 64 00 00 00 C8 00 19 00  // 2.d.....d.......
    0150: 64 00 00 00 32 00 00 00 32 00 64 00 64 00 00 00  // d...2...2.d.d...
    0160: 32 00 00 00 32 00 C8 00                          // 2...2...
