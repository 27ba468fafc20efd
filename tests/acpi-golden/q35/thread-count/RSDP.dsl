/*
 * RSDP, written by diff-acpi.py in iasl's data-table layout
 * (iasl 20200925 does not decode a revision 0 RSDP)
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue
 */

[000h 0000   8]                    Signature : "RSD PTR "
[008h 0008   1]                     Checksum : 15
[009h 0009   6]                       Oem ID : "BOCHS "
[00Fh 0015   1]                     Revision : 00
[010h 0016   4]                 RSDT Address : 54445352

Raw Table Data: Length 20 (0x14)

    0000: 52 53 44 20 50 54 52 20 15 42 4F 43 48 53 20 00  // RSD PTR .BOCHS .
    0010: 52 53 44 54                                      // RSDT
