/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version N (64-bit version)
 * Copyright (c) 2000 - N Intel Corporation
 *
 * Disassembling to symbolic ASL+ operators
 *
 * Disassembly of SSDT-1.aml
 *
 * Original Table Header:
 *     Signature        "SSDT"
 *     Length           0x00000048 (72)
 *     Revision         0x01
 *     Checksum         0xDF
 *     OEM ID           "NOFW"
 *     OEM Table ID     "USERDATA"
 *     OEM Revision     0x00000002 (2)
 *     Compiler ID      "NOFW"
 *     Compiler Version 0x00000003 (3)
 */
DefinitionBlock ("", "SSDT", 1, "NOFW", "USERDATA", 0x00000002)
{
    Scope (\_SB)
    {
        Device (UTS2)
        {
            Name (_HID, "QEMU0001")  // _HID: Hardware ID
            Name (_UID, 0x2B)  // _UID: Unique ID
        }
    }
}

