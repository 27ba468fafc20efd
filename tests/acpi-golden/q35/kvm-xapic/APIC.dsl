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
[004h 0004   4]                 Table Length : 00000A7E
[008h 0008   1]                     Revision : 03
[009h 0009   1]                     Checksum : 26
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
[038h 0056   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[03Ch 0060   1]                Subtable Type : 00 [Processor Local APIC]
[03Dh 0061   1]                       Length : 08
[03Eh 0062   1]                 Processor ID : 02
[03Fh 0063   1]                Local Apic ID : 02
[040h 0064   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[044h 0068   1]                Subtable Type : 00 [Processor Local APIC]
[045h 0069   1]                       Length : 08
[046h 0070   1]                 Processor ID : 03
[047h 0071   1]                Local Apic ID : 03
[048h 0072   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[04Ch 0076   1]                Subtable Type : 00 [Processor Local APIC]
[04Dh 0077   1]                       Length : 08
[04Eh 0078   1]                 Processor ID : 04
[04Fh 0079   1]                Local Apic ID : 04
[050h 0080   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[054h 0084   1]                Subtable Type : 00 [Processor Local APIC]
[055h 0085   1]                       Length : 08
[056h 0086   1]                 Processor ID : 05
[057h 0087   1]                Local Apic ID : 05
[058h 0088   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[05Ch 0092   1]                Subtable Type : 00 [Processor Local APIC]
[05Dh 0093   1]                       Length : 08
[05Eh 0094   1]                 Processor ID : 06
[05Fh 0095   1]                Local Apic ID : 06
[060h 0096   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[064h 0100   1]                Subtable Type : 00 [Processor Local APIC]
[065h 0101   1]                       Length : 08
[066h 0102   1]                 Processor ID : 07
[067h 0103   1]                Local Apic ID : 07
[068h 0104   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[06Ch 0108   1]                Subtable Type : 00 [Processor Local APIC]
[06Dh 0109   1]                       Length : 08
[06Eh 0110   1]                 Processor ID : 08
[06Fh 0111   1]                Local Apic ID : 08
[070h 0112   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[074h 0116   1]                Subtable Type : 00 [Processor Local APIC]
[075h 0117   1]                       Length : 08
[076h 0118   1]                 Processor ID : 09
[077h 0119   1]                Local Apic ID : 09
[078h 0120   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[07Ch 0124   1]                Subtable Type : 00 [Processor Local APIC]
[07Dh 0125   1]                       Length : 08
[07Eh 0126   1]                 Processor ID : 0A
[07Fh 0127   1]                Local Apic ID : 0A
[080h 0128   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[084h 0132   1]                Subtable Type : 00 [Processor Local APIC]
[085h 0133   1]                       Length : 08
[086h 0134   1]                 Processor ID : 0B
[087h 0135   1]                Local Apic ID : 0B
[088h 0136   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[08Ch 0140   1]                Subtable Type : 00 [Processor Local APIC]
[08Dh 0141   1]                       Length : 08
[08Eh 0142   1]                 Processor ID : 0C
[08Fh 0143   1]                Local Apic ID : 0C
[090h 0144   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[094h 0148   1]                Subtable Type : 00 [Processor Local APIC]
[095h 0149   1]                       Length : 08
[096h 0150   1]                 Processor ID : 0D
[097h 0151   1]                Local Apic ID : 0D
[098h 0152   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[09Ch 0156   1]                Subtable Type : 00 [Processor Local APIC]
[09Dh 0157   1]                       Length : 08
[09Eh 0158   1]                 Processor ID : 0E
[09Fh 0159   1]                Local Apic ID : 0E
[0A0h 0160   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[0A4h 0164   1]                Subtable Type : 00 [Processor Local APIC]
[0A5h 0165   1]                       Length : 08
[0A6h 0166   1]                 Processor ID : 0F
[0A7h 0167   1]                Local Apic ID : 0F
[0A8h 0168   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[0ACh 0172   1]                Subtable Type : 00 [Processor Local APIC]
[0ADh 0173   1]                       Length : 08
[0AEh 0174   1]                 Processor ID : 10
[0AFh 0175   1]                Local Apic ID : 10
[0B0h 0176   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[0B4h 0180   1]                Subtable Type : 00 [Processor Local APIC]
[0B5h 0181   1]                       Length : 08
[0B6h 0182   1]                 Processor ID : 11
[0B7h 0183   1]                Local Apic ID : 11
[0B8h 0184   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[0BCh 0188   1]                Subtable Type : 00 [Processor Local APIC]
[0BDh 0189   1]                       Length : 08
[0BEh 0190   1]                 Processor ID : 12
[0BFh 0191   1]                Local Apic ID : 12
[0C0h 0192   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[0C4h 0196   1]                Subtable Type : 00 [Processor Local APIC]
[0C5h 0197   1]                       Length : 08
[0C6h 0198   1]                 Processor ID : 13
[0C7h 0199   1]                Local Apic ID : 13
[0C8h 0200   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[0CCh 0204   1]                Subtable Type : 00 [Processor Local APIC]
[0CDh 0205   1]                       Length : 08
[0CEh 0206   1]                 Processor ID : 14
[0CFh 0207   1]                Local Apic ID : 14
[0D0h 0208   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[0D4h 0212   1]                Subtable Type : 00 [Processor Local APIC]
[0D5h 0213   1]                       Length : 08
[0D6h 0214   1]                 Processor ID : 15
[0D7h 0215   1]                Local Apic ID : 15
[0D8h 0216   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[0DCh 0220   1]                Subtable Type : 00 [Processor Local APIC]
[0DDh 0221   1]                       Length : 08
[0DEh 0222   1]                 Processor ID : 16
[0DFh 0223   1]                Local Apic ID : 16
[0E0h 0224   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[0E4h 0228   1]                Subtable Type : 00 [Processor Local APIC]
[0E5h 0229   1]                       Length : 08
[0E6h 0230   1]                 Processor ID : 17
[0E7h 0231   1]                Local Apic ID : 17
[0E8h 0232   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[0ECh 0236   1]                Subtable Type : 00 [Processor Local APIC]
[0EDh 0237   1]                       Length : 08
[0EEh 0238   1]                 Processor ID : 18
[0EFh 0239   1]                Local Apic ID : 18
[0F0h 0240   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[0F4h 0244   1]                Subtable Type : 00 [Processor Local APIC]
[0F5h 0245   1]                       Length : 08
[0F6h 0246   1]                 Processor ID : 19
[0F7h 0247   1]                Local Apic ID : 19
[0F8h 0248   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[0FCh 0252   1]                Subtable Type : 00 [Processor Local APIC]
[0FDh 0253   1]                       Length : 08
[0FEh 0254   1]                 Processor ID : 1A
[0FFh 0255   1]                Local Apic ID : 1A
[100h 0256   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[104h 0260   1]                Subtable Type : 00 [Processor Local APIC]
[105h 0261   1]                       Length : 08
[106h 0262   1]                 Processor ID : 1B
[107h 0263   1]                Local Apic ID : 1B
[108h 0264   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[10Ch 0268   1]                Subtable Type : 00 [Processor Local APIC]
[10Dh 0269   1]                       Length : 08
[10Eh 0270   1]                 Processor ID : 1C
[10Fh 0271   1]                Local Apic ID : 1C
[110h 0272   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[114h 0276   1]                Subtable Type : 00 [Processor Local APIC]
[115h 0277   1]                       Length : 08
[116h 0278   1]                 Processor ID : 1D
[117h 0279   1]                Local Apic ID : 1D
[118h 0280   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[11Ch 0284   1]                Subtable Type : 00 [Processor Local APIC]
[11Dh 0285   1]                       Length : 08
[11Eh 0286   1]                 Processor ID : 1E
[11Fh 0287   1]                Local Apic ID : 1E
[120h 0288   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[124h 0292   1]                Subtable Type : 00 [Processor Local APIC]
[125h 0293   1]                       Length : 08
[126h 0294   1]                 Processor ID : 1F
[127h 0295   1]                Local Apic ID : 1F
[128h 0296   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[12Ch 0300   1]                Subtable Type : 00 [Processor Local APIC]
[12Dh 0301   1]                       Length : 08
[12Eh 0302   1]                 Processor ID : 20
[12Fh 0303   1]                Local Apic ID : 20
[130h 0304   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[134h 0308   1]                Subtable Type : 00 [Processor Local APIC]
[135h 0309   1]                       Length : 08
[136h 0310   1]                 Processor ID : 21
[137h 0311   1]                Local Apic ID : 21
[138h 0312   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[13Ch 0316   1]                Subtable Type : 00 [Processor Local APIC]
[13Dh 0317   1]                       Length : 08
[13Eh 0318   1]                 Processor ID : 22
[13Fh 0319   1]                Local Apic ID : 22
[140h 0320   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[144h 0324   1]                Subtable Type : 00 [Processor Local APIC]
[145h 0325   1]                       Length : 08
[146h 0326   1]                 Processor ID : 23
[147h 0327   1]                Local Apic ID : 23
[148h 0328   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[14Ch 0332   1]                Subtable Type : 00 [Processor Local APIC]
[14Dh 0333   1]                       Length : 08
[14Eh 0334   1]                 Processor ID : 24
[14Fh 0335   1]                Local Apic ID : 24
[150h 0336   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[154h 0340   1]                Subtable Type : 00 [Processor Local APIC]
[155h 0341   1]                       Length : 08
[156h 0342   1]                 Processor ID : 25
[157h 0343   1]                Local Apic ID : 25
[158h 0344   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[15Ch 0348   1]                Subtable Type : 00 [Processor Local APIC]
[15Dh 0349   1]                       Length : 08
[15Eh 0350   1]                 Processor ID : 26
[15Fh 0351   1]                Local Apic ID : 26
[160h 0352   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[164h 0356   1]                Subtable Type : 00 [Processor Local APIC]
[165h 0357   1]                       Length : 08
[166h 0358   1]                 Processor ID : 27
[167h 0359   1]                Local Apic ID : 27
[168h 0360   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[16Ch 0364   1]                Subtable Type : 00 [Processor Local APIC]
[16Dh 0365   1]                       Length : 08
[16Eh 0366   1]                 Processor ID : 28
[16Fh 0367   1]                Local Apic ID : 28
[170h 0368   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[174h 0372   1]                Subtable Type : 00 [Processor Local APIC]
[175h 0373   1]                       Length : 08
[176h 0374   1]                 Processor ID : 29
[177h 0375   1]                Local Apic ID : 29
[178h 0376   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[17Ch 0380   1]                Subtable Type : 00 [Processor Local APIC]
[17Dh 0381   1]                       Length : 08
[17Eh 0382   1]                 Processor ID : 2A
[17Fh 0383   1]                Local Apic ID : 2A
[180h 0384   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[184h 0388   1]                Subtable Type : 00 [Processor Local APIC]
[185h 0389   1]                       Length : 08
[186h 0390   1]                 Processor ID : 2B
[187h 0391   1]                Local Apic ID : 2B
[188h 0392   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[18Ch 0396   1]                Subtable Type : 00 [Processor Local APIC]
[18Dh 0397   1]                       Length : 08
[18Eh 0398   1]                 Processor ID : 2C
[18Fh 0399   1]                Local Apic ID : 2C
[190h 0400   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[194h 0404   1]                Subtable Type : 00 [Processor Local APIC]
[195h 0405   1]                       Length : 08
[196h 0406   1]                 Processor ID : 2D
[197h 0407   1]                Local Apic ID : 2D
[198h 0408   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[19Ch 0412   1]                Subtable Type : 00 [Processor Local APIC]
[19Dh 0413   1]                       Length : 08
[19Eh 0414   1]                 Processor ID : 2E
[19Fh 0415   1]                Local Apic ID : 2E
[1A0h 0416   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[1A4h 0420   1]                Subtable Type : 00 [Processor Local APIC]
[1A5h 0421   1]                       Length : 08
[1A6h 0422   1]                 Processor ID : 2F
[1A7h 0423   1]                Local Apic ID : 2F
[1A8h 0424   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[1ACh 0428   1]                Subtable Type : 00 [Processor Local APIC]
[1ADh 0429   1]                       Length : 08
[1AEh 0430   1]                 Processor ID : 30
[1AFh 0431   1]                Local Apic ID : 30
[1B0h 0432   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[1B4h 0436   1]                Subtable Type : 00 [Processor Local APIC]
[1B5h 0437   1]                       Length : 08
[1B6h 0438   1]                 Processor ID : 31
[1B7h 0439   1]                Local Apic ID : 31
[1B8h 0440   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[1BCh 0444   1]                Subtable Type : 00 [Processor Local APIC]
[1BDh 0445   1]                       Length : 08
[1BEh 0446   1]                 Processor ID : 32
[1BFh 0447   1]                Local Apic ID : 32
[1C0h 0448   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[1C4h 0452   1]                Subtable Type : 00 [Processor Local APIC]
[1C5h 0453   1]                       Length : 08
[1C6h 0454   1]                 Processor ID : 33
[1C7h 0455   1]                Local Apic ID : 33
[1C8h 0456   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[1CCh 0460   1]                Subtable Type : 00 [Processor Local APIC]
[1CDh 0461   1]                       Length : 08
[1CEh 0462   1]                 Processor ID : 34
[1CFh 0463   1]                Local Apic ID : 34
[1D0h 0464   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[1D4h 0468   1]                Subtable Type : 00 [Processor Local APIC]
[1D5h 0469   1]                       Length : 08
[1D6h 0470   1]                 Processor ID : 35
[1D7h 0471   1]                Local Apic ID : 35
[1D8h 0472   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[1DCh 0476   1]                Subtable Type : 00 [Processor Local APIC]
[1DDh 0477   1]                       Length : 08
[1DEh 0478   1]                 Processor ID : 36
[1DFh 0479   1]                Local Apic ID : 36
[1E0h 0480   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[1E4h 0484   1]                Subtable Type : 00 [Processor Local APIC]
[1E5h 0485   1]                       Length : 08
[1E6h 0486   1]                 Processor ID : 37
[1E7h 0487   1]                Local Apic ID : 37
[1E8h 0488   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[1ECh 0492   1]                Subtable Type : 00 [Processor Local APIC]
[1EDh 0493   1]                       Length : 08
[1EEh 0494   1]                 Processor ID : 38
[1EFh 0495   1]                Local Apic ID : 38
[1F0h 0496   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[1F4h 0500   1]                Subtable Type : 00 [Processor Local APIC]
[1F5h 0501   1]                       Length : 08
[1F6h 0502   1]                 Processor ID : 39
[1F7h 0503   1]                Local Apic ID : 39
[1F8h 0504   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[1FCh 0508   1]                Subtable Type : 00 [Processor Local APIC]
[1FDh 0509   1]                       Length : 08
[1FEh 0510   1]                 Processor ID : 3A
[1FFh 0511   1]                Local Apic ID : 3A
[200h 0512   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[204h 0516   1]                Subtable Type : 00 [Processor Local APIC]
[205h 0517   1]                       Length : 08
[206h 0518   1]                 Processor ID : 3B
[207h 0519   1]                Local Apic ID : 3B
[208h 0520   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[20Ch 0524   1]                Subtable Type : 00 [Processor Local APIC]
[20Dh 0525   1]                       Length : 08
[20Eh 0526   1]                 Processor ID : 3C
[20Fh 0527   1]                Local Apic ID : 3C
[210h 0528   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[214h 0532   1]                Subtable Type : 00 [Processor Local APIC]
[215h 0533   1]                       Length : 08
[216h 0534   1]                 Processor ID : 3D
[217h 0535   1]                Local Apic ID : 3D
[218h 0536   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[21Ch 0540   1]                Subtable Type : 00 [Processor Local APIC]
[21Dh 0541   1]                       Length : 08
[21Eh 0542   1]                 Processor ID : 3E
[21Fh 0543   1]                Local Apic ID : 3E
[220h 0544   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[224h 0548   1]                Subtable Type : 00 [Processor Local APIC]
[225h 0549   1]                       Length : 08
[226h 0550   1]                 Processor ID : 3F
[227h 0551   1]                Local Apic ID : 3F
[228h 0552   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[22Ch 0556   1]                Subtable Type : 00 [Processor Local APIC]
[22Dh 0557   1]                       Length : 08
[22Eh 0558   1]                 Processor ID : 40
[22Fh 0559   1]                Local Apic ID : 40
[230h 0560   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[234h 0564   1]                Subtable Type : 00 [Processor Local APIC]
[235h 0565   1]                       Length : 08
[236h 0566   1]                 Processor ID : 41
[237h 0567   1]                Local Apic ID : 41
[238h 0568   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[23Ch 0572   1]                Subtable Type : 00 [Processor Local APIC]
[23Dh 0573   1]                       Length : 08
[23Eh 0574   1]                 Processor ID : 42
[23Fh 0575   1]                Local Apic ID : 42
[240h 0576   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[244h 0580   1]                Subtable Type : 00 [Processor Local APIC]
[245h 0581   1]                       Length : 08
[246h 0582   1]                 Processor ID : 43
[247h 0583   1]                Local Apic ID : 43
[248h 0584   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[24Ch 0588   1]                Subtable Type : 00 [Processor Local APIC]
[24Dh 0589   1]                       Length : 08
[24Eh 0590   1]                 Processor ID : 44
[24Fh 0591   1]                Local Apic ID : 44
[250h 0592   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[254h 0596   1]                Subtable Type : 00 [Processor Local APIC]
[255h 0597   1]                       Length : 08
[256h 0598   1]                 Processor ID : 45
[257h 0599   1]                Local Apic ID : 45
[258h 0600   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[25Ch 0604   1]                Subtable Type : 00 [Processor Local APIC]
[25Dh 0605   1]                       Length : 08
[25Eh 0606   1]                 Processor ID : 46
[25Fh 0607   1]                Local Apic ID : 46
[260h 0608   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[264h 0612   1]                Subtable Type : 00 [Processor Local APIC]
[265h 0613   1]                       Length : 08
[266h 0614   1]                 Processor ID : 47
[267h 0615   1]                Local Apic ID : 47
[268h 0616   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[26Ch 0620   1]                Subtable Type : 00 [Processor Local APIC]
[26Dh 0621   1]                       Length : 08
[26Eh 0622   1]                 Processor ID : 48
[26Fh 0623   1]                Local Apic ID : 48
[270h 0624   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[274h 0628   1]                Subtable Type : 00 [Processor Local APIC]
[275h 0629   1]                       Length : 08
[276h 0630   1]                 Processor ID : 49
[277h 0631   1]                Local Apic ID : 49
[278h 0632   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[27Ch 0636   1]                Subtable Type : 00 [Processor Local APIC]
[27Dh 0637   1]                       Length : 08
[27Eh 0638   1]                 Processor ID : 4A
[27Fh 0639   1]                Local Apic ID : 4A
[280h 0640   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[284h 0644   1]                Subtable Type : 00 [Processor Local APIC]
[285h 0645   1]                       Length : 08
[286h 0646   1]                 Processor ID : 4B
[287h 0647   1]                Local Apic ID : 4B
[288h 0648   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[28Ch 0652   1]                Subtable Type : 00 [Processor Local APIC]
[28Dh 0653   1]                       Length : 08
[28Eh 0654   1]                 Processor ID : 4C
[28Fh 0655   1]                Local Apic ID : 4C
[290h 0656   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[294h 0660   1]                Subtable Type : 00 [Processor Local APIC]
[295h 0661   1]                       Length : 08
[296h 0662   1]                 Processor ID : 4D
[297h 0663   1]                Local Apic ID : 4D
[298h 0664   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[29Ch 0668   1]                Subtable Type : 00 [Processor Local APIC]
[29Dh 0669   1]                       Length : 08
[29Eh 0670   1]                 Processor ID : 4E
[29Fh 0671   1]                Local Apic ID : 4E
[2A0h 0672   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[2A4h 0676   1]                Subtable Type : 00 [Processor Local APIC]
[2A5h 0677   1]                       Length : 08
[2A6h 0678   1]                 Processor ID : 4F
[2A7h 0679   1]                Local Apic ID : 4F
[2A8h 0680   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[2ACh 0684   1]                Subtable Type : 00 [Processor Local APIC]
[2ADh 0685   1]                       Length : 08
[2AEh 0686   1]                 Processor ID : 50
[2AFh 0687   1]                Local Apic ID : 50
[2B0h 0688   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[2B4h 0692   1]                Subtable Type : 00 [Processor Local APIC]
[2B5h 0693   1]                       Length : 08
[2B6h 0694   1]                 Processor ID : 51
[2B7h 0695   1]                Local Apic ID : 51
[2B8h 0696   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[2BCh 0700   1]                Subtable Type : 00 [Processor Local APIC]
[2BDh 0701   1]                       Length : 08
[2BEh 0702   1]                 Processor ID : 52
[2BFh 0703   1]                Local Apic ID : 52
[2C0h 0704   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[2C4h 0708   1]                Subtable Type : 00 [Processor Local APIC]
[2C5h 0709   1]                       Length : 08
[2C6h 0710   1]                 Processor ID : 53
[2C7h 0711   1]                Local Apic ID : 53
[2C8h 0712   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[2CCh 0716   1]                Subtable Type : 00 [Processor Local APIC]
[2CDh 0717   1]                       Length : 08
[2CEh 0718   1]                 Processor ID : 54
[2CFh 0719   1]                Local Apic ID : 54
[2D0h 0720   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[2D4h 0724   1]                Subtable Type : 00 [Processor Local APIC]
[2D5h 0725   1]                       Length : 08
[2D6h 0726   1]                 Processor ID : 55
[2D7h 0727   1]                Local Apic ID : 55
[2D8h 0728   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[2DCh 0732   1]                Subtable Type : 00 [Processor Local APIC]
[2DDh 0733   1]                       Length : 08
[2DEh 0734   1]                 Processor ID : 56
[2DFh 0735   1]                Local Apic ID : 56
[2E0h 0736   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[2E4h 0740   1]                Subtable Type : 00 [Processor Local APIC]
[2E5h 0741   1]                       Length : 08
[2E6h 0742   1]                 Processor ID : 57
[2E7h 0743   1]                Local Apic ID : 57
[2E8h 0744   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[2ECh 0748   1]                Subtable Type : 00 [Processor Local APIC]
[2EDh 0749   1]                       Length : 08
[2EEh 0750   1]                 Processor ID : 58
[2EFh 0751   1]                Local Apic ID : 58
[2F0h 0752   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[2F4h 0756   1]                Subtable Type : 00 [Processor Local APIC]
[2F5h 0757   1]                       Length : 08
[2F6h 0758   1]                 Processor ID : 59
[2F7h 0759   1]                Local Apic ID : 59
[2F8h 0760   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[2FCh 0764   1]                Subtable Type : 00 [Processor Local APIC]
[2FDh 0765   1]                       Length : 08
[2FEh 0766   1]                 Processor ID : 5A
[2FFh 0767   1]                Local Apic ID : 5A
[300h 0768   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[304h 0772   1]                Subtable Type : 00 [Processor Local APIC]
[305h 0773   1]                       Length : 08
[306h 0774   1]                 Processor ID : 5B
[307h 0775   1]                Local Apic ID : 5B
[308h 0776   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[30Ch 0780   1]                Subtable Type : 00 [Processor Local APIC]
[30Dh 0781   1]                       Length : 08
[30Eh 0782   1]                 Processor ID : 5C
[30Fh 0783   1]                Local Apic ID : 5C
[310h 0784   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[314h 0788   1]                Subtable Type : 00 [Processor Local APIC]
[315h 0789   1]                       Length : 08
[316h 0790   1]                 Processor ID : 5D
[317h 0791   1]                Local Apic ID : 5D
[318h 0792   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[31Ch 0796   1]                Subtable Type : 00 [Processor Local APIC]
[31Dh 0797   1]                       Length : 08
[31Eh 0798   1]                 Processor ID : 5E
[31Fh 0799   1]                Local Apic ID : 5E
[320h 0800   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[324h 0804   1]                Subtable Type : 00 [Processor Local APIC]
[325h 0805   1]                       Length : 08
[326h 0806   1]                 Processor ID : 5F
[327h 0807   1]                Local Apic ID : 5F
[328h 0808   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[32Ch 0812   1]                Subtable Type : 00 [Processor Local APIC]
[32Dh 0813   1]                       Length : 08
[32Eh 0814   1]                 Processor ID : 60
[32Fh 0815   1]                Local Apic ID : 60
[330h 0816   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[334h 0820   1]                Subtable Type : 00 [Processor Local APIC]
[335h 0821   1]                       Length : 08
[336h 0822   1]                 Processor ID : 61
[337h 0823   1]                Local Apic ID : 61
[338h 0824   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[33Ch 0828   1]                Subtable Type : 00 [Processor Local APIC]
[33Dh 0829   1]                       Length : 08
[33Eh 0830   1]                 Processor ID : 62
[33Fh 0831   1]                Local Apic ID : 62
[340h 0832   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[344h 0836   1]                Subtable Type : 00 [Processor Local APIC]
[345h 0837   1]                       Length : 08
[346h 0838   1]                 Processor ID : 63
[347h 0839   1]                Local Apic ID : 63
[348h 0840   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[34Ch 0844   1]                Subtable Type : 00 [Processor Local APIC]
[34Dh 0845   1]                       Length : 08
[34Eh 0846   1]                 Processor ID : 64
[34Fh 0847   1]                Local Apic ID : 64
[350h 0848   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[354h 0852   1]                Subtable Type : 00 [Processor Local APIC]
[355h 0853   1]                       Length : 08
[356h 0854   1]                 Processor ID : 65
[357h 0855   1]                Local Apic ID : 65
[358h 0856   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[35Ch 0860   1]                Subtable Type : 00 [Processor Local APIC]
[35Dh 0861   1]                       Length : 08
[35Eh 0862   1]                 Processor ID : 66
[35Fh 0863   1]                Local Apic ID : 66
[360h 0864   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[364h 0868   1]                Subtable Type : 00 [Processor Local APIC]
[365h 0869   1]                       Length : 08
[366h 0870   1]                 Processor ID : 67
[367h 0871   1]                Local Apic ID : 67
[368h 0872   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[36Ch 0876   1]                Subtable Type : 00 [Processor Local APIC]
[36Dh 0877   1]                       Length : 08
[36Eh 0878   1]                 Processor ID : 68
[36Fh 0879   1]                Local Apic ID : 68
[370h 0880   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[374h 0884   1]                Subtable Type : 00 [Processor Local APIC]
[375h 0885   1]                       Length : 08
[376h 0886   1]                 Processor ID : 69
[377h 0887   1]                Local Apic ID : 69
[378h 0888   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[37Ch 0892   1]                Subtable Type : 00 [Processor Local APIC]
[37Dh 0893   1]                       Length : 08
[37Eh 0894   1]                 Processor ID : 6A
[37Fh 0895   1]                Local Apic ID : 6A
[380h 0896   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[384h 0900   1]                Subtable Type : 00 [Processor Local APIC]
[385h 0901   1]                       Length : 08
[386h 0902   1]                 Processor ID : 6B
[387h 0903   1]                Local Apic ID : 6B
[388h 0904   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[38Ch 0908   1]                Subtable Type : 00 [Processor Local APIC]
[38Dh 0909   1]                       Length : 08
[38Eh 0910   1]                 Processor ID : 6C
[38Fh 0911   1]                Local Apic ID : 6C
[390h 0912   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[394h 0916   1]                Subtable Type : 00 [Processor Local APIC]
[395h 0917   1]                       Length : 08
[396h 0918   1]                 Processor ID : 6D
[397h 0919   1]                Local Apic ID : 6D
[398h 0920   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[39Ch 0924   1]                Subtable Type : 00 [Processor Local APIC]
[39Dh 0925   1]                       Length : 08
[39Eh 0926   1]                 Processor ID : 6E
[39Fh 0927   1]                Local Apic ID : 6E
[3A0h 0928   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3A4h 0932   1]                Subtable Type : 00 [Processor Local APIC]
[3A5h 0933   1]                       Length : 08
[3A6h 0934   1]                 Processor ID : 6F
[3A7h 0935   1]                Local Apic ID : 6F
[3A8h 0936   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3ACh 0940   1]                Subtable Type : 00 [Processor Local APIC]
[3ADh 0941   1]                       Length : 08
[3AEh 0942   1]                 Processor ID : 70
[3AFh 0943   1]                Local Apic ID : 70
[3B0h 0944   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3B4h 0948   1]                Subtable Type : 00 [Processor Local APIC]
[3B5h 0949   1]                       Length : 08
[3B6h 0950   1]                 Processor ID : 71
[3B7h 0951   1]                Local Apic ID : 71
[3B8h 0952   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3BCh 0956   1]                Subtable Type : 00 [Processor Local APIC]
[3BDh 0957   1]                       Length : 08
[3BEh 0958   1]                 Processor ID : 72
[3BFh 0959   1]                Local Apic ID : 72
[3C0h 0960   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3C4h 0964   1]                Subtable Type : 00 [Processor Local APIC]
[3C5h 0965   1]                       Length : 08
[3C6h 0966   1]                 Processor ID : 73
[3C7h 0967   1]                Local Apic ID : 73
[3C8h 0968   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3CCh 0972   1]                Subtable Type : 00 [Processor Local APIC]
[3CDh 0973   1]                       Length : 08
[3CEh 0974   1]                 Processor ID : 74
[3CFh 0975   1]                Local Apic ID : 74
[3D0h 0976   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3D4h 0980   1]                Subtable Type : 00 [Processor Local APIC]
[3D5h 0981   1]                       Length : 08
[3D6h 0982   1]                 Processor ID : 75
[3D7h 0983   1]                Local Apic ID : 75
[3D8h 0984   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3DCh 0988   1]                Subtable Type : 00 [Processor Local APIC]
[3DDh 0989   1]                       Length : 08
[3DEh 0990   1]                 Processor ID : 76
[3DFh 0991   1]                Local Apic ID : 76
[3E0h 0992   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3E4h 0996   1]                Subtable Type : 00 [Processor Local APIC]
[3E5h 0997   1]                       Length : 08
[3E6h 0998   1]                 Processor ID : 77
[3E7h 0999   1]                Local Apic ID : 77
[3E8h 1000   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3ECh 1004   1]                Subtable Type : 00 [Processor Local APIC]
[3EDh 1005   1]                       Length : 08
[3EEh 1006   1]                 Processor ID : 78
[3EFh 1007   1]                Local Apic ID : 78
[3F0h 1008   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3F4h 1012   1]                Subtable Type : 00 [Processor Local APIC]
[3F5h 1013   1]                       Length : 08
[3F6h 1014   1]                 Processor ID : 79
[3F7h 1015   1]                Local Apic ID : 79
[3F8h 1016   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3FCh 1020   1]                Subtable Type : 00 [Processor Local APIC]
[3FDh 1021   1]                       Length : 08
[3FEh 1022   1]                 Processor ID : 7A
[3FFh 1023   1]                Local Apic ID : 7A
[400h 1024   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[404h 1028   1]                Subtable Type : 00 [Processor Local APIC]
[405h 1029   1]                       Length : 08
[406h 1030   1]                 Processor ID : 7B
[407h 1031   1]                Local Apic ID : 7B
[408h 1032   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[40Ch 1036   1]                Subtable Type : 00 [Processor Local APIC]
[40Dh 1037   1]                       Length : 08
[40Eh 1038   1]                 Processor ID : 7C
[40Fh 1039   1]                Local Apic ID : 7C
[410h 1040   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[414h 1044   1]                Subtable Type : 00 [Processor Local APIC]
[415h 1045   1]                       Length : 08
[416h 1046   1]                 Processor ID : 7D
[417h 1047   1]                Local Apic ID : 7D
[418h 1048   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[41Ch 1052   1]                Subtable Type : 00 [Processor Local APIC]
[41Dh 1053   1]                       Length : 08
[41Eh 1054   1]                 Processor ID : 7E
[41Fh 1055   1]                Local Apic ID : 7E
[420h 1056   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[424h 1060   1]                Subtable Type : 00 [Processor Local APIC]
[425h 1061   1]                       Length : 08
[426h 1062   1]                 Processor ID : 7F
[427h 1063   1]                Local Apic ID : 7F
[428h 1064   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[42Ch 1068   1]                Subtable Type : 00 [Processor Local APIC]
[42Dh 1069   1]                       Length : 08
[42Eh 1070   1]                 Processor ID : 80
[42Fh 1071   1]                Local Apic ID : 80
[430h 1072   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[434h 1076   1]                Subtable Type : 00 [Processor Local APIC]
[435h 1077   1]                       Length : 08
[436h 1078   1]                 Processor ID : 81
[437h 1079   1]                Local Apic ID : 81
[438h 1080   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[43Ch 1084   1]                Subtable Type : 00 [Processor Local APIC]
[43Dh 1085   1]                       Length : 08
[43Eh 1086   1]                 Processor ID : 82
[43Fh 1087   1]                Local Apic ID : 82
[440h 1088   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[444h 1092   1]                Subtable Type : 00 [Processor Local APIC]
[445h 1093   1]                       Length : 08
[446h 1094   1]                 Processor ID : 83
[447h 1095   1]                Local Apic ID : 83
[448h 1096   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[44Ch 1100   1]                Subtable Type : 00 [Processor Local APIC]
[44Dh 1101   1]                       Length : 08
[44Eh 1102   1]                 Processor ID : 84
[44Fh 1103   1]                Local Apic ID : 84
[450h 1104   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[454h 1108   1]                Subtable Type : 00 [Processor Local APIC]
[455h 1109   1]                       Length : 08
[456h 1110   1]                 Processor ID : 85
[457h 1111   1]                Local Apic ID : 85
[458h 1112   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[45Ch 1116   1]                Subtable Type : 00 [Processor Local APIC]
[45Dh 1117   1]                       Length : 08
[45Eh 1118   1]                 Processor ID : 86
[45Fh 1119   1]                Local Apic ID : 86
[460h 1120   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[464h 1124   1]                Subtable Type : 00 [Processor Local APIC]
[465h 1125   1]                       Length : 08
[466h 1126   1]                 Processor ID : 87
[467h 1127   1]                Local Apic ID : 87
[468h 1128   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[46Ch 1132   1]                Subtable Type : 00 [Processor Local APIC]
[46Dh 1133   1]                       Length : 08
[46Eh 1134   1]                 Processor ID : 88
[46Fh 1135   1]                Local Apic ID : 88
[470h 1136   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[474h 1140   1]                Subtable Type : 00 [Processor Local APIC]
[475h 1141   1]                       Length : 08
[476h 1142   1]                 Processor ID : 89
[477h 1143   1]                Local Apic ID : 89
[478h 1144   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[47Ch 1148   1]                Subtable Type : 00 [Processor Local APIC]
[47Dh 1149   1]                       Length : 08
[47Eh 1150   1]                 Processor ID : 8A
[47Fh 1151   1]                Local Apic ID : 8A
[480h 1152   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[484h 1156   1]                Subtable Type : 00 [Processor Local APIC]
[485h 1157   1]                       Length : 08
[486h 1158   1]                 Processor ID : 8B
[487h 1159   1]                Local Apic ID : 8B
[488h 1160   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[48Ch 1164   1]                Subtable Type : 00 [Processor Local APIC]
[48Dh 1165   1]                       Length : 08
[48Eh 1166   1]                 Processor ID : 8C
[48Fh 1167   1]                Local Apic ID : 8C
[490h 1168   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[494h 1172   1]                Subtable Type : 00 [Processor Local APIC]
[495h 1173   1]                       Length : 08
[496h 1174   1]                 Processor ID : 8D
[497h 1175   1]                Local Apic ID : 8D
[498h 1176   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[49Ch 1180   1]                Subtable Type : 00 [Processor Local APIC]
[49Dh 1181   1]                       Length : 08
[49Eh 1182   1]                 Processor ID : 8E
[49Fh 1183   1]                Local Apic ID : 8E
[4A0h 1184   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[4A4h 1188   1]                Subtable Type : 00 [Processor Local APIC]
[4A5h 1189   1]                       Length : 08
[4A6h 1190   1]                 Processor ID : 8F
[4A7h 1191   1]                Local Apic ID : 8F
[4A8h 1192   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[4ACh 1196   1]                Subtable Type : 00 [Processor Local APIC]
[4ADh 1197   1]                       Length : 08
[4AEh 1198   1]                 Processor ID : 90
[4AFh 1199   1]                Local Apic ID : 90
[4B0h 1200   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[4B4h 1204   1]                Subtable Type : 00 [Processor Local APIC]
[4B5h 1205   1]                       Length : 08
[4B6h 1206   1]                 Processor ID : 91
[4B7h 1207   1]                Local Apic ID : 91
[4B8h 1208   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[4BCh 1212   1]                Subtable Type : 00 [Processor Local APIC]
[4BDh 1213   1]                       Length : 08
[4BEh 1214   1]                 Processor ID : 92
[4BFh 1215   1]                Local Apic ID : 92
[4C0h 1216   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[4C4h 1220   1]                Subtable Type : 00 [Processor Local APIC]
[4C5h 1221   1]                       Length : 08
[4C6h 1222   1]                 Processor ID : 93
[4C7h 1223   1]                Local Apic ID : 93
[4C8h 1224   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[4CCh 1228   1]                Subtable Type : 00 [Processor Local APIC]
[4CDh 1229   1]                       Length : 08
[4CEh 1230   1]                 Processor ID : 94
[4CFh 1231   1]                Local Apic ID : 94
[4D0h 1232   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[4D4h 1236   1]                Subtable Type : 00 [Processor Local APIC]
[4D5h 1237   1]                       Length : 08
[4D6h 1238   1]                 Processor ID : 95
[4D7h 1239   1]                Local Apic ID : 95
[4D8h 1240   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[4DCh 1244   1]                Subtable Type : 00 [Processor Local APIC]
[4DDh 1245   1]                       Length : 08
[4DEh 1246   1]                 Processor ID : 96
[4DFh 1247   1]                Local Apic ID : 96
[4E0h 1248   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[4E4h 1252   1]                Subtable Type : 00 [Processor Local APIC]
[4E5h 1253   1]                       Length : 08
[4E6h 1254   1]                 Processor ID : 97
[4E7h 1255   1]                Local Apic ID : 97
[4E8h 1256   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[4ECh 1260   1]                Subtable Type : 00 [Processor Local APIC]
[4EDh 1261   1]                       Length : 08
[4EEh 1262   1]                 Processor ID : 98
[4EFh 1263   1]                Local Apic ID : 98
[4F0h 1264   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[4F4h 1268   1]                Subtable Type : 00 [Processor Local APIC]
[4F5h 1269   1]                       Length : 08
[4F6h 1270   1]                 Processor ID : 99
[4F7h 1271   1]                Local Apic ID : 99
[4F8h 1272   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[4FCh 1276   1]                Subtable Type : 00 [Processor Local APIC]
[4FDh 1277   1]                       Length : 08
[4FEh 1278   1]                 Processor ID : 9A
[4FFh 1279   1]                Local Apic ID : 9A
[500h 1280   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[504h 1284   1]                Subtable Type : 00 [Processor Local APIC]
[505h 1285   1]                       Length : 08
[506h 1286   1]                 Processor ID : 9B
[507h 1287   1]                Local Apic ID : 9B
[508h 1288   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[50Ch 1292   1]                Subtable Type : 00 [Processor Local APIC]
[50Dh 1293   1]                       Length : 08
[50Eh 1294   1]                 Processor ID : 9C
[50Fh 1295   1]                Local Apic ID : 9C
[510h 1296   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[514h 1300   1]                Subtable Type : 00 [Processor Local APIC]
[515h 1301   1]                       Length : 08
[516h 1302   1]                 Processor ID : 9D
[517h 1303   1]                Local Apic ID : 9D
[518h 1304   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[51Ch 1308   1]                Subtable Type : 00 [Processor Local APIC]
[51Dh 1309   1]                       Length : 08
[51Eh 1310   1]                 Processor ID : 9E
[51Fh 1311   1]                Local Apic ID : 9E
[520h 1312   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[524h 1316   1]                Subtable Type : 00 [Processor Local APIC]
[525h 1317   1]                       Length : 08
[526h 1318   1]                 Processor ID : 9F
[527h 1319   1]                Local Apic ID : 9F
[528h 1320   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[52Ch 1324   1]                Subtable Type : 00 [Processor Local APIC]
[52Dh 1325   1]                       Length : 08
[52Eh 1326   1]                 Processor ID : A0
[52Fh 1327   1]                Local Apic ID : A0
[530h 1328   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[534h 1332   1]                Subtable Type : 00 [Processor Local APIC]
[535h 1333   1]                       Length : 08
[536h 1334   1]                 Processor ID : A1
[537h 1335   1]                Local Apic ID : A1
[538h 1336   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[53Ch 1340   1]                Subtable Type : 00 [Processor Local APIC]
[53Dh 1341   1]                       Length : 08
[53Eh 1342   1]                 Processor ID : A2
[53Fh 1343   1]                Local Apic ID : A2
[540h 1344   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[544h 1348   1]                Subtable Type : 00 [Processor Local APIC]
[545h 1349   1]                       Length : 08
[546h 1350   1]                 Processor ID : A3
[547h 1351   1]                Local Apic ID : A3
[548h 1352   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[54Ch 1356   1]                Subtable Type : 00 [Processor Local APIC]
[54Dh 1357   1]                       Length : 08
[54Eh 1358   1]                 Processor ID : A4
[54Fh 1359   1]                Local Apic ID : A4
[550h 1360   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[554h 1364   1]                Subtable Type : 00 [Processor Local APIC]
[555h 1365   1]                       Length : 08
[556h 1366   1]                 Processor ID : A5
[557h 1367   1]                Local Apic ID : A5
[558h 1368   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[55Ch 1372   1]                Subtable Type : 00 [Processor Local APIC]
[55Dh 1373   1]                       Length : 08
[55Eh 1374   1]                 Processor ID : A6
[55Fh 1375   1]                Local Apic ID : A6
[560h 1376   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[564h 1380   1]                Subtable Type : 00 [Processor Local APIC]
[565h 1381   1]                       Length : 08
[566h 1382   1]                 Processor ID : A7
[567h 1383   1]                Local Apic ID : A7
[568h 1384   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[56Ch 1388   1]                Subtable Type : 00 [Processor Local APIC]
[56Dh 1389   1]                       Length : 08
[56Eh 1390   1]                 Processor ID : A8
[56Fh 1391   1]                Local Apic ID : A8
[570h 1392   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[574h 1396   1]                Subtable Type : 00 [Processor Local APIC]
[575h 1397   1]                       Length : 08
[576h 1398   1]                 Processor ID : A9
[577h 1399   1]                Local Apic ID : A9
[578h 1400   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[57Ch 1404   1]                Subtable Type : 00 [Processor Local APIC]
[57Dh 1405   1]                       Length : 08
[57Eh 1406   1]                 Processor ID : AA
[57Fh 1407   1]                Local Apic ID : AA
[580h 1408   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[584h 1412   1]                Subtable Type : 00 [Processor Local APIC]
[585h 1413   1]                       Length : 08
[586h 1414   1]                 Processor ID : AB
[587h 1415   1]                Local Apic ID : AB
[588h 1416   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[58Ch 1420   1]                Subtable Type : 00 [Processor Local APIC]
[58Dh 1421   1]                       Length : 08
[58Eh 1422   1]                 Processor ID : AC
[58Fh 1423   1]                Local Apic ID : AC
[590h 1424   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[594h 1428   1]                Subtable Type : 00 [Processor Local APIC]
[595h 1429   1]                       Length : 08
[596h 1430   1]                 Processor ID : AD
[597h 1431   1]                Local Apic ID : AD
[598h 1432   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[59Ch 1436   1]                Subtable Type : 00 [Processor Local APIC]
[59Dh 1437   1]                       Length : 08
[59Eh 1438   1]                 Processor ID : AE
[59Fh 1439   1]                Local Apic ID : AE
[5A0h 1440   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[5A4h 1444   1]                Subtable Type : 00 [Processor Local APIC]
[5A5h 1445   1]                       Length : 08
[5A6h 1446   1]                 Processor ID : AF
[5A7h 1447   1]                Local Apic ID : AF
[5A8h 1448   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[5ACh 1452   1]                Subtable Type : 00 [Processor Local APIC]
[5ADh 1453   1]                       Length : 08
[5AEh 1454   1]                 Processor ID : B0
[5AFh 1455   1]                Local Apic ID : B0
[5B0h 1456   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[5B4h 1460   1]                Subtable Type : 00 [Processor Local APIC]
[5B5h 1461   1]                       Length : 08
[5B6h 1462   1]                 Processor ID : B1
[5B7h 1463   1]                Local Apic ID : B1
[5B8h 1464   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[5BCh 1468   1]                Subtable Type : 00 [Processor Local APIC]
[5BDh 1469   1]                       Length : 08
[5BEh 1470   1]                 Processor ID : B2
[5BFh 1471   1]                Local Apic ID : B2
[5C0h 1472   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[5C4h 1476   1]                Subtable Type : 00 [Processor Local APIC]
[5C5h 1477   1]                       Length : 08
[5C6h 1478   1]                 Processor ID : B3
[5C7h 1479   1]                Local Apic ID : B3
[5C8h 1480   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[5CCh 1484   1]                Subtable Type : 00 [Processor Local APIC]
[5CDh 1485   1]                       Length : 08
[5CEh 1486   1]                 Processor ID : B4
[5CFh 1487   1]                Local Apic ID : B4
[5D0h 1488   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[5D4h 1492   1]                Subtable Type : 00 [Processor Local APIC]
[5D5h 1493   1]                       Length : 08
[5D6h 1494   1]                 Processor ID : B5
[5D7h 1495   1]                Local Apic ID : B5
[5D8h 1496   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[5DCh 1500   1]                Subtable Type : 00 [Processor Local APIC]
[5DDh 1501   1]                       Length : 08
[5DEh 1502   1]                 Processor ID : B6
[5DFh 1503   1]                Local Apic ID : B6
[5E0h 1504   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[5E4h 1508   1]                Subtable Type : 00 [Processor Local APIC]
[5E5h 1509   1]                       Length : 08
[5E6h 1510   1]                 Processor ID : B7
[5E7h 1511   1]                Local Apic ID : B7
[5E8h 1512   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[5ECh 1516   1]                Subtable Type : 00 [Processor Local APIC]
[5EDh 1517   1]                       Length : 08
[5EEh 1518   1]                 Processor ID : B8
[5EFh 1519   1]                Local Apic ID : B8
[5F0h 1520   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[5F4h 1524   1]                Subtable Type : 00 [Processor Local APIC]
[5F5h 1525   1]                       Length : 08
[5F6h 1526   1]                 Processor ID : B9
[5F7h 1527   1]                Local Apic ID : B9
[5F8h 1528   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[5FCh 1532   1]                Subtable Type : 00 [Processor Local APIC]
[5FDh 1533   1]                       Length : 08
[5FEh 1534   1]                 Processor ID : BA
[5FFh 1535   1]                Local Apic ID : BA
[600h 1536   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[604h 1540   1]                Subtable Type : 00 [Processor Local APIC]
[605h 1541   1]                       Length : 08
[606h 1542   1]                 Processor ID : BB
[607h 1543   1]                Local Apic ID : BB
[608h 1544   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[60Ch 1548   1]                Subtable Type : 00 [Processor Local APIC]
[60Dh 1549   1]                       Length : 08
[60Eh 1550   1]                 Processor ID : BC
[60Fh 1551   1]                Local Apic ID : BC
[610h 1552   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[614h 1556   1]                Subtable Type : 00 [Processor Local APIC]
[615h 1557   1]                       Length : 08
[616h 1558   1]                 Processor ID : BD
[617h 1559   1]                Local Apic ID : BD
[618h 1560   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[61Ch 1564   1]                Subtable Type : 00 [Processor Local APIC]
[61Dh 1565   1]                       Length : 08
[61Eh 1566   1]                 Processor ID : BE
[61Fh 1567   1]                Local Apic ID : BE
[620h 1568   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[624h 1572   1]                Subtable Type : 00 [Processor Local APIC]
[625h 1573   1]                       Length : 08
[626h 1574   1]                 Processor ID : BF
[627h 1575   1]                Local Apic ID : BF
[628h 1576   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[62Ch 1580   1]                Subtable Type : 00 [Processor Local APIC]
[62Dh 1581   1]                       Length : 08
[62Eh 1582   1]                 Processor ID : C0
[62Fh 1583   1]                Local Apic ID : C0
[630h 1584   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[634h 1588   1]                Subtable Type : 00 [Processor Local APIC]
[635h 1589   1]                       Length : 08
[636h 1590   1]                 Processor ID : C1
[637h 1591   1]                Local Apic ID : C1
[638h 1592   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[63Ch 1596   1]                Subtable Type : 00 [Processor Local APIC]
[63Dh 1597   1]                       Length : 08
[63Eh 1598   1]                 Processor ID : C2
[63Fh 1599   1]                Local Apic ID : C2
[640h 1600   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[644h 1604   1]                Subtable Type : 00 [Processor Local APIC]
[645h 1605   1]                       Length : 08
[646h 1606   1]                 Processor ID : C3
[647h 1607   1]                Local Apic ID : C3
[648h 1608   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[64Ch 1612   1]                Subtable Type : 00 [Processor Local APIC]
[64Dh 1613   1]                       Length : 08
[64Eh 1614   1]                 Processor ID : C4
[64Fh 1615   1]                Local Apic ID : C4
[650h 1616   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[654h 1620   1]                Subtable Type : 00 [Processor Local APIC]
[655h 1621   1]                       Length : 08
[656h 1622   1]                 Processor ID : C5
[657h 1623   1]                Local Apic ID : C5
[658h 1624   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[65Ch 1628   1]                Subtable Type : 00 [Processor Local APIC]
[65Dh 1629   1]                       Length : 08
[65Eh 1630   1]                 Processor ID : C6
[65Fh 1631   1]                Local Apic ID : C6
[660h 1632   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[664h 1636   1]                Subtable Type : 00 [Processor Local APIC]
[665h 1637   1]                       Length : 08
[666h 1638   1]                 Processor ID : C7
[667h 1639   1]                Local Apic ID : C7
[668h 1640   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[66Ch 1644   1]                Subtable Type : 00 [Processor Local APIC]
[66Dh 1645   1]                       Length : 08
[66Eh 1646   1]                 Processor ID : C8
[66Fh 1647   1]                Local Apic ID : C8
[670h 1648   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[674h 1652   1]                Subtable Type : 00 [Processor Local APIC]
[675h 1653   1]                       Length : 08
[676h 1654   1]                 Processor ID : C9
[677h 1655   1]                Local Apic ID : C9
[678h 1656   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[67Ch 1660   1]                Subtable Type : 00 [Processor Local APIC]
[67Dh 1661   1]                       Length : 08
[67Eh 1662   1]                 Processor ID : CA
[67Fh 1663   1]                Local Apic ID : CA
[680h 1664   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[684h 1668   1]                Subtable Type : 00 [Processor Local APIC]
[685h 1669   1]                       Length : 08
[686h 1670   1]                 Processor ID : CB
[687h 1671   1]                Local Apic ID : CB
[688h 1672   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[68Ch 1676   1]                Subtable Type : 00 [Processor Local APIC]
[68Dh 1677   1]                       Length : 08
[68Eh 1678   1]                 Processor ID : CC
[68Fh 1679   1]                Local Apic ID : CC
[690h 1680   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[694h 1684   1]                Subtable Type : 00 [Processor Local APIC]
[695h 1685   1]                       Length : 08
[696h 1686   1]                 Processor ID : CD
[697h 1687   1]                Local Apic ID : CD
[698h 1688   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[69Ch 1692   1]                Subtable Type : 00 [Processor Local APIC]
[69Dh 1693   1]                       Length : 08
[69Eh 1694   1]                 Processor ID : CE
[69Fh 1695   1]                Local Apic ID : CE
[6A0h 1696   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[6A4h 1700   1]                Subtable Type : 00 [Processor Local APIC]
[6A5h 1701   1]                       Length : 08
[6A6h 1702   1]                 Processor ID : CF
[6A7h 1703   1]                Local Apic ID : CF
[6A8h 1704   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[6ACh 1708   1]                Subtable Type : 00 [Processor Local APIC]
[6ADh 1709   1]                       Length : 08
[6AEh 1710   1]                 Processor ID : D0
[6AFh 1711   1]                Local Apic ID : D0
[6B0h 1712   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[6B4h 1716   1]                Subtable Type : 00 [Processor Local APIC]
[6B5h 1717   1]                       Length : 08
[6B6h 1718   1]                 Processor ID : D1
[6B7h 1719   1]                Local Apic ID : D1
[6B8h 1720   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[6BCh 1724   1]                Subtable Type : 00 [Processor Local APIC]
[6BDh 1725   1]                       Length : 08
[6BEh 1726   1]                 Processor ID : D2
[6BFh 1727   1]                Local Apic ID : D2
[6C0h 1728   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[6C4h 1732   1]                Subtable Type : 00 [Processor Local APIC]
[6C5h 1733   1]                       Length : 08
[6C6h 1734   1]                 Processor ID : D3
[6C7h 1735   1]                Local Apic ID : D3
[6C8h 1736   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[6CCh 1740   1]                Subtable Type : 00 [Processor Local APIC]
[6CDh 1741   1]                       Length : 08
[6CEh 1742   1]                 Processor ID : D4
[6CFh 1743   1]                Local Apic ID : D4
[6D0h 1744   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[6D4h 1748   1]                Subtable Type : 00 [Processor Local APIC]
[6D5h 1749   1]                       Length : 08
[6D6h 1750   1]                 Processor ID : D5
[6D7h 1751   1]                Local Apic ID : D5
[6D8h 1752   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[6DCh 1756   1]                Subtable Type : 00 [Processor Local APIC]
[6DDh 1757   1]                       Length : 08
[6DEh 1758   1]                 Processor ID : D6
[6DFh 1759   1]                Local Apic ID : D6
[6E0h 1760   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[6E4h 1764   1]                Subtable Type : 00 [Processor Local APIC]
[6E5h 1765   1]                       Length : 08
[6E6h 1766   1]                 Processor ID : D7
[6E7h 1767   1]                Local Apic ID : D7
[6E8h 1768   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[6ECh 1772   1]                Subtable Type : 00 [Processor Local APIC]
[6EDh 1773   1]                       Length : 08
[6EEh 1774   1]                 Processor ID : D8
[6EFh 1775   1]                Local Apic ID : D8
[6F0h 1776   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[6F4h 1780   1]                Subtable Type : 00 [Processor Local APIC]
[6F5h 1781   1]                       Length : 08
[6F6h 1782   1]                 Processor ID : D9
[6F7h 1783   1]                Local Apic ID : D9
[6F8h 1784   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[6FCh 1788   1]                Subtable Type : 00 [Processor Local APIC]
[6FDh 1789   1]                       Length : 08
[6FEh 1790   1]                 Processor ID : DA
[6FFh 1791   1]                Local Apic ID : DA
[700h 1792   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[704h 1796   1]                Subtable Type : 00 [Processor Local APIC]
[705h 1797   1]                       Length : 08
[706h 1798   1]                 Processor ID : DB
[707h 1799   1]                Local Apic ID : DB
[708h 1800   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[70Ch 1804   1]                Subtable Type : 00 [Processor Local APIC]
[70Dh 1805   1]                       Length : 08
[70Eh 1806   1]                 Processor ID : DC
[70Fh 1807   1]                Local Apic ID : DC
[710h 1808   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[714h 1812   1]                Subtable Type : 00 [Processor Local APIC]
[715h 1813   1]                       Length : 08
[716h 1814   1]                 Processor ID : DD
[717h 1815   1]                Local Apic ID : DD
[718h 1816   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[71Ch 1820   1]                Subtable Type : 00 [Processor Local APIC]
[71Dh 1821   1]                       Length : 08
[71Eh 1822   1]                 Processor ID : DE
[71Fh 1823   1]                Local Apic ID : DE
[720h 1824   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[724h 1828   1]                Subtable Type : 00 [Processor Local APIC]
[725h 1829   1]                       Length : 08
[726h 1830   1]                 Processor ID : DF
[727h 1831   1]                Local Apic ID : DF
[728h 1832   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[72Ch 1836   1]                Subtable Type : 00 [Processor Local APIC]
[72Dh 1837   1]                       Length : 08
[72Eh 1838   1]                 Processor ID : E0
[72Fh 1839   1]                Local Apic ID : E0
[730h 1840   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[734h 1844   1]                Subtable Type : 00 [Processor Local APIC]
[735h 1845   1]                       Length : 08
[736h 1846   1]                 Processor ID : E1
[737h 1847   1]                Local Apic ID : E1
[738h 1848   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[73Ch 1852   1]                Subtable Type : 00 [Processor Local APIC]
[73Dh 1853   1]                       Length : 08
[73Eh 1854   1]                 Processor ID : E2
[73Fh 1855   1]                Local Apic ID : E2
[740h 1856   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[744h 1860   1]                Subtable Type : 00 [Processor Local APIC]
[745h 1861   1]                       Length : 08
[746h 1862   1]                 Processor ID : E3
[747h 1863   1]                Local Apic ID : E3
[748h 1864   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[74Ch 1868   1]                Subtable Type : 00 [Processor Local APIC]
[74Dh 1869   1]                       Length : 08
[74Eh 1870   1]                 Processor ID : E4
[74Fh 1871   1]                Local Apic ID : E4
[750h 1872   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[754h 1876   1]                Subtable Type : 00 [Processor Local APIC]
[755h 1877   1]                       Length : 08
[756h 1878   1]                 Processor ID : E5
[757h 1879   1]                Local Apic ID : E5
[758h 1880   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[75Ch 1884   1]                Subtable Type : 00 [Processor Local APIC]
[75Dh 1885   1]                       Length : 08
[75Eh 1886   1]                 Processor ID : E6
[75Fh 1887   1]                Local Apic ID : E6
[760h 1888   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[764h 1892   1]                Subtable Type : 00 [Processor Local APIC]
[765h 1893   1]                       Length : 08
[766h 1894   1]                 Processor ID : E7
[767h 1895   1]                Local Apic ID : E7
[768h 1896   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[76Ch 1900   1]                Subtable Type : 00 [Processor Local APIC]
[76Dh 1901   1]                       Length : 08
[76Eh 1902   1]                 Processor ID : E8
[76Fh 1903   1]                Local Apic ID : E8
[770h 1904   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[774h 1908   1]                Subtable Type : 00 [Processor Local APIC]
[775h 1909   1]                       Length : 08
[776h 1910   1]                 Processor ID : E9
[777h 1911   1]                Local Apic ID : E9
[778h 1912   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[77Ch 1916   1]                Subtable Type : 00 [Processor Local APIC]
[77Dh 1917   1]                       Length : 08
[77Eh 1918   1]                 Processor ID : EA
[77Fh 1919   1]                Local Apic ID : EA
[780h 1920   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[784h 1924   1]                Subtable Type : 00 [Processor Local APIC]
[785h 1925   1]                       Length : 08
[786h 1926   1]                 Processor ID : EB
[787h 1927   1]                Local Apic ID : EB
[788h 1928   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[78Ch 1932   1]                Subtable Type : 00 [Processor Local APIC]
[78Dh 1933   1]                       Length : 08
[78Eh 1934   1]                 Processor ID : EC
[78Fh 1935   1]                Local Apic ID : EC
[790h 1936   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[794h 1940   1]                Subtable Type : 00 [Processor Local APIC]
[795h 1941   1]                       Length : 08
[796h 1942   1]                 Processor ID : ED
[797h 1943   1]                Local Apic ID : ED
[798h 1944   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[79Ch 1948   1]                Subtable Type : 00 [Processor Local APIC]
[79Dh 1949   1]                       Length : 08
[79Eh 1950   1]                 Processor ID : EE
[79Fh 1951   1]                Local Apic ID : EE
[7A0h 1952   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[7A4h 1956   1]                Subtable Type : 00 [Processor Local APIC]
[7A5h 1957   1]                       Length : 08
[7A6h 1958   1]                 Processor ID : EF
[7A7h 1959   1]                Local Apic ID : EF
[7A8h 1960   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[7ACh 1964   1]                Subtable Type : 00 [Processor Local APIC]
[7ADh 1965   1]                       Length : 08
[7AEh 1966   1]                 Processor ID : F0
[7AFh 1967   1]                Local Apic ID : F0
[7B0h 1968   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[7B4h 1972   1]                Subtable Type : 00 [Processor Local APIC]
[7B5h 1973   1]                       Length : 08
[7B6h 1974   1]                 Processor ID : F1
[7B7h 1975   1]                Local Apic ID : F1
[7B8h 1976   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[7BCh 1980   1]                Subtable Type : 00 [Processor Local APIC]
[7BDh 1981   1]                       Length : 08
[7BEh 1982   1]                 Processor ID : F2
[7BFh 1983   1]                Local Apic ID : F2
[7C0h 1984   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[7C4h 1988   1]                Subtable Type : 00 [Processor Local APIC]
[7C5h 1989   1]                       Length : 08
[7C6h 1990   1]                 Processor ID : F3
[7C7h 1991   1]                Local Apic ID : F3
[7C8h 1992   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[7CCh 1996   1]                Subtable Type : 00 [Processor Local APIC]
[7CDh 1997   1]                       Length : 08
[7CEh 1998   1]                 Processor ID : F4
[7CFh 1999   1]                Local Apic ID : F4
[7D0h 2000   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[7D4h 2004   1]                Subtable Type : 00 [Processor Local APIC]
[7D5h 2005   1]                       Length : 08
[7D6h 2006   1]                 Processor ID : F5
[7D7h 2007   1]                Local Apic ID : F5
[7D8h 2008   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[7DCh 2012   1]                Subtable Type : 00 [Processor Local APIC]
[7DDh 2013   1]                       Length : 08
[7DEh 2014   1]                 Processor ID : F6
[7DFh 2015   1]                Local Apic ID : F6
[7E0h 2016   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[7E4h 2020   1]                Subtable Type : 00 [Processor Local APIC]
[7E5h 2021   1]                       Length : 08
[7E6h 2022   1]                 Processor ID : F7
[7E7h 2023   1]                Local Apic ID : F7
[7E8h 2024   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[7ECh 2028   1]                Subtable Type : 00 [Processor Local APIC]
[7EDh 2029   1]                       Length : 08
[7EEh 2030   1]                 Processor ID : F8
[7EFh 2031   1]                Local Apic ID : F8
[7F0h 2032   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[7F4h 2036   1]                Subtable Type : 00 [Processor Local APIC]
[7F5h 2037   1]                       Length : 08
[7F6h 2038   1]                 Processor ID : F9
[7F7h 2039   1]                Local Apic ID : F9
[7F8h 2040   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[7FCh 2044   1]                Subtable Type : 00 [Processor Local APIC]
[7FDh 2045   1]                       Length : 08
[7FEh 2046   1]                 Processor ID : FA
[7FFh 2047   1]                Local Apic ID : FA
[800h 2048   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[804h 2052   1]                Subtable Type : 00 [Processor Local APIC]
[805h 2053   1]                       Length : 08
[806h 2054   1]                 Processor ID : FB
[807h 2055   1]                Local Apic ID : FB
[808h 2056   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[80Ch 2060   1]                Subtable Type : 00 [Processor Local APIC]
[80Dh 2061   1]                       Length : 08
[80Eh 2062   1]                 Processor ID : FC
[80Fh 2063   1]                Local Apic ID : FC
[810h 2064   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[814h 2068   1]                Subtable Type : 00 [Processor Local APIC]
[815h 2069   1]                       Length : 08
[816h 2070   1]                 Processor ID : FD
[817h 2071   1]                Local Apic ID : FD
[818h 2072   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[81Ch 2076   1]                Subtable Type : 00 [Processor Local APIC]
[81Dh 2077   1]                       Length : 08
[81Eh 2078   1]                 Processor ID : FE
[81Fh 2079   1]                Local Apic ID : FE
[820h 2080   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[824h 2084   1]                Subtable Type : 09 [Processor Local x2APIC]
[825h 2085   1]                       Length : 10
[826h 2086   2]                     Reserved : 0000
[828h 2088   4]          Processor x2Apic ID : 000000FF
[82Ch 2092   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[830h 2096   4]                Processor UID : 000000FF

[834h 2100   1]                Subtable Type : 09 [Processor Local x2APIC]
[835h 2101   1]                       Length : 10
[836h 2102   2]                     Reserved : 0000
[838h 2104   4]          Processor x2Apic ID : 00000100
[83Ch 2108   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[840h 2112   4]                Processor UID : 00000100

[844h 2116   1]                Subtable Type : 09 [Processor Local x2APIC]
[845h 2117   1]                       Length : 10
[846h 2118   2]                     Reserved : 0000
[848h 2120   4]          Processor x2Apic ID : 00000101
[84Ch 2124   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[850h 2128   4]                Processor UID : 00000101

[854h 2132   1]                Subtable Type : 09 [Processor Local x2APIC]
[855h 2133   1]                       Length : 10
[856h 2134   2]                     Reserved : 0000
[858h 2136   4]          Processor x2Apic ID : 00000102
[85Ch 2140   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[860h 2144   4]                Processor UID : 00000102

[864h 2148   1]                Subtable Type : 09 [Processor Local x2APIC]
[865h 2149   1]                       Length : 10
[866h 2150   2]                     Reserved : 0000
[868h 2152   4]          Processor x2Apic ID : 00000103
[86Ch 2156   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[870h 2160   4]                Processor UID : 00000103

[874h 2164   1]                Subtable Type : 09 [Processor Local x2APIC]
[875h 2165   1]                       Length : 10
[876h 2166   2]                     Reserved : 0000
[878h 2168   4]          Processor x2Apic ID : 00000104
[87Ch 2172   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[880h 2176   4]                Processor UID : 00000104

[884h 2180   1]                Subtable Type : 09 [Processor Local x2APIC]
[885h 2181   1]                       Length : 10
[886h 2182   2]                     Reserved : 0000
[888h 2184   4]          Processor x2Apic ID : 00000105
[88Ch 2188   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[890h 2192   4]                Processor UID : 00000105

[894h 2196   1]                Subtable Type : 09 [Processor Local x2APIC]
[895h 2197   1]                       Length : 10
[896h 2198   2]                     Reserved : 0000
[898h 2200   4]          Processor x2Apic ID : 00000106
[89Ch 2204   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[8A0h 2208   4]                Processor UID : 00000106

[8A4h 2212   1]                Subtable Type : 09 [Processor Local x2APIC]
[8A5h 2213   1]                       Length : 10
[8A6h 2214   2]                     Reserved : 0000
[8A8h 2216   4]          Processor x2Apic ID : 00000107
[8ACh 2220   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[8B0h 2224   4]                Processor UID : 00000107

[8B4h 2228   1]                Subtable Type : 09 [Processor Local x2APIC]
[8B5h 2229   1]                       Length : 10
[8B6h 2230   2]                     Reserved : 0000
[8B8h 2232   4]          Processor x2Apic ID : 00000108
[8BCh 2236   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[8C0h 2240   4]                Processor UID : 00000108

[8C4h 2244   1]                Subtable Type : 09 [Processor Local x2APIC]
[8C5h 2245   1]                       Length : 10
[8C6h 2246   2]                     Reserved : 0000
[8C8h 2248   4]          Processor x2Apic ID : 00000109
[8CCh 2252   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[8D0h 2256   4]                Processor UID : 00000109

[8D4h 2260   1]                Subtable Type : 09 [Processor Local x2APIC]
[8D5h 2261   1]                       Length : 10
[8D6h 2262   2]                     Reserved : 0000
[8D8h 2264   4]          Processor x2Apic ID : 0000010A
[8DCh 2268   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[8E0h 2272   4]                Processor UID : 0000010A

[8E4h 2276   1]                Subtable Type : 09 [Processor Local x2APIC]
[8E5h 2277   1]                       Length : 10
[8E6h 2278   2]                     Reserved : 0000
[8E8h 2280   4]          Processor x2Apic ID : 0000010B
[8ECh 2284   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[8F0h 2288   4]                Processor UID : 0000010B

[8F4h 2292   1]                Subtable Type : 09 [Processor Local x2APIC]
[8F5h 2293   1]                       Length : 10
[8F6h 2294   2]                     Reserved : 0000
[8F8h 2296   4]          Processor x2Apic ID : 0000010C
[8FCh 2300   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[900h 2304   4]                Processor UID : 0000010C

[904h 2308   1]                Subtable Type : 09 [Processor Local x2APIC]
[905h 2309   1]                       Length : 10
[906h 2310   2]                     Reserved : 0000
[908h 2312   4]          Processor x2Apic ID : 0000010D
[90Ch 2316   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[910h 2320   4]                Processor UID : 0000010D

[914h 2324   1]                Subtable Type : 09 [Processor Local x2APIC]
[915h 2325   1]                       Length : 10
[916h 2326   2]                     Reserved : 0000
[918h 2328   4]          Processor x2Apic ID : 0000010E
[91Ch 2332   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[920h 2336   4]                Processor UID : 0000010E

[924h 2340   1]                Subtable Type : 09 [Processor Local x2APIC]
[925h 2341   1]                       Length : 10
[926h 2342   2]                     Reserved : 0000
[928h 2344   4]          Processor x2Apic ID : 0000010F
[92Ch 2348   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[930h 2352   4]                Processor UID : 0000010F

[934h 2356   1]                Subtable Type : 09 [Processor Local x2APIC]
[935h 2357   1]                       Length : 10
[936h 2358   2]                     Reserved : 0000
[938h 2360   4]          Processor x2Apic ID : 00000110
[93Ch 2364   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[940h 2368   4]                Processor UID : 00000110

[944h 2372   1]                Subtable Type : 09 [Processor Local x2APIC]
[945h 2373   1]                       Length : 10
[946h 2374   2]                     Reserved : 0000
[948h 2376   4]          Processor x2Apic ID : 00000111
[94Ch 2380   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[950h 2384   4]                Processor UID : 00000111

[954h 2388   1]                Subtable Type : 09 [Processor Local x2APIC]
[955h 2389   1]                       Length : 10
[956h 2390   2]                     Reserved : 0000
[958h 2392   4]          Processor x2Apic ID : 00000112
[95Ch 2396   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[960h 2400   4]                Processor UID : 00000112

[964h 2404   1]                Subtable Type : 09 [Processor Local x2APIC]
[965h 2405   1]                       Length : 10
[966h 2406   2]                     Reserved : 0000
[968h 2408   4]          Processor x2Apic ID : 00000113
[96Ch 2412   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[970h 2416   4]                Processor UID : 00000113

[974h 2420   1]                Subtable Type : 09 [Processor Local x2APIC]
[975h 2421   1]                       Length : 10
[976h 2422   2]                     Reserved : 0000
[978h 2424   4]          Processor x2Apic ID : 00000114
[97Ch 2428   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[980h 2432   4]                Processor UID : 00000114

[984h 2436   1]                Subtable Type : 09 [Processor Local x2APIC]
[985h 2437   1]                       Length : 10
[986h 2438   2]                     Reserved : 0000
[988h 2440   4]          Processor x2Apic ID : 00000115
[98Ch 2444   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[990h 2448   4]                Processor UID : 00000115

[994h 2452   1]                Subtable Type : 09 [Processor Local x2APIC]
[995h 2453   1]                       Length : 10
[996h 2454   2]                     Reserved : 0000
[998h 2456   4]          Processor x2Apic ID : 00000116
[99Ch 2460   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[9A0h 2464   4]                Processor UID : 00000116

[9A4h 2468   1]                Subtable Type : 09 [Processor Local x2APIC]
[9A5h 2469   1]                       Length : 10
[9A6h 2470   2]                     Reserved : 0000
[9A8h 2472   4]          Processor x2Apic ID : 00000117
[9ACh 2476   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[9B0h 2480   4]                Processor UID : 00000117

[9B4h 2484   1]                Subtable Type : 09 [Processor Local x2APIC]
[9B5h 2485   1]                       Length : 10
[9B6h 2486   2]                     Reserved : 0000
[9B8h 2488   4]          Processor x2Apic ID : 00000118
[9BCh 2492   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[9C0h 2496   4]                Processor UID : 00000118

[9C4h 2500   1]                Subtable Type : 09 [Processor Local x2APIC]
[9C5h 2501   1]                       Length : 10
[9C6h 2502   2]                     Reserved : 0000
[9C8h 2504   4]          Processor x2Apic ID : 00000119
[9CCh 2508   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[9D0h 2512   4]                Processor UID : 00000119

[9D4h 2516   1]                Subtable Type : 09 [Processor Local x2APIC]
[9D5h 2517   1]                       Length : 10
[9D6h 2518   2]                     Reserved : 0000
[9D8h 2520   4]          Processor x2Apic ID : 0000011A
[9DCh 2524   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[9E0h 2528   4]                Processor UID : 0000011A

[9E4h 2532   1]                Subtable Type : 09 [Processor Local x2APIC]
[9E5h 2533   1]                       Length : 10
[9E6h 2534   2]                     Reserved : 0000
[9E8h 2536   4]          Processor x2Apic ID : 0000011B
[9ECh 2540   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[9F0h 2544   4]                Processor UID : 0000011B

[9F4h 2548   1]                Subtable Type : 09 [Processor Local x2APIC]
[9F5h 2549   1]                       Length : 10
[9F6h 2550   2]                     Reserved : 0000
[9F8h 2552   4]          Processor x2Apic ID : 0000011C
[9FCh 2556   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[A00h 2560   4]                Processor UID : 0000011C

[A04h 2564   1]                Subtable Type : 09 [Processor Local x2APIC]
[A05h 2565   1]                       Length : 10
[A06h 2566   2]                     Reserved : 0000
[A08h 2568   4]          Processor x2Apic ID : 0000011D
[A0Ch 2572   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[A10h 2576   4]                Processor UID : 0000011D

[A14h 2580   1]                Subtable Type : 09 [Processor Local x2APIC]
[A15h 2581   1]                       Length : 10
[A16h 2582   2]                     Reserved : 0000
[A18h 2584   4]          Processor x2Apic ID : 0000011E
[A1Ch 2588   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[A20h 2592   4]                Processor UID : 0000011E

[A24h 2596   1]                Subtable Type : 09 [Processor Local x2APIC]
[A25h 2597   1]                       Length : 10
[A26h 2598   2]                     Reserved : 0000
[A28h 2600   4]          Processor x2Apic ID : 0000011F
[A2Ch 2604   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
[A30h 2608   4]                Processor UID : 0000011F

[A34h 2612   1]                Subtable Type : 01 [I/O APIC]
[A35h 2613   1]                       Length : 0C
[A36h 2614   1]                  I/O Apic ID : 00
[A37h 2615   1]                     Reserved : 00
[A38h 2616   4]                      Address : FEC00000
[A3Ch 2620   4]                    Interrupt : 00000000

[A40h 2624   1]                Subtable Type : 02 [Interrupt Source Override]
[A41h 2625   1]                       Length : 0A
[A42h 2626   1]                          Bus : 00
[A43h 2627   1]                       Source : 00
[A44h 2628   4]                    Interrupt : 00000002
[A48h 2632   2]        Flags (decoded below) : 0000
                                    Polarity : 0
                                Trigger Mode : 0

[A4Ah 2634   1]                Subtable Type : 02 [Interrupt Source Override]
[A4Bh 2635   1]                       Length : 0A
[A4Ch 2636   1]                          Bus : 00
[A4Dh 2637   1]                       Source : 05
[A4Eh 2638   4]                    Interrupt : 00000005
[A52h 2642   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[A54h 2644   1]                Subtable Type : 02 [Interrupt Source Override]
[A55h 2645   1]                       Length : 0A
[A56h 2646   1]                          Bus : 00
[A57h 2647   1]                       Source : 09
[A58h 2648   4]                    Interrupt : 00000009
[A5Ch 2652   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[A5Eh 2654   1]                Subtable Type : 02 [Interrupt Source Override]
[A5Fh 2655   1]                       Length : 0A
[A60h 2656   1]                          Bus : 00
[A61h 2657   1]                       Source : 0A
[A62h 2658   4]                    Interrupt : 0000000A
[A66h 2662   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[A68h 2664   1]                Subtable Type : 02 [Interrupt Source Override]
[A69h 2665   1]                       Length : 0A
[A6Ah 2666   1]                          Bus : 00
[A6Bh 2667   1]                       Source : 0B
[A6Ch 2668   4]                    Interrupt : 0000000B
[A70h 2672   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[A72h 2674   1]                Subtable Type : 0A [Local x2APIC NMI]
[A73h 2675   1]                       Length : 0C
[A74h 2676   2]        Flags (decoded below) : 0000
                                    Polarity : 0
                                Trigger Mode : 0
[A76h 2678   4]                Processor UID : FFFFFFFF
[A7Ah 2682   1]         Interrupt Input LINT : 01
[A7Bh 2683   3]                     Reserved : 000000

Raw Table Data: Length 2686 (0xA7E)

    0000: 41 50 49 43 7E 0A 00 00 03 26 42 4F 43 48 53 20  // APIC~....&BOCHS
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 00 00 E0 FE 01 00 00 00 00 08 00 00  // ................
    0030: 01 00 00 00 00 08 01 01 00 00 00 00 00 08 02 02  // ................
    0040: 00 00 00 00 00 08 03 03 00 00 00 00 00 08 04 04  // ................
    0050: 00 00 00 00 00 08 05 05 00 00 00 00 00 08 06 06  // ................
    0060: 00 00 00 00 00 08 07 07 00 00 00 00 00 08 08 08  // ................
    0070: 00 00 00 00 00 08 09 09 00 00 00 00 00 08 0A 0A  // ................
    0080: 00 00 00 00 00 08 0B 0B 00 00 00 00 00 08 0C 0C  // ................
    0090: 00 00 00 00 00 08 0D 0D 00 00 00 00 00 08 0E 0E  // ................
    00A0: 00 00 00 00 00 08 0F 0F 00 00 00 00 00 08 10 10  // ................
    00B0: 00 00 00 00 00 08 11 11 00 00 00 00 00 08 12 12  // ................
    00C0: 00 00 00 00 00 08 13 13 00 00 00 00 00 08 14 14  // ................
    00D0: 00 00 00 00 00 08 15 15 00 00 00 00 00 08 16 16  // ................
    00E0: 00 00 00 00 00 08 17 17 00 00 00 00 00 08 18 18  // ................
    00F0: 00 00 00 00 00 08 19 19 00 00 00 00 00 08 1A 1A  // ................
    0100: 00 00 00 00 00 08 1B 1B 00 00 00 00 00 08 1C 1C  // ................
    0110: 00 00 00 00 00 08 1D 1D 00 00 00 00 00 08 1E 1E  // ................
    0120: 00 00 00 00 00 08 1F 1F 00 00 00 00 00 08 20 20  // ..............
    0130: 00 00 00 00 00 08 21 21 00 00 00 00 00 08 22 22  // ......!!......""
    0140: 00 00 00 00 00 08 23 23 00 00 00 00 00 08 24 24  // ......##......$$
    0150: 00 00 00 00 00 08 25 25 00 00 00 00 00 08 26 26  // ......%%......&&
    0160: 00 00 00 00 00 08 27 27 00 00 00 00 00 08 28 28  // ......''......((
    0170: 00 00 00 00 00 08 29 29 00 00 00 00 00 08 2A 2A  // ......))......**
    0180: 00 00 00 00 00 08 2B 2B 00 00 00 00 00 08 2C 2C  // ......++......,,
    0190: 00 00 00 00 00 08 2D 2D 00 00 00 00 00 08 2E 2E  // ......--........
    01A0: 00 00 00 00 00 08 2F 2F 00 00 00 00 00 08 30 30  // ......//......00
    01B0: 00 00 00 00 00 08 31 31 00 00 00 00 00 08 32 32  // ......11......22
    01C0: 00 00 00 00 00 08 33 33 00 00 00 00 00 08 34 34  // ......33......44
    01D0: 00 00 00 00 00 08 35 35 00 00 00 00 00 08 36 36  // ......55......66
    01E0: 00 00 00 00 00 08 37 37 00 00 00 00 00 08 38 38  // ......77......88
    01F0: 00 00 00 00 00 08 39 39 00 00 00 00 00 08 3A 3A  // ......99......::
    0200: 00 00 00 00 00 08 3B 3B 00 00 00 00 00 08 3C 3C  // ......;;......<<
    0210: 00 00 00 00 00 08 3D 3D 00 00 00 00 00 08 3E 3E  // ......==......>>
    0220: 00 00 00 00 00 08 3F 3F 00 00 00 00 00 08 40 40  // ......??......@@
    0230: 00 00 00 00 00 08 41 41 00 00 00 00 00 08 42 42  // ......AA......BB
    0240: 00 00 00 00 00 08 43 43 00 00 00 00 00 08 44 44  // ......CC......DD
    0250: 00 00 00 00 00 08 45 45 00 00 00 00 00 08 46 46  // ......EE......FF
    0260: 00 00 00 00 00 08 47 47 00 00 00 00 00 08 48 48  // ......GG......HH
    0270: 00 00 00 00 00 08 49 49 00 00 00 00 00 08 4A 4A  // ......II......JJ
    0280: 00 00 00 00 00 08 4B 4B 00 00 00 00 00 08 4C 4C  // ......KK......LL
    0290: 00 00 00 00 00 08 4D 4D 00 00 00 00 00 08 4E 4E  // ......MM......NN
    02A0: 00 00 00 00 00 08 4F 4F 00 00 00 00 00 08 50 50  // ......OO......PP
    02B0: 00 00 00 00 00 08 51 51 00 00 00 00 00 08 52 52  // ......QQ......RR
    02C0: 00 00 00 00 00 08 53 53 00 00 00 00 00 08 54 54  // ......SS......TT
    02D0: 00 00 00 00 00 08 55 55 00 00 00 00 00 08 56 56  // ......UU......VV
    02E0: 00 00 00 00 00 08 57 57 00 00 00 00 00 08 58 58  // ......WW......XX
    02F0: 00 00 00 00 00 08 59 59 00 00 00 00 00 08 5A 5A  // ......YY......ZZ
    0300: 00 00 00 00 00 08 5B 5B 00 00 00 00 00 08 5C 5C  // ......[[......\\
    0310: 00 00 00 00 00 08 5D 5D 00 00 00 00 00 08 5E 5E  // ......]]......^^
    0320: 00 00 00 00 00 08 5F 5F 00 00 00 00 00 08 60 60  // ......__......``
    0330: 00 00 00 00 00 08 61 61 00 00 00 00 00 08 62 62  // ......aa......bb
    0340: 00 00 00 00 00 08 63 63 00 00 00 00 00 08 64 64  // ......cc......dd
    0350: 00 00 00 00 00 08 65 65 00 00 00 00 00 08 66 66  // ......ee......ff
    0360: 00 00 00 00 00 08 67 67 00 00 00 00 00 08 68 68  // ......gg......hh
    0370: 00 00 00 00 00 08 69 69 00 00 00 00 00 08 6A 6A  // ......ii......jj
    0380: 00 00 00 00 00 08 6B 6B 00 00 00 00 00 08 6C 6C  // ......kk......ll
    0390: 00 00 00 00 00 08 6D 6D 00 00 00 00 00 08 6E 6E  // ......mm......nn
    03A0: 00 00 00 00 00 08 6F 6F 00 00 00 00 00 08 70 70  // ......oo......pp
    03B0: 00 00 00 00 00 08 71 71 00 00 00 00 00 08 72 72  // ......qq......rr
    03C0: 00 00 00 00 00 08 73 73 00 00 00 00 00 08 74 74  // ......ss......tt
    03D0: 00 00 00 00 00 08 75 75 00 00 00 00 00 08 76 76  // ......uu......vv
    03E0: 00 00 00 00 00 08 77 77 00 00 00 00 00 08 78 78  // ......ww......xx
    03F0: 00 00 00 00 00 08 79 79 00 00 00 00 00 08 7A 7A  // ......yy......zz
    0400: 00 00 00 00 00 08 7B 7B 00 00 00 00 00 08 7C 7C  // ......{{......||
    0410: 00 00 00 00 00 08 7D 7D 00 00 00 00 00 08 7E 7E  // ......}}......~~
    0420: 00 00 00 00 00 08 7F 7F 00 00 00 00 00 08 80 80  // ................
    0430: 00 00 00 00 00 08 81 81 00 00 00 00 00 08 82 82  // ................
    0440: 00 00 00 00 00 08 83 83 00 00 00 00 00 08 84 84  // ................
    0450: 00 00 00 00 00 08 85 85 00 00 00 00 00 08 86 86  // ................
    0460: 00 00 00 00 00 08 87 87 00 00 00 00 00 08 88 88  // ................
    0470: 00 00 00 00 00 08 89 89 00 00 00 00 00 08 8A 8A  // ................
    0480: 00 00 00 00 00 08 8B 8B 00 00 00 00 00 08 8C 8C  // ................
    0490: 00 00 00 00 00 08 8D 8D 00 00 00 00 00 08 8E 8E  // ................
    04A0: 00 00 00 00 00 08 8F 8F 00 00 00 00 00 08 90 90  // ................
    04B0: 00 00 00 00 00 08 91 91 00 00 00 00 00 08 92 92  // ................
    04C0: 00 00 00 00 00 08 93 93 00 00 00 00 00 08 94 94  // ................
    04D0: 00 00 00 00 00 08 95 95 00 00 00 00 00 08 96 96  // ................
    04E0: 00 00 00 00 00 08 97 97 00 00 00 00 00 08 98 98  // ................
    04F0: 00 00 00 00 00 08 99 99 00 00 00 00 00 08 9A 9A  // ................
    0500: 00 00 00 00 00 08 9B 9B 00 00 00 00 00 08 9C 9C  // ................
    0510: 00 00 00 00 00 08 9D 9D 00 00 00 00 00 08 9E 9E  // ................
    0520: 00 00 00 00 00 08 9F 9F 00 00 00 00 00 08 A0 A0  // ................
    0530: 00 00 00 00 00 08 A1 A1 00 00 00 00 00 08 A2 A2  // ................
    0540: 00 00 00 00 00 08 A3 A3 00 00 00 00 00 08 A4 A4  // ................
    0550: 00 00 00 00 00 08 A5 A5 00 00 00 00 00 08 A6 A6  // ................
    0560: 00 00 00 00 00 08 A7 A7 00 00 00 00 00 08 A8 A8  // ................
    0570: 00 00 00 00 00 08 A9 A9 00 00 00 00 00 08 AA AA  // ................
    0580: 00 00 00 00 00 08 AB AB 00 00 00 00 00 08 AC AC  // ................
    0590: 00 00 00 00 00 08 AD AD 00 00 00 00 00 08 AE AE  // ................
    05A0: 00 00 00 00 00 08 AF AF 00 00 00 00 00 08 B0 B0  // ................
    05B0: 00 00 00 00 00 08 B1 B1 00 00 00 00 00 08 B2 B2  // ................
    05C0: 00 00 00 00 00 08 B3 B3 00 00 00 00 00 08 B4 B4  // ................
    05D0: 00 00 00 00 00 08 B5 B5 00 00 00 00 00 08 B6 B6  // ................
    05E0: 00 00 00 00 00 08 B7 B7 00 00 00 00 00 08 B8 B8  // ................
    05F0: 00 00 00 00 00 08 B9 B9 00 00 00 00 00 08 BA BA  // ................
    0600: 00 00 00 00 00 08 BB BB 00 00 00 00 00 08 BC BC  // ................
    0610: 00 00 00 00 00 08 BD BD 00 00 00 00 00 08 BE BE  // ................
    0620: 00 00 00 00 00 08 BF BF 00 00 00 00 00 08 C0 C0  // ................
    0630: 00 00 00 00 00 08 C1 C1 00 00 00 00 00 08 C2 C2  // ................
    0640: 00 00 00 00 00 08 C3 C3 00 00 00 00 00 08 C4 C4  // ................
    0650: 00 00 00 00 00 08 C5 C5 00 00 00 00 00 08 C6 C6  // ................
    0660: 00 00 00 00 00 08 C7 C7 00 00 00 00 00 08 C8 C8  // ................
    0670: 00 00 00 00 00 08 C9 C9 00 00 00 00 00 08 CA CA  // ................
    0680: 00 00 00 00 00 08 CB CB 00 00 00 00 00 08 CC CC  // ................
    0690: 00 00 00 00 00 08 CD CD 00 00 00 00 00 08 CE CE  // ................
    06A0: 00 00 00 00 00 08 CF CF 00 00 00 00 00 08 D0 D0  // ................
    06B0: 00 00 00 00 00 08 D1 D1 00 00 00 00 00 08 D2 D2  // ................
    06C0: 00 00 00 00 00 08 D3 D3 00 00 00 00 00 08 D4 D4  // ................
    06D0: 00 00 00 00 00 08 D5 D5 00 00 00 00 00 08 D6 D6  // ................
    06E0: 00 00 00 00 00 08 D7 D7 00 00 00 00 00 08 D8 D8  // ................
    06F0: 00 00 00 00 00 08 D9 D9 00 00 00 00 00 08 DA DA  // ................
    0700: 00 00 00 00 00 08 DB DB 00 00 00 00 00 08 DC DC  // ................
    0710: 00 00 00 00 00 08 DD DD 00 00 00 00 00 08 DE DE  // ................
    0720: 00 00 00 00 00 08 DF DF 00 00 00 00 00 08 E0 E0  // ................
    0730: 00 00 00 00 00 08 E1 E1 00 00 00 00 00 08 E2 E2  // ................
    0740: 00 00 00 00 00 08 E3 E3 00 00 00 00 00 08 E4 E4  // ................
    0750: 00 00 00 00 00 08 E5 E5 00 00 00 00 00 08 E6 E6  // ................
    0760: 00 00 00 00 00 08 E7 E7 00 00 00 00 00 08 E8 E8  // ................
    0770: 00 00 00 00 00 08 E9 E9 00 00 00 00 00 08 EA EA  // ................
    0780: 00 00 00 00 00 08 EB EB 00 00 00 00 00 08 EC EC  // ................
    0790: 00 00 00 00 00 08 ED ED 00 00 00 00 00 08 EE EE  // ................
    07A0: 00 00 00 00 00 08 EF EF 00 00 00 00 00 08 F0 F0  // ................
    07B0: 00 00 00 00 00 08 F1 F1 00 00 00 00 00 08 F2 F2  // ................
    07C0: 00 00 00 00 00 08 F3 F3 00 00 00 00 00 08 F4 F4  // ................
    07D0: 00 00 00 00 00 08 F5 F5 00 00 00 00 00 08 F6 F6  // ................
    07E0: 00 00 00 00 00 08 F7 F7 00 00 00 00 00 08 F8 F8  // ................
    07F0: 00 00 00 00 00 08 F9 F9 00 00 00 00 00 08 FA FA  // ................
    0800: 00 00 00 00 00 08 FB FB 00 00 00 00 00 08 FC FC  // ................
    0810: 00 00 00 00 00 08 FD FD 00 00 00 00 00 08 FE FE  // ................
    0820: 00 00 00 00 09 10 00 00 FF 00 00 00 00 00 00 00  // ................
    0830: FF 00 00 00 09 10 00 00 00 01 00 00 00 00 00 00  // ................
    0840: 00 01 00 00 09 10 00 00 01 01 00 00 00 00 00 00  // ................
    0850: 01 01 00 00 09 10 00 00 02 01 00 00 00 00 00 00  // ................
    0860: 02 01 00 00 09 10 00 00 03 01 00 00 00 00 00 00  // ................
    0870: 03 01 00 00 09 10 00 00 04 01 00 00 00 00 00 00  // ................
    0880: 04 01 00 00 09 10 00 00 05 01 00 00 00 00 00 00  // ................
    0890: 05 01 00 00 09 10 00 00 06 01 00 00 00 00 00 00  // ................
    08A0: 06 01 00 00 09 10 00 00 07 01 00 00 00 00 00 00  // ................
    08B0: 07 01 00 00 09 10 00 00 08 01 00 00 00 00 00 00  // ................
    08C0: 08 01 00 00 09 10 00 00 09 01 00 00 00 00 00 00  // ................
    08D0: 09 01 00 00 09 10 00 00 0A 01 00 00 00 00 00 00  // ................
    08E0: 0A 01 00 00 09 10 00 00 0B 01 00 00 00 00 00 00  // ................
    08F0: 0B 01 00 00 09 10 00 00 0C 01 00 00 00 00 00 00  // ................
    0900: 0C 01 00 00 09 10 00 00 0D 01 00 00 00 00 00 00  // ................
    0910: 0D 01 00 00 09 10 00 00 0E 01 00 00 00 00 00 00  // ................
    0920: 0E 01 00 00 09 10 00 00 0F 01 00 00 00 00 00 00  // ................
    0930: 0F 01 00 00 09 10 00 00 10 01 00 00 00 00 00 00  // ................
    0940: 10 01 00 00 09 10 00 00 11 01 00 00 00 00 00 00  // ................
    0950: 11 01 00 00 09 10 00 00 12 01 00 00 00 00 00 00  // ................
    0960: 12 01 00 00 09 10 00 00 13 01 00 00 00 00 00 00  // ................
    0970: 13 01 00 00 09 10 00 00 14 01 00 00 00 00 00 00  // ................
    0980: 14 01 00 00 09 10 00 00 15 01 00 00 00 00 00 00  // ................
    0990: 15 01 00 00 09 10 00 00 16 01 00 00 00 00 00 00  // ................
    09A0: 16 01 00 00 09 10 00 00 17 01 00 00 00 00 00 00  // ................
    09B0: 17 01 00 00 09 10 00 00 18 01 00 00 00 00 00 00  // ................
    09C0: 18 01 00 00 09 10 00 00 19 01 00 00 00 00 00 00  // ................
    09D0: 19 01 00 00 09 10 00 00 1A 01 00 00 00 00 00 00  // ................
    09E0: 1A 01 00 00 09 10 00 00 1B 01 00 00 00 00 00 00  // ................
    09F0: 1B 01 00 00 09 10 00 00 1C 01 00 00 00 00 00 00  // ................
    0A00: 1C 01 00 00 09 10 00 00 1D 01 00 00 00 00 00 00  // ................
    0A10: 1D 01 00 00 09 10 00 00 1E 01 00 00 00 00 00 00  // ................
    0A20: 1E 01 00 00 09 10 00 00 1F 01 00 00 00 00 00 00  // ................
    0A30: 1F 01 00 00 01 0C 00 00 00 00 C0 FE 00 00 00 00  // ................
    0A40: 02 0A 00 00 02 00 00 00 00 00 02 0A 00 05 05 00  // ................
    0A50: 00 00 0D 00 02 0A 00 09 09 00 00 00 0D 00 02 0A  // ................
    0A60: 00 0A 0A 00 00 00 0D 00 02 0A 00 0B 0B 00 00 00  // ................
    0A70: 0D 00 0A 0C 00 00 FF FF FF FF 01 00 00 00        // ..............
