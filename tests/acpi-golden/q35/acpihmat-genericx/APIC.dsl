/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version N (64-bit version)
 * Copyright (c) 2000 - N Intel Corporation
 *
 * Disassembly of APIC.aml
 *
 * ACPI Data Table [APIC]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue
 */

[000h 0000   4]                    Signature : "APIC"    [Multiple APIC Description Table (MADT)]
[004h 0004   4]                 Table Length : 00000088
[008h 0008   1]                     Revision : 03
[009h 0009   1]                     Checksum : 60
[00Ah 0010   6]                       Oem ID : "BOCHS "
[010h 0016   8]                 Oem Table ID : "BXPC    "
[018h 0024   4]                 Oem Revision : 00000001
[01Ch 0028   4]              Asl Compiler ID : "BXPC"
[020h 0032   4]        Asl Compiler Revision : 00000001

[024h 0036   4]           Local Apic Address : FEE00000
[028h 0040   4]        Flags (decoded below) : 00000001
                         PC-AT Compatibility : 1

[02Ch 0044   1]                Subtable Type : 00 [Processor Local APIC]
[02Dh 0045   1]                       Length : 08
[02Eh 0046   1]                 Processor ID : 00
[02Fh 0047   1]                Local Apic ID : 00
[030h 0048   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[034h 0052   1]                Subtable Type : 00 [Processor Local APIC]
[035h 0053   1]                       Length : 08
[036h 0054   1]                 Processor ID : 01
[037h 0055   1]                Local Apic ID : 01
[038h 0056   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[03Ch 0060   1]                Subtable Type : 00 [Processor Local APIC]
[03Dh 0061   1]                       Length : 08
[03Eh 0062   1]                 Processor ID : 02
[03Fh 0063   1]                Local Apic ID : 02
[040h 0064   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[044h 0068   1]                Subtable Type : 01 [I/O APIC]
[045h 0069   1]                       Length : 0C
[046h 0070   1]                  I/O Apic ID : 00
[047h 0071   1]                     Reserved : 00
[048h 0072   4]                      Address : FEC00000
[04Ch 0076   4]                    Interrupt : 00000000

[050h 0080   1]                Subtable Type : 02 [Interrupt Source Override]
[051h 0081   1]                       Length : 0A
[052h 0082   1]                          Bus : 00
[053h 0083   1]                       Source : 00
[054h 0084   4]                    Interrupt : 00000002
[058h 0088   2]        Flags (decoded below) : 0000
                                    Polarity : 0
                                Trigger Mode : 0

[05Ah 0090   1]                Subtable Type : 02 [Interrupt Source Override]
[05Bh 0091   1]                       Length : 0A
[05Ch 0092   1]                          Bus : 00
[05Dh 0093   1]                       Source : 05
[05Eh 0094   4]                    Interrupt : 00000005
[062h 0098   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[064h 0100   1]                Subtable Type : 02 [Interrupt Source Override]
[065h 0101   1]                       Length : 0A
[066h 0102   1]                          Bus : 00
[067h 0103   1]                       Source : 09
[068h 0104   4]                    Interrupt : 00000009
[06Ch 0108   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[06Eh 0110   1]                Subtable Type : 02 [Interrupt Source Override]
[06Fh 0111   1]                       Length : 0A
[070h 0112   1]                          Bus : 00
[071h 0113   1]                       Source : 0A
[072h 0114   4]                    Interrupt : 0000000A
[076h 0118   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[078h 0120   1]                Subtable Type : 02 [Interrupt Source Override]
[079h 0121   1]                       Length : 0A
[07Ah 0122   1]                          Bus : 00
[07Bh 0123   1]                       Source : 0B
[07Ch 0124   4]                    Interrupt : 0000000B
[080h 0128   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[082h 0130   1]                Subtable Type : 04 [Local APIC NMI]
[083h 0131   1]                       Length : 06
[084h 0132   1]                 Processor ID : FF
[085h 0133   2]        Flags (decoded below) : 0000
                                    Polarity : 0
                                Trigger Mode : 0
[087h 0135   1]         Interrupt Input LINT : 01

Raw Table Data: Length 136 (0x88)

    0000: 41 50 49 43 88 00 00 00 03 60 42 4F 43 48 53 20  // APIC.....`BOCHS
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 00 00 E0 FE 01 00 00 00 00 08 00 00  // ................
    0030: 01 00 00 00 00 08 01 01 01 00 00 00 00 08 02 02  // ................
    0040: 01 00 00 00 01 0C 00 00 00 00 C0 FE 00 00 00 00  // ................
    0050: 02 0A 00 00 02 00 00 00 00 00 02 0A 00 05 05 00  // ................
    0060: 00 00 0D 00 02 0A 00 09 09 00 00 00 0D 00 02 0A  // ................
    0070: 00 0A 0A 00 00 00 0D 00 02 0A 00 0B 0B 00 00 00  // ................
    0080: 0D 00 04 06 FF 00 00 01                          // ........
