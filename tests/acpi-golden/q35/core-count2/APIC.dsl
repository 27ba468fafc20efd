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
[004h 0004   4]                 Table Length : 00000CA6
[008h 0008   1]                     Revision : 03
[009h 0009   1]                     Checksum : FA
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

[044h 0068   1]                Subtable Type : 00 [Processor Local APIC]
[045h 0069   1]                       Length : 08
[046h 0070   1]                 Processor ID : 03
[047h 0071   1]                Local Apic ID : 03
[048h 0072   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[04Ch 0076   1]                Subtable Type : 00 [Processor Local APIC]
[04Dh 0077   1]                       Length : 08
[04Eh 0078   1]                 Processor ID : 04
[04Fh 0079   1]                Local Apic ID : 04
[050h 0080   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[054h 0084   1]                Subtable Type : 00 [Processor Local APIC]
[055h 0085   1]                       Length : 08
[056h 0086   1]                 Processor ID : 05
[057h 0087   1]                Local Apic ID : 05
[058h 0088   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[05Ch 0092   1]                Subtable Type : 00 [Processor Local APIC]
[05Dh 0093   1]                       Length : 08
[05Eh 0094   1]                 Processor ID : 06
[05Fh 0095   1]                Local Apic ID : 06
[060h 0096   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[064h 0100   1]                Subtable Type : 00 [Processor Local APIC]
[065h 0101   1]                       Length : 08
[066h 0102   1]                 Processor ID : 07
[067h 0103   1]                Local Apic ID : 07
[068h 0104   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[06Ch 0108   1]                Subtable Type : 00 [Processor Local APIC]
[06Dh 0109   1]                       Length : 08
[06Eh 0110   1]                 Processor ID : 08
[06Fh 0111   1]                Local Apic ID : 08
[070h 0112   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[074h 0116   1]                Subtable Type : 00 [Processor Local APIC]
[075h 0117   1]                       Length : 08
[076h 0118   1]                 Processor ID : 09
[077h 0119   1]                Local Apic ID : 09
[078h 0120   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[07Ch 0124   1]                Subtable Type : 00 [Processor Local APIC]
[07Dh 0125   1]                       Length : 08
[07Eh 0126   1]                 Processor ID : 0A
[07Fh 0127   1]                Local Apic ID : 0A
[080h 0128   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[084h 0132   1]                Subtable Type : 00 [Processor Local APIC]
[085h 0133   1]                       Length : 08
[086h 0134   1]                 Processor ID : 0B
[087h 0135   1]                Local Apic ID : 0B
[088h 0136   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[08Ch 0140   1]                Subtable Type : 00 [Processor Local APIC]
[08Dh 0141   1]                       Length : 08
[08Eh 0142   1]                 Processor ID : 0C
[08Fh 0143   1]                Local Apic ID : 0C
[090h 0144   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[094h 0148   1]                Subtable Type : 00 [Processor Local APIC]
[095h 0149   1]                       Length : 08
[096h 0150   1]                 Processor ID : 0D
[097h 0151   1]                Local Apic ID : 0D
[098h 0152   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[09Ch 0156   1]                Subtable Type : 00 [Processor Local APIC]
[09Dh 0157   1]                       Length : 08
[09Eh 0158   1]                 Processor ID : 0E
[09Fh 0159   1]                Local Apic ID : 0E
[0A0h 0160   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0A4h 0164   1]                Subtable Type : 00 [Processor Local APIC]
[0A5h 0165   1]                       Length : 08
[0A6h 0166   1]                 Processor ID : 0F
[0A7h 0167   1]                Local Apic ID : 0F
[0A8h 0168   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0ACh 0172   1]                Subtable Type : 00 [Processor Local APIC]
[0ADh 0173   1]                       Length : 08
[0AEh 0174   1]                 Processor ID : 10
[0AFh 0175   1]                Local Apic ID : 10
[0B0h 0176   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0B4h 0180   1]                Subtable Type : 00 [Processor Local APIC]
[0B5h 0181   1]                       Length : 08
[0B6h 0182   1]                 Processor ID : 11
[0B7h 0183   1]                Local Apic ID : 11
[0B8h 0184   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0BCh 0188   1]                Subtable Type : 00 [Processor Local APIC]
[0BDh 0189   1]                       Length : 08
[0BEh 0190   1]                 Processor ID : 12
[0BFh 0191   1]                Local Apic ID : 12
[0C0h 0192   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0C4h 0196   1]                Subtable Type : 00 [Processor Local APIC]
[0C5h 0197   1]                       Length : 08
[0C6h 0198   1]                 Processor ID : 13
[0C7h 0199   1]                Local Apic ID : 13
[0C8h 0200   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0CCh 0204   1]                Subtable Type : 00 [Processor Local APIC]
[0CDh 0205   1]                       Length : 08
[0CEh 0206   1]                 Processor ID : 14
[0CFh 0207   1]                Local Apic ID : 14
[0D0h 0208   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0D4h 0212   1]                Subtable Type : 00 [Processor Local APIC]
[0D5h 0213   1]                       Length : 08
[0D6h 0214   1]                 Processor ID : 15
[0D7h 0215   1]                Local Apic ID : 15
[0D8h 0216   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0DCh 0220   1]                Subtable Type : 00 [Processor Local APIC]
[0DDh 0221   1]                       Length : 08
[0DEh 0222   1]                 Processor ID : 16
[0DFh 0223   1]                Local Apic ID : 16
[0E0h 0224   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0E4h 0228   1]                Subtable Type : 00 [Processor Local APIC]
[0E5h 0229   1]                       Length : 08
[0E6h 0230   1]                 Processor ID : 17
[0E7h 0231   1]                Local Apic ID : 17
[0E8h 0232   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0ECh 0236   1]                Subtable Type : 00 [Processor Local APIC]
[0EDh 0237   1]                       Length : 08
[0EEh 0238   1]                 Processor ID : 18
[0EFh 0239   1]                Local Apic ID : 18
[0F0h 0240   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0F4h 0244   1]                Subtable Type : 00 [Processor Local APIC]
[0F5h 0245   1]                       Length : 08
[0F6h 0246   1]                 Processor ID : 19
[0F7h 0247   1]                Local Apic ID : 19
[0F8h 0248   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0FCh 0252   1]                Subtable Type : 00 [Processor Local APIC]
[0FDh 0253   1]                       Length : 08
[0FEh 0254   1]                 Processor ID : 1A
[0FFh 0255   1]                Local Apic ID : 1A
[100h 0256   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[104h 0260   1]                Subtable Type : 00 [Processor Local APIC]
[105h 0261   1]                       Length : 08
[106h 0262   1]                 Processor ID : 1B
[107h 0263   1]                Local Apic ID : 1B
[108h 0264   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[10Ch 0268   1]                Subtable Type : 00 [Processor Local APIC]
[10Dh 0269   1]                       Length : 08
[10Eh 0270   1]                 Processor ID : 1C
[10Fh 0271   1]                Local Apic ID : 1C
[110h 0272   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[114h 0276   1]                Subtable Type : 00 [Processor Local APIC]
[115h 0277   1]                       Length : 08
[116h 0278   1]                 Processor ID : 1D
[117h 0279   1]                Local Apic ID : 1D
[118h 0280   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[11Ch 0284   1]                Subtable Type : 00 [Processor Local APIC]
[11Dh 0285   1]                       Length : 08
[11Eh 0286   1]                 Processor ID : 1E
[11Fh 0287   1]                Local Apic ID : 1E
[120h 0288   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[124h 0292   1]                Subtable Type : 00 [Processor Local APIC]
[125h 0293   1]                       Length : 08
[126h 0294   1]                 Processor ID : 1F
[127h 0295   1]                Local Apic ID : 1F
[128h 0296   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[12Ch 0300   1]                Subtable Type : 00 [Processor Local APIC]
[12Dh 0301   1]                       Length : 08
[12Eh 0302   1]                 Processor ID : 20
[12Fh 0303   1]                Local Apic ID : 20
[130h 0304   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[134h 0308   1]                Subtable Type : 00 [Processor Local APIC]
[135h 0309   1]                       Length : 08
[136h 0310   1]                 Processor ID : 21
[137h 0311   1]                Local Apic ID : 21
[138h 0312   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[13Ch 0316   1]                Subtable Type : 00 [Processor Local APIC]
[13Dh 0317   1]                       Length : 08
[13Eh 0318   1]                 Processor ID : 22
[13Fh 0319   1]                Local Apic ID : 22
[140h 0320   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[144h 0324   1]                Subtable Type : 00 [Processor Local APIC]
[145h 0325   1]                       Length : 08
[146h 0326   1]                 Processor ID : 23
[147h 0327   1]                Local Apic ID : 23
[148h 0328   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[14Ch 0332   1]                Subtable Type : 00 [Processor Local APIC]
[14Dh 0333   1]                       Length : 08
[14Eh 0334   1]                 Processor ID : 24
[14Fh 0335   1]                Local Apic ID : 24
[150h 0336   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[154h 0340   1]                Subtable Type : 00 [Processor Local APIC]
[155h 0341   1]                       Length : 08
[156h 0342   1]                 Processor ID : 25
[157h 0343   1]                Local Apic ID : 25
[158h 0344   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[15Ch 0348   1]                Subtable Type : 00 [Processor Local APIC]
[15Dh 0349   1]                       Length : 08
[15Eh 0350   1]                 Processor ID : 26
[15Fh 0351   1]                Local Apic ID : 26
[160h 0352   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[164h 0356   1]                Subtable Type : 00 [Processor Local APIC]
[165h 0357   1]                       Length : 08
[166h 0358   1]                 Processor ID : 27
[167h 0359   1]                Local Apic ID : 27
[168h 0360   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[16Ch 0364   1]                Subtable Type : 00 [Processor Local APIC]
[16Dh 0365   1]                       Length : 08
[16Eh 0366   1]                 Processor ID : 28
[16Fh 0367   1]                Local Apic ID : 28
[170h 0368   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[174h 0372   1]                Subtable Type : 00 [Processor Local APIC]
[175h 0373   1]                       Length : 08
[176h 0374   1]                 Processor ID : 29
[177h 0375   1]                Local Apic ID : 29
[178h 0376   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[17Ch 0380   1]                Subtable Type : 00 [Processor Local APIC]
[17Dh 0381   1]                       Length : 08
[17Eh 0382   1]                 Processor ID : 2A
[17Fh 0383   1]                Local Apic ID : 2A
[180h 0384   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[184h 0388   1]                Subtable Type : 00 [Processor Local APIC]
[185h 0389   1]                       Length : 08
[186h 0390   1]                 Processor ID : 2B
[187h 0391   1]                Local Apic ID : 2B
[188h 0392   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[18Ch 0396   1]                Subtable Type : 00 [Processor Local APIC]
[18Dh 0397   1]                       Length : 08
[18Eh 0398   1]                 Processor ID : 2C
[18Fh 0399   1]                Local Apic ID : 2C
[190h 0400   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[194h 0404   1]                Subtable Type : 00 [Processor Local APIC]
[195h 0405   1]                       Length : 08
[196h 0406   1]                 Processor ID : 2D
[197h 0407   1]                Local Apic ID : 2D
[198h 0408   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[19Ch 0412   1]                Subtable Type : 00 [Processor Local APIC]
[19Dh 0413   1]                       Length : 08
[19Eh 0414   1]                 Processor ID : 2E
[19Fh 0415   1]                Local Apic ID : 2E
[1A0h 0416   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1A4h 0420   1]                Subtable Type : 00 [Processor Local APIC]
[1A5h 0421   1]                       Length : 08
[1A6h 0422   1]                 Processor ID : 2F
[1A7h 0423   1]                Local Apic ID : 2F
[1A8h 0424   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1ACh 0428   1]                Subtable Type : 00 [Processor Local APIC]
[1ADh 0429   1]                       Length : 08
[1AEh 0430   1]                 Processor ID : 30
[1AFh 0431   1]                Local Apic ID : 30
[1B0h 0432   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1B4h 0436   1]                Subtable Type : 00 [Processor Local APIC]
[1B5h 0437   1]                       Length : 08
[1B6h 0438   1]                 Processor ID : 31
[1B7h 0439   1]                Local Apic ID : 31
[1B8h 0440   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1BCh 0444   1]                Subtable Type : 00 [Processor Local APIC]
[1BDh 0445   1]                       Length : 08
[1BEh 0446   1]                 Processor ID : 32
[1BFh 0447   1]                Local Apic ID : 32
[1C0h 0448   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1C4h 0452   1]                Subtable Type : 00 [Processor Local APIC]
[1C5h 0453   1]                       Length : 08
[1C6h 0454   1]                 Processor ID : 33
[1C7h 0455   1]                Local Apic ID : 33
[1C8h 0456   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1CCh 0460   1]                Subtable Type : 00 [Processor Local APIC]
[1CDh 0461   1]                       Length : 08
[1CEh 0462   1]                 Processor ID : 34
[1CFh 0463   1]                Local Apic ID : 34
[1D0h 0464   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1D4h 0468   1]                Subtable Type : 00 [Processor Local APIC]
[1D5h 0469   1]                       Length : 08
[1D6h 0470   1]                 Processor ID : 35
[1D7h 0471   1]                Local Apic ID : 35
[1D8h 0472   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1DCh 0476   1]                Subtable Type : 00 [Processor Local APIC]
[1DDh 0477   1]                       Length : 08
[1DEh 0478   1]                 Processor ID : 36
[1DFh 0479   1]                Local Apic ID : 36
[1E0h 0480   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1E4h 0484   1]                Subtable Type : 00 [Processor Local APIC]
[1E5h 0485   1]                       Length : 08
[1E6h 0486   1]                 Processor ID : 37
[1E7h 0487   1]                Local Apic ID : 37
[1E8h 0488   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1ECh 0492   1]                Subtable Type : 00 [Processor Local APIC]
[1EDh 0493   1]                       Length : 08
[1EEh 0494   1]                 Processor ID : 38
[1EFh 0495   1]                Local Apic ID : 38
[1F0h 0496   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1F4h 0500   1]                Subtable Type : 00 [Processor Local APIC]
[1F5h 0501   1]                       Length : 08
[1F6h 0502   1]                 Processor ID : 39
[1F7h 0503   1]                Local Apic ID : 39
[1F8h 0504   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1FCh 0508   1]                Subtable Type : 00 [Processor Local APIC]
[1FDh 0509   1]                       Length : 08
[1FEh 0510   1]                 Processor ID : 3A
[1FFh 0511   1]                Local Apic ID : 3A
[200h 0512   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[204h 0516   1]                Subtable Type : 00 [Processor Local APIC]
[205h 0517   1]                       Length : 08
[206h 0518   1]                 Processor ID : 3B
[207h 0519   1]                Local Apic ID : 3B
[208h 0520   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[20Ch 0524   1]                Subtable Type : 00 [Processor Local APIC]
[20Dh 0525   1]                       Length : 08
[20Eh 0526   1]                 Processor ID : 3C
[20Fh 0527   1]                Local Apic ID : 3C
[210h 0528   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[214h 0532   1]                Subtable Type : 00 [Processor Local APIC]
[215h 0533   1]                       Length : 08
[216h 0534   1]                 Processor ID : 3D
[217h 0535   1]                Local Apic ID : 3D
[218h 0536   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[21Ch 0540   1]                Subtable Type : 00 [Processor Local APIC]
[21Dh 0541   1]                       Length : 08
[21Eh 0542   1]                 Processor ID : 3E
[21Fh 0543   1]                Local Apic ID : 3E
[220h 0544   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[224h 0548   1]                Subtable Type : 00 [Processor Local APIC]
[225h 0549   1]                       Length : 08
[226h 0550   1]                 Processor ID : 3F
[227h 0551   1]                Local Apic ID : 3F
[228h 0552   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[22Ch 0556   1]                Subtable Type : 00 [Processor Local APIC]
[22Dh 0557   1]                       Length : 08
[22Eh 0558   1]                 Processor ID : 40
[22Fh 0559   1]                Local Apic ID : 40
[230h 0560   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[234h 0564   1]                Subtable Type : 00 [Processor Local APIC]
[235h 0565   1]                       Length : 08
[236h 0566   1]                 Processor ID : 41
[237h 0567   1]                Local Apic ID : 41
[238h 0568   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[23Ch 0572   1]                Subtable Type : 00 [Processor Local APIC]
[23Dh 0573   1]                       Length : 08
[23Eh 0574   1]                 Processor ID : 42
[23Fh 0575   1]                Local Apic ID : 42
[240h 0576   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[244h 0580   1]                Subtable Type : 00 [Processor Local APIC]
[245h 0581   1]                       Length : 08
[246h 0582   1]                 Processor ID : 43
[247h 0583   1]                Local Apic ID : 43
[248h 0584   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[24Ch 0588   1]                Subtable Type : 00 [Processor Local APIC]
[24Dh 0589   1]                       Length : 08
[24Eh 0590   1]                 Processor ID : 44
[24Fh 0591   1]                Local Apic ID : 44
[250h 0592   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[254h 0596   1]                Subtable Type : 00 [Processor Local APIC]
[255h 0597   1]                       Length : 08
[256h 0598   1]                 Processor ID : 45
[257h 0599   1]                Local Apic ID : 45
[258h 0600   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[25Ch 0604   1]                Subtable Type : 00 [Processor Local APIC]
[25Dh 0605   1]                       Length : 08
[25Eh 0606   1]                 Processor ID : 46
[25Fh 0607   1]                Local Apic ID : 46
[260h 0608   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[264h 0612   1]                Subtable Type : 00 [Processor Local APIC]
[265h 0613   1]                       Length : 08
[266h 0614   1]                 Processor ID : 47
[267h 0615   1]                Local Apic ID : 47
[268h 0616   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[26Ch 0620   1]                Subtable Type : 00 [Processor Local APIC]
[26Dh 0621   1]                       Length : 08
[26Eh 0622   1]                 Processor ID : 48
[26Fh 0623   1]                Local Apic ID : 48
[270h 0624   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[274h 0628   1]                Subtable Type : 00 [Processor Local APIC]
[275h 0629   1]                       Length : 08
[276h 0630   1]                 Processor ID : 49
[277h 0631   1]                Local Apic ID : 49
[278h 0632   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[27Ch 0636   1]                Subtable Type : 00 [Processor Local APIC]
[27Dh 0637   1]                       Length : 08
[27Eh 0638   1]                 Processor ID : 4A
[27Fh 0639   1]                Local Apic ID : 4A
[280h 0640   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[284h 0644   1]                Subtable Type : 00 [Processor Local APIC]
[285h 0645   1]                       Length : 08
[286h 0646   1]                 Processor ID : 4B
[287h 0647   1]                Local Apic ID : 4B
[288h 0648   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[28Ch 0652   1]                Subtable Type : 00 [Processor Local APIC]
[28Dh 0653   1]                       Length : 08
[28Eh 0654   1]                 Processor ID : 4C
[28Fh 0655   1]                Local Apic ID : 4C
[290h 0656   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[294h 0660   1]                Subtable Type : 00 [Processor Local APIC]
[295h 0661   1]                       Length : 08
[296h 0662   1]                 Processor ID : 4D
[297h 0663   1]                Local Apic ID : 4D
[298h 0664   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[29Ch 0668   1]                Subtable Type : 00 [Processor Local APIC]
[29Dh 0669   1]                       Length : 08
[29Eh 0670   1]                 Processor ID : 4E
[29Fh 0671   1]                Local Apic ID : 4E
[2A0h 0672   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2A4h 0676   1]                Subtable Type : 00 [Processor Local APIC]
[2A5h 0677   1]                       Length : 08
[2A6h 0678   1]                 Processor ID : 4F
[2A7h 0679   1]                Local Apic ID : 4F
[2A8h 0680   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2ACh 0684   1]                Subtable Type : 00 [Processor Local APIC]
[2ADh 0685   1]                       Length : 08
[2AEh 0686   1]                 Processor ID : 50
[2AFh 0687   1]                Local Apic ID : 50
[2B0h 0688   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2B4h 0692   1]                Subtable Type : 00 [Processor Local APIC]
[2B5h 0693   1]                       Length : 08
[2B6h 0694   1]                 Processor ID : 51
[2B7h 0695   1]                Local Apic ID : 51
[2B8h 0696   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2BCh 0700   1]                Subtable Type : 00 [Processor Local APIC]
[2BDh 0701   1]                       Length : 08
[2BEh 0702   1]                 Processor ID : 52
[2BFh 0703   1]                Local Apic ID : 52
[2C0h 0704   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2C4h 0708   1]                Subtable Type : 00 [Processor Local APIC]
[2C5h 0709   1]                       Length : 08
[2C6h 0710   1]                 Processor ID : 53
[2C7h 0711   1]                Local Apic ID : 53
[2C8h 0712   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2CCh 0716   1]                Subtable Type : 00 [Processor Local APIC]
[2CDh 0717   1]                       Length : 08
[2CEh 0718   1]                 Processor ID : 54
[2CFh 0719   1]                Local Apic ID : 54
[2D0h 0720   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2D4h 0724   1]                Subtable Type : 00 [Processor Local APIC]
[2D5h 0725   1]                       Length : 08
[2D6h 0726   1]                 Processor ID : 55
[2D7h 0727   1]                Local Apic ID : 55
[2D8h 0728   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2DCh 0732   1]                Subtable Type : 00 [Processor Local APIC]
[2DDh 0733   1]                       Length : 08
[2DEh 0734   1]                 Processor ID : 56
[2DFh 0735   1]                Local Apic ID : 56
[2E0h 0736   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2E4h 0740   1]                Subtable Type : 00 [Processor Local APIC]
[2E5h 0741   1]                       Length : 08
[2E6h 0742   1]                 Processor ID : 57
[2E7h 0743   1]                Local Apic ID : 57
[2E8h 0744   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2ECh 0748   1]                Subtable Type : 00 [Processor Local APIC]
[2EDh 0749   1]                       Length : 08
[2EEh 0750   1]                 Processor ID : 58
[2EFh 0751   1]                Local Apic ID : 58
[2F0h 0752   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2F4h 0756   1]                Subtable Type : 00 [Processor Local APIC]
[2F5h 0757   1]                       Length : 08
[2F6h 0758   1]                 Processor ID : 59
[2F7h 0759   1]                Local Apic ID : 59
[2F8h 0760   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2FCh 0764   1]                Subtable Type : 00 [Processor Local APIC]
[2FDh 0765   1]                       Length : 08
[2FEh 0766   1]                 Processor ID : 5A
[2FFh 0767   1]                Local Apic ID : 5A
[300h 0768   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[304h 0772   1]                Subtable Type : 00 [Processor Local APIC]
[305h 0773   1]                       Length : 08
[306h 0774   1]                 Processor ID : 5B
[307h 0775   1]                Local Apic ID : 5B
[308h 0776   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[30Ch 0780   1]                Subtable Type : 00 [Processor Local APIC]
[30Dh 0781   1]                       Length : 08
[30Eh 0782   1]                 Processor ID : 5C
[30Fh 0783   1]                Local Apic ID : 5C
[310h 0784   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[314h 0788   1]                Subtable Type : 00 [Processor Local APIC]
[315h 0789   1]                       Length : 08
[316h 0790   1]                 Processor ID : 5D
[317h 0791   1]                Local Apic ID : 5D
[318h 0792   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[31Ch 0796   1]                Subtable Type : 00 [Processor Local APIC]
[31Dh 0797   1]                       Length : 08
[31Eh 0798   1]                 Processor ID : 5E
[31Fh 0799   1]                Local Apic ID : 5E
[320h 0800   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[324h 0804   1]                Subtable Type : 00 [Processor Local APIC]
[325h 0805   1]                       Length : 08
[326h 0806   1]                 Processor ID : 5F
[327h 0807   1]                Local Apic ID : 5F
[328h 0808   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[32Ch 0812   1]                Subtable Type : 00 [Processor Local APIC]
[32Dh 0813   1]                       Length : 08
[32Eh 0814   1]                 Processor ID : 60
[32Fh 0815   1]                Local Apic ID : 60
[330h 0816   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[334h 0820   1]                Subtable Type : 00 [Processor Local APIC]
[335h 0821   1]                       Length : 08
[336h 0822   1]                 Processor ID : 61
[337h 0823   1]                Local Apic ID : 61
[338h 0824   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[33Ch 0828   1]                Subtable Type : 00 [Processor Local APIC]
[33Dh 0829   1]                       Length : 08
[33Eh 0830   1]                 Processor ID : 62
[33Fh 0831   1]                Local Apic ID : 62
[340h 0832   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[344h 0836   1]                Subtable Type : 00 [Processor Local APIC]
[345h 0837   1]                       Length : 08
[346h 0838   1]                 Processor ID : 63
[347h 0839   1]                Local Apic ID : 63
[348h 0840   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[34Ch 0844   1]                Subtable Type : 00 [Processor Local APIC]
[34Dh 0845   1]                       Length : 08
[34Eh 0846   1]                 Processor ID : 64
[34Fh 0847   1]                Local Apic ID : 64
[350h 0848   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[354h 0852   1]                Subtable Type : 00 [Processor Local APIC]
[355h 0853   1]                       Length : 08
[356h 0854   1]                 Processor ID : 65
[357h 0855   1]                Local Apic ID : 65
[358h 0856   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[35Ch 0860   1]                Subtable Type : 00 [Processor Local APIC]
[35Dh 0861   1]                       Length : 08
[35Eh 0862   1]                 Processor ID : 66
[35Fh 0863   1]                Local Apic ID : 66
[360h 0864   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[364h 0868   1]                Subtable Type : 00 [Processor Local APIC]
[365h 0869   1]                       Length : 08
[366h 0870   1]                 Processor ID : 67
[367h 0871   1]                Local Apic ID : 67
[368h 0872   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[36Ch 0876   1]                Subtable Type : 00 [Processor Local APIC]
[36Dh 0877   1]                       Length : 08
[36Eh 0878   1]                 Processor ID : 68
[36Fh 0879   1]                Local Apic ID : 68
[370h 0880   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[374h 0884   1]                Subtable Type : 00 [Processor Local APIC]
[375h 0885   1]                       Length : 08
[376h 0886   1]                 Processor ID : 69
[377h 0887   1]                Local Apic ID : 69
[378h 0888   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[37Ch 0892   1]                Subtable Type : 00 [Processor Local APIC]
[37Dh 0893   1]                       Length : 08
[37Eh 0894   1]                 Processor ID : 6A
[37Fh 0895   1]                Local Apic ID : 6A
[380h 0896   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[384h 0900   1]                Subtable Type : 00 [Processor Local APIC]
[385h 0901   1]                       Length : 08
[386h 0902   1]                 Processor ID : 6B
[387h 0903   1]                Local Apic ID : 6B
[388h 0904   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[38Ch 0908   1]                Subtable Type : 00 [Processor Local APIC]
[38Dh 0909   1]                       Length : 08
[38Eh 0910   1]                 Processor ID : 6C
[38Fh 0911   1]                Local Apic ID : 6C
[390h 0912   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[394h 0916   1]                Subtable Type : 00 [Processor Local APIC]
[395h 0917   1]                       Length : 08
[396h 0918   1]                 Processor ID : 6D
[397h 0919   1]                Local Apic ID : 6D
[398h 0920   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[39Ch 0924   1]                Subtable Type : 00 [Processor Local APIC]
[39Dh 0925   1]                       Length : 08
[39Eh 0926   1]                 Processor ID : 6E
[39Fh 0927   1]                Local Apic ID : 6E
[3A0h 0928   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[3A4h 0932   1]                Subtable Type : 00 [Processor Local APIC]
[3A5h 0933   1]                       Length : 08
[3A6h 0934   1]                 Processor ID : 6F
[3A7h 0935   1]                Local Apic ID : 6F
[3A8h 0936   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[3ACh 0940   1]                Subtable Type : 00 [Processor Local APIC]
[3ADh 0941   1]                       Length : 08
[3AEh 0942   1]                 Processor ID : 70
[3AFh 0943   1]                Local Apic ID : 70
[3B0h 0944   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[3B4h 0948   1]                Subtable Type : 00 [Processor Local APIC]
[3B5h 0949   1]                       Length : 08
[3B6h 0950   1]                 Processor ID : 71
[3B7h 0951   1]                Local Apic ID : 71
[3B8h 0952   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[3BCh 0956   1]                Subtable Type : 00 [Processor Local APIC]
[3BDh 0957   1]                       Length : 08
[3BEh 0958   1]                 Processor ID : 72
[3BFh 0959   1]                Local Apic ID : 72
[3C0h 0960   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[3C4h 0964   1]                Subtable Type : 00 [Processor Local APIC]
[3C5h 0965   1]                       Length : 08
[3C6h 0966   1]                 Processor ID : 73
[3C7h 0967   1]                Local Apic ID : 73
[3C8h 0968   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[3CCh 0972   1]                Subtable Type : 00 [Processor Local APIC]
[3CDh 0973   1]                       Length : 08
[3CEh 0974   1]                 Processor ID : 74
[3CFh 0975   1]                Local Apic ID : 74
[3D0h 0976   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[3D4h 0980   1]                Subtable Type : 00 [Processor Local APIC]
[3D5h 0981   1]                       Length : 08
[3D6h 0982   1]                 Processor ID : 75
[3D7h 0983   1]                Local Apic ID : 75
[3D8h 0984   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[3DCh 0988   1]                Subtable Type : 00 [Processor Local APIC]
[3DDh 0989   1]                       Length : 08
[3DEh 0990   1]                 Processor ID : 76
[3DFh 0991   1]                Local Apic ID : 76
[3E0h 0992   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[3E4h 0996   1]                Subtable Type : 00 [Processor Local APIC]
[3E5h 0997   1]                       Length : 08
[3E6h 0998   1]                 Processor ID : 77
[3E7h 0999   1]                Local Apic ID : 77
[3E8h 1000   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[3ECh 1004   1]                Subtable Type : 00 [Processor Local APIC]
[3EDh 1005   1]                       Length : 08
[3EEh 1006   1]                 Processor ID : 78
[3EFh 1007   1]                Local Apic ID : 78
[3F0h 1008   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[3F4h 1012   1]                Subtable Type : 00 [Processor Local APIC]
[3F5h 1013   1]                       Length : 08
[3F6h 1014   1]                 Processor ID : 79
[3F7h 1015   1]                Local Apic ID : 79
[3F8h 1016   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[3FCh 1020   1]                Subtable Type : 00 [Processor Local APIC]
[3FDh 1021   1]                       Length : 08
[3FEh 1022   1]                 Processor ID : 7A
[3FFh 1023   1]                Local Apic ID : 7A
[400h 1024   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[404h 1028   1]                Subtable Type : 00 [Processor Local APIC]
[405h 1029   1]                       Length : 08
[406h 1030   1]                 Processor ID : 7B
[407h 1031   1]                Local Apic ID : 7B
[408h 1032   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[40Ch 1036   1]                Subtable Type : 00 [Processor Local APIC]
[40Dh 1037   1]                       Length : 08
[40Eh 1038   1]                 Processor ID : 7C
[40Fh 1039   1]                Local Apic ID : 7C
[410h 1040   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[414h 1044   1]                Subtable Type : 00 [Processor Local APIC]
[415h 1045   1]                       Length : 08
[416h 1046   1]                 Processor ID : 7D
[417h 1047   1]                Local Apic ID : 7D
[418h 1048   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[41Ch 1052   1]                Subtable Type : 00 [Processor Local APIC]
[41Dh 1053   1]                       Length : 08
[41Eh 1054   1]                 Processor ID : 7E
[41Fh 1055   1]                Local Apic ID : 7E
[420h 1056   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[424h 1060   1]                Subtable Type : 00 [Processor Local APIC]
[425h 1061   1]                       Length : 08
[426h 1062   1]                 Processor ID : 7F
[427h 1063   1]                Local Apic ID : 7F
[428h 1064   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[42Ch 1068   1]                Subtable Type : 00 [Processor Local APIC]
[42Dh 1069   1]                       Length : 08
[42Eh 1070   1]                 Processor ID : 80
[42Fh 1071   1]                Local Apic ID : 80
[430h 1072   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[434h 1076   1]                Subtable Type : 00 [Processor Local APIC]
[435h 1077   1]                       Length : 08
[436h 1078   1]                 Processor ID : 81
[437h 1079   1]                Local Apic ID : 81
[438h 1080   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[43Ch 1084   1]                Subtable Type : 09 [Processor Local x2APIC]
[43Dh 1085   1]                       Length : 10
[43Eh 1086   2]                     Reserved : 0000
[440h 1088   4]          Processor x2Apic ID : 00000100
[444h 1092   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[448h 1096   4]                Processor UID : 00000082

[44Ch 1100   1]                Subtable Type : 09 [Processor Local x2APIC]
[44Dh 1101   1]                       Length : 10
[44Eh 1102   2]                     Reserved : 0000
[450h 1104   4]          Processor x2Apic ID : 00000101
[454h 1108   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[458h 1112   4]                Processor UID : 00000083

[45Ch 1116   1]                Subtable Type : 09 [Processor Local x2APIC]
[45Dh 1117   1]                       Length : 10
[45Eh 1118   2]                     Reserved : 0000
[460h 1120   4]          Processor x2Apic ID : 00000102
[464h 1124   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[468h 1128   4]                Processor UID : 00000084

[46Ch 1132   1]                Subtable Type : 09 [Processor Local x2APIC]
[46Dh 1133   1]                       Length : 10
[46Eh 1134   2]                     Reserved : 0000
[470h 1136   4]          Processor x2Apic ID : 00000103
[474h 1140   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[478h 1144   4]                Processor UID : 00000085

[47Ch 1148   1]                Subtable Type : 09 [Processor Local x2APIC]
[47Dh 1149   1]                       Length : 10
[47Eh 1150   2]                     Reserved : 0000
[480h 1152   4]          Processor x2Apic ID : 00000104
[484h 1156   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[488h 1160   4]                Processor UID : 00000086

[48Ch 1164   1]                Subtable Type : 09 [Processor Local x2APIC]
[48Dh 1165   1]                       Length : 10
[48Eh 1166   2]                     Reserved : 0000
[490h 1168   4]          Processor x2Apic ID : 00000105
[494h 1172   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[498h 1176   4]                Processor UID : 00000087

[49Ch 1180   1]                Subtable Type : 09 [Processor Local x2APIC]
[49Dh 1181   1]                       Length : 10
[49Eh 1182   2]                     Reserved : 0000
[4A0h 1184   4]          Processor x2Apic ID : 00000106
[4A4h 1188   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[4A8h 1192   4]                Processor UID : 00000088

[4ACh 1196   1]                Subtable Type : 09 [Processor Local x2APIC]
[4ADh 1197   1]                       Length : 10
[4AEh 1198   2]                     Reserved : 0000
[4B0h 1200   4]          Processor x2Apic ID : 00000107
[4B4h 1204   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[4B8h 1208   4]                Processor UID : 00000089

[4BCh 1212   1]                Subtable Type : 09 [Processor Local x2APIC]
[4BDh 1213   1]                       Length : 10
[4BEh 1214   2]                     Reserved : 0000
[4C0h 1216   4]          Processor x2Apic ID : 00000108
[4C4h 1220   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[4C8h 1224   4]                Processor UID : 0000008A

[4CCh 1228   1]                Subtable Type : 09 [Processor Local x2APIC]
[4CDh 1229   1]                       Length : 10
[4CEh 1230   2]                     Reserved : 0000
[4D0h 1232   4]          Processor x2Apic ID : 00000109
[4D4h 1236   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[4D8h 1240   4]                Processor UID : 0000008B

[4DCh 1244   1]                Subtable Type : 09 [Processor Local x2APIC]
[4DDh 1245   1]                       Length : 10
[4DEh 1246   2]                     Reserved : 0000
[4E0h 1248   4]          Processor x2Apic ID : 0000010A
[4E4h 1252   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[4E8h 1256   4]                Processor UID : 0000008C

[4ECh 1260   1]                Subtable Type : 09 [Processor Local x2APIC]
[4EDh 1261   1]                       Length : 10
[4EEh 1262   2]                     Reserved : 0000
[4F0h 1264   4]          Processor x2Apic ID : 0000010B
[4F4h 1268   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[4F8h 1272   4]                Processor UID : 0000008D

[4FCh 1276   1]                Subtable Type : 09 [Processor Local x2APIC]
[4FDh 1277   1]                       Length : 10
[4FEh 1278   2]                     Reserved : 0000
[500h 1280   4]          Processor x2Apic ID : 0000010C
[504h 1284   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[508h 1288   4]                Processor UID : 0000008E

[50Ch 1292   1]                Subtable Type : 09 [Processor Local x2APIC]
[50Dh 1293   1]                       Length : 10
[50Eh 1294   2]                     Reserved : 0000
[510h 1296   4]          Processor x2Apic ID : 0000010D
[514h 1300   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[518h 1304   4]                Processor UID : 0000008F

[51Ch 1308   1]                Subtable Type : 09 [Processor Local x2APIC]
[51Dh 1309   1]                       Length : 10
[51Eh 1310   2]                     Reserved : 0000
[520h 1312   4]          Processor x2Apic ID : 0000010E
[524h 1316   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[528h 1320   4]                Processor UID : 00000090

[52Ch 1324   1]                Subtable Type : 09 [Processor Local x2APIC]
[52Dh 1325   1]                       Length : 10
[52Eh 1326   2]                     Reserved : 0000
[530h 1328   4]          Processor x2Apic ID : 0000010F
[534h 1332   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[538h 1336   4]                Processor UID : 00000091

[53Ch 1340   1]                Subtable Type : 09 [Processor Local x2APIC]
[53Dh 1341   1]                       Length : 10
[53Eh 1342   2]                     Reserved : 0000
[540h 1344   4]          Processor x2Apic ID : 00000110
[544h 1348   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[548h 1352   4]                Processor UID : 00000092

[54Ch 1356   1]                Subtable Type : 09 [Processor Local x2APIC]
[54Dh 1357   1]                       Length : 10
[54Eh 1358   2]                     Reserved : 0000
[550h 1360   4]          Processor x2Apic ID : 00000111
[554h 1364   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[558h 1368   4]                Processor UID : 00000093

[55Ch 1372   1]                Subtable Type : 09 [Processor Local x2APIC]
[55Dh 1373   1]                       Length : 10
[55Eh 1374   2]                     Reserved : 0000
[560h 1376   4]          Processor x2Apic ID : 00000112
[564h 1380   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[568h 1384   4]                Processor UID : 00000094

[56Ch 1388   1]                Subtable Type : 09 [Processor Local x2APIC]
[56Dh 1389   1]                       Length : 10
[56Eh 1390   2]                     Reserved : 0000
[570h 1392   4]          Processor x2Apic ID : 00000113
[574h 1396   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[578h 1400   4]                Processor UID : 00000095

[57Ch 1404   1]                Subtable Type : 09 [Processor Local x2APIC]
[57Dh 1405   1]                       Length : 10
[57Eh 1406   2]                     Reserved : 0000
[580h 1408   4]          Processor x2Apic ID : 00000114
[584h 1412   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[588h 1416   4]                Processor UID : 00000096

[58Ch 1420   1]                Subtable Type : 09 [Processor Local x2APIC]
[58Dh 1421   1]                       Length : 10
[58Eh 1422   2]                     Reserved : 0000
[590h 1424   4]          Processor x2Apic ID : 00000115
[594h 1428   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[598h 1432   4]                Processor UID : 00000097

[59Ch 1436   1]                Subtable Type : 09 [Processor Local x2APIC]
[59Dh 1437   1]                       Length : 10
[59Eh 1438   2]                     Reserved : 0000
[5A0h 1440   4]          Processor x2Apic ID : 00000116
[5A4h 1444   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[5A8h 1448   4]                Processor UID : 00000098

[5ACh 1452   1]                Subtable Type : 09 [Processor Local x2APIC]
[5ADh 1453   1]                       Length : 10
[5AEh 1454   2]                     Reserved : 0000
[5B0h 1456   4]          Processor x2Apic ID : 00000117
[5B4h 1460   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[5B8h 1464   4]                Processor UID : 00000099

[5BCh 1468   1]                Subtable Type : 09 [Processor Local x2APIC]
[5BDh 1469   1]                       Length : 10
[5BEh 1470   2]                     Reserved : 0000
[5C0h 1472   4]          Processor x2Apic ID : 00000118
[5C4h 1476   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[5C8h 1480   4]                Processor UID : 0000009A

[5CCh 1484   1]                Subtable Type : 09 [Processor Local x2APIC]
[5CDh 1485   1]                       Length : 10
[5CEh 1486   2]                     Reserved : 0000
[5D0h 1488   4]          Processor x2Apic ID : 00000119
[5D4h 1492   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[5D8h 1496   4]                Processor UID : 0000009B

[5DCh 1500   1]                Subtable Type : 09 [Processor Local x2APIC]
[5DDh 1501   1]                       Length : 10
[5DEh 1502   2]                     Reserved : 0000
[5E0h 1504   4]          Processor x2Apic ID : 0000011A
[5E4h 1508   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[5E8h 1512   4]                Processor UID : 0000009C

[5ECh 1516   1]                Subtable Type : 09 [Processor Local x2APIC]
[5EDh 1517   1]                       Length : 10
[5EEh 1518   2]                     Reserved : 0000
[5F0h 1520   4]          Processor x2Apic ID : 0000011B
[5F4h 1524   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[5F8h 1528   4]                Processor UID : 0000009D

[5FCh 1532   1]                Subtable Type : 09 [Processor Local x2APIC]
[5FDh 1533   1]                       Length : 10
[5FEh 1534   2]                     Reserved : 0000
[600h 1536   4]          Processor x2Apic ID : 0000011C
[604h 1540   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[608h 1544   4]                Processor UID : 0000009E

[60Ch 1548   1]                Subtable Type : 09 [Processor Local x2APIC]
[60Dh 1549   1]                       Length : 10
[60Eh 1550   2]                     Reserved : 0000
[610h 1552   4]          Processor x2Apic ID : 0000011D
[614h 1556   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[618h 1560   4]                Processor UID : 0000009F

[61Ch 1564   1]                Subtable Type : 09 [Processor Local x2APIC]
[61Dh 1565   1]                       Length : 10
[61Eh 1566   2]                     Reserved : 0000
[620h 1568   4]          Processor x2Apic ID : 0000011E
[624h 1572   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[628h 1576   4]                Processor UID : 000000A0

[62Ch 1580   1]                Subtable Type : 09 [Processor Local x2APIC]
[62Dh 1581   1]                       Length : 10
[62Eh 1582   2]                     Reserved : 0000
[630h 1584   4]          Processor x2Apic ID : 0000011F
[634h 1588   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[638h 1592   4]                Processor UID : 000000A1

[63Ch 1596   1]                Subtable Type : 09 [Processor Local x2APIC]
[63Dh 1597   1]                       Length : 10
[63Eh 1598   2]                     Reserved : 0000
[640h 1600   4]          Processor x2Apic ID : 00000120
[644h 1604   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[648h 1608   4]                Processor UID : 000000A2

[64Ch 1612   1]                Subtable Type : 09 [Processor Local x2APIC]
[64Dh 1613   1]                       Length : 10
[64Eh 1614   2]                     Reserved : 0000
[650h 1616   4]          Processor x2Apic ID : 00000121
[654h 1620   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[658h 1624   4]                Processor UID : 000000A3

[65Ch 1628   1]                Subtable Type : 09 [Processor Local x2APIC]
[65Dh 1629   1]                       Length : 10
[65Eh 1630   2]                     Reserved : 0000
[660h 1632   4]          Processor x2Apic ID : 00000122
[664h 1636   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[668h 1640   4]                Processor UID : 000000A4

[66Ch 1644   1]                Subtable Type : 09 [Processor Local x2APIC]
[66Dh 1645   1]                       Length : 10
[66Eh 1646   2]                     Reserved : 0000
[670h 1648   4]          Processor x2Apic ID : 00000123
[674h 1652   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[678h 1656   4]                Processor UID : 000000A5

[67Ch 1660   1]                Subtable Type : 09 [Processor Local x2APIC]
[67Dh 1661   1]                       Length : 10
[67Eh 1662   2]                     Reserved : 0000
[680h 1664   4]          Processor x2Apic ID : 00000124
[684h 1668   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[688h 1672   4]                Processor UID : 000000A6

[68Ch 1676   1]                Subtable Type : 09 [Processor Local x2APIC]
[68Dh 1677   1]                       Length : 10
[68Eh 1678   2]                     Reserved : 0000
[690h 1680   4]          Processor x2Apic ID : 00000125
[694h 1684   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[698h 1688   4]                Processor UID : 000000A7

[69Ch 1692   1]                Subtable Type : 09 [Processor Local x2APIC]
[69Dh 1693   1]                       Length : 10
[69Eh 1694   2]                     Reserved : 0000
[6A0h 1696   4]          Processor x2Apic ID : 00000126
[6A4h 1700   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[6A8h 1704   4]                Processor UID : 000000A8

[6ACh 1708   1]                Subtable Type : 09 [Processor Local x2APIC]
[6ADh 1709   1]                       Length : 10
[6AEh 1710   2]                     Reserved : 0000
[6B0h 1712   4]          Processor x2Apic ID : 00000127
[6B4h 1716   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[6B8h 1720   4]                Processor UID : 000000A9

[6BCh 1724   1]                Subtable Type : 09 [Processor Local x2APIC]
[6BDh 1725   1]                       Length : 10
[6BEh 1726   2]                     Reserved : 0000
[6C0h 1728   4]          Processor x2Apic ID : 00000128
[6C4h 1732   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[6C8h 1736   4]                Processor UID : 000000AA

[6CCh 1740   1]                Subtable Type : 09 [Processor Local x2APIC]
[6CDh 1741   1]                       Length : 10
[6CEh 1742   2]                     Reserved : 0000
[6D0h 1744   4]          Processor x2Apic ID : 00000129
[6D4h 1748   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[6D8h 1752   4]                Processor UID : 000000AB

[6DCh 1756   1]                Subtable Type : 09 [Processor Local x2APIC]
[6DDh 1757   1]                       Length : 10
[6DEh 1758   2]                     Reserved : 0000
[6E0h 1760   4]          Processor x2Apic ID : 0000012A
[6E4h 1764   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[6E8h 1768   4]                Processor UID : 000000AC

[6ECh 1772   1]                Subtable Type : 09 [Processor Local x2APIC]
[6EDh 1773   1]                       Length : 10
[6EEh 1774   2]                     Reserved : 0000
[6F0h 1776   4]          Processor x2Apic ID : 0000012B
[6F4h 1780   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[6F8h 1784   4]                Processor UID : 000000AD

[6FCh 1788   1]                Subtable Type : 09 [Processor Local x2APIC]
[6FDh 1789   1]                       Length : 10
[6FEh 1790   2]                     Reserved : 0000
[700h 1792   4]          Processor x2Apic ID : 0000012C
[704h 1796   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[708h 1800   4]                Processor UID : 000000AE

[70Ch 1804   1]                Subtable Type : 09 [Processor Local x2APIC]
[70Dh 1805   1]                       Length : 10
[70Eh 1806   2]                     Reserved : 0000
[710h 1808   4]          Processor x2Apic ID : 0000012D
[714h 1812   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[718h 1816   4]                Processor UID : 000000AF

[71Ch 1820   1]                Subtable Type : 09 [Processor Local x2APIC]
[71Dh 1821   1]                       Length : 10
[71Eh 1822   2]                     Reserved : 0000
[720h 1824   4]          Processor x2Apic ID : 0000012E
[724h 1828   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[728h 1832   4]                Processor UID : 000000B0

[72Ch 1836   1]                Subtable Type : 09 [Processor Local x2APIC]
[72Dh 1837   1]                       Length : 10
[72Eh 1838   2]                     Reserved : 0000
[730h 1840   4]          Processor x2Apic ID : 0000012F
[734h 1844   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[738h 1848   4]                Processor UID : 000000B1

[73Ch 1852   1]                Subtable Type : 09 [Processor Local x2APIC]
[73Dh 1853   1]                       Length : 10
[73Eh 1854   2]                     Reserved : 0000
[740h 1856   4]          Processor x2Apic ID : 00000130
[744h 1860   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[748h 1864   4]                Processor UID : 000000B2

[74Ch 1868   1]                Subtable Type : 09 [Processor Local x2APIC]
[74Dh 1869   1]                       Length : 10
[74Eh 1870   2]                     Reserved : 0000
[750h 1872   4]          Processor x2Apic ID : 00000131
[754h 1876   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[758h 1880   4]                Processor UID : 000000B3

[75Ch 1884   1]                Subtable Type : 09 [Processor Local x2APIC]
[75Dh 1885   1]                       Length : 10
[75Eh 1886   2]                     Reserved : 0000
[760h 1888   4]          Processor x2Apic ID : 00000132
[764h 1892   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[768h 1896   4]                Processor UID : 000000B4

[76Ch 1900   1]                Subtable Type : 09 [Processor Local x2APIC]
[76Dh 1901   1]                       Length : 10
[76Eh 1902   2]                     Reserved : 0000
[770h 1904   4]          Processor x2Apic ID : 00000133
[774h 1908   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[778h 1912   4]                Processor UID : 000000B5

[77Ch 1916   1]                Subtable Type : 09 [Processor Local x2APIC]
[77Dh 1917   1]                       Length : 10
[77Eh 1918   2]                     Reserved : 0000
[780h 1920   4]          Processor x2Apic ID : 00000134
[784h 1924   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[788h 1928   4]                Processor UID : 000000B6

[78Ch 1932   1]                Subtable Type : 09 [Processor Local x2APIC]
[78Dh 1933   1]                       Length : 10
[78Eh 1934   2]                     Reserved : 0000
[790h 1936   4]          Processor x2Apic ID : 00000135
[794h 1940   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[798h 1944   4]                Processor UID : 000000B7

[79Ch 1948   1]                Subtable Type : 09 [Processor Local x2APIC]
[79Dh 1949   1]                       Length : 10
[79Eh 1950   2]                     Reserved : 0000
[7A0h 1952   4]          Processor x2Apic ID : 00000136
[7A4h 1956   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[7A8h 1960   4]                Processor UID : 000000B8

[7ACh 1964   1]                Subtable Type : 09 [Processor Local x2APIC]
[7ADh 1965   1]                       Length : 10
[7AEh 1966   2]                     Reserved : 0000
[7B0h 1968   4]          Processor x2Apic ID : 00000137
[7B4h 1972   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[7B8h 1976   4]                Processor UID : 000000B9

[7BCh 1980   1]                Subtable Type : 09 [Processor Local x2APIC]
[7BDh 1981   1]                       Length : 10
[7BEh 1982   2]                     Reserved : 0000
[7C0h 1984   4]          Processor x2Apic ID : 00000138
[7C4h 1988   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[7C8h 1992   4]                Processor UID : 000000BA

[7CCh 1996   1]                Subtable Type : 09 [Processor Local x2APIC]
[7CDh 1997   1]                       Length : 10
[7CEh 1998   2]                     Reserved : 0000
[7D0h 2000   4]          Processor x2Apic ID : 00000139
[7D4h 2004   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[7D8h 2008   4]                Processor UID : 000000BB

[7DCh 2012   1]                Subtable Type : 09 [Processor Local x2APIC]
[7DDh 2013   1]                       Length : 10
[7DEh 2014   2]                     Reserved : 0000
[7E0h 2016   4]          Processor x2Apic ID : 0000013A
[7E4h 2020   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[7E8h 2024   4]                Processor UID : 000000BC

[7ECh 2028   1]                Subtable Type : 09 [Processor Local x2APIC]
[7EDh 2029   1]                       Length : 10
[7EEh 2030   2]                     Reserved : 0000
[7F0h 2032   4]          Processor x2Apic ID : 0000013B
[7F4h 2036   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[7F8h 2040   4]                Processor UID : 000000BD

[7FCh 2044   1]                Subtable Type : 09 [Processor Local x2APIC]
[7FDh 2045   1]                       Length : 10
[7FEh 2046   2]                     Reserved : 0000
[800h 2048   4]          Processor x2Apic ID : 0000013C
[804h 2052   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[808h 2056   4]                Processor UID : 000000BE

[80Ch 2060   1]                Subtable Type : 09 [Processor Local x2APIC]
[80Dh 2061   1]                       Length : 10
[80Eh 2062   2]                     Reserved : 0000
[810h 2064   4]          Processor x2Apic ID : 0000013D
[814h 2068   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[818h 2072   4]                Processor UID : 000000BF

[81Ch 2076   1]                Subtable Type : 09 [Processor Local x2APIC]
[81Dh 2077   1]                       Length : 10
[81Eh 2078   2]                     Reserved : 0000
[820h 2080   4]          Processor x2Apic ID : 0000013E
[824h 2084   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[828h 2088   4]                Processor UID : 000000C0

[82Ch 2092   1]                Subtable Type : 09 [Processor Local x2APIC]
[82Dh 2093   1]                       Length : 10
[82Eh 2094   2]                     Reserved : 0000
[830h 2096   4]          Processor x2Apic ID : 0000013F
[834h 2100   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[838h 2104   4]                Processor UID : 000000C1

[83Ch 2108   1]                Subtable Type : 09 [Processor Local x2APIC]
[83Dh 2109   1]                       Length : 10
[83Eh 2110   2]                     Reserved : 0000
[840h 2112   4]          Processor x2Apic ID : 00000140
[844h 2116   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[848h 2120   4]                Processor UID : 000000C2

[84Ch 2124   1]                Subtable Type : 09 [Processor Local x2APIC]
[84Dh 2125   1]                       Length : 10
[84Eh 2126   2]                     Reserved : 0000
[850h 2128   4]          Processor x2Apic ID : 00000141
[854h 2132   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[858h 2136   4]                Processor UID : 000000C3

[85Ch 2140   1]                Subtable Type : 09 [Processor Local x2APIC]
[85Dh 2141   1]                       Length : 10
[85Eh 2142   2]                     Reserved : 0000
[860h 2144   4]          Processor x2Apic ID : 00000142
[864h 2148   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[868h 2152   4]                Processor UID : 000000C4

[86Ch 2156   1]                Subtable Type : 09 [Processor Local x2APIC]
[86Dh 2157   1]                       Length : 10
[86Eh 2158   2]                     Reserved : 0000
[870h 2160   4]          Processor x2Apic ID : 00000143
[874h 2164   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[878h 2168   4]                Processor UID : 000000C5

[87Ch 2172   1]                Subtable Type : 09 [Processor Local x2APIC]
[87Dh 2173   1]                       Length : 10
[87Eh 2174   2]                     Reserved : 0000
[880h 2176   4]          Processor x2Apic ID : 00000144
[884h 2180   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[888h 2184   4]                Processor UID : 000000C6

[88Ch 2188   1]                Subtable Type : 09 [Processor Local x2APIC]
[88Dh 2189   1]                       Length : 10
[88Eh 2190   2]                     Reserved : 0000
[890h 2192   4]          Processor x2Apic ID : 00000145
[894h 2196   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[898h 2200   4]                Processor UID : 000000C7

[89Ch 2204   1]                Subtable Type : 09 [Processor Local x2APIC]
[89Dh 2205   1]                       Length : 10
[89Eh 2206   2]                     Reserved : 0000
[8A0h 2208   4]          Processor x2Apic ID : 00000146
[8A4h 2212   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[8A8h 2216   4]                Processor UID : 000000C8

[8ACh 2220   1]                Subtable Type : 09 [Processor Local x2APIC]
[8ADh 2221   1]                       Length : 10
[8AEh 2222   2]                     Reserved : 0000
[8B0h 2224   4]          Processor x2Apic ID : 00000147
[8B4h 2228   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[8B8h 2232   4]                Processor UID : 000000C9

[8BCh 2236   1]                Subtable Type : 09 [Processor Local x2APIC]
[8BDh 2237   1]                       Length : 10
[8BEh 2238   2]                     Reserved : 0000
[8C0h 2240   4]          Processor x2Apic ID : 00000148
[8C4h 2244   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[8C8h 2248   4]                Processor UID : 000000CA

[8CCh 2252   1]                Subtable Type : 09 [Processor Local x2APIC]
[8CDh 2253   1]                       Length : 10
[8CEh 2254   2]                     Reserved : 0000
[8D0h 2256   4]          Processor x2Apic ID : 00000149
[8D4h 2260   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[8D8h 2264   4]                Processor UID : 000000CB

[8DCh 2268   1]                Subtable Type : 09 [Processor Local x2APIC]
[8DDh 2269   1]                       Length : 10
[8DEh 2270   2]                     Reserved : 0000
[8E0h 2272   4]          Processor x2Apic ID : 0000014A
[8E4h 2276   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[8E8h 2280   4]                Processor UID : 000000CC

[8ECh 2284   1]                Subtable Type : 09 [Processor Local x2APIC]
[8EDh 2285   1]                       Length : 10
[8EEh 2286   2]                     Reserved : 0000
[8F0h 2288   4]          Processor x2Apic ID : 0000014B
[8F4h 2292   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[8F8h 2296   4]                Processor UID : 000000CD

[8FCh 2300   1]                Subtable Type : 09 [Processor Local x2APIC]
[8FDh 2301   1]                       Length : 10
[8FEh 2302   2]                     Reserved : 0000
[900h 2304   4]          Processor x2Apic ID : 0000014C
[904h 2308   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[908h 2312   4]                Processor UID : 000000CE

[90Ch 2316   1]                Subtable Type : 09 [Processor Local x2APIC]
[90Dh 2317   1]                       Length : 10
[90Eh 2318   2]                     Reserved : 0000
[910h 2320   4]          Processor x2Apic ID : 0000014D
[914h 2324   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[918h 2328   4]                Processor UID : 000000CF

[91Ch 2332   1]                Subtable Type : 09 [Processor Local x2APIC]
[91Dh 2333   1]                       Length : 10
[91Eh 2334   2]                     Reserved : 0000
[920h 2336   4]          Processor x2Apic ID : 0000014E
[924h 2340   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[928h 2344   4]                Processor UID : 000000D0

[92Ch 2348   1]                Subtable Type : 09 [Processor Local x2APIC]
[92Dh 2349   1]                       Length : 10
[92Eh 2350   2]                     Reserved : 0000
[930h 2352   4]          Processor x2Apic ID : 0000014F
[934h 2356   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[938h 2360   4]                Processor UID : 000000D1

[93Ch 2364   1]                Subtable Type : 09 [Processor Local x2APIC]
[93Dh 2365   1]                       Length : 10
[93Eh 2366   2]                     Reserved : 0000
[940h 2368   4]          Processor x2Apic ID : 00000150
[944h 2372   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[948h 2376   4]                Processor UID : 000000D2

[94Ch 2380   1]                Subtable Type : 09 [Processor Local x2APIC]
[94Dh 2381   1]                       Length : 10
[94Eh 2382   2]                     Reserved : 0000
[950h 2384   4]          Processor x2Apic ID : 00000151
[954h 2388   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[958h 2392   4]                Processor UID : 000000D3

[95Ch 2396   1]                Subtable Type : 09 [Processor Local x2APIC]
[95Dh 2397   1]                       Length : 10
[95Eh 2398   2]                     Reserved : 0000
[960h 2400   4]          Processor x2Apic ID : 00000152
[964h 2404   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[968h 2408   4]                Processor UID : 000000D4

[96Ch 2412   1]                Subtable Type : 09 [Processor Local x2APIC]
[96Dh 2413   1]                       Length : 10
[96Eh 2414   2]                     Reserved : 0000
[970h 2416   4]          Processor x2Apic ID : 00000153
[974h 2420   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[978h 2424   4]                Processor UID : 000000D5

[97Ch 2428   1]                Subtable Type : 09 [Processor Local x2APIC]
[97Dh 2429   1]                       Length : 10
[97Eh 2430   2]                     Reserved : 0000
[980h 2432   4]          Processor x2Apic ID : 00000154
[984h 2436   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[988h 2440   4]                Processor UID : 000000D6

[98Ch 2444   1]                Subtable Type : 09 [Processor Local x2APIC]
[98Dh 2445   1]                       Length : 10
[98Eh 2446   2]                     Reserved : 0000
[990h 2448   4]          Processor x2Apic ID : 00000155
[994h 2452   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[998h 2456   4]                Processor UID : 000000D7

[99Ch 2460   1]                Subtable Type : 09 [Processor Local x2APIC]
[99Dh 2461   1]                       Length : 10
[99Eh 2462   2]                     Reserved : 0000
[9A0h 2464   4]          Processor x2Apic ID : 00000156
[9A4h 2468   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[9A8h 2472   4]                Processor UID : 000000D8

[9ACh 2476   1]                Subtable Type : 09 [Processor Local x2APIC]
[9ADh 2477   1]                       Length : 10
[9AEh 2478   2]                     Reserved : 0000
[9B0h 2480   4]          Processor x2Apic ID : 00000157
[9B4h 2484   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[9B8h 2488   4]                Processor UID : 000000D9

[9BCh 2492   1]                Subtable Type : 09 [Processor Local x2APIC]
[9BDh 2493   1]                       Length : 10
[9BEh 2494   2]                     Reserved : 0000
[9C0h 2496   4]          Processor x2Apic ID : 00000158
[9C4h 2500   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[9C8h 2504   4]                Processor UID : 000000DA

[9CCh 2508   1]                Subtable Type : 09 [Processor Local x2APIC]
[9CDh 2509   1]                       Length : 10
[9CEh 2510   2]                     Reserved : 0000
[9D0h 2512   4]          Processor x2Apic ID : 00000159
[9D4h 2516   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[9D8h 2520   4]                Processor UID : 000000DB

[9DCh 2524   1]                Subtable Type : 09 [Processor Local x2APIC]
[9DDh 2525   1]                       Length : 10
[9DEh 2526   2]                     Reserved : 0000
[9E0h 2528   4]          Processor x2Apic ID : 0000015A
[9E4h 2532   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[9E8h 2536   4]                Processor UID : 000000DC

[9ECh 2540   1]                Subtable Type : 09 [Processor Local x2APIC]
[9EDh 2541   1]                       Length : 10
[9EEh 2542   2]                     Reserved : 0000
[9F0h 2544   4]          Processor x2Apic ID : 0000015B
[9F4h 2548   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[9F8h 2552   4]                Processor UID : 000000DD

[9FCh 2556   1]                Subtable Type : 09 [Processor Local x2APIC]
[9FDh 2557   1]                       Length : 10
[9FEh 2558   2]                     Reserved : 0000
[A00h 2560   4]          Processor x2Apic ID : 0000015C
[A04h 2564   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[A08h 2568   4]                Processor UID : 000000DE

[A0Ch 2572   1]                Subtable Type : 09 [Processor Local x2APIC]
[A0Dh 2573   1]                       Length : 10
[A0Eh 2574   2]                     Reserved : 0000
[A10h 2576   4]          Processor x2Apic ID : 0000015D
[A14h 2580   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[A18h 2584   4]                Processor UID : 000000DF

[A1Ch 2588   1]                Subtable Type : 09 [Processor Local x2APIC]
[A1Dh 2589   1]                       Length : 10
[A1Eh 2590   2]                     Reserved : 0000
[A20h 2592   4]          Processor x2Apic ID : 0000015E
[A24h 2596   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[A28h 2600   4]                Processor UID : 000000E0

[A2Ch 2604   1]                Subtable Type : 09 [Processor Local x2APIC]
[A2Dh 2605   1]                       Length : 10
[A2Eh 2606   2]                     Reserved : 0000
[A30h 2608   4]          Processor x2Apic ID : 0000015F
[A34h 2612   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[A38h 2616   4]                Processor UID : 000000E1

[A3Ch 2620   1]                Subtable Type : 09 [Processor Local x2APIC]
[A3Dh 2621   1]                       Length : 10
[A3Eh 2622   2]                     Reserved : 0000
[A40h 2624   4]          Processor x2Apic ID : 00000160
[A44h 2628   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[A48h 2632   4]                Processor UID : 000000E2

[A4Ch 2636   1]                Subtable Type : 09 [Processor Local x2APIC]
[A4Dh 2637   1]                       Length : 10
[A4Eh 2638   2]                     Reserved : 0000
[A50h 2640   4]          Processor x2Apic ID : 00000161
[A54h 2644   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[A58h 2648   4]                Processor UID : 000000E3

[A5Ch 2652   1]                Subtable Type : 09 [Processor Local x2APIC]
[A5Dh 2653   1]                       Length : 10
[A5Eh 2654   2]                     Reserved : 0000
[A60h 2656   4]          Processor x2Apic ID : 00000162
[A64h 2660   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[A68h 2664   4]                Processor UID : 000000E4

[A6Ch 2668   1]                Subtable Type : 09 [Processor Local x2APIC]
[A6Dh 2669   1]                       Length : 10
[A6Eh 2670   2]                     Reserved : 0000
[A70h 2672   4]          Processor x2Apic ID : 00000163
[A74h 2676   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[A78h 2680   4]                Processor UID : 000000E5

[A7Ch 2684   1]                Subtable Type : 09 [Processor Local x2APIC]
[A7Dh 2685   1]                       Length : 10
[A7Eh 2686   2]                     Reserved : 0000
[A80h 2688   4]          Processor x2Apic ID : 00000164
[A84h 2692   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[A88h 2696   4]                Processor UID : 000000E6

[A8Ch 2700   1]                Subtable Type : 09 [Processor Local x2APIC]
[A8Dh 2701   1]                       Length : 10
[A8Eh 2702   2]                     Reserved : 0000
[A90h 2704   4]          Processor x2Apic ID : 00000165
[A94h 2708   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[A98h 2712   4]                Processor UID : 000000E7

[A9Ch 2716   1]                Subtable Type : 09 [Processor Local x2APIC]
[A9Dh 2717   1]                       Length : 10
[A9Eh 2718   2]                     Reserved : 0000
[AA0h 2720   4]          Processor x2Apic ID : 00000166
[AA4h 2724   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[AA8h 2728   4]                Processor UID : 000000E8

[AACh 2732   1]                Subtable Type : 09 [Processor Local x2APIC]
[AADh 2733   1]                       Length : 10
[AAEh 2734   2]                     Reserved : 0000
[AB0h 2736   4]          Processor x2Apic ID : 00000167
[AB4h 2740   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[AB8h 2744   4]                Processor UID : 000000E9

[ABCh 2748   1]                Subtable Type : 09 [Processor Local x2APIC]
[ABDh 2749   1]                       Length : 10
[ABEh 2750   2]                     Reserved : 0000
[AC0h 2752   4]          Processor x2Apic ID : 00000168
[AC4h 2756   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[AC8h 2760   4]                Processor UID : 000000EA

[ACCh 2764   1]                Subtable Type : 09 [Processor Local x2APIC]
[ACDh 2765   1]                       Length : 10
[ACEh 2766   2]                     Reserved : 0000
[AD0h 2768   4]          Processor x2Apic ID : 00000169
[AD4h 2772   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[AD8h 2776   4]                Processor UID : 000000EB

[ADCh 2780   1]                Subtable Type : 09 [Processor Local x2APIC]
[ADDh 2781   1]                       Length : 10
[ADEh 2782   2]                     Reserved : 0000
[AE0h 2784   4]          Processor x2Apic ID : 0000016A
[AE4h 2788   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[AE8h 2792   4]                Processor UID : 000000EC

[AECh 2796   1]                Subtable Type : 09 [Processor Local x2APIC]
[AEDh 2797   1]                       Length : 10
[AEEh 2798   2]                     Reserved : 0000
[AF0h 2800   4]          Processor x2Apic ID : 0000016B
[AF4h 2804   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[AF8h 2808   4]                Processor UID : 000000ED

[AFCh 2812   1]                Subtable Type : 09 [Processor Local x2APIC]
[AFDh 2813   1]                       Length : 10
[AFEh 2814   2]                     Reserved : 0000
[B00h 2816   4]          Processor x2Apic ID : 0000016C
[B04h 2820   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[B08h 2824   4]                Processor UID : 000000EE

[B0Ch 2828   1]                Subtable Type : 09 [Processor Local x2APIC]
[B0Dh 2829   1]                       Length : 10
[B0Eh 2830   2]                     Reserved : 0000
[B10h 2832   4]          Processor x2Apic ID : 0000016D
[B14h 2836   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[B18h 2840   4]                Processor UID : 000000EF

[B1Ch 2844   1]                Subtable Type : 09 [Processor Local x2APIC]
[B1Dh 2845   1]                       Length : 10
[B1Eh 2846   2]                     Reserved : 0000
[B20h 2848   4]          Processor x2Apic ID : 0000016E
[B24h 2852   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[B28h 2856   4]                Processor UID : 000000F0

[B2Ch 2860   1]                Subtable Type : 09 [Processor Local x2APIC]
[B2Dh 2861   1]                       Length : 10
[B2Eh 2862   2]                     Reserved : 0000
[B30h 2864   4]          Processor x2Apic ID : 0000016F
[B34h 2868   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[B38h 2872   4]                Processor UID : 000000F1

[B3Ch 2876   1]                Subtable Type : 09 [Processor Local x2APIC]
[B3Dh 2877   1]                       Length : 10
[B3Eh 2878   2]                     Reserved : 0000
[B40h 2880   4]          Processor x2Apic ID : 00000170
[B44h 2884   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[B48h 2888   4]                Processor UID : 000000F2

[B4Ch 2892   1]                Subtable Type : 09 [Processor Local x2APIC]
[B4Dh 2893   1]                       Length : 10
[B4Eh 2894   2]                     Reserved : 0000
[B50h 2896   4]          Processor x2Apic ID : 00000171
[B54h 2900   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[B58h 2904   4]                Processor UID : 000000F3

[B5Ch 2908   1]                Subtable Type : 09 [Processor Local x2APIC]
[B5Dh 2909   1]                       Length : 10
[B5Eh 2910   2]                     Reserved : 0000
[B60h 2912   4]          Processor x2Apic ID : 00000172
[B64h 2916   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[B68h 2920   4]                Processor UID : 000000F4

[B6Ch 2924   1]                Subtable Type : 09 [Processor Local x2APIC]
[B6Dh 2925   1]                       Length : 10
[B6Eh 2926   2]                     Reserved : 0000
[B70h 2928   4]          Processor x2Apic ID : 00000173
[B74h 2932   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[B78h 2936   4]                Processor UID : 000000F5

[B7Ch 2940   1]                Subtable Type : 09 [Processor Local x2APIC]
[B7Dh 2941   1]                       Length : 10
[B7Eh 2942   2]                     Reserved : 0000
[B80h 2944   4]          Processor x2Apic ID : 00000174
[B84h 2948   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[B88h 2952   4]                Processor UID : 000000F6

[B8Ch 2956   1]                Subtable Type : 09 [Processor Local x2APIC]
[B8Dh 2957   1]                       Length : 10
[B8Eh 2958   2]                     Reserved : 0000
[B90h 2960   4]          Processor x2Apic ID : 00000175
[B94h 2964   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[B98h 2968   4]                Processor UID : 000000F7

[B9Ch 2972   1]                Subtable Type : 09 [Processor Local x2APIC]
[B9Dh 2973   1]                       Length : 10
[B9Eh 2974   2]                     Reserved : 0000
[BA0h 2976   4]          Processor x2Apic ID : 00000176
[BA4h 2980   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[BA8h 2984   4]                Processor UID : 000000F8

[BACh 2988   1]                Subtable Type : 09 [Processor Local x2APIC]
[BADh 2989   1]                       Length : 10
[BAEh 2990   2]                     Reserved : 0000
[BB0h 2992   4]          Processor x2Apic ID : 00000177
[BB4h 2996   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[BB8h 3000   4]                Processor UID : 000000F9

[BBCh 3004   1]                Subtable Type : 09 [Processor Local x2APIC]
[BBDh 3005   1]                       Length : 10
[BBEh 3006   2]                     Reserved : 0000
[BC0h 3008   4]          Processor x2Apic ID : 00000178
[BC4h 3012   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[BC8h 3016   4]                Processor UID : 000000FA

[BCCh 3020   1]                Subtable Type : 09 [Processor Local x2APIC]
[BCDh 3021   1]                       Length : 10
[BCEh 3022   2]                     Reserved : 0000
[BD0h 3024   4]          Processor x2Apic ID : 00000179
[BD4h 3028   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[BD8h 3032   4]                Processor UID : 000000FB

[BDCh 3036   1]                Subtable Type : 09 [Processor Local x2APIC]
[BDDh 3037   1]                       Length : 10
[BDEh 3038   2]                     Reserved : 0000
[BE0h 3040   4]          Processor x2Apic ID : 0000017A
[BE4h 3044   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[BE8h 3048   4]                Processor UID : 000000FC

[BECh 3052   1]                Subtable Type : 09 [Processor Local x2APIC]
[BEDh 3053   1]                       Length : 10
[BEEh 3054   2]                     Reserved : 0000
[BF0h 3056   4]          Processor x2Apic ID : 0000017B
[BF4h 3060   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[BF8h 3064   4]                Processor UID : 000000FD

[BFCh 3068   1]                Subtable Type : 09 [Processor Local x2APIC]
[BFDh 3069   1]                       Length : 10
[BFEh 3070   2]                     Reserved : 0000
[C00h 3072   4]          Processor x2Apic ID : 0000017C
[C04h 3076   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[C08h 3080   4]                Processor UID : 000000FE

[C0Ch 3084   1]                Subtable Type : 09 [Processor Local x2APIC]
[C0Dh 3085   1]                       Length : 10
[C0Eh 3086   2]                     Reserved : 0000
[C10h 3088   4]          Processor x2Apic ID : 0000017D
[C14h 3092   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[C18h 3096   4]                Processor UID : 000000FF

[C1Ch 3100   1]                Subtable Type : 09 [Processor Local x2APIC]
[C1Dh 3101   1]                       Length : 10
[C1Eh 3102   2]                     Reserved : 0000
[C20h 3104   4]          Processor x2Apic ID : 0000017E
[C24h 3108   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[C28h 3112   4]                Processor UID : 00000100

[C2Ch 3116   1]                Subtable Type : 09 [Processor Local x2APIC]
[C2Dh 3117   1]                       Length : 10
[C2Eh 3118   2]                     Reserved : 0000
[C30h 3120   4]          Processor x2Apic ID : 0000017F
[C34h 3124   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[C38h 3128   4]                Processor UID : 00000101

[C3Ch 3132   1]                Subtable Type : 09 [Processor Local x2APIC]
[C3Dh 3133   1]                       Length : 10
[C3Eh 3134   2]                     Reserved : 0000
[C40h 3136   4]          Processor x2Apic ID : 00000180
[C44h 3140   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[C48h 3144   4]                Processor UID : 00000102

[C4Ch 3148   1]                Subtable Type : 09 [Processor Local x2APIC]
[C4Dh 3149   1]                       Length : 10
[C4Eh 3150   2]                     Reserved : 0000
[C50h 3152   4]          Processor x2Apic ID : 00000181
[C54h 3156   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
[C58h 3160   4]                Processor UID : 00000103

[C5Ch 3164   1]                Subtable Type : 01 [I/O APIC]
[C5Dh 3165   1]                       Length : 0C
[C5Eh 3166   1]                  I/O Apic ID : 00
[C5Fh 3167   1]                     Reserved : 00
[C60h 3168   4]                      Address : FEC00000
[C64h 3172   4]                    Interrupt : 00000000

[C68h 3176   1]                Subtable Type : 02 [Interrupt Source Override]
[C69h 3177   1]                       Length : 0A
[C6Ah 3178   1]                          Bus : 00
[C6Bh 3179   1]                       Source : 00
[C6Ch 3180   4]                    Interrupt : 00000002
[C70h 3184   2]        Flags (decoded below) : 0000
                                    Polarity : 0
                                Trigger Mode : 0

[C72h 3186   1]                Subtable Type : 02 [Interrupt Source Override]
[C73h 3187   1]                       Length : 0A
[C74h 3188   1]                          Bus : 00
[C75h 3189   1]                       Source : 05
[C76h 3190   4]                    Interrupt : 00000005
[C7Ah 3194   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[C7Ch 3196   1]                Subtable Type : 02 [Interrupt Source Override]
[C7Dh 3197   1]                       Length : 0A
[C7Eh 3198   1]                          Bus : 00
[C7Fh 3199   1]                       Source : 09
[C80h 3200   4]                    Interrupt : 00000009
[C84h 3204   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[C86h 3206   1]                Subtable Type : 02 [Interrupt Source Override]
[C87h 3207   1]                       Length : 0A
[C88h 3208   1]                          Bus : 00
[C89h 3209   1]                       Source : 0A
[C8Ah 3210   4]                    Interrupt : 0000000A
[C8Eh 3214   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[C90h 3216   1]                Subtable Type : 02 [Interrupt Source Override]
[C91h 3217   1]                       Length : 0A
[C92h 3218   1]                          Bus : 00
[C93h 3219   1]                       Source : 0B
[C94h 3220   4]                    Interrupt : 0000000B
[C98h 3224   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[C9Ah 3226   1]                Subtable Type : 0A [Local x2APIC NMI]
[C9Bh 3227   1]                       Length : 0C
[C9Ch 3228   2]        Flags (decoded below) : 0000
                                    Polarity : 0
                                Trigger Mode : 0
[C9Eh 3230   4]                Processor UID : FFFFFFFF
[CA2h 3234   1]         Interrupt Input LINT : 01
[CA3h 3235   3]                     Reserved : 000000

Raw Table Data: Length 3238 (0xCA6)

    0000: 41 50 49 43 A6 0C 00 00 03 FA 42 4F 43 48 53 20  // APIC......BOCHS
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 00 00 E0 FE 01 00 00 00 00 08 00 00  // ................
    0030: 01 00 00 00 00 08 01 01 01 00 00 00 00 08 02 02  // ................
    0040: 01 00 00 00 00 08 03 03 01 00 00 00 00 08 04 04  // ................
    0050: 01 00 00 00 00 08 05 05 01 00 00 00 00 08 06 06  // ................
    0060: 01 00 00 00 00 08 07 07 01 00 00 00 00 08 08 08  // ................
    0070: 01 00 00 00 00 08 09 09 01 00 00 00 00 08 0A 0A  // ................
    0080: 01 00 00 00 00 08 0B 0B 01 00 00 00 00 08 0C 0C  // ................
    0090: 01 00 00 00 00 08 0D 0D 01 00 00 00 00 08 0E 0E  // ................
    00A0: 01 00 00 00 00 08 0F 0F 01 00 00 00 00 08 10 10  // ................
    00B0: 01 00 00 00 00 08 11 11 01 00 00 00 00 08 12 12  // ................
    00C0: 01 00 00 00 00 08 13 13 01 00 00 00 00 08 14 14  // ................
    00D0: 01 00 00 00 00 08 15 15 01 00 00 00 00 08 16 16  // ................
    00E0: 01 00 00 00 00 08 17 17 01 00 00 00 00 08 18 18  // ................
    00F0: 01 00 00 00 00 08 19 19 01 00 00 00 00 08 1A 1A  // ................
    0100: 01 00 00 00 00 08 1B 1B 01 00 00 00 00 08 1C 1C  // ................
    0110: 01 00 00 00 00 08 1D 1D 01 00 00 00 00 08 1E 1E  // ................
    0120: 01 00 00 00 00 08 1F 1F 01 00 00 00 00 08 20 20  // ..............
    0130: 01 00 00 00 00 08 21 21 01 00 00 00 00 08 22 22  // ......!!......""
    0140: 01 00 00 00 00 08 23 23 01 00 00 00 00 08 24 24  // ......##......$$
    0150: 01 00 00 00 00 08 25 25 01 00 00 00 00 08 26 26  // ......%%......&&
    0160: 01 00 00 00 00 08 27 27 01 00 00 00 00 08 28 28  // ......''......((
    0170: 01 00 00 00 00 08 29 29 01 00 00 00 00 08 2A 2A  // ......))......**
    0180: 01 00 00 00 00 08 2B 2B 01 00 00 00 00 08 2C 2C  // ......++......,,
    0190: 01 00 00 00 00 08 2D 2D 01 00 00 00 00 08 2E 2E  // ......--........
    01A0: 01 00 00 00 00 08 2F 2F 01 00 00 00 00 08 30 30  // ......//......00
    01B0: 01 00 00 00 00 08 31 31 01 00 00 00 00 08 32 32  // ......11......22
    01C0: 01 00 00 00 00 08 33 33 01 00 00 00 00 08 34 34  // ......33......44
    01D0: 01 00 00 00 00 08 35 35 01 00 00 00 00 08 36 36  // ......55......66
    01E0: 01 00 00 00 00 08 37 37 01 00 00 00 00 08 38 38  // ......77......88
    01F0: 01 00 00 00 00 08 39 39 01 00 00 00 00 08 3A 3A  // ......99......::
    0200: 01 00 00 00 00 08 3B 3B 01 00 00 00 00 08 3C 3C  // ......;;......<<
    0210: 01 00 00 00 00 08 3D 3D 01 00 00 00 00 08 3E 3E  // ......==......>>
    0220: 01 00 00 00 00 08 3F 3F 01 00 00 00 00 08 40 40  // ......??......@@
    0230: 01 00 00 00 00 08 41 41 01 00 00 00 00 08 42 42  // ......AA......BB
    0240: 01 00 00 00 00 08 43 43 01 00 00 00 00 08 44 44  // ......CC......DD
    0250: 01 00 00 00 00 08 45 45 01 00 00 00 00 08 46 46  // ......EE......FF
    0260: 01 00 00 00 00 08 47 47 01 00 00 00 00 08 48 48  // ......GG......HH
    0270: 01 00 00 00 00 08 49 49 01 00 00 00 00 08 4A 4A  // ......II......JJ
    0280: 01 00 00 00 00 08 4B 4B 01 00 00 00 00 08 4C 4C  // ......KK......LL
    0290: 01 00 00 00 00 08 4D 4D 01 00 00 00 00 08 4E 4E  // ......MM......NN
    02A0: 01 00 00 00 00 08 4F 4F 01 00 00 00 00 08 50 50  // ......OO......PP
    02B0: 01 00 00 00 00 08 51 51 01 00 00 00 00 08 52 52  // ......QQ......RR
    02C0: 01 00 00 00 00 08 53 53 01 00 00 00 00 08 54 54  // ......SS......TT
    02D0: 01 00 00 00 00 08 55 55 01 00 00 00 00 08 56 56  // ......UU......VV
    02E0: 01 00 00 00 00 08 57 57 01 00 00 00 00 08 58 58  // ......WW......XX
    02F0: 01 00 00 00 00 08 59 59 01 00 00 00 00 08 5A 5A  // ......YY......ZZ
    0300: 01 00 00 00 00 08 5B 5B 01 00 00 00 00 08 5C 5C  // ......[[......\\
    0310: 01 00 00 00 00 08 5D 5D 01 00 00 00 00 08 5E 5E  // ......]]......^^
    0320: 01 00 00 00 00 08 5F 5F 01 00 00 00 00 08 60 60  // ......__......``
    0330: 01 00 00 00 00 08 61 61 01 00 00 00 00 08 62 62  // ......aa......bb
    0340: 01 00 00 00 00 08 63 63 01 00 00 00 00 08 64 64  // ......cc......dd
    0350: 01 00 00 00 00 08 65 65 01 00 00 00 00 08 66 66  // ......ee......ff
    0360: 01 00 00 00 00 08 67 67 01 00 00 00 00 08 68 68  // ......gg......hh
    0370: 01 00 00 00 00 08 69 69 01 00 00 00 00 08 6A 6A  // ......ii......jj
    0380: 01 00 00 00 00 08 6B 6B 01 00 00 00 00 08 6C 6C  // ......kk......ll
    0390: 01 00 00 00 00 08 6D 6D 01 00 00 00 00 08 6E 6E  // ......mm......nn
    03A0: 01 00 00 00 00 08 6F 6F 01 00 00 00 00 08 70 70  // ......oo......pp
    03B0: 01 00 00 00 00 08 71 71 01 00 00 00 00 08 72 72  // ......qq......rr
    03C0: 01 00 00 00 00 08 73 73 01 00 00 00 00 08 74 74  // ......ss......tt
    03D0: 01 00 00 00 00 08 75 75 01 00 00 00 00 08 76 76  // ......uu......vv
    03E0: 01 00 00 00 00 08 77 77 01 00 00 00 00 08 78 78  // ......ww......xx
    03F0: 01 00 00 00 00 08 79 79 01 00 00 00 00 08 7A 7A  // ......yy......zz
    0400: 01 00 00 00 00 08 7B 7B 01 00 00 00 00 08 7C 7C  // ......{{......||
    0410: 01 00 00 00 00 08 7D 7D 01 00 00 00 00 08 7E 7E  // ......}}......~~
    0420: 01 00 00 00 00 08 7F 7F 01 00 00 00 00 08 80 80  // ................
    0430: 01 00 00 00 00 08 81 81 01 00 00 00 09 10 00 00  // ................
    0440: 00 01 00 00 01 00 00 00 82 00 00 00 09 10 00 00  // ................
    0450: 01 01 00 00 01 00 00 00 83 00 00 00 09 10 00 00  // ................
    0460: 02 01 00 00 01 00 00 00 84 00 00 00 09 10 00 00  // ................
    0470: 03 01 00 00 01 00 00 00 85 00 00 00 09 10 00 00  // ................
    0480: 04 01 00 00 01 00 00 00 86 00 00 00 09 10 00 00  // ................
    0490: 05 01 00 00 01 00 00 00 87 00 00 00 09 10 00 00  // ................
    04A0: 06 01 00 00 01 00 00 00 88 00 00 00 09 10 00 00  // ................
    04B0: 07 01 00 00 01 00 00 00 89 00 00 00 09 10 00 00  // ................
    04C0: 08 01 00 00 01 00 00 00 8A 00 00 00 09 10 00 00  // ................
    04D0: 09 01 00 00 01 00 00 00 8B 00 00 00 09 10 00 00  // ................
    04E0: 0A 01 00 00 01 00 00 00 8C 00 00 00 09 10 00 00  // ................
    04F0: 0B 01 00 00 01 00 00 00 8D 00 00 00 09 10 00 00  // ................
    0500: 0C 01 00 00 01 00 00 00 8E 00 00 00 09 10 00 00  // ................
    0510: 0D 01 00 00 01 00 00 00 8F 00 00 00 09 10 00 00  // ................
    0520: 0E 01 00 00 01 00 00 00 90 00 00 00 09 10 00 00  // ................
    0530: 0F 01 00 00 01 00 00 00 91 00 00 00 09 10 00 00  // ................
    0540: 10 01 00 00 01 00 00 00 92 00 00 00 09 10 00 00  // ................
    0550: 11 01 00 00 01 00 00 00 93 00 00 00 09 10 00 00  // ................
    0560: 12 01 00 00 01 00 00 00 94 00 00 00 09 10 00 00  // ................
    0570: 13 01 00 00 01 00 00 00 95 00 00 00 09 10 00 00  // ................
    0580: 14 01 00 00 01 00 00 00 96 00 00 00 09 10 00 00  // ................
    0590: 15 01 00 00 01 00 00 00 97 00 00 00 09 10 00 00  // ................
    05A0: 16 01 00 00 01 00 00 00 98 00 00 00 09 10 00 00  // ................
    05B0: 17 01 00 00 01 00 00 00 99 00 00 00 09 10 00 00  // ................
    05C0: 18 01 00 00 01 00 00 00 9A 00 00 00 09 10 00 00  // ................
    05D0: 19 01 00 00 01 00 00 00 9B 00 00 00 09 10 00 00  // ................
    05E0: 1A 01 00 00 01 00 00 00 9C 00 00 00 09 10 00 00  // ................
    05F0: 1B 01 00 00 01 00 00 00 9D 00 00 00 09 10 00 00  // ................
    0600: 1C 01 00 00 01 00 00 00 9E 00 00 00 09 10 00 00  // ................
    0610: 1D 01 00 00 01 00 00 00 9F 00 00 00 09 10 00 00  // ................
    0620: 1E 01 00 00 01 00 00 00 A0 00 00 00 09 10 00 00  // ................
    0630: 1F 01 00 00 01 00 00 00 A1 00 00 00 09 10 00 00  // ................
    0640: 20 01 00 00 01 00 00 00 A2 00 00 00 09 10 00 00  //  ...............
    0650: 21 01 00 00 01 00 00 00 A3 00 00 00 09 10 00 00  // !...............
    0660: 22 01 00 00 01 00 00 00 A4 00 00 00 09 10 00 00  // "...............
    0670: 23 01 00 00 01 00 00 00 A5 00 00 00 09 10 00 00  // #...............
    0680: 24 01 00 00 01 00 00 00 A6 00 00 00 09 10 00 00  // $...............
    0690: 25 01 00 00 01 00 00 00 A7 00 00 00 09 10 00 00  // %...............
    06A0: 26 01 00 00 01 00 00 00 A8 00 00 00 09 10 00 00  // &...............
    06B0: 27 01 00 00 01 00 00 00 A9 00 00 00 09 10 00 00  // '...............
    06C0: 28 01 00 00 01 00 00 00 AA 00 00 00 09 10 00 00  // (...............
    06D0: 29 01 00 00 01 00 00 00 AB 00 00 00 09 10 00 00  // )...............
    06E0: 2A 01 00 00 01 00 00 00 AC 00 00 00 09 10 00 00  // *...............
    06F0: 2B 01 00 00 01 00 00 00 AD 00 00 00 09 10 00 00  // +...............
    0700: 2C 01 00 00 01 00 00 00 AE 00 00 00 09 10 00 00  // ,...............
    0710: 2D 01 00 00 01 00 00 00 AF 00 00 00 09 10 00 00  // -...............
    0720: 2E 01 00 00 01 00 00 00 B0 00 00 00 09 10 00 00  // ................
    0730: 2F 01 00 00 01 00 00 00 B1 00 00 00 09 10 00 00  // /...............
    0740: 30 01 00 00 01 00 00 00 B2 00 00 00 09 10 00 00  // 0...............
    0750: 31 01 00 00 01 00 00 00 B3 00 00 00 09 10 00 00  // 1...............
    0760: 32 01 00 00 01 00 00 00 B4 00 00 00 09 10 00 00  // 2...............
    0770: 33 01 00 00 01 00 00 00 B5 00 00 00 09 10 00 00  // 3...............
    0780: 34 01 00 00 01 00 00 00 B6 00 00 00 09 10 00 00  // 4...............
    0790: 35 01 00 00 01 00 00 00 B7 00 00 00 09 10 00 00  // 5...............
    07A0: 36 01 00 00 01 00 00 00 B8 00 00 00 09 10 00 00  // 6...............
    07B0: 37 01 00 00 01 00 00 00 B9 00 00 00 09 10 00 00  // 7...............
    07C0: 38 01 00 00 01 00 00 00 BA 00 00 00 09 10 00 00  // 8...............
    07D0: 39 01 00 00 01 00 00 00 BB 00 00 00 09 10 00 00  // 9...............
    07E0: 3A 01 00 00 01 00 00 00 BC 00 00 00 09 10 00 00  // :...............
    07F0: 3B 01 00 00 01 00 00 00 BD 00 00 00 09 10 00 00  // ;...............
    0800: 3C 01 00 00 01 00 00 00 BE 00 00 00 09 10 00 00  // <...............
    0810: 3D 01 00 00 01 00 00 00 BF 00 00 00 09 10 00 00  // =...............
    0820: 3E 01 00 00 01 00 00 00 C0 00 00 00 09 10 00 00  // >...............
    0830: 3F 01 00 00 01 00 00 00 C1 00 00 00 09 10 00 00  // ?...............
    0840: 40 01 00 00 01 00 00 00 C2 00 00 00 09 10 00 00  // @...............
    0850: 41 01 00 00 01 00 00 00 C3 00 00 00 09 10 00 00  // A...............
    0860: 42 01 00 00 01 00 00 00 C4 00 00 00 09 10 00 00  // B...............
    0870: 43 01 00 00 01 00 00 00 C5 00 00 00 09 10 00 00  // C...............
    0880: 44 01 00 00 01 00 00 00 C6 00 00 00 09 10 00 00  // D...............
    0890: 45 01 00 00 01 00 00 00 C7 00 00 00 09 10 00 00  // E...............
    08A0: 46 01 00 00 01 00 00 00 C8 00 00 00 09 10 00 00  // F...............
    08B0: 47 01 00 00 01 00 00 00 C9 00 00 00 09 10 00 00  // G...............
    08C0: 48 01 00 00 01 00 00 00 CA 00 00 00 09 10 00 00  // H...............
    08D0: 49 01 00 00 01 00 00 00 CB 00 00 00 09 10 00 00  // I...............
    08E0: 4A 01 00 00 01 00 00 00 CC 00 00 00 09 10 00 00  // J...............
    08F0: 4B 01 00 00 01 00 00 00 CD 00 00 00 09 10 00 00  // K...............
    0900: 4C 01 00 00 01 00 00 00 CE 00 00 00 09 10 00 00  // L...............
    0910: 4D 01 00 00 01 00 00 00 CF 00 00 00 09 10 00 00  // M...............
    0920: 4E 01 00 00 01 00 00 00 D0 00 00 00 09 10 00 00  // N...............
    0930: 4F 01 00 00 01 00 00 00 D1 00 00 00 09 10 00 00  // O...............
    0940: 50 01 00 00 01 00 00 00 D2 00 00 00 09 10 00 00  // P...............
    0950: 51 01 00 00 01 00 00 00 D3 00 00 00 09 10 00 00  // Q...............
    0960: 52 01 00 00 01 00 00 00 D4 00 00 00 09 10 00 00  // R...............
    0970: 53 01 00 00 01 00 00 00 D5 00 00 00 09 10 00 00  // S...............
    0980: 54 01 00 00 01 00 00 00 D6 00 00 00 09 10 00 00  // T...............
    0990: 55 01 00 00 01 00 00 00 D7 00 00 00 09 10 00 00  // U...............
    09A0: 56 01 00 00 01 00 00 00 D8 00 00 00 09 10 00 00  // V...............
    09B0: 57 01 00 00 01 00 00 00 D9 00 00 00 09 10 00 00  // W...............
    09C0: 58 01 00 00 01 00 00 00 DA 00 00 00 09 10 00 00  // X...............
    09D0: 59 01 00 00 01 00 00 00 DB 00 00 00 09 10 00 00  // Y...............
    09E0: 5A 01 00 00 01 00 00 00 DC 00 00 00 09 10 00 00  // Z...............
    09F0: 5B 01 00 00 01 00 00 00 DD 00 00 00 09 10 00 00  // [...............
    0A00: 5C 01 00 00 01 00 00 00 DE 00 00 00 09 10 00 00  // \...............
    0A10: 5D 01 00 00 01 00 00 00 DF 00 00 00 09 10 00 00  // ]...............
    0A20: 5E 01 00 00 01 00 00 00 E0 00 00 00 09 10 00 00  // ^...............
    0A30: 5F 01 00 00 01 00 00 00 E1 00 00 00 09 10 00 00  // _...............
    0A40: 60 01 00 00 01 00 00 00 E2 00 00 00 09 10 00 00  // `...............
    0A50: 61 01 00 00 01 00 00 00 E3 00 00 00 09 10 00 00  // a...............
    0A60: 62 01 00 00 01 00 00 00 E4 00 00 00 09 10 00 00  // b...............
    0A70: 63 01 00 00 01 00 00 00 E5 00 00 00 09 10 00 00  // c...............
    0A80: 64 01 00 00 01 00 00 00 E6 00 00 00 09 10 00 00  // d...............
    0A90: 65 01 00 00 01 00 00 00 E7 00 00 00 09 10 00 00  // e...............
    0AA0: 66 01 00 00 01 00 00 00 E8 00 00 00 09 10 00 00  // f...............
    0AB0: 67 01 00 00 01 00 00 00 E9 00 00 00 09 10 00 00  // g...............
    0AC0: 68 01 00 00 01 00 00 00 EA 00 00 00 09 10 00 00  // h...............
    0AD0: 69 01 00 00 01 00 00 00 EB 00 00 00 09 10 00 00  // i...............
    0AE0: 6A 01 00 00 01 00 00 00 EC 00 00 00 09 10 00 00  // j...............
    0AF0: 6B 01 00 00 01 00 00 00 ED 00 00 00 09 10 00 00  // k...............
    0B00: 6C 01 00 00 01 00 00 00 EE 00 00 00 09 10 00 00  // l...............
    0B10: 6D 01 00 00 01 00 00 00 EF 00 00 00 09 10 00 00  // m...............
    0B20: 6E 01 00 00 01 00 00 00 F0 00 00 00 09 10 00 00  // n...............
    0B30: 6F 01 00 00 01 00 00 00 F1 00 00 00 09 10 00 00  // o...............
    0B40: 70 01 00 00 01 00 00 00 F2 00 00 00 09 10 00 00  // p...............
    0B50: 71 01 00 00 01 00 00 00 F3 00 00 00 09 10 00 00  // q...............
    0B60: 72 01 00 00 01 00 00 00 F4 00 00 00 09 10 00 00  // r...............
    0B70: 73 01 00 00 01 00 00 00 F5 00 00 00 09 10 00 00  // s...............
    0B80: 74 01 00 00 01 00 00 00 F6 00 00 00 09 10 00 00  // t...............
    0B90: 75 01 00 00 01 00 00 00 F7 00 00 00 09 10 00 00  // u...............
    0BA0: 76 01 00 00 01 00 00 00 F8 00 00 00 09 10 00 00  // v...............
    0BB0: 77 01 00 00 01 00 00 00 F9 00 00 00 09 10 00 00  // w...............
    0BC0: 78 01 00 00 01 00 00 00 FA 00 00 00 09 10 00 00  // x...............
    0BD0: 79 01 00 00 01 00 00 00 FB 00 00 00 09 10 00 00  // y...............
    0BE0: 7A 01 00 00 01 00 00 00 FC 00 00 00 09 10 00 00  // z...............
    0BF0: 7B 01 00 00 01 00 00 00 FD 00 00 00 09 10 00 00  // {...............
    0C00: 7C 01 00 00 01 00 00 00 FE 00 00 00 09 10 00 00  // |...............
    0C10: 7D 01 00 00 01 00 00 00 FF 00 00 00 09 10 00 00  // }...............
    0C20: 7E 01 00 00 01 00 00 00 00 01 00 00 09 10 00 00  // ~...............
    0C30: 7F 01 00 00 01 00 00 00 01 01 00 00 09 10 00 00  // ................
    0C40: 80 01 00 00 01 00 00 00 02 01 00 00 09 10 00 00  // ................
    0C50: 81 01 00 00 01 00 00 00 03 01 00 00 01 0C 00 00  // ................
    0C60: 00 00 C0 FE 00 00 00 00 02 0A 00 00 02 00 00 00  // ................
    0C70: 00 00 02 0A 00 05 05 00 00 00 0D 00 02 0A 00 09  // ................
    0C80: 09 00 00 00 0D 00 02 0A 00 0A 0A 00 00 00 0D 00  // ................
    0C90: 02 0A 00 0B 0B 00 00 00 0D 00 0A 0C 00 00 FF FF  // ................
    0CA0: FF FF 01 00 00 00                                // ......
