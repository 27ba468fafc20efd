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
[004h 0004   4]                 Table Length : 000013D8
[008h 0008   1]                     Revision : 01
[009h 0009   1]                     Checksum : BB
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

[042h 0066   1]      Proximity Domain Low(8) : 00
[043h 0067   1]                      Apic ID : 01
[044h 0068   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[048h 0072   1]              Local Sapic EID : 00
[049h 0073   3]    Proximity Domain High(24) : 000000
[04Ch 0076   4]                 Clock Domain : 00000000

[050h 0080   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[051h 0081   1]                       Length : 10

[052h 0082   1]      Proximity Domain Low(8) : 00
[053h 0083   1]                      Apic ID : 02
[054h 0084   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[058h 0088   1]              Local Sapic EID : 00
[059h 0089   3]    Proximity Domain High(24) : 000000
[05Ch 0092   4]                 Clock Domain : 00000000

[060h 0096   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[061h 0097   1]                       Length : 10

[062h 0098   1]      Proximity Domain Low(8) : 00
[063h 0099   1]                      Apic ID : 03
[064h 0100   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[068h 0104   1]              Local Sapic EID : 00
[069h 0105   3]    Proximity Domain High(24) : 000000
[06Ch 0108   4]                 Clock Domain : 00000000

[070h 0112   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[071h 0113   1]                       Length : 10

[072h 0114   1]      Proximity Domain Low(8) : 00
[073h 0115   1]                      Apic ID : 04
[074h 0116   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[078h 0120   1]              Local Sapic EID : 00
[079h 0121   3]    Proximity Domain High(24) : 000000
[07Ch 0124   4]                 Clock Domain : 00000000

[080h 0128   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[081h 0129   1]                       Length : 10

[082h 0130   1]      Proximity Domain Low(8) : 00
[083h 0131   1]                      Apic ID : 05
[084h 0132   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[088h 0136   1]              Local Sapic EID : 00
[089h 0137   3]    Proximity Domain High(24) : 000000
[08Ch 0140   4]                 Clock Domain : 00000000

[090h 0144   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[091h 0145   1]                       Length : 10

[092h 0146   1]      Proximity Domain Low(8) : 00
[093h 0147   1]                      Apic ID : 06
[094h 0148   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[098h 0152   1]              Local Sapic EID : 00
[099h 0153   3]    Proximity Domain High(24) : 000000
[09Ch 0156   4]                 Clock Domain : 00000000

[0A0h 0160   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[0A1h 0161   1]                       Length : 10

[0A2h 0162   1]      Proximity Domain Low(8) : 00
[0A3h 0163   1]                      Apic ID : 07
[0A4h 0164   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[0A8h 0168   1]              Local Sapic EID : 00
[0A9h 0169   3]    Proximity Domain High(24) : 000000
[0ACh 0172   4]                 Clock Domain : 00000000

[0B0h 0176   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[0B1h 0177   1]                       Length : 10

[0B2h 0178   1]      Proximity Domain Low(8) : 00
[0B3h 0179   1]                      Apic ID : 08
[0B4h 0180   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[0B8h 0184   1]              Local Sapic EID : 00
[0B9h 0185   3]    Proximity Domain High(24) : 000000
[0BCh 0188   4]                 Clock Domain : 00000000

[0C0h 0192   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[0C1h 0193   1]                       Length : 10

[0C2h 0194   1]      Proximity Domain Low(8) : 00
[0C3h 0195   1]                      Apic ID : 09
[0C4h 0196   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[0C8h 0200   1]              Local Sapic EID : 00
[0C9h 0201   3]    Proximity Domain High(24) : 000000
[0CCh 0204   4]                 Clock Domain : 00000000

[0D0h 0208   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[0D1h 0209   1]                       Length : 10

[0D2h 0210   1]      Proximity Domain Low(8) : 00
[0D3h 0211   1]                      Apic ID : 0A
[0D4h 0212   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[0D8h 0216   1]              Local Sapic EID : 00
[0D9h 0217   3]    Proximity Domain High(24) : 000000
[0DCh 0220   4]                 Clock Domain : 00000000

[0E0h 0224   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[0E1h 0225   1]                       Length : 10

[0E2h 0226   1]      Proximity Domain Low(8) : 00
[0E3h 0227   1]                      Apic ID : 0B
[0E4h 0228   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[0E8h 0232   1]              Local Sapic EID : 00
[0E9h 0233   3]    Proximity Domain High(24) : 000000
[0ECh 0236   4]                 Clock Domain : 00000000

[0F0h 0240   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[0F1h 0241   1]                       Length : 10

[0F2h 0242   1]      Proximity Domain Low(8) : 00
[0F3h 0243   1]                      Apic ID : 0C
[0F4h 0244   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[0F8h 0248   1]              Local Sapic EID : 00
[0F9h 0249   3]    Proximity Domain High(24) : 000000
[0FCh 0252   4]                 Clock Domain : 00000000

[100h 0256   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[101h 0257   1]                       Length : 10

[102h 0258   1]      Proximity Domain Low(8) : 00
[103h 0259   1]                      Apic ID : 0D
[104h 0260   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[108h 0264   1]              Local Sapic EID : 00
[109h 0265   3]    Proximity Domain High(24) : 000000
[10Ch 0268   4]                 Clock Domain : 00000000

[110h 0272   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[111h 0273   1]                       Length : 10

[112h 0274   1]      Proximity Domain Low(8) : 00
[113h 0275   1]                      Apic ID : 0E
[114h 0276   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[118h 0280   1]              Local Sapic EID : 00
[119h 0281   3]    Proximity Domain High(24) : 000000
[11Ch 0284   4]                 Clock Domain : 00000000

[120h 0288   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[121h 0289   1]                       Length : 10

[122h 0290   1]      Proximity Domain Low(8) : 00
[123h 0291   1]                      Apic ID : 0F
[124h 0292   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[128h 0296   1]              Local Sapic EID : 00
[129h 0297   3]    Proximity Domain High(24) : 000000
[12Ch 0300   4]                 Clock Domain : 00000000

[130h 0304   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[131h 0305   1]                       Length : 10

[132h 0306   1]      Proximity Domain Low(8) : 00
[133h 0307   1]                      Apic ID : 10
[134h 0308   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[138h 0312   1]              Local Sapic EID : 00
[139h 0313   3]    Proximity Domain High(24) : 000000
[13Ch 0316   4]                 Clock Domain : 00000000

[140h 0320   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[141h 0321   1]                       Length : 10

[142h 0322   1]      Proximity Domain Low(8) : 00
[143h 0323   1]                      Apic ID : 11
[144h 0324   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[148h 0328   1]              Local Sapic EID : 00
[149h 0329   3]    Proximity Domain High(24) : 000000
[14Ch 0332   4]                 Clock Domain : 00000000

[150h 0336   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[151h 0337   1]                       Length : 10

[152h 0338   1]      Proximity Domain Low(8) : 00
[153h 0339   1]                      Apic ID : 12
[154h 0340   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[158h 0344   1]              Local Sapic EID : 00
[159h 0345   3]    Proximity Domain High(24) : 000000
[15Ch 0348   4]                 Clock Domain : 00000000

[160h 0352   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[161h 0353   1]                       Length : 10

[162h 0354   1]      Proximity Domain Low(8) : 00
[163h 0355   1]                      Apic ID : 13
[164h 0356   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[168h 0360   1]              Local Sapic EID : 00
[169h 0361   3]    Proximity Domain High(24) : 000000
[16Ch 0364   4]                 Clock Domain : 00000000

[170h 0368   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[171h 0369   1]                       Length : 10

[172h 0370   1]      Proximity Domain Low(8) : 00
[173h 0371   1]                      Apic ID : 14
[174h 0372   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[178h 0376   1]              Local Sapic EID : 00
[179h 0377   3]    Proximity Domain High(24) : 000000
[17Ch 0380   4]                 Clock Domain : 00000000

[180h 0384   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[181h 0385   1]                       Length : 10

[182h 0386   1]      Proximity Domain Low(8) : 00
[183h 0387   1]                      Apic ID : 15
[184h 0388   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[188h 0392   1]              Local Sapic EID : 00
[189h 0393   3]    Proximity Domain High(24) : 000000
[18Ch 0396   4]                 Clock Domain : 00000000

[190h 0400   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[191h 0401   1]                       Length : 10

[192h 0402   1]      Proximity Domain Low(8) : 00
[193h 0403   1]                      Apic ID : 16
[194h 0404   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[198h 0408   1]              Local Sapic EID : 00
[199h 0409   3]    Proximity Domain High(24) : 000000
[19Ch 0412   4]                 Clock Domain : 00000000

[1A0h 0416   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[1A1h 0417   1]                       Length : 10

[1A2h 0418   1]      Proximity Domain Low(8) : 00
[1A3h 0419   1]                      Apic ID : 17
[1A4h 0420   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1A8h 0424   1]              Local Sapic EID : 00
[1A9h 0425   3]    Proximity Domain High(24) : 000000
[1ACh 0428   4]                 Clock Domain : 00000000

[1B0h 0432   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[1B1h 0433   1]                       Length : 10

[1B2h 0434   1]      Proximity Domain Low(8) : 00
[1B3h 0435   1]                      Apic ID : 18
[1B4h 0436   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1B8h 0440   1]              Local Sapic EID : 00
[1B9h 0441   3]    Proximity Domain High(24) : 000000
[1BCh 0444   4]                 Clock Domain : 00000000

[1C0h 0448   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[1C1h 0449   1]                       Length : 10

[1C2h 0450   1]      Proximity Domain Low(8) : 00
[1C3h 0451   1]                      Apic ID : 19
[1C4h 0452   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1C8h 0456   1]              Local Sapic EID : 00
[1C9h 0457   3]    Proximity Domain High(24) : 000000
[1CCh 0460   4]                 Clock Domain : 00000000

[1D0h 0464   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[1D1h 0465   1]                       Length : 10

[1D2h 0466   1]      Proximity Domain Low(8) : 00
[1D3h 0467   1]                      Apic ID : 1A
[1D4h 0468   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1D8h 0472   1]              Local Sapic EID : 00
[1D9h 0473   3]    Proximity Domain High(24) : 000000
[1DCh 0476   4]                 Clock Domain : 00000000

[1E0h 0480   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[1E1h 0481   1]                       Length : 10

[1E2h 0482   1]      Proximity Domain Low(8) : 00
[1E3h 0483   1]                      Apic ID : 1B
[1E4h 0484   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1E8h 0488   1]              Local Sapic EID : 00
[1E9h 0489   3]    Proximity Domain High(24) : 000000
[1ECh 0492   4]                 Clock Domain : 00000000

[1F0h 0496   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[1F1h 0497   1]                       Length : 10

[1F2h 0498   1]      Proximity Domain Low(8) : 00
[1F3h 0499   1]                      Apic ID : 1C
[1F4h 0500   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1F8h 0504   1]              Local Sapic EID : 00
[1F9h 0505   3]    Proximity Domain High(24) : 000000
[1FCh 0508   4]                 Clock Domain : 00000000

[200h 0512   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[201h 0513   1]                       Length : 10

[202h 0514   1]      Proximity Domain Low(8) : 00
[203h 0515   1]                      Apic ID : 1D
[204h 0516   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[208h 0520   1]              Local Sapic EID : 00
[209h 0521   3]    Proximity Domain High(24) : 000000
[20Ch 0524   4]                 Clock Domain : 00000000

[210h 0528   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[211h 0529   1]                       Length : 10

[212h 0530   1]      Proximity Domain Low(8) : 00
[213h 0531   1]                      Apic ID : 1E
[214h 0532   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[218h 0536   1]              Local Sapic EID : 00
[219h 0537   3]    Proximity Domain High(24) : 000000
[21Ch 0540   4]                 Clock Domain : 00000000

[220h 0544   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[221h 0545   1]                       Length : 10

[222h 0546   1]      Proximity Domain Low(8) : 00
[223h 0547   1]                      Apic ID : 1F
[224h 0548   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[228h 0552   1]              Local Sapic EID : 00
[229h 0553   3]    Proximity Domain High(24) : 000000
[22Ch 0556   4]                 Clock Domain : 00000000

[230h 0560   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[231h 0561   1]                       Length : 10

[232h 0562   1]      Proximity Domain Low(8) : 00
[233h 0563   1]                      Apic ID : 20
[234h 0564   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[238h 0568   1]              Local Sapic EID : 00
[239h 0569   3]    Proximity Domain High(24) : 000000
[23Ch 0572   4]                 Clock Domain : 00000000

[240h 0576   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[241h 0577   1]                       Length : 10

[242h 0578   1]      Proximity Domain Low(8) : 00
[243h 0579   1]                      Apic ID : 21
[244h 0580   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[248h 0584   1]              Local Sapic EID : 00
[249h 0585   3]    Proximity Domain High(24) : 000000
[24Ch 0588   4]                 Clock Domain : 00000000

[250h 0592   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[251h 0593   1]                       Length : 10

[252h 0594   1]      Proximity Domain Low(8) : 00
[253h 0595   1]                      Apic ID : 22
[254h 0596   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[258h 0600   1]              Local Sapic EID : 00
[259h 0601   3]    Proximity Domain High(24) : 000000
[25Ch 0604   4]                 Clock Domain : 00000000

[260h 0608   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[261h 0609   1]                       Length : 10

[262h 0610   1]      Proximity Domain Low(8) : 00
[263h 0611   1]                      Apic ID : 23
[264h 0612   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[268h 0616   1]              Local Sapic EID : 00
[269h 0617   3]    Proximity Domain High(24) : 000000
[26Ch 0620   4]                 Clock Domain : 00000000

[270h 0624   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[271h 0625   1]                       Length : 10

[272h 0626   1]      Proximity Domain Low(8) : 00
[273h 0627   1]                      Apic ID : 24
[274h 0628   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[278h 0632   1]              Local Sapic EID : 00
[279h 0633   3]    Proximity Domain High(24) : 000000
[27Ch 0636   4]                 Clock Domain : 00000000

[280h 0640   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[281h 0641   1]                       Length : 10

[282h 0642   1]      Proximity Domain Low(8) : 00
[283h 0643   1]                      Apic ID : 25
[284h 0644   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[288h 0648   1]              Local Sapic EID : 00
[289h 0649   3]    Proximity Domain High(24) : 000000
[28Ch 0652   4]                 Clock Domain : 00000000

[290h 0656   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[291h 0657   1]                       Length : 10

[292h 0658   1]      Proximity Domain Low(8) : 00
[293h 0659   1]                      Apic ID : 26
[294h 0660   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[298h 0664   1]              Local Sapic EID : 00
[299h 0665   3]    Proximity Domain High(24) : 000000
[29Ch 0668   4]                 Clock Domain : 00000000

[2A0h 0672   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[2A1h 0673   1]                       Length : 10

[2A2h 0674   1]      Proximity Domain Low(8) : 00
[2A3h 0675   1]                      Apic ID : 27
[2A4h 0676   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[2A8h 0680   1]              Local Sapic EID : 00
[2A9h 0681   3]    Proximity Domain High(24) : 000000
[2ACh 0684   4]                 Clock Domain : 00000000

[2B0h 0688   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[2B1h 0689   1]                       Length : 10

[2B2h 0690   1]      Proximity Domain Low(8) : 00
[2B3h 0691   1]                      Apic ID : 28
[2B4h 0692   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[2B8h 0696   1]              Local Sapic EID : 00
[2B9h 0697   3]    Proximity Domain High(24) : 000000
[2BCh 0700   4]                 Clock Domain : 00000000

[2C0h 0704   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[2C1h 0705   1]                       Length : 10

[2C2h 0706   1]      Proximity Domain Low(8) : 00
[2C3h 0707   1]                      Apic ID : 29
[2C4h 0708   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[2C8h 0712   1]              Local Sapic EID : 00
[2C9h 0713   3]    Proximity Domain High(24) : 000000
[2CCh 0716   4]                 Clock Domain : 00000000

[2D0h 0720   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[2D1h 0721   1]                       Length : 10

[2D2h 0722   1]      Proximity Domain Low(8) : 00
[2D3h 0723   1]                      Apic ID : 2A
[2D4h 0724   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[2D8h 0728   1]              Local Sapic EID : 00
[2D9h 0729   3]    Proximity Domain High(24) : 000000
[2DCh 0732   4]                 Clock Domain : 00000000

[2E0h 0736   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[2E1h 0737   1]                       Length : 10

[2E2h 0738   1]      Proximity Domain Low(8) : 00
[2E3h 0739   1]                      Apic ID : 2B
[2E4h 0740   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[2E8h 0744   1]              Local Sapic EID : 00
[2E9h 0745   3]    Proximity Domain High(24) : 000000
[2ECh 0748   4]                 Clock Domain : 00000000

[2F0h 0752   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[2F1h 0753   1]                       Length : 10

[2F2h 0754   1]      Proximity Domain Low(8) : 00
[2F3h 0755   1]                      Apic ID : 2C
[2F4h 0756   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[2F8h 0760   1]              Local Sapic EID : 00
[2F9h 0761   3]    Proximity Domain High(24) : 000000
[2FCh 0764   4]                 Clock Domain : 00000000

[300h 0768   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[301h 0769   1]                       Length : 10

[302h 0770   1]      Proximity Domain Low(8) : 00
[303h 0771   1]                      Apic ID : 2D
[304h 0772   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[308h 0776   1]              Local Sapic EID : 00
[309h 0777   3]    Proximity Domain High(24) : 000000
[30Ch 0780   4]                 Clock Domain : 00000000

[310h 0784   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[311h 0785   1]                       Length : 10

[312h 0786   1]      Proximity Domain Low(8) : 00
[313h 0787   1]                      Apic ID : 2E
[314h 0788   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[318h 0792   1]              Local Sapic EID : 00
[319h 0793   3]    Proximity Domain High(24) : 000000
[31Ch 0796   4]                 Clock Domain : 00000000

[320h 0800   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[321h 0801   1]                       Length : 10

[322h 0802   1]      Proximity Domain Low(8) : 00
[323h 0803   1]                      Apic ID : 2F
[324h 0804   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[328h 0808   1]              Local Sapic EID : 00
[329h 0809   3]    Proximity Domain High(24) : 000000
[32Ch 0812   4]                 Clock Domain : 00000000

[330h 0816   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[331h 0817   1]                       Length : 10

[332h 0818   1]      Proximity Domain Low(8) : 00
[333h 0819   1]                      Apic ID : 30
[334h 0820   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[338h 0824   1]              Local Sapic EID : 00
[339h 0825   3]    Proximity Domain High(24) : 000000
[33Ch 0828   4]                 Clock Domain : 00000000

[340h 0832   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[341h 0833   1]                       Length : 10

[342h 0834   1]      Proximity Domain Low(8) : 00
[343h 0835   1]                      Apic ID : 31
[344h 0836   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[348h 0840   1]              Local Sapic EID : 00
[349h 0841   3]    Proximity Domain High(24) : 000000
[34Ch 0844   4]                 Clock Domain : 00000000

[350h 0848   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[351h 0849   1]                       Length : 10

[352h 0850   1]      Proximity Domain Low(8) : 00
[353h 0851   1]                      Apic ID : 32
[354h 0852   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[358h 0856   1]              Local Sapic EID : 00
[359h 0857   3]    Proximity Domain High(24) : 000000
[35Ch 0860   4]                 Clock Domain : 00000000

[360h 0864   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[361h 0865   1]                       Length : 10

[362h 0866   1]      Proximity Domain Low(8) : 00
[363h 0867   1]                      Apic ID : 33
[364h 0868   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[368h 0872   1]              Local Sapic EID : 00
[369h 0873   3]    Proximity Domain High(24) : 000000
[36Ch 0876   4]                 Clock Domain : 00000000

[370h 0880   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[371h 0881   1]                       Length : 10

[372h 0882   1]      Proximity Domain Low(8) : 00
[373h 0883   1]                      Apic ID : 34
[374h 0884   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[378h 0888   1]              Local Sapic EID : 00
[379h 0889   3]    Proximity Domain High(24) : 000000
[37Ch 0892   4]                 Clock Domain : 00000000

[380h 0896   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[381h 0897   1]                       Length : 10

[382h 0898   1]      Proximity Domain Low(8) : 00
[383h 0899   1]                      Apic ID : 35
[384h 0900   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[388h 0904   1]              Local Sapic EID : 00
[389h 0905   3]    Proximity Domain High(24) : 000000
[38Ch 0908   4]                 Clock Domain : 00000000

[390h 0912   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[391h 0913   1]                       Length : 10

[392h 0914   1]      Proximity Domain Low(8) : 00
[393h 0915   1]                      Apic ID : 36
[394h 0916   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[398h 0920   1]              Local Sapic EID : 00
[399h 0921   3]    Proximity Domain High(24) : 000000
[39Ch 0924   4]                 Clock Domain : 00000000

[3A0h 0928   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[3A1h 0929   1]                       Length : 10

[3A2h 0930   1]      Proximity Domain Low(8) : 00
[3A3h 0931   1]                      Apic ID : 37
[3A4h 0932   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[3A8h 0936   1]              Local Sapic EID : 00
[3A9h 0937   3]    Proximity Domain High(24) : 000000
[3ACh 0940   4]                 Clock Domain : 00000000

[3B0h 0944   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[3B1h 0945   1]                       Length : 10

[3B2h 0946   1]      Proximity Domain Low(8) : 00
[3B3h 0947   1]                      Apic ID : 38
[3B4h 0948   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[3B8h 0952   1]              Local Sapic EID : 00
[3B9h 0953   3]    Proximity Domain High(24) : 000000
[3BCh 0956   4]                 Clock Domain : 00000000

[3C0h 0960   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[3C1h 0961   1]                       Length : 10

[3C2h 0962   1]      Proximity Domain Low(8) : 00
[3C3h 0963   1]                      Apic ID : 39
[3C4h 0964   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[3C8h 0968   1]              Local Sapic EID : 00
[3C9h 0969   3]    Proximity Domain High(24) : 000000
[3CCh 0972   4]                 Clock Domain : 00000000

[3D0h 0976   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[3D1h 0977   1]                       Length : 10

[3D2h 0978   1]      Proximity Domain Low(8) : 00
[3D3h 0979   1]                      Apic ID : 3A
[3D4h 0980   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[3D8h 0984   1]              Local Sapic EID : 00
[3D9h 0985   3]    Proximity Domain High(24) : 000000
[3DCh 0988   4]                 Clock Domain : 00000000

[3E0h 0992   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[3E1h 0993   1]                       Length : 10

[3E2h 0994   1]      Proximity Domain Low(8) : 00
[3E3h 0995   1]                      Apic ID : 3B
[3E4h 0996   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[3E8h 1000   1]              Local Sapic EID : 00
[3E9h 1001   3]    Proximity Domain High(24) : 000000
[3ECh 1004   4]                 Clock Domain : 00000000

[3F0h 1008   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[3F1h 1009   1]                       Length : 10

[3F2h 1010   1]      Proximity Domain Low(8) : 00
[3F3h 1011   1]                      Apic ID : 3C
[3F4h 1012   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[3F8h 1016   1]              Local Sapic EID : 00
[3F9h 1017   3]    Proximity Domain High(24) : 000000
[3FCh 1020   4]                 Clock Domain : 00000000

[400h 1024   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[401h 1025   1]                       Length : 10

[402h 1026   1]      Proximity Domain Low(8) : 00
[403h 1027   1]                      Apic ID : 3D
[404h 1028   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[408h 1032   1]              Local Sapic EID : 00
[409h 1033   3]    Proximity Domain High(24) : 000000
[40Ch 1036   4]                 Clock Domain : 00000000

[410h 1040   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[411h 1041   1]                       Length : 10

[412h 1042   1]      Proximity Domain Low(8) : 00
[413h 1043   1]                      Apic ID : 3E
[414h 1044   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[418h 1048   1]              Local Sapic EID : 00
[419h 1049   3]    Proximity Domain High(24) : 000000
[41Ch 1052   4]                 Clock Domain : 00000000

[420h 1056   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[421h 1057   1]                       Length : 10

[422h 1058   1]      Proximity Domain Low(8) : 00
[423h 1059   1]                      Apic ID : 3F
[424h 1060   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[428h 1064   1]              Local Sapic EID : 00
[429h 1065   3]    Proximity Domain High(24) : 000000
[42Ch 1068   4]                 Clock Domain : 00000000

[430h 1072   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[431h 1073   1]                       Length : 10

[432h 1074   1]      Proximity Domain Low(8) : 00
[433h 1075   1]                      Apic ID : 40
[434h 1076   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[438h 1080   1]              Local Sapic EID : 00
[439h 1081   3]    Proximity Domain High(24) : 000000
[43Ch 1084   4]                 Clock Domain : 00000000

[440h 1088   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[441h 1089   1]                       Length : 10

[442h 1090   1]      Proximity Domain Low(8) : 00
[443h 1091   1]                      Apic ID : 41
[444h 1092   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[448h 1096   1]              Local Sapic EID : 00
[449h 1097   3]    Proximity Domain High(24) : 000000
[44Ch 1100   4]                 Clock Domain : 00000000

[450h 1104   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[451h 1105   1]                       Length : 10

[452h 1106   1]      Proximity Domain Low(8) : 00
[453h 1107   1]                      Apic ID : 42
[454h 1108   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[458h 1112   1]              Local Sapic EID : 00
[459h 1113   3]    Proximity Domain High(24) : 000000
[45Ch 1116   4]                 Clock Domain : 00000000

[460h 1120   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[461h 1121   1]                       Length : 10

[462h 1122   1]      Proximity Domain Low(8) : 00
[463h 1123   1]                      Apic ID : 43
[464h 1124   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[468h 1128   1]              Local Sapic EID : 00
[469h 1129   3]    Proximity Domain High(24) : 000000
[46Ch 1132   4]                 Clock Domain : 00000000

[470h 1136   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[471h 1137   1]                       Length : 10

[472h 1138   1]      Proximity Domain Low(8) : 00
[473h 1139   1]                      Apic ID : 44
[474h 1140   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[478h 1144   1]              Local Sapic EID : 00
[479h 1145   3]    Proximity Domain High(24) : 000000
[47Ch 1148   4]                 Clock Domain : 00000000

[480h 1152   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[481h 1153   1]                       Length : 10

[482h 1154   1]      Proximity Domain Low(8) : 00
[483h 1155   1]                      Apic ID : 45
[484h 1156   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[488h 1160   1]              Local Sapic EID : 00
[489h 1161   3]    Proximity Domain High(24) : 000000
[48Ch 1164   4]                 Clock Domain : 00000000

[490h 1168   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[491h 1169   1]                       Length : 10

[492h 1170   1]      Proximity Domain Low(8) : 00
[493h 1171   1]                      Apic ID : 46
[494h 1172   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[498h 1176   1]              Local Sapic EID : 00
[499h 1177   3]    Proximity Domain High(24) : 000000
[49Ch 1180   4]                 Clock Domain : 00000000

[4A0h 1184   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[4A1h 1185   1]                       Length : 10

[4A2h 1186   1]      Proximity Domain Low(8) : 00
[4A3h 1187   1]                      Apic ID : 47
[4A4h 1188   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[4A8h 1192   1]              Local Sapic EID : 00
[4A9h 1193   3]    Proximity Domain High(24) : 000000
[4ACh 1196   4]                 Clock Domain : 00000000

[4B0h 1200   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[4B1h 1201   1]                       Length : 10

[4B2h 1202   1]      Proximity Domain Low(8) : 00
[4B3h 1203   1]                      Apic ID : 48
[4B4h 1204   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[4B8h 1208   1]              Local Sapic EID : 00
[4B9h 1209   3]    Proximity Domain High(24) : 000000
[4BCh 1212   4]                 Clock Domain : 00000000

[4C0h 1216   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[4C1h 1217   1]                       Length : 10

[4C2h 1218   1]      Proximity Domain Low(8) : 00
[4C3h 1219   1]                      Apic ID : 49
[4C4h 1220   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[4C8h 1224   1]              Local Sapic EID : 00
[4C9h 1225   3]    Proximity Domain High(24) : 000000
[4CCh 1228   4]                 Clock Domain : 00000000

[4D0h 1232   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[4D1h 1233   1]                       Length : 10

[4D2h 1234   1]      Proximity Domain Low(8) : 00
[4D3h 1235   1]                      Apic ID : 4A
[4D4h 1236   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[4D8h 1240   1]              Local Sapic EID : 00
[4D9h 1241   3]    Proximity Domain High(24) : 000000
[4DCh 1244   4]                 Clock Domain : 00000000

[4E0h 1248   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[4E1h 1249   1]                       Length : 10

[4E2h 1250   1]      Proximity Domain Low(8) : 00
[4E3h 1251   1]                      Apic ID : 4B
[4E4h 1252   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[4E8h 1256   1]              Local Sapic EID : 00
[4E9h 1257   3]    Proximity Domain High(24) : 000000
[4ECh 1260   4]                 Clock Domain : 00000000

[4F0h 1264   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[4F1h 1265   1]                       Length : 10

[4F2h 1266   1]      Proximity Domain Low(8) : 00
[4F3h 1267   1]                      Apic ID : 4C
[4F4h 1268   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[4F8h 1272   1]              Local Sapic EID : 00
[4F9h 1273   3]    Proximity Domain High(24) : 000000
[4FCh 1276   4]                 Clock Domain : 00000000

[500h 1280   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[501h 1281   1]                       Length : 10

[502h 1282   1]      Proximity Domain Low(8) : 00
[503h 1283   1]                      Apic ID : 4D
[504h 1284   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[508h 1288   1]              Local Sapic EID : 00
[509h 1289   3]    Proximity Domain High(24) : 000000
[50Ch 1292   4]                 Clock Domain : 00000000

[510h 1296   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[511h 1297   1]                       Length : 10

[512h 1298   1]      Proximity Domain Low(8) : 00
[513h 1299   1]                      Apic ID : 4E
[514h 1300   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[518h 1304   1]              Local Sapic EID : 00
[519h 1305   3]    Proximity Domain High(24) : 000000
[51Ch 1308   4]                 Clock Domain : 00000000

[520h 1312   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[521h 1313   1]                       Length : 10

[522h 1314   1]      Proximity Domain Low(8) : 00
[523h 1315   1]                      Apic ID : 4F
[524h 1316   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[528h 1320   1]              Local Sapic EID : 00
[529h 1321   3]    Proximity Domain High(24) : 000000
[52Ch 1324   4]                 Clock Domain : 00000000

[530h 1328   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[531h 1329   1]                       Length : 10

[532h 1330   1]      Proximity Domain Low(8) : 00
[533h 1331   1]                      Apic ID : 50
[534h 1332   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[538h 1336   1]              Local Sapic EID : 00
[539h 1337   3]    Proximity Domain High(24) : 000000
[53Ch 1340   4]                 Clock Domain : 00000000

[540h 1344   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[541h 1345   1]                       Length : 10

[542h 1346   1]      Proximity Domain Low(8) : 00
[543h 1347   1]                      Apic ID : 51
[544h 1348   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[548h 1352   1]              Local Sapic EID : 00
[549h 1353   3]    Proximity Domain High(24) : 000000
[54Ch 1356   4]                 Clock Domain : 00000000

[550h 1360   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[551h 1361   1]                       Length : 10

[552h 1362   1]      Proximity Domain Low(8) : 00
[553h 1363   1]                      Apic ID : 52
[554h 1364   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[558h 1368   1]              Local Sapic EID : 00
[559h 1369   3]    Proximity Domain High(24) : 000000
[55Ch 1372   4]                 Clock Domain : 00000000

[560h 1376   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[561h 1377   1]                       Length : 10

[562h 1378   1]      Proximity Domain Low(8) : 00
[563h 1379   1]                      Apic ID : 53
[564h 1380   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[568h 1384   1]              Local Sapic EID : 00
[569h 1385   3]    Proximity Domain High(24) : 000000
[56Ch 1388   4]                 Clock Domain : 00000000

[570h 1392   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[571h 1393   1]                       Length : 10

[572h 1394   1]      Proximity Domain Low(8) : 00
[573h 1395   1]                      Apic ID : 54
[574h 1396   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[578h 1400   1]              Local Sapic EID : 00
[579h 1401   3]    Proximity Domain High(24) : 000000
[57Ch 1404   4]                 Clock Domain : 00000000

[580h 1408   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[581h 1409   1]                       Length : 10

[582h 1410   1]      Proximity Domain Low(8) : 00
[583h 1411   1]                      Apic ID : 55
[584h 1412   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[588h 1416   1]              Local Sapic EID : 00
[589h 1417   3]    Proximity Domain High(24) : 000000
[58Ch 1420   4]                 Clock Domain : 00000000

[590h 1424   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[591h 1425   1]                       Length : 10

[592h 1426   1]      Proximity Domain Low(8) : 00
[593h 1427   1]                      Apic ID : 56
[594h 1428   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[598h 1432   1]              Local Sapic EID : 00
[599h 1433   3]    Proximity Domain High(24) : 000000
[59Ch 1436   4]                 Clock Domain : 00000000

[5A0h 1440   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[5A1h 1441   1]                       Length : 10

[5A2h 1442   1]      Proximity Domain Low(8) : 00
[5A3h 1443   1]                      Apic ID : 57
[5A4h 1444   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[5A8h 1448   1]              Local Sapic EID : 00
[5A9h 1449   3]    Proximity Domain High(24) : 000000
[5ACh 1452   4]                 Clock Domain : 00000000

[5B0h 1456   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[5B1h 1457   1]                       Length : 10

[5B2h 1458   1]      Proximity Domain Low(8) : 00
[5B3h 1459   1]                      Apic ID : 58
[5B4h 1460   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[5B8h 1464   1]              Local Sapic EID : 00
[5B9h 1465   3]    Proximity Domain High(24) : 000000
[5BCh 1468   4]                 Clock Domain : 00000000

[5C0h 1472   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[5C1h 1473   1]                       Length : 10

[5C2h 1474   1]      Proximity Domain Low(8) : 00
[5C3h 1475   1]                      Apic ID : 59
[5C4h 1476   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[5C8h 1480   1]              Local Sapic EID : 00
[5C9h 1481   3]    Proximity Domain High(24) : 000000
[5CCh 1484   4]                 Clock Domain : 00000000

[5D0h 1488   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[5D1h 1489   1]                       Length : 10

[5D2h 1490   1]      Proximity Domain Low(8) : 00
[5D3h 1491   1]                      Apic ID : 5A
[5D4h 1492   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[5D8h 1496   1]              Local Sapic EID : 00
[5D9h 1497   3]    Proximity Domain High(24) : 000000
[5DCh 1500   4]                 Clock Domain : 00000000

[5E0h 1504   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[5E1h 1505   1]                       Length : 10

[5E2h 1506   1]      Proximity Domain Low(8) : 00
[5E3h 1507   1]                      Apic ID : 5B
[5E4h 1508   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[5E8h 1512   1]              Local Sapic EID : 00
[5E9h 1513   3]    Proximity Domain High(24) : 000000
[5ECh 1516   4]                 Clock Domain : 00000000

[5F0h 1520   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[5F1h 1521   1]                       Length : 10

[5F2h 1522   1]      Proximity Domain Low(8) : 00
[5F3h 1523   1]                      Apic ID : 5C
[5F4h 1524   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[5F8h 1528   1]              Local Sapic EID : 00
[5F9h 1529   3]    Proximity Domain High(24) : 000000
[5FCh 1532   4]                 Clock Domain : 00000000

[600h 1536   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[601h 1537   1]                       Length : 10

[602h 1538   1]      Proximity Domain Low(8) : 00
[603h 1539   1]                      Apic ID : 5D
[604h 1540   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[608h 1544   1]              Local Sapic EID : 00
[609h 1545   3]    Proximity Domain High(24) : 000000
[60Ch 1548   4]                 Clock Domain : 00000000

[610h 1552   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[611h 1553   1]                       Length : 10

[612h 1554   1]      Proximity Domain Low(8) : 00
[613h 1555   1]                      Apic ID : 5E
[614h 1556   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[618h 1560   1]              Local Sapic EID : 00
[619h 1561   3]    Proximity Domain High(24) : 000000
[61Ch 1564   4]                 Clock Domain : 00000000

[620h 1568   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[621h 1569   1]                       Length : 10

[622h 1570   1]      Proximity Domain Low(8) : 00
[623h 1571   1]                      Apic ID : 5F
[624h 1572   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[628h 1576   1]              Local Sapic EID : 00
[629h 1577   3]    Proximity Domain High(24) : 000000
[62Ch 1580   4]                 Clock Domain : 00000000

[630h 1584   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[631h 1585   1]                       Length : 10

[632h 1586   1]      Proximity Domain Low(8) : 00
[633h 1587   1]                      Apic ID : 60
[634h 1588   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[638h 1592   1]              Local Sapic EID : 00
[639h 1593   3]    Proximity Domain High(24) : 000000
[63Ch 1596   4]                 Clock Domain : 00000000

[640h 1600   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[641h 1601   1]                       Length : 10

[642h 1602   1]      Proximity Domain Low(8) : 00
[643h 1603   1]                      Apic ID : 61
[644h 1604   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[648h 1608   1]              Local Sapic EID : 00
[649h 1609   3]    Proximity Domain High(24) : 000000
[64Ch 1612   4]                 Clock Domain : 00000000

[650h 1616   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[651h 1617   1]                       Length : 10

[652h 1618   1]      Proximity Domain Low(8) : 00
[653h 1619   1]                      Apic ID : 62
[654h 1620   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[658h 1624   1]              Local Sapic EID : 00
[659h 1625   3]    Proximity Domain High(24) : 000000
[65Ch 1628   4]                 Clock Domain : 00000000

[660h 1632   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[661h 1633   1]                       Length : 10

[662h 1634   1]      Proximity Domain Low(8) : 00
[663h 1635   1]                      Apic ID : 63
[664h 1636   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[668h 1640   1]              Local Sapic EID : 00
[669h 1641   3]    Proximity Domain High(24) : 000000
[66Ch 1644   4]                 Clock Domain : 00000000

[670h 1648   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[671h 1649   1]                       Length : 10

[672h 1650   1]      Proximity Domain Low(8) : 00
[673h 1651   1]                      Apic ID : 64
[674h 1652   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[678h 1656   1]              Local Sapic EID : 00
[679h 1657   3]    Proximity Domain High(24) : 000000
[67Ch 1660   4]                 Clock Domain : 00000000

[680h 1664   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[681h 1665   1]                       Length : 10

[682h 1666   1]      Proximity Domain Low(8) : 00
[683h 1667   1]                      Apic ID : 65
[684h 1668   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[688h 1672   1]              Local Sapic EID : 00
[689h 1673   3]    Proximity Domain High(24) : 000000
[68Ch 1676   4]                 Clock Domain : 00000000

[690h 1680   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[691h 1681   1]                       Length : 10

[692h 1682   1]      Proximity Domain Low(8) : 00
[693h 1683   1]                      Apic ID : 66
[694h 1684   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[698h 1688   1]              Local Sapic EID : 00
[699h 1689   3]    Proximity Domain High(24) : 000000
[69Ch 1692   4]                 Clock Domain : 00000000

[6A0h 1696   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[6A1h 1697   1]                       Length : 10

[6A2h 1698   1]      Proximity Domain Low(8) : 00
[6A3h 1699   1]                      Apic ID : 67
[6A4h 1700   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[6A8h 1704   1]              Local Sapic EID : 00
[6A9h 1705   3]    Proximity Domain High(24) : 000000
[6ACh 1708   4]                 Clock Domain : 00000000

[6B0h 1712   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[6B1h 1713   1]                       Length : 10

[6B2h 1714   1]      Proximity Domain Low(8) : 00
[6B3h 1715   1]                      Apic ID : 68
[6B4h 1716   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[6B8h 1720   1]              Local Sapic EID : 00
[6B9h 1721   3]    Proximity Domain High(24) : 000000
[6BCh 1724   4]                 Clock Domain : 00000000

[6C0h 1728   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[6C1h 1729   1]                       Length : 10

[6C2h 1730   1]      Proximity Domain Low(8) : 00
[6C3h 1731   1]                      Apic ID : 69
[6C4h 1732   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[6C8h 1736   1]              Local Sapic EID : 00
[6C9h 1737   3]    Proximity Domain High(24) : 000000
[6CCh 1740   4]                 Clock Domain : 00000000

[6D0h 1744   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[6D1h 1745   1]                       Length : 10

[6D2h 1746   1]      Proximity Domain Low(8) : 00
[6D3h 1747   1]                      Apic ID : 6A
[6D4h 1748   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[6D8h 1752   1]              Local Sapic EID : 00
[6D9h 1753   3]    Proximity Domain High(24) : 000000
[6DCh 1756   4]                 Clock Domain : 00000000

[6E0h 1760   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[6E1h 1761   1]                       Length : 10

[6E2h 1762   1]      Proximity Domain Low(8) : 00
[6E3h 1763   1]                      Apic ID : 6B
[6E4h 1764   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[6E8h 1768   1]              Local Sapic EID : 00
[6E9h 1769   3]    Proximity Domain High(24) : 000000
[6ECh 1772   4]                 Clock Domain : 00000000

[6F0h 1776   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[6F1h 1777   1]                       Length : 10

[6F2h 1778   1]      Proximity Domain Low(8) : 00
[6F3h 1779   1]                      Apic ID : 6C
[6F4h 1780   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[6F8h 1784   1]              Local Sapic EID : 00
[6F9h 1785   3]    Proximity Domain High(24) : 000000
[6FCh 1788   4]                 Clock Domain : 00000000

[700h 1792   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[701h 1793   1]                       Length : 10

[702h 1794   1]      Proximity Domain Low(8) : 00
[703h 1795   1]                      Apic ID : 6D
[704h 1796   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[708h 1800   1]              Local Sapic EID : 00
[709h 1801   3]    Proximity Domain High(24) : 000000
[70Ch 1804   4]                 Clock Domain : 00000000

[710h 1808   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[711h 1809   1]                       Length : 10

[712h 1810   1]      Proximity Domain Low(8) : 00
[713h 1811   1]                      Apic ID : 6E
[714h 1812   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[718h 1816   1]              Local Sapic EID : 00
[719h 1817   3]    Proximity Domain High(24) : 000000
[71Ch 1820   4]                 Clock Domain : 00000000

[720h 1824   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[721h 1825   1]                       Length : 10

[722h 1826   1]      Proximity Domain Low(8) : 00
[723h 1827   1]                      Apic ID : 6F
[724h 1828   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[728h 1832   1]              Local Sapic EID : 00
[729h 1833   3]    Proximity Domain High(24) : 000000
[72Ch 1836   4]                 Clock Domain : 00000000

[730h 1840   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[731h 1841   1]                       Length : 10

[732h 1842   1]      Proximity Domain Low(8) : 00
[733h 1843   1]                      Apic ID : 70
[734h 1844   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[738h 1848   1]              Local Sapic EID : 00
[739h 1849   3]    Proximity Domain High(24) : 000000
[73Ch 1852   4]                 Clock Domain : 00000000

[740h 1856   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[741h 1857   1]                       Length : 10

[742h 1858   1]      Proximity Domain Low(8) : 00
[743h 1859   1]                      Apic ID : 71
[744h 1860   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[748h 1864   1]              Local Sapic EID : 00
[749h 1865   3]    Proximity Domain High(24) : 000000
[74Ch 1868   4]                 Clock Domain : 00000000

[750h 1872   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[751h 1873   1]                       Length : 10

[752h 1874   1]      Proximity Domain Low(8) : 00
[753h 1875   1]                      Apic ID : 72
[754h 1876   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[758h 1880   1]              Local Sapic EID : 00
[759h 1881   3]    Proximity Domain High(24) : 000000
[75Ch 1884   4]                 Clock Domain : 00000000

[760h 1888   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[761h 1889   1]                       Length : 10

[762h 1890   1]      Proximity Domain Low(8) : 00
[763h 1891   1]                      Apic ID : 73
[764h 1892   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[768h 1896   1]              Local Sapic EID : 00
[769h 1897   3]    Proximity Domain High(24) : 000000
[76Ch 1900   4]                 Clock Domain : 00000000

[770h 1904   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[771h 1905   1]                       Length : 10

[772h 1906   1]      Proximity Domain Low(8) : 00
[773h 1907   1]                      Apic ID : 74
[774h 1908   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[778h 1912   1]              Local Sapic EID : 00
[779h 1913   3]    Proximity Domain High(24) : 000000
[77Ch 1916   4]                 Clock Domain : 00000000

[780h 1920   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[781h 1921   1]                       Length : 10

[782h 1922   1]      Proximity Domain Low(8) : 00
[783h 1923   1]                      Apic ID : 75
[784h 1924   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[788h 1928   1]              Local Sapic EID : 00
[789h 1929   3]    Proximity Domain High(24) : 000000
[78Ch 1932   4]                 Clock Domain : 00000000

[790h 1936   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[791h 1937   1]                       Length : 10

[792h 1938   1]      Proximity Domain Low(8) : 00
[793h 1939   1]                      Apic ID : 76
[794h 1940   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[798h 1944   1]              Local Sapic EID : 00
[799h 1945   3]    Proximity Domain High(24) : 000000
[79Ch 1948   4]                 Clock Domain : 00000000

[7A0h 1952   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[7A1h 1953   1]                       Length : 10

[7A2h 1954   1]      Proximity Domain Low(8) : 00
[7A3h 1955   1]                      Apic ID : 77
[7A4h 1956   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[7A8h 1960   1]              Local Sapic EID : 00
[7A9h 1961   3]    Proximity Domain High(24) : 000000
[7ACh 1964   4]                 Clock Domain : 00000000

[7B0h 1968   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[7B1h 1969   1]                       Length : 10

[7B2h 1970   1]      Proximity Domain Low(8) : 00
[7B3h 1971   1]                      Apic ID : 78
[7B4h 1972   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[7B8h 1976   1]              Local Sapic EID : 00
[7B9h 1977   3]    Proximity Domain High(24) : 000000
[7BCh 1980   4]                 Clock Domain : 00000000

[7C0h 1984   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[7C1h 1985   1]                       Length : 10

[7C2h 1986   1]      Proximity Domain Low(8) : 00
[7C3h 1987   1]                      Apic ID : 79
[7C4h 1988   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[7C8h 1992   1]              Local Sapic EID : 00
[7C9h 1993   3]    Proximity Domain High(24) : 000000
[7CCh 1996   4]                 Clock Domain : 00000000

[7D0h 2000   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[7D1h 2001   1]                       Length : 10

[7D2h 2002   1]      Proximity Domain Low(8) : 00
[7D3h 2003   1]                      Apic ID : 7A
[7D4h 2004   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[7D8h 2008   1]              Local Sapic EID : 00
[7D9h 2009   3]    Proximity Domain High(24) : 000000
[7DCh 2012   4]                 Clock Domain : 00000000

[7E0h 2016   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[7E1h 2017   1]                       Length : 10

[7E2h 2018   1]      Proximity Domain Low(8) : 00
[7E3h 2019   1]                      Apic ID : 7B
[7E4h 2020   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[7E8h 2024   1]              Local Sapic EID : 00
[7E9h 2025   3]    Proximity Domain High(24) : 000000
[7ECh 2028   4]                 Clock Domain : 00000000

[7F0h 2032   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[7F1h 2033   1]                       Length : 10

[7F2h 2034   1]      Proximity Domain Low(8) : 00
[7F3h 2035   1]                      Apic ID : 7C
[7F4h 2036   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[7F8h 2040   1]              Local Sapic EID : 00
[7F9h 2041   3]    Proximity Domain High(24) : 000000
[7FCh 2044   4]                 Clock Domain : 00000000

[800h 2048   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[801h 2049   1]                       Length : 10

[802h 2050   1]      Proximity Domain Low(8) : 00
[803h 2051   1]                      Apic ID : 7D
[804h 2052   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[808h 2056   1]              Local Sapic EID : 00
[809h 2057   3]    Proximity Domain High(24) : 000000
[80Ch 2060   4]                 Clock Domain : 00000000

[810h 2064   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[811h 2065   1]                       Length : 10

[812h 2066   1]      Proximity Domain Low(8) : 00
[813h 2067   1]                      Apic ID : 7E
[814h 2068   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[818h 2072   1]              Local Sapic EID : 00
[819h 2073   3]    Proximity Domain High(24) : 000000
[81Ch 2076   4]                 Clock Domain : 00000000

[820h 2080   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[821h 2081   1]                       Length : 10

[822h 2082   1]      Proximity Domain Low(8) : 00
[823h 2083   1]                      Apic ID : 7F
[824h 2084   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[828h 2088   1]              Local Sapic EID : 00
[829h 2089   3]    Proximity Domain High(24) : 000000
[82Ch 2092   4]                 Clock Domain : 00000000

[830h 2096   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[831h 2097   1]                       Length : 10

[832h 2098   1]      Proximity Domain Low(8) : 00
[833h 2099   1]                      Apic ID : 80
[834h 2100   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[838h 2104   1]              Local Sapic EID : 00
[839h 2105   3]    Proximity Domain High(24) : 000000
[83Ch 2108   4]                 Clock Domain : 00000000

[840h 2112   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[841h 2113   1]                       Length : 10

[842h 2114   1]      Proximity Domain Low(8) : 00
[843h 2115   1]                      Apic ID : 81
[844h 2116   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[848h 2120   1]              Local Sapic EID : 00
[849h 2121   3]    Proximity Domain High(24) : 000000
[84Ch 2124   4]                 Clock Domain : 00000000

[850h 2128   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[851h 2129   1]                       Length : 10

[852h 2130   1]      Proximity Domain Low(8) : 00
[853h 2131   1]                      Apic ID : 82
[854h 2132   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[858h 2136   1]              Local Sapic EID : 00
[859h 2137   3]    Proximity Domain High(24) : 000000
[85Ch 2140   4]                 Clock Domain : 00000000

[860h 2144   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[861h 2145   1]                       Length : 10

[862h 2146   1]      Proximity Domain Low(8) : 00
[863h 2147   1]                      Apic ID : 83
[864h 2148   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[868h 2152   1]              Local Sapic EID : 00
[869h 2153   3]    Proximity Domain High(24) : 000000
[86Ch 2156   4]                 Clock Domain : 00000000

[870h 2160   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[871h 2161   1]                       Length : 10

[872h 2162   1]      Proximity Domain Low(8) : 00
[873h 2163   1]                      Apic ID : 84
[874h 2164   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[878h 2168   1]              Local Sapic EID : 00
[879h 2169   3]    Proximity Domain High(24) : 000000
[87Ch 2172   4]                 Clock Domain : 00000000

[880h 2176   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[881h 2177   1]                       Length : 10

[882h 2178   1]      Proximity Domain Low(8) : 00
[883h 2179   1]                      Apic ID : 85
[884h 2180   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[888h 2184   1]              Local Sapic EID : 00
[889h 2185   3]    Proximity Domain High(24) : 000000
[88Ch 2188   4]                 Clock Domain : 00000000

[890h 2192   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[891h 2193   1]                       Length : 10

[892h 2194   1]      Proximity Domain Low(8) : 00
[893h 2195   1]                      Apic ID : 86
[894h 2196   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[898h 2200   1]              Local Sapic EID : 00
[899h 2201   3]    Proximity Domain High(24) : 000000
[89Ch 2204   4]                 Clock Domain : 00000000

[8A0h 2208   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[8A1h 2209   1]                       Length : 10

[8A2h 2210   1]      Proximity Domain Low(8) : 00
[8A3h 2211   1]                      Apic ID : 87
[8A4h 2212   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[8A8h 2216   1]              Local Sapic EID : 00
[8A9h 2217   3]    Proximity Domain High(24) : 000000
[8ACh 2220   4]                 Clock Domain : 00000000

[8B0h 2224   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[8B1h 2225   1]                       Length : 10

[8B2h 2226   1]      Proximity Domain Low(8) : 00
[8B3h 2227   1]                      Apic ID : 88
[8B4h 2228   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[8B8h 2232   1]              Local Sapic EID : 00
[8B9h 2233   3]    Proximity Domain High(24) : 000000
[8BCh 2236   4]                 Clock Domain : 00000000

[8C0h 2240   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[8C1h 2241   1]                       Length : 10

[8C2h 2242   1]      Proximity Domain Low(8) : 00
[8C3h 2243   1]                      Apic ID : 89
[8C4h 2244   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[8C8h 2248   1]              Local Sapic EID : 00
[8C9h 2249   3]    Proximity Domain High(24) : 000000
[8CCh 2252   4]                 Clock Domain : 00000000

[8D0h 2256   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[8D1h 2257   1]                       Length : 10

[8D2h 2258   1]      Proximity Domain Low(8) : 00
[8D3h 2259   1]                      Apic ID : 8A
[8D4h 2260   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[8D8h 2264   1]              Local Sapic EID : 00
[8D9h 2265   3]    Proximity Domain High(24) : 000000
[8DCh 2268   4]                 Clock Domain : 00000000

[8E0h 2272   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[8E1h 2273   1]                       Length : 10

[8E2h 2274   1]      Proximity Domain Low(8) : 00
[8E3h 2275   1]                      Apic ID : 8B
[8E4h 2276   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[8E8h 2280   1]              Local Sapic EID : 00
[8E9h 2281   3]    Proximity Domain High(24) : 000000
[8ECh 2284   4]                 Clock Domain : 00000000

[8F0h 2288   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[8F1h 2289   1]                       Length : 10

[8F2h 2290   1]      Proximity Domain Low(8) : 00
[8F3h 2291   1]                      Apic ID : 8C
[8F4h 2292   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[8F8h 2296   1]              Local Sapic EID : 00
[8F9h 2297   3]    Proximity Domain High(24) : 000000
[8FCh 2300   4]                 Clock Domain : 00000000

[900h 2304   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[901h 2305   1]                       Length : 10

[902h 2306   1]      Proximity Domain Low(8) : 00
[903h 2307   1]                      Apic ID : 8D
[904h 2308   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[908h 2312   1]              Local Sapic EID : 00
[909h 2313   3]    Proximity Domain High(24) : 000000
[90Ch 2316   4]                 Clock Domain : 00000000

[910h 2320   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[911h 2321   1]                       Length : 10

[912h 2322   1]      Proximity Domain Low(8) : 00
[913h 2323   1]                      Apic ID : 8E
[914h 2324   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[918h 2328   1]              Local Sapic EID : 00
[919h 2329   3]    Proximity Domain High(24) : 000000
[91Ch 2332   4]                 Clock Domain : 00000000

[920h 2336   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[921h 2337   1]                       Length : 10

[922h 2338   1]      Proximity Domain Low(8) : 00
[923h 2339   1]                      Apic ID : 8F
[924h 2340   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[928h 2344   1]              Local Sapic EID : 00
[929h 2345   3]    Proximity Domain High(24) : 000000
[92Ch 2348   4]                 Clock Domain : 00000000

[930h 2352   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[931h 2353   1]                       Length : 10

[932h 2354   1]      Proximity Domain Low(8) : 00
[933h 2355   1]                      Apic ID : 90
[934h 2356   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[938h 2360   1]              Local Sapic EID : 00
[939h 2361   3]    Proximity Domain High(24) : 000000
[93Ch 2364   4]                 Clock Domain : 00000000

[940h 2368   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[941h 2369   1]                       Length : 10

[942h 2370   1]      Proximity Domain Low(8) : 00
[943h 2371   1]                      Apic ID : 91
[944h 2372   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[948h 2376   1]              Local Sapic EID : 00
[949h 2377   3]    Proximity Domain High(24) : 000000
[94Ch 2380   4]                 Clock Domain : 00000000

[950h 2384   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[951h 2385   1]                       Length : 10

[952h 2386   1]      Proximity Domain Low(8) : 00
[953h 2387   1]                      Apic ID : 92
[954h 2388   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[958h 2392   1]              Local Sapic EID : 00
[959h 2393   3]    Proximity Domain High(24) : 000000
[95Ch 2396   4]                 Clock Domain : 00000000

[960h 2400   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[961h 2401   1]                       Length : 10

[962h 2402   1]      Proximity Domain Low(8) : 00
[963h 2403   1]                      Apic ID : 93
[964h 2404   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[968h 2408   1]              Local Sapic EID : 00
[969h 2409   3]    Proximity Domain High(24) : 000000
[96Ch 2412   4]                 Clock Domain : 00000000

[970h 2416   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[971h 2417   1]                       Length : 10

[972h 2418   1]      Proximity Domain Low(8) : 00
[973h 2419   1]                      Apic ID : 94
[974h 2420   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[978h 2424   1]              Local Sapic EID : 00
[979h 2425   3]    Proximity Domain High(24) : 000000
[97Ch 2428   4]                 Clock Domain : 00000000

[980h 2432   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[981h 2433   1]                       Length : 10

[982h 2434   1]      Proximity Domain Low(8) : 00
[983h 2435   1]                      Apic ID : 95
[984h 2436   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[988h 2440   1]              Local Sapic EID : 00
[989h 2441   3]    Proximity Domain High(24) : 000000
[98Ch 2444   4]                 Clock Domain : 00000000

[990h 2448   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[991h 2449   1]                       Length : 10

[992h 2450   1]      Proximity Domain Low(8) : 00
[993h 2451   1]                      Apic ID : 96
[994h 2452   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[998h 2456   1]              Local Sapic EID : 00
[999h 2457   3]    Proximity Domain High(24) : 000000
[99Ch 2460   4]                 Clock Domain : 00000000

[9A0h 2464   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[9A1h 2465   1]                       Length : 10

[9A2h 2466   1]      Proximity Domain Low(8) : 00
[9A3h 2467   1]                      Apic ID : 97
[9A4h 2468   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[9A8h 2472   1]              Local Sapic EID : 00
[9A9h 2473   3]    Proximity Domain High(24) : 000000
[9ACh 2476   4]                 Clock Domain : 00000000

[9B0h 2480   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[9B1h 2481   1]                       Length : 10

[9B2h 2482   1]      Proximity Domain Low(8) : 00
[9B3h 2483   1]                      Apic ID : 98
[9B4h 2484   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[9B8h 2488   1]              Local Sapic EID : 00
[9B9h 2489   3]    Proximity Domain High(24) : 000000
[9BCh 2492   4]                 Clock Domain : 00000000

[9C0h 2496   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[9C1h 2497   1]                       Length : 10

[9C2h 2498   1]      Proximity Domain Low(8) : 00
[9C3h 2499   1]                      Apic ID : 99
[9C4h 2500   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[9C8h 2504   1]              Local Sapic EID : 00
[9C9h 2505   3]    Proximity Domain High(24) : 000000
[9CCh 2508   4]                 Clock Domain : 00000000

[9D0h 2512   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[9D1h 2513   1]                       Length : 10

[9D2h 2514   1]      Proximity Domain Low(8) : 00
[9D3h 2515   1]                      Apic ID : 9A
[9D4h 2516   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[9D8h 2520   1]              Local Sapic EID : 00
[9D9h 2521   3]    Proximity Domain High(24) : 000000
[9DCh 2524   4]                 Clock Domain : 00000000

[9E0h 2528   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[9E1h 2529   1]                       Length : 10

[9E2h 2530   1]      Proximity Domain Low(8) : 00
[9E3h 2531   1]                      Apic ID : 9B
[9E4h 2532   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[9E8h 2536   1]              Local Sapic EID : 00
[9E9h 2537   3]    Proximity Domain High(24) : 000000
[9ECh 2540   4]                 Clock Domain : 00000000

[9F0h 2544   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[9F1h 2545   1]                       Length : 10

[9F2h 2546   1]      Proximity Domain Low(8) : 00
[9F3h 2547   1]                      Apic ID : 9C
[9F4h 2548   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[9F8h 2552   1]              Local Sapic EID : 00
[9F9h 2553   3]    Proximity Domain High(24) : 000000
[9FCh 2556   4]                 Clock Domain : 00000000

[A00h 2560   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[A01h 2561   1]                       Length : 10

[A02h 2562   1]      Proximity Domain Low(8) : 00
[A03h 2563   1]                      Apic ID : 9D
[A04h 2564   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[A08h 2568   1]              Local Sapic EID : 00
[A09h 2569   3]    Proximity Domain High(24) : 000000
[A0Ch 2572   4]                 Clock Domain : 00000000

[A10h 2576   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[A11h 2577   1]                       Length : 10

[A12h 2578   1]      Proximity Domain Low(8) : 00
[A13h 2579   1]                      Apic ID : 9E
[A14h 2580   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[A18h 2584   1]              Local Sapic EID : 00
[A19h 2585   3]    Proximity Domain High(24) : 000000
[A1Ch 2588   4]                 Clock Domain : 00000000

[A20h 2592   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[A21h 2593   1]                       Length : 10

[A22h 2594   1]      Proximity Domain Low(8) : 00
[A23h 2595   1]                      Apic ID : 9F
[A24h 2596   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[A28h 2600   1]              Local Sapic EID : 00
[A29h 2601   3]    Proximity Domain High(24) : 000000
[A2Ch 2604   4]                 Clock Domain : 00000000

[A30h 2608   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[A31h 2609   1]                       Length : 10

[A32h 2610   1]      Proximity Domain Low(8) : 00
[A33h 2611   1]                      Apic ID : A0
[A34h 2612   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[A38h 2616   1]              Local Sapic EID : 00
[A39h 2617   3]    Proximity Domain High(24) : 000000
[A3Ch 2620   4]                 Clock Domain : 00000000

[A40h 2624   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[A41h 2625   1]                       Length : 10

[A42h 2626   1]      Proximity Domain Low(8) : 00
[A43h 2627   1]                      Apic ID : A1
[A44h 2628   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[A48h 2632   1]              Local Sapic EID : 00
[A49h 2633   3]    Proximity Domain High(24) : 000000
[A4Ch 2636   4]                 Clock Domain : 00000000

[A50h 2640   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[A51h 2641   1]                       Length : 10

[A52h 2642   1]      Proximity Domain Low(8) : 00
[A53h 2643   1]                      Apic ID : A2
[A54h 2644   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[A58h 2648   1]              Local Sapic EID : 00
[A59h 2649   3]    Proximity Domain High(24) : 000000
[A5Ch 2652   4]                 Clock Domain : 00000000

[A60h 2656   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[A61h 2657   1]                       Length : 10

[A62h 2658   1]      Proximity Domain Low(8) : 00
[A63h 2659   1]                      Apic ID : A3
[A64h 2660   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[A68h 2664   1]              Local Sapic EID : 00
[A69h 2665   3]    Proximity Domain High(24) : 000000
[A6Ch 2668   4]                 Clock Domain : 00000000

[A70h 2672   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[A71h 2673   1]                       Length : 10

[A72h 2674   1]      Proximity Domain Low(8) : 00
[A73h 2675   1]                      Apic ID : A4
[A74h 2676   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[A78h 2680   1]              Local Sapic EID : 00
[A79h 2681   3]    Proximity Domain High(24) : 000000
[A7Ch 2684   4]                 Clock Domain : 00000000

[A80h 2688   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[A81h 2689   1]                       Length : 10

[A82h 2690   1]      Proximity Domain Low(8) : 00
[A83h 2691   1]                      Apic ID : A5
[A84h 2692   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[A88h 2696   1]              Local Sapic EID : 00
[A89h 2697   3]    Proximity Domain High(24) : 000000
[A8Ch 2700   4]                 Clock Domain : 00000000

[A90h 2704   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[A91h 2705   1]                       Length : 10

[A92h 2706   1]      Proximity Domain Low(8) : 00
[A93h 2707   1]                      Apic ID : A6
[A94h 2708   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[A98h 2712   1]              Local Sapic EID : 00
[A99h 2713   3]    Proximity Domain High(24) : 000000
[A9Ch 2716   4]                 Clock Domain : 00000000

[AA0h 2720   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[AA1h 2721   1]                       Length : 10

[AA2h 2722   1]      Proximity Domain Low(8) : 00
[AA3h 2723   1]                      Apic ID : A7
[AA4h 2724   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[AA8h 2728   1]              Local Sapic EID : 00
[AA9h 2729   3]    Proximity Domain High(24) : 000000
[AACh 2732   4]                 Clock Domain : 00000000

[AB0h 2736   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[AB1h 2737   1]                       Length : 10

[AB2h 2738   1]      Proximity Domain Low(8) : 00
[AB3h 2739   1]                      Apic ID : A8
[AB4h 2740   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[AB8h 2744   1]              Local Sapic EID : 00
[AB9h 2745   3]    Proximity Domain High(24) : 000000
[ABCh 2748   4]                 Clock Domain : 00000000

[AC0h 2752   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[AC1h 2753   1]                       Length : 10

[AC2h 2754   1]      Proximity Domain Low(8) : 00
[AC3h 2755   1]                      Apic ID : A9
[AC4h 2756   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[AC8h 2760   1]              Local Sapic EID : 00
[AC9h 2761   3]    Proximity Domain High(24) : 000000
[ACCh 2764   4]                 Clock Domain : 00000000

[AD0h 2768   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[AD1h 2769   1]                       Length : 10

[AD2h 2770   1]      Proximity Domain Low(8) : 00
[AD3h 2771   1]                      Apic ID : AA
[AD4h 2772   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[AD8h 2776   1]              Local Sapic EID : 00
[AD9h 2777   3]    Proximity Domain High(24) : 000000
[ADCh 2780   4]                 Clock Domain : 00000000

[AE0h 2784   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[AE1h 2785   1]                       Length : 10

[AE2h 2786   1]      Proximity Domain Low(8) : 00
[AE3h 2787   1]                      Apic ID : AB
[AE4h 2788   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[AE8h 2792   1]              Local Sapic EID : 00
[AE9h 2793   3]    Proximity Domain High(24) : 000000
[AECh 2796   4]                 Clock Domain : 00000000

[AF0h 2800   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[AF1h 2801   1]                       Length : 10

[AF2h 2802   1]      Proximity Domain Low(8) : 00
[AF3h 2803   1]                      Apic ID : AC
[AF4h 2804   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[AF8h 2808   1]              Local Sapic EID : 00
[AF9h 2809   3]    Proximity Domain High(24) : 000000
[AFCh 2812   4]                 Clock Domain : 00000000

[B00h 2816   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[B01h 2817   1]                       Length : 10

[B02h 2818   1]      Proximity Domain Low(8) : 00
[B03h 2819   1]                      Apic ID : AD
[B04h 2820   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[B08h 2824   1]              Local Sapic EID : 00
[B09h 2825   3]    Proximity Domain High(24) : 000000
[B0Ch 2828   4]                 Clock Domain : 00000000

[B10h 2832   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[B11h 2833   1]                       Length : 10

[B12h 2834   1]      Proximity Domain Low(8) : 00
[B13h 2835   1]                      Apic ID : AE
[B14h 2836   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[B18h 2840   1]              Local Sapic EID : 00
[B19h 2841   3]    Proximity Domain High(24) : 000000
[B1Ch 2844   4]                 Clock Domain : 00000000

[B20h 2848   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[B21h 2849   1]                       Length : 10

[B22h 2850   1]      Proximity Domain Low(8) : 00
[B23h 2851   1]                      Apic ID : AF
[B24h 2852   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[B28h 2856   1]              Local Sapic EID : 00
[B29h 2857   3]    Proximity Domain High(24) : 000000
[B2Ch 2860   4]                 Clock Domain : 00000000

[B30h 2864   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[B31h 2865   1]                       Length : 10

[B32h 2866   1]      Proximity Domain Low(8) : 00
[B33h 2867   1]                      Apic ID : B0
[B34h 2868   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[B38h 2872   1]              Local Sapic EID : 00
[B39h 2873   3]    Proximity Domain High(24) : 000000
[B3Ch 2876   4]                 Clock Domain : 00000000

[B40h 2880   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[B41h 2881   1]                       Length : 10

[B42h 2882   1]      Proximity Domain Low(8) : 00
[B43h 2883   1]                      Apic ID : B1
[B44h 2884   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[B48h 2888   1]              Local Sapic EID : 00
[B49h 2889   3]    Proximity Domain High(24) : 000000
[B4Ch 2892   4]                 Clock Domain : 00000000

[B50h 2896   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[B51h 2897   1]                       Length : 10

[B52h 2898   1]      Proximity Domain Low(8) : 00
[B53h 2899   1]                      Apic ID : B2
[B54h 2900   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[B58h 2904   1]              Local Sapic EID : 00
[B59h 2905   3]    Proximity Domain High(24) : 000000
[B5Ch 2908   4]                 Clock Domain : 00000000

[B60h 2912   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[B61h 2913   1]                       Length : 10

[B62h 2914   1]      Proximity Domain Low(8) : 00
[B63h 2915   1]                      Apic ID : B3
[B64h 2916   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[B68h 2920   1]              Local Sapic EID : 00
[B69h 2921   3]    Proximity Domain High(24) : 000000
[B6Ch 2924   4]                 Clock Domain : 00000000

[B70h 2928   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[B71h 2929   1]                       Length : 10

[B72h 2930   1]      Proximity Domain Low(8) : 00
[B73h 2931   1]                      Apic ID : B4
[B74h 2932   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[B78h 2936   1]              Local Sapic EID : 00
[B79h 2937   3]    Proximity Domain High(24) : 000000
[B7Ch 2940   4]                 Clock Domain : 00000000

[B80h 2944   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[B81h 2945   1]                       Length : 10

[B82h 2946   1]      Proximity Domain Low(8) : 00
[B83h 2947   1]                      Apic ID : B5
[B84h 2948   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[B88h 2952   1]              Local Sapic EID : 00
[B89h 2953   3]    Proximity Domain High(24) : 000000
[B8Ch 2956   4]                 Clock Domain : 00000000

[B90h 2960   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[B91h 2961   1]                       Length : 10

[B92h 2962   1]      Proximity Domain Low(8) : 00
[B93h 2963   1]                      Apic ID : B6
[B94h 2964   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[B98h 2968   1]              Local Sapic EID : 00
[B99h 2969   3]    Proximity Domain High(24) : 000000
[B9Ch 2972   4]                 Clock Domain : 00000000

[BA0h 2976   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[BA1h 2977   1]                       Length : 10

[BA2h 2978   1]      Proximity Domain Low(8) : 00
[BA3h 2979   1]                      Apic ID : B7
[BA4h 2980   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[BA8h 2984   1]              Local Sapic EID : 00
[BA9h 2985   3]    Proximity Domain High(24) : 000000
[BACh 2988   4]                 Clock Domain : 00000000

[BB0h 2992   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[BB1h 2993   1]                       Length : 10

[BB2h 2994   1]      Proximity Domain Low(8) : 00
[BB3h 2995   1]                      Apic ID : B8
[BB4h 2996   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[BB8h 3000   1]              Local Sapic EID : 00
[BB9h 3001   3]    Proximity Domain High(24) : 000000
[BBCh 3004   4]                 Clock Domain : 00000000

[BC0h 3008   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[BC1h 3009   1]                       Length : 10

[BC2h 3010   1]      Proximity Domain Low(8) : 00
[BC3h 3011   1]                      Apic ID : B9
[BC4h 3012   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[BC8h 3016   1]              Local Sapic EID : 00
[BC9h 3017   3]    Proximity Domain High(24) : 000000
[BCCh 3020   4]                 Clock Domain : 00000000

[BD0h 3024   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[BD1h 3025   1]                       Length : 10

[BD2h 3026   1]      Proximity Domain Low(8) : 00
[BD3h 3027   1]                      Apic ID : BA
[BD4h 3028   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[BD8h 3032   1]              Local Sapic EID : 00
[BD9h 3033   3]    Proximity Domain High(24) : 000000
[BDCh 3036   4]                 Clock Domain : 00000000

[BE0h 3040   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[BE1h 3041   1]                       Length : 10

[BE2h 3042   1]      Proximity Domain Low(8) : 00
[BE3h 3043   1]                      Apic ID : BB
[BE4h 3044   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[BE8h 3048   1]              Local Sapic EID : 00
[BE9h 3049   3]    Proximity Domain High(24) : 000000
[BECh 3052   4]                 Clock Domain : 00000000

[BF0h 3056   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[BF1h 3057   1]                       Length : 10

[BF2h 3058   1]      Proximity Domain Low(8) : 00
[BF3h 3059   1]                      Apic ID : BC
[BF4h 3060   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[BF8h 3064   1]              Local Sapic EID : 00
[BF9h 3065   3]    Proximity Domain High(24) : 000000
[BFCh 3068   4]                 Clock Domain : 00000000

[C00h 3072   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[C01h 3073   1]                       Length : 10

[C02h 3074   1]      Proximity Domain Low(8) : 00
[C03h 3075   1]                      Apic ID : BD
[C04h 3076   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[C08h 3080   1]              Local Sapic EID : 00
[C09h 3081   3]    Proximity Domain High(24) : 000000
[C0Ch 3084   4]                 Clock Domain : 00000000

[C10h 3088   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[C11h 3089   1]                       Length : 10

[C12h 3090   1]      Proximity Domain Low(8) : 00
[C13h 3091   1]                      Apic ID : BE
[C14h 3092   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[C18h 3096   1]              Local Sapic EID : 00
[C19h 3097   3]    Proximity Domain High(24) : 000000
[C1Ch 3100   4]                 Clock Domain : 00000000

[C20h 3104   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[C21h 3105   1]                       Length : 10

[C22h 3106   1]      Proximity Domain Low(8) : 00
[C23h 3107   1]                      Apic ID : BF
[C24h 3108   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[C28h 3112   1]              Local Sapic EID : 00
[C29h 3113   3]    Proximity Domain High(24) : 000000
[C2Ch 3116   4]                 Clock Domain : 00000000

[C30h 3120   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[C31h 3121   1]                       Length : 10

[C32h 3122   1]      Proximity Domain Low(8) : 00
[C33h 3123   1]                      Apic ID : C0
[C34h 3124   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[C38h 3128   1]              Local Sapic EID : 00
[C39h 3129   3]    Proximity Domain High(24) : 000000
[C3Ch 3132   4]                 Clock Domain : 00000000

[C40h 3136   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[C41h 3137   1]                       Length : 10

[C42h 3138   1]      Proximity Domain Low(8) : 00
[C43h 3139   1]                      Apic ID : C1
[C44h 3140   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[C48h 3144   1]              Local Sapic EID : 00
[C49h 3145   3]    Proximity Domain High(24) : 000000
[C4Ch 3148   4]                 Clock Domain : 00000000

[C50h 3152   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[C51h 3153   1]                       Length : 10

[C52h 3154   1]      Proximity Domain Low(8) : 00
[C53h 3155   1]                      Apic ID : C2
[C54h 3156   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[C58h 3160   1]              Local Sapic EID : 00
[C59h 3161   3]    Proximity Domain High(24) : 000000
[C5Ch 3164   4]                 Clock Domain : 00000000

[C60h 3168   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[C61h 3169   1]                       Length : 10

[C62h 3170   1]      Proximity Domain Low(8) : 00
[C63h 3171   1]                      Apic ID : C3
[C64h 3172   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[C68h 3176   1]              Local Sapic EID : 00
[C69h 3177   3]    Proximity Domain High(24) : 000000
[C6Ch 3180   4]                 Clock Domain : 00000000

[C70h 3184   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[C71h 3185   1]                       Length : 10

[C72h 3186   1]      Proximity Domain Low(8) : 00
[C73h 3187   1]                      Apic ID : C4
[C74h 3188   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[C78h 3192   1]              Local Sapic EID : 00
[C79h 3193   3]    Proximity Domain High(24) : 000000
[C7Ch 3196   4]                 Clock Domain : 00000000

[C80h 3200   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[C81h 3201   1]                       Length : 10

[C82h 3202   1]      Proximity Domain Low(8) : 00
[C83h 3203   1]                      Apic ID : C5
[C84h 3204   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[C88h 3208   1]              Local Sapic EID : 00
[C89h 3209   3]    Proximity Domain High(24) : 000000
[C8Ch 3212   4]                 Clock Domain : 00000000

[C90h 3216   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[C91h 3217   1]                       Length : 10

[C92h 3218   1]      Proximity Domain Low(8) : 00
[C93h 3219   1]                      Apic ID : C6
[C94h 3220   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[C98h 3224   1]              Local Sapic EID : 00
[C99h 3225   3]    Proximity Domain High(24) : 000000
[C9Ch 3228   4]                 Clock Domain : 00000000

[CA0h 3232   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[CA1h 3233   1]                       Length : 10

[CA2h 3234   1]      Proximity Domain Low(8) : 00
[CA3h 3235   1]                      Apic ID : C7
[CA4h 3236   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[CA8h 3240   1]              Local Sapic EID : 00
[CA9h 3241   3]    Proximity Domain High(24) : 000000
[CACh 3244   4]                 Clock Domain : 00000000

[CB0h 3248   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[CB1h 3249   1]                       Length : 10

[CB2h 3250   1]      Proximity Domain Low(8) : 00
[CB3h 3251   1]                      Apic ID : C8
[CB4h 3252   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[CB8h 3256   1]              Local Sapic EID : 00
[CB9h 3257   3]    Proximity Domain High(24) : 000000
[CBCh 3260   4]                 Clock Domain : 00000000

[CC0h 3264   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[CC1h 3265   1]                       Length : 10

[CC2h 3266   1]      Proximity Domain Low(8) : 00
[CC3h 3267   1]                      Apic ID : C9
[CC4h 3268   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[CC8h 3272   1]              Local Sapic EID : 00
[CC9h 3273   3]    Proximity Domain High(24) : 000000
[CCCh 3276   4]                 Clock Domain : 00000000

[CD0h 3280   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[CD1h 3281   1]                       Length : 10

[CD2h 3282   1]      Proximity Domain Low(8) : 00
[CD3h 3283   1]                      Apic ID : CA
[CD4h 3284   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[CD8h 3288   1]              Local Sapic EID : 00
[CD9h 3289   3]    Proximity Domain High(24) : 000000
[CDCh 3292   4]                 Clock Domain : 00000000

[CE0h 3296   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[CE1h 3297   1]                       Length : 10

[CE2h 3298   1]      Proximity Domain Low(8) : 00
[CE3h 3299   1]                      Apic ID : CB
[CE4h 3300   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[CE8h 3304   1]              Local Sapic EID : 00
[CE9h 3305   3]    Proximity Domain High(24) : 000000
[CECh 3308   4]                 Clock Domain : 00000000

[CF0h 3312   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[CF1h 3313   1]                       Length : 10

[CF2h 3314   1]      Proximity Domain Low(8) : 00
[CF3h 3315   1]                      Apic ID : CC
[CF4h 3316   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[CF8h 3320   1]              Local Sapic EID : 00
[CF9h 3321   3]    Proximity Domain High(24) : 000000
[CFCh 3324   4]                 Clock Domain : 00000000

[D00h 3328   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[D01h 3329   1]                       Length : 10

[D02h 3330   1]      Proximity Domain Low(8) : 00
[D03h 3331   1]                      Apic ID : CD
[D04h 3332   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[D08h 3336   1]              Local Sapic EID : 00
[D09h 3337   3]    Proximity Domain High(24) : 000000
[D0Ch 3340   4]                 Clock Domain : 00000000

[D10h 3344   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[D11h 3345   1]                       Length : 10

[D12h 3346   1]      Proximity Domain Low(8) : 00
[D13h 3347   1]                      Apic ID : CE
[D14h 3348   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[D18h 3352   1]              Local Sapic EID : 00
[D19h 3353   3]    Proximity Domain High(24) : 000000
[D1Ch 3356   4]                 Clock Domain : 00000000

[D20h 3360   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[D21h 3361   1]                       Length : 10

[D22h 3362   1]      Proximity Domain Low(8) : 00
[D23h 3363   1]                      Apic ID : CF
[D24h 3364   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[D28h 3368   1]              Local Sapic EID : 00
[D29h 3369   3]    Proximity Domain High(24) : 000000
[D2Ch 3372   4]                 Clock Domain : 00000000

[D30h 3376   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[D31h 3377   1]                       Length : 10

[D32h 3378   1]      Proximity Domain Low(8) : 00
[D33h 3379   1]                      Apic ID : D0
[D34h 3380   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[D38h 3384   1]              Local Sapic EID : 00
[D39h 3385   3]    Proximity Domain High(24) : 000000
[D3Ch 3388   4]                 Clock Domain : 00000000

[D40h 3392   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[D41h 3393   1]                       Length : 10

[D42h 3394   1]      Proximity Domain Low(8) : 00
[D43h 3395   1]                      Apic ID : D1
[D44h 3396   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[D48h 3400   1]              Local Sapic EID : 00
[D49h 3401   3]    Proximity Domain High(24) : 000000
[D4Ch 3404   4]                 Clock Domain : 00000000

[D50h 3408   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[D51h 3409   1]                       Length : 10

[D52h 3410   1]      Proximity Domain Low(8) : 00
[D53h 3411   1]                      Apic ID : D2
[D54h 3412   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[D58h 3416   1]              Local Sapic EID : 00
[D59h 3417   3]    Proximity Domain High(24) : 000000
[D5Ch 3420   4]                 Clock Domain : 00000000

[D60h 3424   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[D61h 3425   1]                       Length : 10

[D62h 3426   1]      Proximity Domain Low(8) : 00
[D63h 3427   1]                      Apic ID : D3
[D64h 3428   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[D68h 3432   1]              Local Sapic EID : 00
[D69h 3433   3]    Proximity Domain High(24) : 000000
[D6Ch 3436   4]                 Clock Domain : 00000000

[D70h 3440   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[D71h 3441   1]                       Length : 10

[D72h 3442   1]      Proximity Domain Low(8) : 00
[D73h 3443   1]                      Apic ID : D4
[D74h 3444   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[D78h 3448   1]              Local Sapic EID : 00
[D79h 3449   3]    Proximity Domain High(24) : 000000
[D7Ch 3452   4]                 Clock Domain : 00000000

[D80h 3456   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[D81h 3457   1]                       Length : 10

[D82h 3458   1]      Proximity Domain Low(8) : 00
[D83h 3459   1]                      Apic ID : D5
[D84h 3460   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[D88h 3464   1]              Local Sapic EID : 00
[D89h 3465   3]    Proximity Domain High(24) : 000000
[D8Ch 3468   4]                 Clock Domain : 00000000

[D90h 3472   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[D91h 3473   1]                       Length : 10

[D92h 3474   1]      Proximity Domain Low(8) : 00
[D93h 3475   1]                      Apic ID : D6
[D94h 3476   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[D98h 3480   1]              Local Sapic EID : 00
[D99h 3481   3]    Proximity Domain High(24) : 000000
[D9Ch 3484   4]                 Clock Domain : 00000000

[DA0h 3488   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[DA1h 3489   1]                       Length : 10

[DA2h 3490   1]      Proximity Domain Low(8) : 00
[DA3h 3491   1]                      Apic ID : D7
[DA4h 3492   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[DA8h 3496   1]              Local Sapic EID : 00
[DA9h 3497   3]    Proximity Domain High(24) : 000000
[DACh 3500   4]                 Clock Domain : 00000000

[DB0h 3504   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[DB1h 3505   1]                       Length : 10

[DB2h 3506   1]      Proximity Domain Low(8) : 00
[DB3h 3507   1]                      Apic ID : D8
[DB4h 3508   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[DB8h 3512   1]              Local Sapic EID : 00
[DB9h 3513   3]    Proximity Domain High(24) : 000000
[DBCh 3516   4]                 Clock Domain : 00000000

[DC0h 3520   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[DC1h 3521   1]                       Length : 10

[DC2h 3522   1]      Proximity Domain Low(8) : 00
[DC3h 3523   1]                      Apic ID : D9
[DC4h 3524   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[DC8h 3528   1]              Local Sapic EID : 00
[DC9h 3529   3]    Proximity Domain High(24) : 000000
[DCCh 3532   4]                 Clock Domain : 00000000

[DD0h 3536   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[DD1h 3537   1]                       Length : 10

[DD2h 3538   1]      Proximity Domain Low(8) : 00
[DD3h 3539   1]                      Apic ID : DA
[DD4h 3540   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[DD8h 3544   1]              Local Sapic EID : 00
[DD9h 3545   3]    Proximity Domain High(24) : 000000
[DDCh 3548   4]                 Clock Domain : 00000000

[DE0h 3552   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[DE1h 3553   1]                       Length : 10

[DE2h 3554   1]      Proximity Domain Low(8) : 00
[DE3h 3555   1]                      Apic ID : DB
[DE4h 3556   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[DE8h 3560   1]              Local Sapic EID : 00
[DE9h 3561   3]    Proximity Domain High(24) : 000000
[DECh 3564   4]                 Clock Domain : 00000000

[DF0h 3568   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[DF1h 3569   1]                       Length : 10

[DF2h 3570   1]      Proximity Domain Low(8) : 00
[DF3h 3571   1]                      Apic ID : DC
[DF4h 3572   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[DF8h 3576   1]              Local Sapic EID : 00
[DF9h 3577   3]    Proximity Domain High(24) : 000000
[DFCh 3580   4]                 Clock Domain : 00000000

[E00h 3584   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[E01h 3585   1]                       Length : 10

[E02h 3586   1]      Proximity Domain Low(8) : 00
[E03h 3587   1]                      Apic ID : DD
[E04h 3588   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[E08h 3592   1]              Local Sapic EID : 00
[E09h 3593   3]    Proximity Domain High(24) : 000000
[E0Ch 3596   4]                 Clock Domain : 00000000

[E10h 3600   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[E11h 3601   1]                       Length : 10

[E12h 3602   1]      Proximity Domain Low(8) : 00
[E13h 3603   1]                      Apic ID : DE
[E14h 3604   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[E18h 3608   1]              Local Sapic EID : 00
[E19h 3609   3]    Proximity Domain High(24) : 000000
[E1Ch 3612   4]                 Clock Domain : 00000000

[E20h 3616   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[E21h 3617   1]                       Length : 10

[E22h 3618   1]      Proximity Domain Low(8) : 00
[E23h 3619   1]                      Apic ID : DF
[E24h 3620   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[E28h 3624   1]              Local Sapic EID : 00
[E29h 3625   3]    Proximity Domain High(24) : 000000
[E2Ch 3628   4]                 Clock Domain : 00000000

[E30h 3632   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[E31h 3633   1]                       Length : 10

[E32h 3634   1]      Proximity Domain Low(8) : 00
[E33h 3635   1]                      Apic ID : E0
[E34h 3636   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[E38h 3640   1]              Local Sapic EID : 00
[E39h 3641   3]    Proximity Domain High(24) : 000000
[E3Ch 3644   4]                 Clock Domain : 00000000

[E40h 3648   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[E41h 3649   1]                       Length : 10

[E42h 3650   1]      Proximity Domain Low(8) : 00
[E43h 3651   1]                      Apic ID : E1
[E44h 3652   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[E48h 3656   1]              Local Sapic EID : 00
[E49h 3657   3]    Proximity Domain High(24) : 000000
[E4Ch 3660   4]                 Clock Domain : 00000000

[E50h 3664   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[E51h 3665   1]                       Length : 10

[E52h 3666   1]      Proximity Domain Low(8) : 00
[E53h 3667   1]                      Apic ID : E2
[E54h 3668   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[E58h 3672   1]              Local Sapic EID : 00
[E59h 3673   3]    Proximity Domain High(24) : 000000
[E5Ch 3676   4]                 Clock Domain : 00000000

[E60h 3680   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[E61h 3681   1]                       Length : 10

[E62h 3682   1]      Proximity Domain Low(8) : 00
[E63h 3683   1]                      Apic ID : E3
[E64h 3684   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[E68h 3688   1]              Local Sapic EID : 00
[E69h 3689   3]    Proximity Domain High(24) : 000000
[E6Ch 3692   4]                 Clock Domain : 00000000

[E70h 3696   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[E71h 3697   1]                       Length : 10

[E72h 3698   1]      Proximity Domain Low(8) : 00
[E73h 3699   1]                      Apic ID : E4
[E74h 3700   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[E78h 3704   1]              Local Sapic EID : 00
[E79h 3705   3]    Proximity Domain High(24) : 000000
[E7Ch 3708   4]                 Clock Domain : 00000000

[E80h 3712   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[E81h 3713   1]                       Length : 10

[E82h 3714   1]      Proximity Domain Low(8) : 00
[E83h 3715   1]                      Apic ID : E5
[E84h 3716   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[E88h 3720   1]              Local Sapic EID : 00
[E89h 3721   3]    Proximity Domain High(24) : 000000
[E8Ch 3724   4]                 Clock Domain : 00000000

[E90h 3728   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[E91h 3729   1]                       Length : 10

[E92h 3730   1]      Proximity Domain Low(8) : 00
[E93h 3731   1]                      Apic ID : E6
[E94h 3732   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[E98h 3736   1]              Local Sapic EID : 00
[E99h 3737   3]    Proximity Domain High(24) : 000000
[E9Ch 3740   4]                 Clock Domain : 00000000

[EA0h 3744   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[EA1h 3745   1]                       Length : 10

[EA2h 3746   1]      Proximity Domain Low(8) : 00
[EA3h 3747   1]                      Apic ID : E7
[EA4h 3748   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[EA8h 3752   1]              Local Sapic EID : 00
[EA9h 3753   3]    Proximity Domain High(24) : 000000
[EACh 3756   4]                 Clock Domain : 00000000

[EB0h 3760   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[EB1h 3761   1]                       Length : 10

[EB2h 3762   1]      Proximity Domain Low(8) : 00
[EB3h 3763   1]                      Apic ID : E8
[EB4h 3764   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[EB8h 3768   1]              Local Sapic EID : 00
[EB9h 3769   3]    Proximity Domain High(24) : 000000
[EBCh 3772   4]                 Clock Domain : 00000000

[EC0h 3776   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[EC1h 3777   1]                       Length : 10

[EC2h 3778   1]      Proximity Domain Low(8) : 00
[EC3h 3779   1]                      Apic ID : E9
[EC4h 3780   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[EC8h 3784   1]              Local Sapic EID : 00
[EC9h 3785   3]    Proximity Domain High(24) : 000000
[ECCh 3788   4]                 Clock Domain : 00000000

[ED0h 3792   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[ED1h 3793   1]                       Length : 10

[ED2h 3794   1]      Proximity Domain Low(8) : 00
[ED3h 3795   1]                      Apic ID : EA
[ED4h 3796   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[ED8h 3800   1]              Local Sapic EID : 00
[ED9h 3801   3]    Proximity Domain High(24) : 000000
[EDCh 3804   4]                 Clock Domain : 00000000

[EE0h 3808   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[EE1h 3809   1]                       Length : 10

[EE2h 3810   1]      Proximity Domain Low(8) : 00
[EE3h 3811   1]                      Apic ID : EB
[EE4h 3812   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[EE8h 3816   1]              Local Sapic EID : 00
[EE9h 3817   3]    Proximity Domain High(24) : 000000
[EECh 3820   4]                 Clock Domain : 00000000

[EF0h 3824   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[EF1h 3825   1]                       Length : 10

[EF2h 3826   1]      Proximity Domain Low(8) : 00
[EF3h 3827   1]                      Apic ID : EC
[EF4h 3828   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[EF8h 3832   1]              Local Sapic EID : 00
[EF9h 3833   3]    Proximity Domain High(24) : 000000
[EFCh 3836   4]                 Clock Domain : 00000000

[F00h 3840   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[F01h 3841   1]                       Length : 10

[F02h 3842   1]      Proximity Domain Low(8) : 00
[F03h 3843   1]                      Apic ID : ED
[F04h 3844   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[F08h 3848   1]              Local Sapic EID : 00
[F09h 3849   3]    Proximity Domain High(24) : 000000
[F0Ch 3852   4]                 Clock Domain : 00000000

[F10h 3856   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[F11h 3857   1]                       Length : 10

[F12h 3858   1]      Proximity Domain Low(8) : 00
[F13h 3859   1]                      Apic ID : EE
[F14h 3860   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[F18h 3864   1]              Local Sapic EID : 00
[F19h 3865   3]    Proximity Domain High(24) : 000000
[F1Ch 3868   4]                 Clock Domain : 00000000

[F20h 3872   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[F21h 3873   1]                       Length : 10

[F22h 3874   1]      Proximity Domain Low(8) : 00
[F23h 3875   1]                      Apic ID : EF
[F24h 3876   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[F28h 3880   1]              Local Sapic EID : 00
[F29h 3881   3]    Proximity Domain High(24) : 000000
[F2Ch 3884   4]                 Clock Domain : 00000000

[F30h 3888   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[F31h 3889   1]                       Length : 10

[F32h 3890   1]      Proximity Domain Low(8) : 00
[F33h 3891   1]                      Apic ID : F0
[F34h 3892   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[F38h 3896   1]              Local Sapic EID : 00
[F39h 3897   3]    Proximity Domain High(24) : 000000
[F3Ch 3900   4]                 Clock Domain : 00000000

[F40h 3904   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[F41h 3905   1]                       Length : 10

[F42h 3906   1]      Proximity Domain Low(8) : 00
[F43h 3907   1]                      Apic ID : F1
[F44h 3908   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[F48h 3912   1]              Local Sapic EID : 00
[F49h 3913   3]    Proximity Domain High(24) : 000000
[F4Ch 3916   4]                 Clock Domain : 00000000

[F50h 3920   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[F51h 3921   1]                       Length : 10

[F52h 3922   1]      Proximity Domain Low(8) : 00
[F53h 3923   1]                      Apic ID : F2
[F54h 3924   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[F58h 3928   1]              Local Sapic EID : 00
[F59h 3929   3]    Proximity Domain High(24) : 000000
[F5Ch 3932   4]                 Clock Domain : 00000000

[F60h 3936   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[F61h 3937   1]                       Length : 10

[F62h 3938   1]      Proximity Domain Low(8) : 00
[F63h 3939   1]                      Apic ID : F3
[F64h 3940   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[F68h 3944   1]              Local Sapic EID : 00
[F69h 3945   3]    Proximity Domain High(24) : 000000
[F6Ch 3948   4]                 Clock Domain : 00000000

[F70h 3952   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[F71h 3953   1]                       Length : 10

[F72h 3954   1]      Proximity Domain Low(8) : 00
[F73h 3955   1]                      Apic ID : F4
[F74h 3956   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[F78h 3960   1]              Local Sapic EID : 00
[F79h 3961   3]    Proximity Domain High(24) : 000000
[F7Ch 3964   4]                 Clock Domain : 00000000

[F80h 3968   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[F81h 3969   1]                       Length : 10

[F82h 3970   1]      Proximity Domain Low(8) : 00
[F83h 3971   1]                      Apic ID : F5
[F84h 3972   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[F88h 3976   1]              Local Sapic EID : 00
[F89h 3977   3]    Proximity Domain High(24) : 000000
[F8Ch 3980   4]                 Clock Domain : 00000000

[F90h 3984   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[F91h 3985   1]                       Length : 10

[F92h 3986   1]      Proximity Domain Low(8) : 00
[F93h 3987   1]                      Apic ID : F6
[F94h 3988   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[F98h 3992   1]              Local Sapic EID : 00
[F99h 3993   3]    Proximity Domain High(24) : 000000
[F9Ch 3996   4]                 Clock Domain : 00000000

[FA0h 4000   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[FA1h 4001   1]                       Length : 10

[FA2h 4002   1]      Proximity Domain Low(8) : 00
[FA3h 4003   1]                      Apic ID : F7
[FA4h 4004   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[FA8h 4008   1]              Local Sapic EID : 00
[FA9h 4009   3]    Proximity Domain High(24) : 000000
[FACh 4012   4]                 Clock Domain : 00000000

[FB0h 4016   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[FB1h 4017   1]                       Length : 10

[FB2h 4018   1]      Proximity Domain Low(8) : 00
[FB3h 4019   1]                      Apic ID : F8
[FB4h 4020   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[FB8h 4024   1]              Local Sapic EID : 00
[FB9h 4025   3]    Proximity Domain High(24) : 000000
[FBCh 4028   4]                 Clock Domain : 00000000

[FC0h 4032   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[FC1h 4033   1]                       Length : 10

[FC2h 4034   1]      Proximity Domain Low(8) : 00
[FC3h 4035   1]                      Apic ID : F9
[FC4h 4036   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[FC8h 4040   1]              Local Sapic EID : 00
[FC9h 4041   3]    Proximity Domain High(24) : 000000
[FCCh 4044   4]                 Clock Domain : 00000000

[FD0h 4048   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[FD1h 4049   1]                       Length : 10

[FD2h 4050   1]      Proximity Domain Low(8) : 00
[FD3h 4051   1]                      Apic ID : FA
[FD4h 4052   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[FD8h 4056   1]              Local Sapic EID : 00
[FD9h 4057   3]    Proximity Domain High(24) : 000000
[FDCh 4060   4]                 Clock Domain : 00000000

[FE0h 4064   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[FE1h 4065   1]                       Length : 10

[FE2h 4066   1]      Proximity Domain Low(8) : 00
[FE3h 4067   1]                      Apic ID : FB
[FE4h 4068   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[FE8h 4072   1]              Local Sapic EID : 00
[FE9h 4073   3]    Proximity Domain High(24) : 000000
[FECh 4076   4]                 Clock Domain : 00000000

[FF0h 4080   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[FF1h 4081   1]                       Length : 10

[FF2h 4082   1]      Proximity Domain Low(8) : 00
[FF3h 4083   1]                      Apic ID : FC
[FF4h 4084   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[FF8h 4088   1]              Local Sapic EID : 00
[FF9h 4089   3]    Proximity Domain High(24) : 000000
[FFCh 4092   4]                 Clock Domain : 00000000

[1000h 4096   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[1001h 4097   1]                       Length : 10

[1002h 4098   1]      Proximity Domain Low(8) : 00
[1003h 4099   1]                      Apic ID : FD
[1004h 4100   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1008h 4104   1]              Local Sapic EID : 00
[1009h 4105   3]    Proximity Domain High(24) : 000000
[100Ch 4108   4]                 Clock Domain : 00000000

[1010h 4112   1]                Subtable Type : 00 [Processor Local APIC/SAPIC Affinity]
[1011h 4113   1]                       Length : 10

[1012h 4114   1]      Proximity Domain Low(8) : 00
[1013h 4115   1]                      Apic ID : FE
[1014h 4116   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1018h 4120   1]              Local Sapic EID : 00
[1019h 4121   3]    Proximity Domain High(24) : 000000
[101Ch 4124   4]                 Clock Domain : 00000000

[1020h 4128   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1021h 4129   1]                       Length : 18

[1022h 4130   2]                    Reserved1 : 0000
[1024h 4132   4]             Proximity Domain : 00000000
[1028h 4136   4]                      Apic ID : 000000FF
[102Ch 4140   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1030h 4144   4]                 Clock Domain : 00000000
[1034h 4148   4]                    Reserved2 : 00000000

[1038h 4152   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1039h 4153   1]                       Length : 18

[103Ah 4154   2]                    Reserved1 : 0000
[103Ch 4156   4]             Proximity Domain : 00000000
[1040h 4160   4]                      Apic ID : 00000100
[1044h 4164   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1048h 4168   4]                 Clock Domain : 00000000
[104Ch 4172   4]                    Reserved2 : 00000000

[1050h 4176   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1051h 4177   1]                       Length : 18

[1052h 4178   2]                    Reserved1 : 0000
[1054h 4180   4]             Proximity Domain : 00000000
[1058h 4184   4]                      Apic ID : 00000101
[105Ch 4188   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1060h 4192   4]                 Clock Domain : 00000000
[1064h 4196   4]                    Reserved2 : 00000000

[1068h 4200   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1069h 4201   1]                       Length : 18

[106Ah 4202   2]                    Reserved1 : 0000
[106Ch 4204   4]             Proximity Domain : 00000000
[1070h 4208   4]                      Apic ID : 00000102
[1074h 4212   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1078h 4216   4]                 Clock Domain : 00000000
[107Ch 4220   4]                    Reserved2 : 00000000

[1080h 4224   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1081h 4225   1]                       Length : 18

[1082h 4226   2]                    Reserved1 : 0000
[1084h 4228   4]             Proximity Domain : 00000000
[1088h 4232   4]                      Apic ID : 00000103
[108Ch 4236   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1090h 4240   4]                 Clock Domain : 00000000
[1094h 4244   4]                    Reserved2 : 00000000

[1098h 4248   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1099h 4249   1]                       Length : 18

[109Ah 4250   2]                    Reserved1 : 0000
[109Ch 4252   4]             Proximity Domain : 00000000
[10A0h 4256   4]                      Apic ID : 00000104
[10A4h 4260   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[10A8h 4264   4]                 Clock Domain : 00000000
[10ACh 4268   4]                    Reserved2 : 00000000

[10B0h 4272   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[10B1h 4273   1]                       Length : 18

[10B2h 4274   2]                    Reserved1 : 0000
[10B4h 4276   4]             Proximity Domain : 00000000
[10B8h 4280   4]                      Apic ID : 00000105
[10BCh 4284   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[10C0h 4288   4]                 Clock Domain : 00000000
[10C4h 4292   4]                    Reserved2 : 00000000

[10C8h 4296   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[10C9h 4297   1]                       Length : 18

[10CAh 4298   2]                    Reserved1 : 0000
[10CCh 4300   4]             Proximity Domain : 00000000
[10D0h 4304   4]                      Apic ID : 00000106
[10D4h 4308   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[10D8h 4312   4]                 Clock Domain : 00000000
[10DCh 4316   4]                    Reserved2 : 00000000

[10E0h 4320   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[10E1h 4321   1]                       Length : 18

[10E2h 4322   2]                    Reserved1 : 0000
[10E4h 4324   4]             Proximity Domain : 00000000
[10E8h 4328   4]                      Apic ID : 00000107
[10ECh 4332   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[10F0h 4336   4]                 Clock Domain : 00000000
[10F4h 4340   4]                    Reserved2 : 00000000

[10F8h 4344   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[10F9h 4345   1]                       Length : 18

[10FAh 4346   2]                    Reserved1 : 0000
[10FCh 4348   4]             Proximity Domain : 00000000
[1100h 4352   4]                      Apic ID : 00000108
[1104h 4356   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1108h 4360   4]                 Clock Domain : 00000000
[110Ch 4364   4]                    Reserved2 : 00000000

[1110h 4368   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1111h 4369   1]                       Length : 18

[1112h 4370   2]                    Reserved1 : 0000
[1114h 4372   4]             Proximity Domain : 00000000
[1118h 4376   4]                      Apic ID : 00000109
[111Ch 4380   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1120h 4384   4]                 Clock Domain : 00000000
[1124h 4388   4]                    Reserved2 : 00000000

[1128h 4392   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1129h 4393   1]                       Length : 18

[112Ah 4394   2]                    Reserved1 : 0000
[112Ch 4396   4]             Proximity Domain : 00000000
[1130h 4400   4]                      Apic ID : 0000010A
[1134h 4404   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1138h 4408   4]                 Clock Domain : 00000000
[113Ch 4412   4]                    Reserved2 : 00000000

[1140h 4416   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1141h 4417   1]                       Length : 18

[1142h 4418   2]                    Reserved1 : 0000
[1144h 4420   4]             Proximity Domain : 00000000
[1148h 4424   4]                      Apic ID : 0000010B
[114Ch 4428   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1150h 4432   4]                 Clock Domain : 00000000
[1154h 4436   4]                    Reserved2 : 00000000

[1158h 4440   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1159h 4441   1]                       Length : 18

[115Ah 4442   2]                    Reserved1 : 0000
[115Ch 4444   4]             Proximity Domain : 00000000
[1160h 4448   4]                      Apic ID : 0000010C
[1164h 4452   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1168h 4456   4]                 Clock Domain : 00000000
[116Ch 4460   4]                    Reserved2 : 00000000

[1170h 4464   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1171h 4465   1]                       Length : 18

[1172h 4466   2]                    Reserved1 : 0000
[1174h 4468   4]             Proximity Domain : 00000000
[1178h 4472   4]                      Apic ID : 0000010D
[117Ch 4476   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1180h 4480   4]                 Clock Domain : 00000000
[1184h 4484   4]                    Reserved2 : 00000000

[1188h 4488   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1189h 4489   1]                       Length : 18

[118Ah 4490   2]                    Reserved1 : 0000
[118Ch 4492   4]             Proximity Domain : 00000000
[1190h 4496   4]                      Apic ID : 0000010E
[1194h 4500   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1198h 4504   4]                 Clock Domain : 00000000
[119Ch 4508   4]                    Reserved2 : 00000000

[11A0h 4512   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[11A1h 4513   1]                       Length : 18

[11A2h 4514   2]                    Reserved1 : 0000
[11A4h 4516   4]             Proximity Domain : 00000000
[11A8h 4520   4]                      Apic ID : 0000010F
[11ACh 4524   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[11B0h 4528   4]                 Clock Domain : 00000000
[11B4h 4532   4]                    Reserved2 : 00000000

[11B8h 4536   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[11B9h 4537   1]                       Length : 18

[11BAh 4538   2]                    Reserved1 : 0000
[11BCh 4540   4]             Proximity Domain : 00000000
[11C0h 4544   4]                      Apic ID : 00000110
[11C4h 4548   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[11C8h 4552   4]                 Clock Domain : 00000000
[11CCh 4556   4]                    Reserved2 : 00000000

[11D0h 4560   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[11D1h 4561   1]                       Length : 18

[11D2h 4562   2]                    Reserved1 : 0000
[11D4h 4564   4]             Proximity Domain : 00000000
[11D8h 4568   4]                      Apic ID : 00000111
[11DCh 4572   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[11E0h 4576   4]                 Clock Domain : 00000000
[11E4h 4580   4]                    Reserved2 : 00000000

[11E8h 4584   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[11E9h 4585   1]                       Length : 18

[11EAh 4586   2]                    Reserved1 : 0000
[11ECh 4588   4]             Proximity Domain : 00000000
[11F0h 4592   4]                      Apic ID : 00000112
[11F4h 4596   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[11F8h 4600   4]                 Clock Domain : 00000000
[11FCh 4604   4]                    Reserved2 : 00000000

[1200h 4608   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1201h 4609   1]                       Length : 18

[1202h 4610   2]                    Reserved1 : 0000
[1204h 4612   4]             Proximity Domain : 00000000
[1208h 4616   4]                      Apic ID : 00000113
[120Ch 4620   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1210h 4624   4]                 Clock Domain : 00000000
[1214h 4628   4]                    Reserved2 : 00000000

[1218h 4632   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1219h 4633   1]                       Length : 18

[121Ah 4634   2]                    Reserved1 : 0000
[121Ch 4636   4]             Proximity Domain : 00000000
[1220h 4640   4]                      Apic ID : 00000114
[1224h 4644   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1228h 4648   4]                 Clock Domain : 00000000
[122Ch 4652   4]                    Reserved2 : 00000000

[1230h 4656   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1231h 4657   1]                       Length : 18

[1232h 4658   2]                    Reserved1 : 0000
[1234h 4660   4]             Proximity Domain : 00000000
[1238h 4664   4]                      Apic ID : 00000115
[123Ch 4668   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1240h 4672   4]                 Clock Domain : 00000000
[1244h 4676   4]                    Reserved2 : 00000000

[1248h 4680   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1249h 4681   1]                       Length : 18

[124Ah 4682   2]                    Reserved1 : 0000
[124Ch 4684   4]             Proximity Domain : 00000000
[1250h 4688   4]                      Apic ID : 00000116
[1254h 4692   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1258h 4696   4]                 Clock Domain : 00000000
[125Ch 4700   4]                    Reserved2 : 00000000

[1260h 4704   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1261h 4705   1]                       Length : 18

[1262h 4706   2]                    Reserved1 : 0000
[1264h 4708   4]             Proximity Domain : 00000000
[1268h 4712   4]                      Apic ID : 00000117
[126Ch 4716   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1270h 4720   4]                 Clock Domain : 00000000
[1274h 4724   4]                    Reserved2 : 00000000

[1278h 4728   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1279h 4729   1]                       Length : 18

[127Ah 4730   2]                    Reserved1 : 0000
[127Ch 4732   4]             Proximity Domain : 00000000
[1280h 4736   4]                      Apic ID : 00000118
[1284h 4740   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1288h 4744   4]                 Clock Domain : 00000000
[128Ch 4748   4]                    Reserved2 : 00000000

[1290h 4752   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1291h 4753   1]                       Length : 18

[1292h 4754   2]                    Reserved1 : 0000
[1294h 4756   4]             Proximity Domain : 00000000
[1298h 4760   4]                      Apic ID : 00000119
[129Ch 4764   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[12A0h 4768   4]                 Clock Domain : 00000000
[12A4h 4772   4]                    Reserved2 : 00000000

[12A8h 4776   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[12A9h 4777   1]                       Length : 18

[12AAh 4778   2]                    Reserved1 : 0000
[12ACh 4780   4]             Proximity Domain : 00000000
[12B0h 4784   4]                      Apic ID : 0000011A
[12B4h 4788   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[12B8h 4792   4]                 Clock Domain : 00000000
[12BCh 4796   4]                    Reserved2 : 00000000

[12C0h 4800   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[12C1h 4801   1]                       Length : 18

[12C2h 4802   2]                    Reserved1 : 0000
[12C4h 4804   4]             Proximity Domain : 00000000
[12C8h 4808   4]                      Apic ID : 0000011B
[12CCh 4812   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[12D0h 4816   4]                 Clock Domain : 00000000
[12D4h 4820   4]                    Reserved2 : 00000000

[12D8h 4824   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[12D9h 4825   1]                       Length : 18

[12DAh 4826   2]                    Reserved1 : 0000
[12DCh 4828   4]             Proximity Domain : 00000000
[12E0h 4832   4]                      Apic ID : 0000011C
[12E4h 4836   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[12E8h 4840   4]                 Clock Domain : 00000000
[12ECh 4844   4]                    Reserved2 : 00000000

[12F0h 4848   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[12F1h 4849   1]                       Length : 18

[12F2h 4850   2]                    Reserved1 : 0000
[12F4h 4852   4]             Proximity Domain : 00000000
[12F8h 4856   4]                      Apic ID : 0000011D
[12FCh 4860   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1300h 4864   4]                 Clock Domain : 00000000
[1304h 4868   4]                    Reserved2 : 00000000

[1308h 4872   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1309h 4873   1]                       Length : 18

[130Ah 4874   2]                    Reserved1 : 0000
[130Ch 4876   4]             Proximity Domain : 00000000
[1310h 4880   4]                      Apic ID : 0000011E
[1314h 4884   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1318h 4888   4]                 Clock Domain : 00000000
[131Ch 4892   4]                    Reserved2 : 00000000

[1320h 4896   1]                Subtable Type : 02 [Processor Local x2APIC Affinity]
[1321h 4897   1]                       Length : 18

[1322h 4898   2]                    Reserved1 : 0000
[1324h 4900   4]             Proximity Domain : 00000000
[1328h 4904   4]                      Apic ID : 0000011F
[132Ch 4908   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
[1330h 4912   4]                 Clock Domain : 00000000
[1334h 4916   4]                    Reserved2 : 00000000

[1338h 4920   1]                Subtable Type : 01 [Memory Affinity]
[1339h 4921   1]                       Length : 28

[133Ah 4922   4]             Proximity Domain : 00000001
[133Eh 4926   2]                    Reserved1 : 0000
[1340h 4928   8]                 Base Address : 0000000000000000
[1348h 4936   8]               Address Length : 00000000000A0000
[1350h 4944   4]                    Reserved2 : 00000000
[1354h 4948   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
                               Hot Pluggable : 0
                                Non-Volatile : 0
[1358h 4952   8]                    Reserved3 : 0000000000000000

[1360h 4960   1]                Subtable Type : 01 [Memory Affinity]
[1361h 4961   1]                       Length : 28

[1362h 4962   4]             Proximity Domain : 00000001
[1366h 4966   2]                    Reserved1 : 0000
[1368h 4968   8]                 Base Address : 0000000000100000
[1370h 4976   8]               Address Length : 0000000007F00000
[1378h 4984   4]                    Reserved2 : 00000000
[137Ch 4988   4]        Flags (decoded below) : 00000001
                                     Enabled : 1
                               Hot Pluggable : 0
                                Non-Volatile : 0
[1380h 4992   8]                    Reserved3 : 0000000000000000

[1388h 5000   1]                Subtable Type : 01 [Memory Affinity]
[1389h 5001   1]                       Length : 28

[138Ah 5002   4]             Proximity Domain : 00000000
[138Eh 5006   2]                    Reserved1 : 0000
[1390h 5008   8]                 Base Address : 0000000000000000
[1398h 5016   8]               Address Length : 0000000000000000
[13A0h 5024   4]                    Reserved2 : 00000000
[13A4h 5028   4]        Flags (decoded below) : 00000000
                                     Enabled : 0
                               Hot Pluggable : 0
                                Non-Volatile : 0
[13A8h 5032   8]                    Reserved3 : 0000000000000000

[13B0h 5040   1]                Subtable Type : 01 [Memory Affinity]
[13B1h 5041   1]                       Length : 28

[13B2h 5042   4]             Proximity Domain : 00000000
[13B6h 5046   2]                    Reserved1 : 0000
[13B8h 5048   8]                 Base Address : 0000000000000000
[13C0h 5056   8]               Address Length : 0000000000000000
[13C8h 5064   4]                    Reserved2 : 00000000
[13CCh 5068   4]        Flags (decoded below) : 00000000
                                     Enabled : 0
                               Hot Pluggable : 0
                                Non-Volatile : 0
[13D0h 5072   8]                    Reserved3 : 0000000000000000

Raw Table Data: Length 5080 (0x13D8)

    0000: 53 52 41 54 D8 13 00 00 01 BB 42 4F 43 48 53 20  // SRAT......BOCHS
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0030: 00 10 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0040: 00 10 00 01 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0050: 00 10 00 02 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0060: 00 10 00 03 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0070: 00 10 00 04 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0080: 00 10 00 05 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0090: 00 10 00 06 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    00A0: 00 10 00 07 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    00B0: 00 10 00 08 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    00C0: 00 10 00 09 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    00D0: 00 10 00 0A 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    00E0: 00 10 00 0B 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    00F0: 00 10 00 0C 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0100: 00 10 00 0D 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0110: 00 10 00 0E 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0120: 00 10 00 0F 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0130: 00 10 00 10 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0140: 00 10 00 11 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0150: 00 10 00 12 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0160: 00 10 00 13 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0170: 00 10 00 14 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0180: 00 10 00 15 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0190: 00 10 00 16 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    01A0: 00 10 00 17 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    01B0: 00 10 00 18 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    01C0: 00 10 00 19 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    01D0: 00 10 00 1A 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    01E0: 00 10 00 1B 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    01F0: 00 10 00 1C 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0200: 00 10 00 1D 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0210: 00 10 00 1E 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0220: 00 10 00 1F 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0230: 00 10 00 20 01 00 00 00 00 00 00 00 00 00 00 00  // ... ............
    0240: 00 10 00 21 01 00 00 00 00 00 00 00 00 00 00 00  // ...!............
    0250: 00 10 00 22 01 00 00 00 00 00 00 00 00 00 00 00  // ..."............
    0260: 00 10 00 23 01 00 00 00 00 00 00 00 00 00 00 00  // ...#............
    0270: 00 10 00 24 01 00 00 00 00 00 00 00 00 00 00 00  // ...$............
    0280: 00 10 00 25 01 00 00 00 00 00 00 00 00 00 00 00  // ...%............
    0290: 00 10 00 26 01 00 00 00 00 00 00 00 00 00 00 00  // ...&............
    02A0: 00 10 00 27 01 00 00 00 00 00 00 00 00 00 00 00  // ...'............
    02B0: 00 10 00 28 01 00 00 00 00 00 00 00 00 00 00 00  // ...(............
    02C0: 00 10 00 29 01 00 00 00 00 00 00 00 00 00 00 00  // ...)............
    02D0: 00 10 00 2A 01 00 00 00 00 00 00 00 00 00 00 00  // ...*............
    02E0: 00 10 00 2B 01 00 00 00 00 00 00 00 00 00 00 00  // ...+............
    02F0: 00 10 00 2C 01 00 00 00 00 00 00 00 00 00 00 00  // ...,............
    0300: 00 10 00 2D 01 00 00 00 00 00 00 00 00 00 00 00  // ...-............
    0310: 00 10 00 2E 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0320: 00 10 00 2F 01 00 00 00 00 00 00 00 00 00 00 00  // .../............
    0330: 00 10 00 30 01 00 00 00 00 00 00 00 00 00 00 00  // ...0............
    0340: 00 10 00 31 01 00 00 00 00 00 00 00 00 00 00 00  // ...1............
    0350: 00 10 00 32 01 00 00 00 00 00 00 00 00 00 00 00  // ...2............
    0360: 00 10 00 33 01 00 00 00 00 00 00 00 00 00 00 00  // ...3............
    0370: 00 10 00 34 01 00 00 00 00 00 00 00 00 00 00 00  // ...4............
    0380: 00 10 00 35 01 00 00 00 00 00 00 00 00 00 00 00  // ...5............
    0390: 00 10 00 36 01 00 00 00 00 00 00 00 00 00 00 00  // ...6............
    03A0: 00 10 00 37 01 00 00 00 00 00 00 00 00 00 00 00  // ...7............
    03B0: 00 10 00 38 01 00 00 00 00 00 00 00 00 00 00 00  // ...8............
    03C0: 00 10 00 39 01 00 00 00 00 00 00 00 00 00 00 00  // ...9............
    03D0: 00 10 00 3A 01 00 00 00 00 00 00 00 00 00 00 00  // ...:............
    03E0: 00 10 00 3B 01 00 00 00 00 00 00 00 00 00 00 00  // ...;............
    03F0: 00 10 00 3C 01 00 00 00 00 00 00 00 00 00 00 00  // ...<............
    0400: 00 10 00 3D 01 00 00 00 00 00 00 00 00 00 00 00  // ...=............
    0410: 00 10 00 3E 01 00 00 00 00 00 00 00 00 00 00 00  // ...>............
    0420: 00 10 00 3F 01 00 00 00 00 00 00 00 00 00 00 00  // ...?............
    0430: 00 10 00 40 01 00 00 00 00 00 00 00 00 00 00 00  // ...@............
    0440: 00 10 00 41 01 00 00 00 00 00 00 00 00 00 00 00  // ...A............
    0450: 00 10 00 42 01 00 00 00 00 00 00 00 00 00 00 00  // ...B............
    0460: 00 10 00 43 01 00 00 00 00 00 00 00 00 00 00 00  // ...C............
    0470: 00 10 00 44 01 00 00 00 00 00 00 00 00 00 00 00  // ...D............
    0480: 00 10 00 45 01 00 00 00 00 00 00 00 00 00 00 00  // ...E............
    0490: 00 10 00 46 01 00 00 00 00 00 00 00 00 00 00 00  // ...F............
    04A0: 00 10 00 47 01 00 00 00 00 00 00 00 00 00 00 00  // ...G............
    04B0: 00 10 00 48 01 00 00 00 00 00 00 00 00 00 00 00  // ...H............
    04C0: 00 10 00 49 01 00 00 00 00 00 00 00 00 00 00 00  // ...I............
    04D0: 00 10 00 4A 01 00 00 00 00 00 00 00 00 00 00 00  // ...J............
    04E0: 00 10 00 4B 01 00 00 00 00 00 00 00 00 00 00 00  // ...K............
    04F0: 00 10 00 4C 01 00 00 00 00 00 00 00 00 00 00 00  // ...L............
    0500: 00 10 00 4D 01 00 00 00 00 00 00 00 00 00 00 00  // ...M............
    0510: 00 10 00 4E 01 00 00 00 00 00 00 00 00 00 00 00  // ...N............
    0520: 00 10 00 4F 01 00 00 00 00 00 00 00 00 00 00 00  // ...O............
    0530: 00 10 00 50 01 00 00 00 00 00 00 00 00 00 00 00  // ...P............
    0540: 00 10 00 51 01 00 00 00 00 00 00 00 00 00 00 00  // ...Q............
    0550: 00 10 00 52 01 00 00 00 00 00 00 00 00 00 00 00  // ...R............
    0560: 00 10 00 53 01 00 00 00 00 00 00 00 00 00 00 00  // ...S............
    0570: 00 10 00 54 01 00 00 00 00 00 00 00 00 00 00 00  // ...T............
    0580: 00 10 00 55 01 00 00 00 00 00 00 00 00 00 00 00  // ...U............
    0590: 00 10 00 56 01 00 00 00 00 00 00 00 00 00 00 00  // ...V............
    05A0: 00 10 00 57 01 00 00 00 00 00 00 00 00 00 00 00  // ...W............
    05B0: 00 10 00 58 01 00 00 00 00 00 00 00 00 00 00 00  // ...X............
    05C0: 00 10 00 59 01 00 00 00 00 00 00 00 00 00 00 00  // ...Y............
    05D0: 00 10 00 5A 01 00 00 00 00 00 00 00 00 00 00 00  // ...Z............
    05E0: 00 10 00 5B 01 00 00 00 00 00 00 00 00 00 00 00  // ...[............
    05F0: 00 10 00 5C 01 00 00 00 00 00 00 00 00 00 00 00  // ...\............
    0600: 00 10 00 5D 01 00 00 00 00 00 00 00 00 00 00 00  // ...]............
    0610: 00 10 00 5E 01 00 00 00 00 00 00 00 00 00 00 00  // ...^............
    0620: 00 10 00 5F 01 00 00 00 00 00 00 00 00 00 00 00  // ..._............
    0630: 00 10 00 60 01 00 00 00 00 00 00 00 00 00 00 00  // ...`............
    0640: 00 10 00 61 01 00 00 00 00 00 00 00 00 00 00 00  // ...a............
    0650: 00 10 00 62 01 00 00 00 00 00 00 00 00 00 00 00  // ...b............
    0660: 00 10 00 63 01 00 00 00 00 00 00 00 00 00 00 00  // ...c............
    0670: 00 10 00 64 01 00 00 00 00 00 00 00 00 00 00 00  // ...d............
    0680: 00 10 00 65 01 00 00 00 00 00 00 00 00 00 00 00  // ...e............
    0690: 00 10 00 66 01 00 00 00 00 00 00 00 00 00 00 00  // ...f............
    06A0: 00 10 00 67 01 00 00 00 00 00 00 00 00 00 00 00  // ...g............
    06B0: 00 10 00 68 01 00 00 00 00 00 00 00 00 00 00 00  // ...h............
    06C0: 00 10 00 69 01 00 00 00 00 00 00 00 00 00 00 00  // ...i............
    06D0: 00 10 00 6A 01 00 00 00 00 00 00 00 00 00 00 00  // ...j............
    06E0: 00 10 00 6B 01 00 00 00 00 00 00 00 00 00 00 00  // ...k............
    06F0: 00 10 00 6C 01 00 00 00 00 00 00 00 00 00 00 00  // ...l............
    0700: 00 10 00 6D 01 00 00 00 00 00 00 00 00 00 00 00  // ...m............
    0710: 00 10 00 6E 01 00 00 00 00 00 00 00 00 00 00 00  // ...n............
    0720: 00 10 00 6F 01 00 00 00 00 00 00 00 00 00 00 00  // ...o............
    0730: 00 10 00 70 01 00 00 00 00 00 00 00 00 00 00 00  // ...p............
    0740: 00 10 00 71 01 00 00 00 00 00 00 00 00 00 00 00  // ...q............
    0750: 00 10 00 72 01 00 00 00 00 00 00 00 00 00 00 00  // ...r............
    0760: 00 10 00 73 01 00 00 00 00 00 00 00 00 00 00 00  // ...s............
    0770: 00 10 00 74 01 00 00 00 00 00 00 00 00 00 00 00  // ...t............
    0780: 00 10 00 75 01 00 00 00 00 00 00 00 00 00 00 00  // ...u............
    0790: 00 10 00 76 01 00 00 00 00 00 00 00 00 00 00 00  // ...v............
    07A0: 00 10 00 77 01 00 00 00 00 00 00 00 00 00 00 00  // ...w............
    07B0: 00 10 00 78 01 00 00 00 00 00 00 00 00 00 00 00  // ...x............
    07C0: 00 10 00 79 01 00 00 00 00 00 00 00 00 00 00 00  // ...y............
    07D0: 00 10 00 7A 01 00 00 00 00 00 00 00 00 00 00 00  // ...z............
    07E0: 00 10 00 7B 01 00 00 00 00 00 00 00 00 00 00 00  // ...{............
    07F0: 00 10 00 7C 01 00 00 00 00 00 00 00 00 00 00 00  // ...|............
    0800: 00 10 00 7D 01 00 00 00 00 00 00 00 00 00 00 00  // ...}............
    0810: 00 10 00 7E 01 00 00 00 00 00 00 00 00 00 00 00  // ...~............
    0820: 00 10 00 7F 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0830: 00 10 00 80 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0840: 00 10 00 81 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0850: 00 10 00 82 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0860: 00 10 00 83 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0870: 00 10 00 84 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0880: 00 10 00 85 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0890: 00 10 00 86 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    08A0: 00 10 00 87 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    08B0: 00 10 00 88 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    08C0: 00 10 00 89 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    08D0: 00 10 00 8A 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    08E0: 00 10 00 8B 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    08F0: 00 10 00 8C 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0900: 00 10 00 8D 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0910: 00 10 00 8E 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0920: 00 10 00 8F 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0930: 00 10 00 90 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0940: 00 10 00 91 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0950: 00 10 00 92 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0960: 00 10 00 93 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0970: 00 10 00 94 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0980: 00 10 00 95 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0990: 00 10 00 96 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    09A0: 00 10 00 97 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    09B0: 00 10 00 98 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    09C0: 00 10 00 99 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    09D0: 00 10 00 9A 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    09E0: 00 10 00 9B 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    09F0: 00 10 00 9C 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0A00: 00 10 00 9D 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0A10: 00 10 00 9E 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0A20: 00 10 00 9F 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0A30: 00 10 00 A0 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0A40: 00 10 00 A1 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0A50: 00 10 00 A2 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0A60: 00 10 00 A3 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0A70: 00 10 00 A4 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0A80: 00 10 00 A5 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0A90: 00 10 00 A6 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0AA0: 00 10 00 A7 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0AB0: 00 10 00 A8 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0AC0: 00 10 00 A9 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0AD0: 00 10 00 AA 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0AE0: 00 10 00 AB 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0AF0: 00 10 00 AC 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0B00: 00 10 00 AD 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0B10: 00 10 00 AE 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0B20: 00 10 00 AF 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0B30: 00 10 00 B0 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0B40: 00 10 00 B1 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0B50: 00 10 00 B2 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0B60: 00 10 00 B3 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0B70: 00 10 00 B4 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0B80: 00 10 00 B5 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0B90: 00 10 00 B6 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0BA0: 00 10 00 B7 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0BB0: 00 10 00 B8 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0BC0: 00 10 00 B9 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0BD0: 00 10 00 BA 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0BE0: 00 10 00 BB 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0BF0: 00 10 00 BC 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0C00: 00 10 00 BD 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0C10: 00 10 00 BE 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0C20: 00 10 00 BF 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0C30: 00 10 00 C0 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0C40: 00 10 00 C1 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0C50: 00 10 00 C2 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0C60: 00 10 00 C3 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0C70: 00 10 00 C4 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0C80: 00 10 00 C5 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0C90: 00 10 00 C6 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0CA0: 00 10 00 C7 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0CB0: 00 10 00 C8 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0CC0: 00 10 00 C9 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0CD0: 00 10 00 CA 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0CE0: 00 10 00 CB 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0CF0: 00 10 00 CC 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0D00: 00 10 00 CD 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0D10: 00 10 00 CE 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0D20: 00 10 00 CF 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0D30: 00 10 00 D0 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0D40: 00 10 00 D1 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0D50: 00 10 00 D2 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0D60: 00 10 00 D3 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0D70: 00 10 00 D4 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0D80: 00 10 00 D5 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0D90: 00 10 00 D6 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0DA0: 00 10 00 D7 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0DB0: 00 10 00 D8 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0DC0: 00 10 00 D9 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0DD0: 00 10 00 DA 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0DE0: 00 10 00 DB 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0DF0: 00 10 00 DC 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0E00: 00 10 00 DD 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0E10: 00 10 00 DE 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0E20: 00 10 00 DF 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0E30: 00 10 00 E0 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0E40: 00 10 00 E1 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0E50: 00 10 00 E2 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0E60: 00 10 00 E3 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0E70: 00 10 00 E4 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0E80: 00 10 00 E5 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0E90: 00 10 00 E6 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0EA0: 00 10 00 E7 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0EB0: 00 10 00 E8 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0EC0: 00 10 00 E9 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0ED0: 00 10 00 EA 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0EE0: 00 10 00 EB 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0EF0: 00 10 00 EC 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0F00: 00 10 00 ED 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0F10: 00 10 00 EE 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0F20: 00 10 00 EF 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0F30: 00 10 00 F0 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0F40: 00 10 00 F1 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0F50: 00 10 00 F2 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0F60: 00 10 00 F3 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0F70: 00 10 00 F4 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0F80: 00 10 00 F5 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0F90: 00 10 00 F6 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0FA0: 00 10 00 F7 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0FB0: 00 10 00 F8 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0FC0: 00 10 00 F9 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0FD0: 00 10 00 FA 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0FE0: 00 10 00 FB 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    0FF0: 00 10 00 FC 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    1000: 00 10 00 FD 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    1010: 00 10 00 FE 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    1020: 02 18 00 00 00 00 00 00 FF 00 00 00 01 00 00 00  // ................
    1030: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    1040: 00 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    1050: 02 18 00 00 00 00 00 00 01 01 00 00 01 00 00 00  // ................
    1060: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    1070: 02 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    1080: 02 18 00 00 00 00 00 00 03 01 00 00 01 00 00 00  // ................
    1090: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    10A0: 04 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    10B0: 02 18 00 00 00 00 00 00 05 01 00 00 01 00 00 00  // ................
    10C0: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    10D0: 06 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    10E0: 02 18 00 00 00 00 00 00 07 01 00 00 01 00 00 00  // ................
    10F0: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    1100: 08 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    1110: 02 18 00 00 00 00 00 00 09 01 00 00 01 00 00 00  // ................
    1120: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    1130: 0A 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    1140: 02 18 00 00 00 00 00 00 0B 01 00 00 01 00 00 00  // ................
    1150: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    1160: 0C 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    1170: 02 18 00 00 00 00 00 00 0D 01 00 00 01 00 00 00  // ................
    1180: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    1190: 0E 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    11A0: 02 18 00 00 00 00 00 00 0F 01 00 00 01 00 00 00  // ................
    11B0: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    11C0: 10 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    11D0: 02 18 00 00 00 00 00 00 11 01 00 00 01 00 00 00  // ................
    11E0: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    11F0: 12 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    1200: 02 18 00 00 00 00 00 00 13 01 00 00 01 00 00 00  // ................
    1210: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    1220: 14 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    1230: 02 18 00 00 00 00 00 00 15 01 00 00 01 00 00 00  // ................
    1240: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    1250: 16 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    1260: 02 18 00 00 00 00 00 00 17 01 00 00 01 00 00 00  // ................
    1270: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    1280: 18 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    1290: 02 18 00 00 00 00 00 00 19 01 00 00 01 00 00 00  // ................
    12A0: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    12B0: 1A 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    12C0: 02 18 00 00 00 00 00 00 1B 01 00 00 01 00 00 00  // ................
    12D0: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    12E0: 1C 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    12F0: 02 18 00 00 00 00 00 00 1D 01 00 00 01 00 00 00  // ................
    1300: 00 00 00 00 00 00 00 00 02 18 00 00 00 00 00 00  // ................
    1310: 1E 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    1320: 02 18 00 00 00 00 00 00 1F 01 00 00 01 00 00 00  // ................
    1330: 00 00 00 00 00 00 00 00 01 28 01 00 00 00 00 00  // .........(......
    1340: 00 00 00 00 00 00 00 00 00 00 0A 00 00 00 00 00  // ................
    1350: 00 00 00 00 01 00 00 00 00 00 00 00 00 00 00 00  // ................
    1360: 01 28 01 00 00 00 00 00 00 00 10 00 00 00 00 00  // .(..............
    1370: 00 00 F0 07 00 00 00 00 00 00 00 00 01 00 00 00  // ................
    1380: 00 00 00 00 00 00 00 00 01 28 00 00 00 00 00 00  // .........(......
    1390: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    13A0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    13B0: 01 28 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // .(..............
    13C0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    13D0: 00 00 00 00 00 00 00 00                          // ........
