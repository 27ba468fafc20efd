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
[004h 0004   4]                 Table Length : 00000430
[008h 0008   1]                     Revision : 03
[009h 0009   1]                     Checksum : C5
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
[047h 0071   1]                Local Apic ID : 04
[048h 0072   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[04Ch 0076   1]                Subtable Type : 00 [Processor Local APIC]
[04Dh 0077   1]                       Length : 08
[04Eh 0078   1]                 Processor ID : 04
[04Fh 0079   1]                Local Apic ID : 05
[050h 0080   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[054h 0084   1]                Subtable Type : 00 [Processor Local APIC]
[055h 0085   1]                       Length : 08
[056h 0086   1]                 Processor ID : 05
[057h 0087   1]                Local Apic ID : 06
[058h 0088   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[05Ch 0092   1]                Subtable Type : 00 [Processor Local APIC]
[05Dh 0093   1]                       Length : 08
[05Eh 0094   1]                 Processor ID : 06
[05Fh 0095   1]                Local Apic ID : 08
[060h 0096   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[064h 0100   1]                Subtable Type : 00 [Processor Local APIC]
[065h 0101   1]                       Length : 08
[066h 0102   1]                 Processor ID : 07
[067h 0103   1]                Local Apic ID : 09
[068h 0104   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[06Ch 0108   1]                Subtable Type : 00 [Processor Local APIC]
[06Dh 0109   1]                       Length : 08
[06Eh 0110   1]                 Processor ID : 08
[06Fh 0111   1]                Local Apic ID : 0A
[070h 0112   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[074h 0116   1]                Subtable Type : 00 [Processor Local APIC]
[075h 0117   1]                       Length : 08
[076h 0118   1]                 Processor ID : 09
[077h 0119   1]                Local Apic ID : 0C
[078h 0120   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[07Ch 0124   1]                Subtable Type : 00 [Processor Local APIC]
[07Dh 0125   1]                       Length : 08
[07Eh 0126   1]                 Processor ID : 0A
[07Fh 0127   1]                Local Apic ID : 0D
[080h 0128   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[084h 0132   1]                Subtable Type : 00 [Processor Local APIC]
[085h 0133   1]                       Length : 08
[086h 0134   1]                 Processor ID : 0B
[087h 0135   1]                Local Apic ID : 0E
[088h 0136   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[08Ch 0140   1]                Subtable Type : 00 [Processor Local APIC]
[08Dh 0141   1]                       Length : 08
[08Eh 0142   1]                 Processor ID : 0C
[08Fh 0143   1]                Local Apic ID : 10
[090h 0144   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[094h 0148   1]                Subtable Type : 00 [Processor Local APIC]
[095h 0149   1]                       Length : 08
[096h 0150   1]                 Processor ID : 0D
[097h 0151   1]                Local Apic ID : 11
[098h 0152   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[09Ch 0156   1]                Subtable Type : 00 [Processor Local APIC]
[09Dh 0157   1]                       Length : 08
[09Eh 0158   1]                 Processor ID : 0E
[09Fh 0159   1]                Local Apic ID : 12
[0A0h 0160   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0A4h 0164   1]                Subtable Type : 00 [Processor Local APIC]
[0A5h 0165   1]                       Length : 08
[0A6h 0166   1]                 Processor ID : 0F
[0A7h 0167   1]                Local Apic ID : 14
[0A8h 0168   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0ACh 0172   1]                Subtable Type : 00 [Processor Local APIC]
[0ADh 0173   1]                       Length : 08
[0AEh 0174   1]                 Processor ID : 10
[0AFh 0175   1]                Local Apic ID : 15
[0B0h 0176   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0B4h 0180   1]                Subtable Type : 00 [Processor Local APIC]
[0B5h 0181   1]                       Length : 08
[0B6h 0182   1]                 Processor ID : 11
[0B7h 0183   1]                Local Apic ID : 16
[0B8h 0184   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0BCh 0188   1]                Subtable Type : 00 [Processor Local APIC]
[0BDh 0189   1]                       Length : 08
[0BEh 0190   1]                 Processor ID : 12
[0BFh 0191   1]                Local Apic ID : 18
[0C0h 0192   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0C4h 0196   1]                Subtable Type : 00 [Processor Local APIC]
[0C5h 0197   1]                       Length : 08
[0C6h 0198   1]                 Processor ID : 13
[0C7h 0199   1]                Local Apic ID : 19
[0C8h 0200   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0CCh 0204   1]                Subtable Type : 00 [Processor Local APIC]
[0CDh 0205   1]                       Length : 08
[0CEh 0206   1]                 Processor ID : 14
[0CFh 0207   1]                Local Apic ID : 1A
[0D0h 0208   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0D4h 0212   1]                Subtable Type : 00 [Processor Local APIC]
[0D5h 0213   1]                       Length : 08
[0D6h 0214   1]                 Processor ID : 15
[0D7h 0215   1]                Local Apic ID : 1C
[0D8h 0216   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0DCh 0220   1]                Subtable Type : 00 [Processor Local APIC]
[0DDh 0221   1]                       Length : 08
[0DEh 0222   1]                 Processor ID : 16
[0DFh 0223   1]                Local Apic ID : 1D
[0E0h 0224   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0E4h 0228   1]                Subtable Type : 00 [Processor Local APIC]
[0E5h 0229   1]                       Length : 08
[0E6h 0230   1]                 Processor ID : 17
[0E7h 0231   1]                Local Apic ID : 1E
[0E8h 0232   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0ECh 0236   1]                Subtable Type : 00 [Processor Local APIC]
[0EDh 0237   1]                       Length : 08
[0EEh 0238   1]                 Processor ID : 18
[0EFh 0239   1]                Local Apic ID : 20
[0F0h 0240   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0F4h 0244   1]                Subtable Type : 00 [Processor Local APIC]
[0F5h 0245   1]                       Length : 08
[0F6h 0246   1]                 Processor ID : 19
[0F7h 0247   1]                Local Apic ID : 21
[0F8h 0248   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[0FCh 0252   1]                Subtable Type : 00 [Processor Local APIC]
[0FDh 0253   1]                       Length : 08
[0FEh 0254   1]                 Processor ID : 1A
[0FFh 0255   1]                Local Apic ID : 22
[100h 0256   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[104h 0260   1]                Subtable Type : 00 [Processor Local APIC]
[105h 0261   1]                       Length : 08
[106h 0262   1]                 Processor ID : 1B
[107h 0263   1]                Local Apic ID : 24
[108h 0264   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[10Ch 0268   1]                Subtable Type : 00 [Processor Local APIC]
[10Dh 0269   1]                       Length : 08
[10Eh 0270   1]                 Processor ID : 1C
[10Fh 0271   1]                Local Apic ID : 25
[110h 0272   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[114h 0276   1]                Subtable Type : 00 [Processor Local APIC]
[115h 0277   1]                       Length : 08
[116h 0278   1]                 Processor ID : 1D
[117h 0279   1]                Local Apic ID : 26
[118h 0280   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[11Ch 0284   1]                Subtable Type : 00 [Processor Local APIC]
[11Dh 0285   1]                       Length : 08
[11Eh 0286   1]                 Processor ID : 1E
[11Fh 0287   1]                Local Apic ID : 28
[120h 0288   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[124h 0292   1]                Subtable Type : 00 [Processor Local APIC]
[125h 0293   1]                       Length : 08
[126h 0294   1]                 Processor ID : 1F
[127h 0295   1]                Local Apic ID : 29
[128h 0296   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[12Ch 0300   1]                Subtable Type : 00 [Processor Local APIC]
[12Dh 0301   1]                       Length : 08
[12Eh 0302   1]                 Processor ID : 20
[12Fh 0303   1]                Local Apic ID : 2A
[130h 0304   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[134h 0308   1]                Subtable Type : 00 [Processor Local APIC]
[135h 0309   1]                       Length : 08
[136h 0310   1]                 Processor ID : 21
[137h 0311   1]                Local Apic ID : 2C
[138h 0312   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[13Ch 0316   1]                Subtable Type : 00 [Processor Local APIC]
[13Dh 0317   1]                       Length : 08
[13Eh 0318   1]                 Processor ID : 22
[13Fh 0319   1]                Local Apic ID : 2D
[140h 0320   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[144h 0324   1]                Subtable Type : 00 [Processor Local APIC]
[145h 0325   1]                       Length : 08
[146h 0326   1]                 Processor ID : 23
[147h 0327   1]                Local Apic ID : 2E
[148h 0328   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[14Ch 0332   1]                Subtable Type : 00 [Processor Local APIC]
[14Dh 0333   1]                       Length : 08
[14Eh 0334   1]                 Processor ID : 24
[14Fh 0335   1]                Local Apic ID : 30
[150h 0336   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[154h 0340   1]                Subtable Type : 00 [Processor Local APIC]
[155h 0341   1]                       Length : 08
[156h 0342   1]                 Processor ID : 25
[157h 0343   1]                Local Apic ID : 31
[158h 0344   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[15Ch 0348   1]                Subtable Type : 00 [Processor Local APIC]
[15Dh 0349   1]                       Length : 08
[15Eh 0350   1]                 Processor ID : 26
[15Fh 0351   1]                Local Apic ID : 32
[160h 0352   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[164h 0356   1]                Subtable Type : 00 [Processor Local APIC]
[165h 0357   1]                       Length : 08
[166h 0358   1]                 Processor ID : 27
[167h 0359   1]                Local Apic ID : 34
[168h 0360   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[16Ch 0364   1]                Subtable Type : 00 [Processor Local APIC]
[16Dh 0365   1]                       Length : 08
[16Eh 0366   1]                 Processor ID : 28
[16Fh 0367   1]                Local Apic ID : 35
[170h 0368   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[174h 0372   1]                Subtable Type : 00 [Processor Local APIC]
[175h 0373   1]                       Length : 08
[176h 0374   1]                 Processor ID : 29
[177h 0375   1]                Local Apic ID : 36
[178h 0376   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[17Ch 0380   1]                Subtable Type : 00 [Processor Local APIC]
[17Dh 0381   1]                       Length : 08
[17Eh 0382   1]                 Processor ID : 2A
[17Fh 0383   1]                Local Apic ID : 38
[180h 0384   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[184h 0388   1]                Subtable Type : 00 [Processor Local APIC]
[185h 0389   1]                       Length : 08
[186h 0390   1]                 Processor ID : 2B
[187h 0391   1]                Local Apic ID : 39
[188h 0392   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[18Ch 0396   1]                Subtable Type : 00 [Processor Local APIC]
[18Dh 0397   1]                       Length : 08
[18Eh 0398   1]                 Processor ID : 2C
[18Fh 0399   1]                Local Apic ID : 3A
[190h 0400   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[194h 0404   1]                Subtable Type : 00 [Processor Local APIC]
[195h 0405   1]                       Length : 08
[196h 0406   1]                 Processor ID : 2D
[197h 0407   1]                Local Apic ID : 3C
[198h 0408   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[19Ch 0412   1]                Subtable Type : 00 [Processor Local APIC]
[19Dh 0413   1]                       Length : 08
[19Eh 0414   1]                 Processor ID : 2E
[19Fh 0415   1]                Local Apic ID : 3D
[1A0h 0416   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1A4h 0420   1]                Subtable Type : 00 [Processor Local APIC]
[1A5h 0421   1]                       Length : 08
[1A6h 0422   1]                 Processor ID : 2F
[1A7h 0423   1]                Local Apic ID : 3E
[1A8h 0424   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1ACh 0428   1]                Subtable Type : 00 [Processor Local APIC]
[1ADh 0429   1]                       Length : 08
[1AEh 0430   1]                 Processor ID : 30
[1AFh 0431   1]                Local Apic ID : 40
[1B0h 0432   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1B4h 0436   1]                Subtable Type : 00 [Processor Local APIC]
[1B5h 0437   1]                       Length : 08
[1B6h 0438   1]                 Processor ID : 31
[1B7h 0439   1]                Local Apic ID : 41
[1B8h 0440   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1BCh 0444   1]                Subtable Type : 00 [Processor Local APIC]
[1BDh 0445   1]                       Length : 08
[1BEh 0446   1]                 Processor ID : 32
[1BFh 0447   1]                Local Apic ID : 42
[1C0h 0448   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1C4h 0452   1]                Subtable Type : 00 [Processor Local APIC]
[1C5h 0453   1]                       Length : 08
[1C6h 0454   1]                 Processor ID : 33
[1C7h 0455   1]                Local Apic ID : 44
[1C8h 0456   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1CCh 0460   1]                Subtable Type : 00 [Processor Local APIC]
[1CDh 0461   1]                       Length : 08
[1CEh 0462   1]                 Processor ID : 34
[1CFh 0463   1]                Local Apic ID : 45
[1D0h 0464   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1D4h 0468   1]                Subtable Type : 00 [Processor Local APIC]
[1D5h 0469   1]                       Length : 08
[1D6h 0470   1]                 Processor ID : 35
[1D7h 0471   1]                Local Apic ID : 46
[1D8h 0472   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1DCh 0476   1]                Subtable Type : 00 [Processor Local APIC]
[1DDh 0477   1]                       Length : 08
[1DEh 0478   1]                 Processor ID : 36
[1DFh 0479   1]                Local Apic ID : 48
[1E0h 0480   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1E4h 0484   1]                Subtable Type : 00 [Processor Local APIC]
[1E5h 0485   1]                       Length : 08
[1E6h 0486   1]                 Processor ID : 37
[1E7h 0487   1]                Local Apic ID : 49
[1E8h 0488   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1ECh 0492   1]                Subtable Type : 00 [Processor Local APIC]
[1EDh 0493   1]                       Length : 08
[1EEh 0494   1]                 Processor ID : 38
[1EFh 0495   1]                Local Apic ID : 4A
[1F0h 0496   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1F4h 0500   1]                Subtable Type : 00 [Processor Local APIC]
[1F5h 0501   1]                       Length : 08
[1F6h 0502   1]                 Processor ID : 39
[1F7h 0503   1]                Local Apic ID : 4C
[1F8h 0504   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[1FCh 0508   1]                Subtable Type : 00 [Processor Local APIC]
[1FDh 0509   1]                       Length : 08
[1FEh 0510   1]                 Processor ID : 3A
[1FFh 0511   1]                Local Apic ID : 4D
[200h 0512   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[204h 0516   1]                Subtable Type : 00 [Processor Local APIC]
[205h 0517   1]                       Length : 08
[206h 0518   1]                 Processor ID : 3B
[207h 0519   1]                Local Apic ID : 4E
[208h 0520   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[20Ch 0524   1]                Subtable Type : 00 [Processor Local APIC]
[20Dh 0525   1]                       Length : 08
[20Eh 0526   1]                 Processor ID : 3C
[20Fh 0527   1]                Local Apic ID : 50
[210h 0528   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[214h 0532   1]                Subtable Type : 00 [Processor Local APIC]
[215h 0533   1]                       Length : 08
[216h 0534   1]                 Processor ID : 3D
[217h 0535   1]                Local Apic ID : 51
[218h 0536   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[21Ch 0540   1]                Subtable Type : 00 [Processor Local APIC]
[21Dh 0541   1]                       Length : 08
[21Eh 0542   1]                 Processor ID : 3E
[21Fh 0543   1]                Local Apic ID : 52
[220h 0544   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[224h 0548   1]                Subtable Type : 00 [Processor Local APIC]
[225h 0549   1]                       Length : 08
[226h 0550   1]                 Processor ID : 3F
[227h 0551   1]                Local Apic ID : 54
[228h 0552   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[22Ch 0556   1]                Subtable Type : 00 [Processor Local APIC]
[22Dh 0557   1]                       Length : 08
[22Eh 0558   1]                 Processor ID : 40
[22Fh 0559   1]                Local Apic ID : 55
[230h 0560   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[234h 0564   1]                Subtable Type : 00 [Processor Local APIC]
[235h 0565   1]                       Length : 08
[236h 0566   1]                 Processor ID : 41
[237h 0567   1]                Local Apic ID : 56
[238h 0568   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[23Ch 0572   1]                Subtable Type : 00 [Processor Local APIC]
[23Dh 0573   1]                       Length : 08
[23Eh 0574   1]                 Processor ID : 42
[23Fh 0575   1]                Local Apic ID : 58
[240h 0576   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[244h 0580   1]                Subtable Type : 00 [Processor Local APIC]
[245h 0581   1]                       Length : 08
[246h 0582   1]                 Processor ID : 43
[247h 0583   1]                Local Apic ID : 59
[248h 0584   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[24Ch 0588   1]                Subtable Type : 00 [Processor Local APIC]
[24Dh 0589   1]                       Length : 08
[24Eh 0590   1]                 Processor ID : 44
[24Fh 0591   1]                Local Apic ID : 5A
[250h 0592   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[254h 0596   1]                Subtable Type : 00 [Processor Local APIC]
[255h 0597   1]                       Length : 08
[256h 0598   1]                 Processor ID : 45
[257h 0599   1]                Local Apic ID : 5C
[258h 0600   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[25Ch 0604   1]                Subtable Type : 00 [Processor Local APIC]
[25Dh 0605   1]                       Length : 08
[25Eh 0606   1]                 Processor ID : 46
[25Fh 0607   1]                Local Apic ID : 5D
[260h 0608   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[264h 0612   1]                Subtable Type : 00 [Processor Local APIC]
[265h 0613   1]                       Length : 08
[266h 0614   1]                 Processor ID : 47
[267h 0615   1]                Local Apic ID : 5E
[268h 0616   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[26Ch 0620   1]                Subtable Type : 00 [Processor Local APIC]
[26Dh 0621   1]                       Length : 08
[26Eh 0622   1]                 Processor ID : 48
[26Fh 0623   1]                Local Apic ID : 60
[270h 0624   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[274h 0628   1]                Subtable Type : 00 [Processor Local APIC]
[275h 0629   1]                       Length : 08
[276h 0630   1]                 Processor ID : 49
[277h 0631   1]                Local Apic ID : 61
[278h 0632   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[27Ch 0636   1]                Subtable Type : 00 [Processor Local APIC]
[27Dh 0637   1]                       Length : 08
[27Eh 0638   1]                 Processor ID : 4A
[27Fh 0639   1]                Local Apic ID : 62
[280h 0640   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[284h 0644   1]                Subtable Type : 00 [Processor Local APIC]
[285h 0645   1]                       Length : 08
[286h 0646   1]                 Processor ID : 4B
[287h 0647   1]                Local Apic ID : 64
[288h 0648   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[28Ch 0652   1]                Subtable Type : 00 [Processor Local APIC]
[28Dh 0653   1]                       Length : 08
[28Eh 0654   1]                 Processor ID : 4C
[28Fh 0655   1]                Local Apic ID : 65
[290h 0656   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[294h 0660   1]                Subtable Type : 00 [Processor Local APIC]
[295h 0661   1]                       Length : 08
[296h 0662   1]                 Processor ID : 4D
[297h 0663   1]                Local Apic ID : 66
[298h 0664   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[29Ch 0668   1]                Subtable Type : 00 [Processor Local APIC]
[29Dh 0669   1]                       Length : 08
[29Eh 0670   1]                 Processor ID : 4E
[29Fh 0671   1]                Local Apic ID : 68
[2A0h 0672   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2A4h 0676   1]                Subtable Type : 00 [Processor Local APIC]
[2A5h 0677   1]                       Length : 08
[2A6h 0678   1]                 Processor ID : 4F
[2A7h 0679   1]                Local Apic ID : 69
[2A8h 0680   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2ACh 0684   1]                Subtable Type : 00 [Processor Local APIC]
[2ADh 0685   1]                       Length : 08
[2AEh 0686   1]                 Processor ID : 50
[2AFh 0687   1]                Local Apic ID : 6A
[2B0h 0688   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2B4h 0692   1]                Subtable Type : 00 [Processor Local APIC]
[2B5h 0693   1]                       Length : 08
[2B6h 0694   1]                 Processor ID : 51
[2B7h 0695   1]                Local Apic ID : 6C
[2B8h 0696   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2BCh 0700   1]                Subtable Type : 00 [Processor Local APIC]
[2BDh 0701   1]                       Length : 08
[2BEh 0702   1]                 Processor ID : 52
[2BFh 0703   1]                Local Apic ID : 6D
[2C0h 0704   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2C4h 0708   1]                Subtable Type : 00 [Processor Local APIC]
[2C5h 0709   1]                       Length : 08
[2C6h 0710   1]                 Processor ID : 53
[2C7h 0711   1]                Local Apic ID : 6E
[2C8h 0712   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2CCh 0716   1]                Subtable Type : 00 [Processor Local APIC]
[2CDh 0717   1]                       Length : 08
[2CEh 0718   1]                 Processor ID : 54
[2CFh 0719   1]                Local Apic ID : 70
[2D0h 0720   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2D4h 0724   1]                Subtable Type : 00 [Processor Local APIC]
[2D5h 0725   1]                       Length : 08
[2D6h 0726   1]                 Processor ID : 55
[2D7h 0727   1]                Local Apic ID : 71
[2D8h 0728   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2DCh 0732   1]                Subtable Type : 00 [Processor Local APIC]
[2DDh 0733   1]                       Length : 08
[2DEh 0734   1]                 Processor ID : 56
[2DFh 0735   1]                Local Apic ID : 72
[2E0h 0736   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2E4h 0740   1]                Subtable Type : 00 [Processor Local APIC]
[2E5h 0741   1]                       Length : 08
[2E6h 0742   1]                 Processor ID : 57
[2E7h 0743   1]                Local Apic ID : 74
[2E8h 0744   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2ECh 0748   1]                Subtable Type : 00 [Processor Local APIC]
[2EDh 0749   1]                       Length : 08
[2EEh 0750   1]                 Processor ID : 58
[2EFh 0751   1]                Local Apic ID : 75
[2F0h 0752   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2F4h 0756   1]                Subtable Type : 00 [Processor Local APIC]
[2F5h 0757   1]                       Length : 08
[2F6h 0758   1]                 Processor ID : 59
[2F7h 0759   1]                Local Apic ID : 76
[2F8h 0760   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[2FCh 0764   1]                Subtable Type : 00 [Processor Local APIC]
[2FDh 0765   1]                       Length : 08
[2FEh 0766   1]                 Processor ID : 5A
[2FFh 0767   1]                Local Apic ID : 78
[300h 0768   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[304h 0772   1]                Subtable Type : 00 [Processor Local APIC]
[305h 0773   1]                       Length : 08
[306h 0774   1]                 Processor ID : 5B
[307h 0775   1]                Local Apic ID : 79
[308h 0776   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[30Ch 0780   1]                Subtable Type : 00 [Processor Local APIC]
[30Dh 0781   1]                       Length : 08
[30Eh 0782   1]                 Processor ID : 5C
[30Fh 0783   1]                Local Apic ID : 7A
[310h 0784   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[314h 0788   1]                Subtable Type : 00 [Processor Local APIC]
[315h 0789   1]                       Length : 08
[316h 0790   1]                 Processor ID : 5D
[317h 0791   1]                Local Apic ID : 7C
[318h 0792   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[31Ch 0796   1]                Subtable Type : 00 [Processor Local APIC]
[31Dh 0797   1]                       Length : 08
[31Eh 0798   1]                 Processor ID : 5E
[31Fh 0799   1]                Local Apic ID : 7D
[320h 0800   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[324h 0804   1]                Subtable Type : 00 [Processor Local APIC]
[325h 0805   1]                       Length : 08
[326h 0806   1]                 Processor ID : 5F
[327h 0807   1]                Local Apic ID : 7E
[328h 0808   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[32Ch 0812   1]                Subtable Type : 00 [Processor Local APIC]
[32Dh 0813   1]                       Length : 08
[32Eh 0814   1]                 Processor ID : 60
[32Fh 0815   1]                Local Apic ID : 80
[330h 0816   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[334h 0820   1]                Subtable Type : 00 [Processor Local APIC]
[335h 0821   1]                       Length : 08
[336h 0822   1]                 Processor ID : 61
[337h 0823   1]                Local Apic ID : 81
[338h 0824   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[33Ch 0828   1]                Subtable Type : 00 [Processor Local APIC]
[33Dh 0829   1]                       Length : 08
[33Eh 0830   1]                 Processor ID : 62
[33Fh 0831   1]                Local Apic ID : 82
[340h 0832   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[344h 0836   1]                Subtable Type : 00 [Processor Local APIC]
[345h 0837   1]                       Length : 08
[346h 0838   1]                 Processor ID : 63
[347h 0839   1]                Local Apic ID : 84
[348h 0840   4]        Flags (decoded below) : 00000001
                           Processor Enabled : 1
                      Runtime Online Capable : 0

[34Ch 0844   1]                Subtable Type : 00 [Processor Local APIC]
[34Dh 0845   1]                       Length : 08
[34Eh 0846   1]                 Processor ID : 64
[34Fh 0847   1]                Local Apic ID : 85
[350h 0848   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[354h 0852   1]                Subtable Type : 00 [Processor Local APIC]
[355h 0853   1]                       Length : 08
[356h 0854   1]                 Processor ID : 65
[357h 0855   1]                Local Apic ID : 86
[358h 0856   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[35Ch 0860   1]                Subtable Type : 00 [Processor Local APIC]
[35Dh 0861   1]                       Length : 08
[35Eh 0862   1]                 Processor ID : 66
[35Fh 0863   1]                Local Apic ID : 88
[360h 0864   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[364h 0868   1]                Subtable Type : 00 [Processor Local APIC]
[365h 0869   1]                       Length : 08
[366h 0870   1]                 Processor ID : 67
[367h 0871   1]                Local Apic ID : 89
[368h 0872   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[36Ch 0876   1]                Subtable Type : 00 [Processor Local APIC]
[36Dh 0877   1]                       Length : 08
[36Eh 0878   1]                 Processor ID : 68
[36Fh 0879   1]                Local Apic ID : 8A
[370h 0880   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[374h 0884   1]                Subtable Type : 00 [Processor Local APIC]
[375h 0885   1]                       Length : 08
[376h 0886   1]                 Processor ID : 69
[377h 0887   1]                Local Apic ID : 8C
[378h 0888   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[37Ch 0892   1]                Subtable Type : 00 [Processor Local APIC]
[37Dh 0893   1]                       Length : 08
[37Eh 0894   1]                 Processor ID : 6A
[37Fh 0895   1]                Local Apic ID : 8D
[380h 0896   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[384h 0900   1]                Subtable Type : 00 [Processor Local APIC]
[385h 0901   1]                       Length : 08
[386h 0902   1]                 Processor ID : 6B
[387h 0903   1]                Local Apic ID : 8E
[388h 0904   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[38Ch 0908   1]                Subtable Type : 00 [Processor Local APIC]
[38Dh 0909   1]                       Length : 08
[38Eh 0910   1]                 Processor ID : 6C
[38Fh 0911   1]                Local Apic ID : 90
[390h 0912   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[394h 0916   1]                Subtable Type : 00 [Processor Local APIC]
[395h 0917   1]                       Length : 08
[396h 0918   1]                 Processor ID : 6D
[397h 0919   1]                Local Apic ID : 91
[398h 0920   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[39Ch 0924   1]                Subtable Type : 00 [Processor Local APIC]
[39Dh 0925   1]                       Length : 08
[39Eh 0926   1]                 Processor ID : 6E
[39Fh 0927   1]                Local Apic ID : 92
[3A0h 0928   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3A4h 0932   1]                Subtable Type : 00 [Processor Local APIC]
[3A5h 0933   1]                       Length : 08
[3A6h 0934   1]                 Processor ID : 6F
[3A7h 0935   1]                Local Apic ID : 94
[3A8h 0936   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3ACh 0940   1]                Subtable Type : 00 [Processor Local APIC]
[3ADh 0941   1]                       Length : 08
[3AEh 0942   1]                 Processor ID : 70
[3AFh 0943   1]                Local Apic ID : 95
[3B0h 0944   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3B4h 0948   1]                Subtable Type : 00 [Processor Local APIC]
[3B5h 0949   1]                       Length : 08
[3B6h 0950   1]                 Processor ID : 71
[3B7h 0951   1]                Local Apic ID : 96
[3B8h 0952   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3BCh 0956   1]                Subtable Type : 00 [Processor Local APIC]
[3BDh 0957   1]                       Length : 08
[3BEh 0958   1]                 Processor ID : 72
[3BFh 0959   1]                Local Apic ID : 98
[3C0h 0960   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3C4h 0964   1]                Subtable Type : 00 [Processor Local APIC]
[3C5h 0965   1]                       Length : 08
[3C6h 0966   1]                 Processor ID : 73
[3C7h 0967   1]                Local Apic ID : 99
[3C8h 0968   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3CCh 0972   1]                Subtable Type : 00 [Processor Local APIC]
[3CDh 0973   1]                       Length : 08
[3CEh 0974   1]                 Processor ID : 74
[3CFh 0975   1]                Local Apic ID : 9A
[3D0h 0976   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3D4h 0980   1]                Subtable Type : 00 [Processor Local APIC]
[3D5h 0981   1]                       Length : 08
[3D6h 0982   1]                 Processor ID : 75
[3D7h 0983   1]                Local Apic ID : 9C
[3D8h 0984   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3DCh 0988   1]                Subtable Type : 00 [Processor Local APIC]
[3DDh 0989   1]                       Length : 08
[3DEh 0990   1]                 Processor ID : 76
[3DFh 0991   1]                Local Apic ID : 9D
[3E0h 0992   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3E4h 0996   1]                Subtable Type : 00 [Processor Local APIC]
[3E5h 0997   1]                       Length : 08
[3E6h 0998   1]                 Processor ID : 77
[3E7h 0999   1]                Local Apic ID : 9E
[3E8h 1000   4]        Flags (decoded below) : 00000000
                           Processor Enabled : 0
                      Runtime Online Capable : 0

[3ECh 1004   1]                Subtable Type : 01 [I/O APIC]
[3EDh 1005   1]                       Length : 0C
[3EEh 1006   1]                  I/O Apic ID : 00
[3EFh 1007   1]                     Reserved : 00
[3F0h 1008   4]                      Address : FEC00000
[3F4h 1012   4]                    Interrupt : 00000000

[3F8h 1016   1]                Subtable Type : 02 [Interrupt Source Override]
[3F9h 1017   1]                       Length : 0A
[3FAh 1018   1]                          Bus : 00
[3FBh 1019   1]                       Source : 00
[3FCh 1020   4]                    Interrupt : 00000002
[400h 1024   2]        Flags (decoded below) : 0000
                                    Polarity : 0
                                Trigger Mode : 0

[402h 1026   1]                Subtable Type : 02 [Interrupt Source Override]
[403h 1027   1]                       Length : 0A
[404h 1028   1]                          Bus : 00
[405h 1029   1]                       Source : 05
[406h 1030   4]                    Interrupt : 00000005
[40Ah 1034   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[40Ch 1036   1]                Subtable Type : 02 [Interrupt Source Override]
[40Dh 1037   1]                       Length : 0A
[40Eh 1038   1]                          Bus : 00
[40Fh 1039   1]                       Source : 09
[410h 1040   4]                    Interrupt : 00000009
[414h 1044   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[416h 1046   1]                Subtable Type : 02 [Interrupt Source Override]
[417h 1047   1]                       Length : 0A
[418h 1048   1]                          Bus : 00
[419h 1049   1]                       Source : 0A
[41Ah 1050   4]                    Interrupt : 0000000A
[41Eh 1054   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[420h 1056   1]                Subtable Type : 02 [Interrupt Source Override]
[421h 1057   1]                       Length : 0A
[422h 1058   1]                          Bus : 00
[423h 1059   1]                       Source : 0B
[424h 1060   4]                    Interrupt : 0000000B
[428h 1064   2]        Flags (decoded below) : 000D
                                    Polarity : 1
                                Trigger Mode : 3

[42Ah 1066   1]                Subtable Type : 04 [Local APIC NMI]
[42Bh 1067   1]                       Length : 06
[42Ch 1068   1]                 Processor ID : FF
[42Dh 1069   2]        Flags (decoded below) : 0000
                                    Polarity : 0
                                Trigger Mode : 0
[42Fh 1071   1]         Interrupt Input LINT : 01

Raw Table Data: Length 1072 (0x430)

    0000: 41 50 49 43 30 04 00 00 03 C5 42 4F 43 48 53 20  // APIC0.....BOCHS
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 00 00 E0 FE 01 00 00 00 00 08 00 00  // ................
    0030: 01 00 00 00 00 08 01 01 01 00 00 00 00 08 02 02  // ................
    0040: 01 00 00 00 00 08 03 04 01 00 00 00 00 08 04 05  // ................
    0050: 01 00 00 00 00 08 05 06 01 00 00 00 00 08 06 08  // ................
    0060: 01 00 00 00 00 08 07 09 01 00 00 00 00 08 08 0A  // ................
    0070: 01 00 00 00 00 08 09 0C 01 00 00 00 00 08 0A 0D  // ................
    0080: 01 00 00 00 00 08 0B 0E 01 00 00 00 00 08 0C 10  // ................
    0090: 01 00 00 00 00 08 0D 11 01 00 00 00 00 08 0E 12  // ................
    00A0: 01 00 00 00 00 08 0F 14 01 00 00 00 00 08 10 15  // ................
    00B0: 01 00 00 00 00 08 11 16 01 00 00 00 00 08 12 18  // ................
    00C0: 01 00 00 00 00 08 13 19 01 00 00 00 00 08 14 1A  // ................
    00D0: 01 00 00 00 00 08 15 1C 01 00 00 00 00 08 16 1D  // ................
    00E0: 01 00 00 00 00 08 17 1E 01 00 00 00 00 08 18 20  // ...............
    00F0: 01 00 00 00 00 08 19 21 01 00 00 00 00 08 1A 22  // .......!......."
    0100: 01 00 00 00 00 08 1B 24 01 00 00 00 00 08 1C 25  // .......$.......%
    0110: 01 00 00 00 00 08 1D 26 01 00 00 00 00 08 1E 28  // .......&.......(
    0120: 01 00 00 00 00 08 1F 29 01 00 00 00 00 08 20 2A  // .......)...... *
    0130: 01 00 00 00 00 08 21 2C 01 00 00 00 00 08 22 2D  // ......!,......"-
    0140: 01 00 00 00 00 08 23 2E 01 00 00 00 00 08 24 30  // ......#.......$0
    0150: 01 00 00 00 00 08 25 31 01 00 00 00 00 08 26 32  // ......%1......&2
    0160: 01 00 00 00 00 08 27 34 01 00 00 00 00 08 28 35  // ......'4......(5
    0170: 01 00 00 00 00 08 29 36 01 00 00 00 00 08 2A 38  // ......)6......*8
    0180: 01 00 00 00 00 08 2B 39 01 00 00 00 00 08 2C 3A  // ......+9......,:
    0190: 01 00 00 00 00 08 2D 3C 01 00 00 00 00 08 2E 3D  // ......-<.......=
    01A0: 01 00 00 00 00 08 2F 3E 01 00 00 00 00 08 30 40  // ....../>......0@
    01B0: 01 00 00 00 00 08 31 41 01 00 00 00 00 08 32 42  // ......1A......2B
    01C0: 01 00 00 00 00 08 33 44 01 00 00 00 00 08 34 45  // ......3D......4E
    01D0: 01 00 00 00 00 08 35 46 01 00 00 00 00 08 36 48  // ......5F......6H
    01E0: 01 00 00 00 00 08 37 49 01 00 00 00 00 08 38 4A  // ......7I......8J
    01F0: 01 00 00 00 00 08 39 4C 01 00 00 00 00 08 3A 4D  // ......9L......:M
    0200: 01 00 00 00 00 08 3B 4E 01 00 00 00 00 08 3C 50  // ......;N......<P
    0210: 01 00 00 00 00 08 3D 51 01 00 00 00 00 08 3E 52  // ......=Q......>R
    0220: 01 00 00 00 00 08 3F 54 01 00 00 00 00 08 40 55  // ......?T......@U
    0230: 01 00 00 00 00 08 41 56 01 00 00 00 00 08 42 58  // ......AV......BX
    0240: 01 00 00 00 00 08 43 59 01 00 00 00 00 08 44 5A  // ......CY......DZ
    0250: 01 00 00 00 00 08 45 5C 01 00 00 00 00 08 46 5D  // ......E\......F]
    0260: 01 00 00 00 00 08 47 5E 01 00 00 00 00 08 48 60  // ......G^......H`
    0270: 01 00 00 00 00 08 49 61 01 00 00 00 00 08 4A 62  // ......Ia......Jb
    0280: 01 00 00 00 00 08 4B 64 01 00 00 00 00 08 4C 65  // ......Kd......Le
    0290: 01 00 00 00 00 08 4D 66 01 00 00 00 00 08 4E 68  // ......Mf......Nh
    02A0: 01 00 00 00 00 08 4F 69 01 00 00 00 00 08 50 6A  // ......Oi......Pj
    02B0: 01 00 00 00 00 08 51 6C 01 00 00 00 00 08 52 6D  // ......Ql......Rm
    02C0: 01 00 00 00 00 08 53 6E 01 00 00 00 00 08 54 70  // ......Sn......Tp
    02D0: 01 00 00 00 00 08 55 71 01 00 00 00 00 08 56 72  // ......Uq......Vr
    02E0: 01 00 00 00 00 08 57 74 01 00 00 00 00 08 58 75  // ......Wt......Xu
    02F0: 01 00 00 00 00 08 59 76 01 00 00 00 00 08 5A 78  // ......Yv......Zx
    0300: 01 00 00 00 00 08 5B 79 01 00 00 00 00 08 5C 7A  // ......[y......\z
    0310: 01 00 00 00 00 08 5D 7C 01 00 00 00 00 08 5E 7D  // ......]|......^}
    0320: 01 00 00 00 00 08 5F 7E 01 00 00 00 00 08 60 80  // ......_~......`.
    0330: 01 00 00 00 00 08 61 81 01 00 00 00 00 08 62 82  // ......a.......b.
    0340: 01 00 00 00 00 08 63 84 01 00 00 00 00 08 64 85  // ......c.......d.
    0350: 00 00 00 00 00 08 65 86 00 00 00 00 00 08 66 88  // ......e.......f.
    0360: 00 00 00 00 00 08 67 89 00 00 00 00 00 08 68 8A  // ......g.......h.
    0370: 00 00 00 00 00 08 69 8C 00 00 00 00 00 08 6A 8D  // ......i.......j.
    0380: 00 00 00 00 00 08 6B 8E 00 00 00 00 00 08 6C 90  // ......k.......l.
    0390: 00 00 00 00 00 08 6D 91 00 00 00 00 00 08 6E 92  // ......m.......n.
    03A0: 00 00 00 00 00 08 6F 94 00 00 00 00 00 08 70 95  // ......o.......p.
    03B0: 00 00 00 00 00 08 71 96 00 00 00 00 00 08 72 98  // ......q.......r.
    03C0: 00 00 00 00 00 08 73 99 00 00 00 00 00 08 74 9A  // ......s.......t.
    03D0: 00 00 00 00 00 08 75 9C 00 00 00 00 00 08 76 9D  // ......u.......v.
    03E0: 00 00 00 00 00 08 77 9E 00 00 00 00 01 0C 00 00  // ......w.........
    03F0: 00 00 C0 FE 00 00 00 00 02 0A 00 00 02 00 00 00  // ................
    0400: 00 00 02 0A 00 05 05 00 00 00 0D 00 02 0A 00 09  // ................
    0410: 09 00 00 00 0D 00 02 0A 00 0A 0A 00 00 00 0D 00  // ................
    0420: 02 0A 00 0B 0B 00 00 00 0D 00 04 06 FF 00 00 01  // ................
