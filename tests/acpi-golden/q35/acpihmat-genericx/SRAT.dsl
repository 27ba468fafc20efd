/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version N (64-bit version)
 * Copyright (c) 2000 - N Intel Corporation
 *
 * Disassembly of SRAT.aml
 *
 * ACPI Data Table [SRAT]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue
 */

[000h 0000   4]                    Signature : "SRAT"    [System Resource Affinity Table]
[004h 0004   4]                 Table Length : 00000208
[008h 0008   1]                     Revision : 01
[009h 0009   1]                     Checksum : 73
[00Ah 0010   6]                       Oem ID : "BOCHS "
[010h 0016   8]                 Oem Table ID : "BXPC    "
[018h 0024   4]                 Oem Revision : 00000001
[01Ch 0028   4]              Asl Compiler ID : "BXPC"
[020h 0032   4]        Asl Compiler Revision : 00000001

[024h 0036   4]               Table Revision : 00000001
[028h 0040   8]                     Reserved : 0000000000000000

[030h 0048   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[031h 0049   1]                       Length : 10

[032h 0050   1]      Proximity Domain Low(8) : 00
[033h 0051   1]                      Apic ID : 00
[034h 0052   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[038h 0056   1]              Local Sapic EID : 00
[039h 0057   3]    Proximity Domain High(24) : 000000
[03Ch 0060   4]                 Clock Domain : 00000000

[040h 0064   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[041h 0065   1]                       Length : 10

[042h 0066   1]      Proximity Domain Low(8) : 03
[043h 0067   1]                      Apic ID : 01
[044h 0068   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[048h 0072   1]              Local Sapic EID : 00
[049h 0073   3]    Proximity Domain High(24) : 000000
[04Ch 0076   4]                 Clock Domain : 00000000

[050h 0080   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[051h 0081   1]                       Length : 10

[052h 0082   1]      Proximity Domain Low(8) : 05
[053h 0083   1]                      Apic ID : 02
[054h 0084   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[058h 0088   1]              Local Sapic EID : 00
[059h 0089   3]    Proximity Domain High(24) : 000000
[05Ch 0092   4]                 Clock Domain : 00000000

[060h 0096   1]                Subtable Type : 01 [Memory Affinity]
[061h 0097   1]                       Length : 28

[062h 0098   4]             Proximity Domain : 00000000
[066h 0102   2]                    Reserved1 : 0000
[068h 0104   8]                 Base Address : 0000000000000000
[070h 0112   8]               Address Length : 00000000000A0000
[078h 0120   4]                    Reserved2 : 00000000
[07Ch 0124   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
                               Hot Pluggable : 0
                                Non-Volatile : 0
[080h 0128   8]                    Reserved3 : 0000000000000000

[088h 0136   1]                Subtable Type : 01 [Memory Affinity]
[089h 0137   1]                       Length : 28

[08Ah 0138   4]             Proximity Domain : 00000000
[08Eh 0142   2]                    Reserved1 : 0000
[090h 0144   8]                 Base Address : 0000000000100000
[098h 0152   8]               Address Length : 0000000003F00000
[0A0h 0160   4]                    Reserved2 : 00000000
[0A4h 0164   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
                               Hot Pluggable : 0
                                Non-Volatile : 0
[0A8h 0168   8]                    Reserved3 : 0000000000000000

[0B0h 0176   1]                Subtable Type : 01 [Memory Affinity]
[0B1h 0177   1]                       Length : 28

[0B2h 0178   4]             Proximity Domain : 00000004
[0B6h 0182   2]                    Reserved1 : 0000
[0B8h 0184   8]                 Base Address : 0000000004000000
[0C0h 0192   8]               Address Length : 0000000004000000
[0C8h 0200   4]                    Reserved2 : 00000000
[0CCh 0204   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
                               Hot Pluggable : 0
                                Non-Volatile : 0
[0D0h 0208   8]                    Reserved3 : 0000000000000000

[0D8h 0216   1]                Subtable Type : 01 [Memory Affinity]
[0D9h 0217   1]                       Length : 28

[0DAh 0218   4]             Proximity Domain : 00000000
[0DEh 0222   2]                    Reserved1 : 0000
[0E0h 0224   8]                 Base Address : 0000000000000000
[0E8h 0232   8]               Address Length : 0000000000000000
[0F0h 0240   4]                    Reserved2 : 00000000
[0F4h 0244   4]        Flags (decoded below) : 00000000
                                     Enabled : 0
                               Hot Pluggable : 0
                                Non-Volatile : 0
[0F8h 0248   8]                    Reserved3 : 0000000000000000

[100h 0256   1]                Subtable Type : 01 [Memory Affinity]
[101h 0257   1]                       Length : 28

[102h 0258   4]             Proximity Domain : 00000000
[106h 0262   2]                    Reserved1 : 0000
[108h 0264   8]                 Base Address : 0000000000000000
[110h 0272   8]               Address Length : 0000000000000000
[118h 0280   4]                    Reserved2 : 00000000
[11Ch 0284   4]        Flags (decoded below) : 00000000
                                     Enabled : 0
                               Hot Pluggable : 0
                                Non-Volatile : 0
[120h 0288   8]                    Reserved3 : 0000000000000000

[128h 0296   1]                Subtable Type : 01 [Memory Affinity]
[129h 0297   1]                       Length : 28

[12Ah 0298   4]             Proximity Domain : 00000000
[12Eh 0302   2]                    Reserved1 : 0000
[130h 0304   8]                 Base Address : 0000000000000000
[138h 0312   8]               Address Length : 0000000000000000
[140h 0320   4]                    Reserved2 : 00000000
[144h 0324   4]        Flags (decoded below) : 00000000
                                     Enabled : 0
                               Hot Pluggable : 0
                                Non-Volatile : 0
[148h 0328   8]                    Reserved3 : 0000000000000000

[150h 0336   1]                Subtable Type : 01 [Memory Affinity]
[151h 0337   1]                       Length : 28

[152h 0338   4]             Proximity Domain : 00000000
[156h 0342   2]                    Reserved1 : 0000
[158h 0344   8]                 Base Address : 0000000000000000
[160h 0352   8]               Address Length : 0000000000000000
[168h 0360   4]                    Reserved2 : 00000000
[16Ch 0364   4]        Flags (decoded below) : 00000000
                                     Enabled : 0
                               Hot Pluggable : 0
                                Non-Volatile : 0
[170h 0368   8]                    Reserved3 : 0000000000000000

[178h 0376   1]                Subtable Type : 01 [Memory Affinity]
[179h 0377   1]                       Length : 28

[17Ah 0378   4]             Proximity Domain : 00000000
[17Eh 0382   2]                    Reserved1 : 0000
[180h 0384   8]                 Base Address : 0000000000000000
[188h 0392   8]               Address Length : 0000000000000000
[190h 0400   4]                    Reserved2 : 00000000
[194h 0404   4]        Flags (decoded below) : 00000000
                                     Enabled : 0
                               Hot Pluggable : 0
                                Non-Volatile : 0
[198h 0408   8]                    Reserved3 : 0000000000000000

[1A0h 0416   1]                Subtable Type : 05 [Generic Initiator Affinity]
[1A1h 0417   1]                       Length : 20

[1A2h 0418   1]                    Reserved1 : 00
[1A3h 0419   1]           Device Handle Type : 01
[1A4h 0420   4]             Proximity Domain : 00000001
[1A8h 0424  16]                Device Handle : 00 00 01 02 00 00 00 00 00 00 00 00 00 00 00 00
[1B8h 0440   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1BCh 0444   4]                    Reserved2 : 00000000

[1C0h 0448   1]                Subtable Type : 06 [Unknown Subtable Type]
[1C1h 0449   1]                       Length : 20

**** Unknown SRAT subtable type 0x6

[1E0h 0480   1]                Subtable Type : 01 [Memory Affinity]
[1E1h 0481   1]                       Length : 28

[1E2h 0482   4]             Proximity Domain : 00000005
[1E6h 0486   2]                    Reserved1 : 0000
[1E8h 0488   8]                 Base Address : 0000000100000000
[1F0h 0496   8]               Address Length : 0000000090000000
[1F8h 0504   4]                    Reserved2 : 00000000
[1FCh 0508   4]        Flags (decoded below) : 00000003
                                     Enabled : 1
                               Hot Pluggable : 1
                                Non-Volatile : 0
[200h 0512   8]                    Reserved3 : 0000000000000000

Raw Table Data: Length 520 (0x208)

    0000: 53 52 41 54 08 02 00 00 01 73 42 4F 43 48 53 20  // SRAT.....sBOCHS
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0030: 00 10 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0040: 00 10 03 01 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0050: 00 10 05 02 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0060: 01 28 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // .(..............
    0070: 00 00 0A 00 00 00 00 00 00 00 00 00 01 00 00 00  // ................
    0080: 00 00 00 00 00 00 00 00 01 28 00 00 00 00 00 00  // .........(......
    0090: 00 00 10 00 00 00 00 00 00 00 F0 03 00 00 00 00  // ................
    00A0: 00 00 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    00B0: 01 28 04 00 00 00 00 00 00 00 00 04 00 00 00 00  // .(..............
    00C0: 00 00 00 04 00 00 00 00 00 00 00 00 01 00 00 00  // ................
    00D0: 00 00 00 00 00 00 00 00 01 28 00 00 00 00 00 00  // .........(......
    00E0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    00F0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0100: 01 28 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // .(..............
    0110: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0120: 00 00 00 00 00 00 00 00 01 28 00 00 00 00 00 00  // .........(......
    0130: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0140: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0150: 01 28 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // .(..............
    0160: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0170: 00 00 00 00 00 00 00 00 01 28 00 00 00 00 00 00  // .........(......
    0180: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0190: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    01A0: 05 20 00 01 01 00 00 00 00 00 01 02 00 00 00 00  // . ..............
    01B0: 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  // ................
    01C0: 06 20 00 00 02 00 00 00 41 43 50 49 30 30 31 36  // . ......ACPI0016
    01D0: 40 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  // @...............
    01E0: 01 28 05 00 00 00 00 00 00 00 00 00 01 00 00 00  // .(..............
    01F0: 00 00 00 90 00 00 00 00 00 00 00 00 03 00 00 00  // ................
    0200: 00 00 00 00 00 00 00 00                          // ........
