/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version N (64-bit version)
 * Copyright (c) 2000 - N Intel Corporation
 *
 * Disassembling to symbolic ASL+ operators
 *
 * Disassembly of SSDT.aml
 *
 * Original Table Header:
 *     Signature        "SSDT"
 *     Length           0x00000048 (72)
 *     Revision         0x02
 *     Checksum         0xE1
 *     OEM ID           "NOFW"
 *     OEM Table ID     "USERFILE"
 *     OEM Revision     0x00000001 (1)
 *     Compiler ID      "INTL"
 *     Compiler Version 0x00000000 (0)
 */
DefinitionBlock ("", "SSDT", 2, "NOFW", "USERFILE", 0x00000001)
{
    Scope (\_SB)
    {
        Device (UTS1)
        {
            Name (_HID, "QEMU0001")  // _HID: Hardware ID
            Name (_UID, 0x2A)  // _UID: Unique ID
        }
    }
}

