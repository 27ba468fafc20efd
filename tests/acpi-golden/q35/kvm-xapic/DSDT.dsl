/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version N (64-bit version)
 * Copyright (c) 2000 - N Intel Corporation
 *
 * Disassembling to symbolic ASL+ operators
 *
 * Disassembly of DSDT.aml
 *
 * Original Table Header:
 *     Signature        "DSDT"
 *     Length           0x00008BDB (35803)
 *     Revision         0x01 **** 32-bit table (V1), no 64-bit math support
 *     Checksum         0x83
 *     OEM ID           "BOCHS "
 *     OEM Table ID     "BXPC    "
 *     OEM Revision     0x00000001 (1)
 *     Compiler ID      "BXPC"
 *     Compiler Version 0x00000001 (1)
 */
DefinitionBlock ("", "DSDT", 1, "BOCHS ", "BXPC    ", 0x00000001)
{
    Scope (\)
    {
        OperationRegion (DBG, SystemIO, 0x0402, One)
        Field (DBG, ByteAcc, NoLock, Preserve)
        {
            DBGB,   8
        }

        Method (DBUG, 1, NotSerialized)
        {
            ToHexString (Arg0, Local0)
            ToBuffer (Local0, Local0)
            Local1 = (SizeOf (Local0) - One)
            Local2 = Zero
            While ((Local2 < Local1))
            {
                DBGB = DerefOf (Local0 [Local2])
                Local2++
            }

            DBGB = 0x0A
        }
    }

    Scope (_SB)
    {
        Device (PCI0)
        {
            Name (_HID, EisaId ("PNP0A08") /* PCI Express Bus */)  // _HID: Hardware ID
            Name (_CID, EisaId ("PNP0A03") /* PCI Bus */)  // _CID: Compatible ID
            Name (_UID, Zero)  // _UID: Unique ID
            Method (_OSC, 4, NotSerialized)  // _OSC: Operating System Capabilities
            {
                CreateDWordField (Arg3, Zero, CDW1)
                If ((Arg0 == ToUUID ("33db4d5b-1ff7-401c-9657-7441c03dd766") /* PCI Host Bridge Device */))
                {
                    CreateDWordField (Arg3, 0x04, CDW2)
                    CreateDWordField (Arg3, 0x08, CDW3)
                    Local0 = CDW3 /* \_SB_.PCI0._OSC.CDW3 */
                    Local0 &= 0x1E
                    If ((Arg1 != One))
                    {
                        CDW1 |= 0x08
                    }

                    If ((CDW3 != Local0))
                    {
                        CDW1 |= 0x10
                    }

                    CDW3 = Local0
                }
                Else
                {
                    CDW1 |= 0x04
                }

                Return (Arg3)
            }

            Method (EDSM, 5, Serialized)
            {
                If ((Arg2 == Zero))
                {
                    Local0 = Buffer (One)
                        {
                             0x00                                             // .
                        }
                    If ((Arg0 != ToUUID ("e5c937d0-3553-4d7a-9117-ea4d19c3434d") /* Device Labeling Interface */))
                    {
                        Return (Local0)
                    }

                    If ((Arg1 < 0x02))
                    {
                        Return (Local0)
                    }

                    Local0 [Zero] = 0x81
                    Return (Local0)
                }

                If ((Arg2 == 0x07))
                {
                    Local0 = Package (0x02)
                        {
                            Zero,
                            ""
                        }
                    Local1 = DerefOf (Arg4 [Zero])
                    Local0 [Zero] = Local1
                    Return (Local0)
                }
            }
        }

        Device (DRAC)
        {
            Name (_HID, "PNP0C01" /* System Board */)  // _HID: Hardware ID
            Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
            {
                DWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, NonCacheable, ReadWrite,
                    0x00000000,         // Granularity
                    0xB0000000,         // Range Minimum
                    0xBFFFFFFF,         // Range Maximum
                    0x00000000,         // Translation Offset
                    0x10000000,         // Length
                    ,, , AddressRangeMemory, TypeStatic)
            })
        }
    }

    Scope (_SB.PCI0)
    {
        OperationRegion (PCST, SystemIO, 0x0CC0, 0x08)
        Field (PCST, DWordAcc, NoLock, WriteAsZeros)
        {
            PCIU,   32,
            PCID,   32
        }

        OperationRegion (SEJ, SystemIO, 0x0CC8, 0x04)
        Field (SEJ, DWordAcc, NoLock, WriteAsZeros)
        {
            B0EJ,   32
        }

        OperationRegion (BNMR, SystemIO, 0x0CD0, 0x08)
        Field (BNMR, DWordAcc, NoLock, WriteAsZeros)
        {
            BNUM,   32,
            PIDX,   32
        }

        Mutex (BLCK, 0x00)
        Method (PCEJ, 2, NotSerialized)
        {
            Acquire (BLCK, 0xFFFF)
            BNUM = Arg0
            B0EJ = (One << Arg1)
            Release (BLCK)
            Return (Zero)
        }

        Method (AIDX, 2, NotSerialized)
        {
            Acquire (BLCK, 0xFFFF)
            BNUM = Arg0
            PIDX = (One << Arg1)
            Local0 = PIDX /* \_SB_.PCI0.PIDX */
            Release (BLCK)
            Return (Local0)
        }

        Method (PDSM, 5, Serialized)
        {
            If ((Arg2 == Zero))
            {
                Local0 = Buffer (One)
                    {
                         0x00                                             // .
                    }
                If ((Arg0 != ToUUID ("e5c937d0-3553-4d7a-9117-ea4d19c3434d") /* Device Labeling Interface */))
                {
                    Return (Local0)
                }

                If ((Arg1 < 0x02))
                {
                    Return (Local0)
                }

                Local1 = Zero
                Local2 = AIDX (DerefOf (Arg4 [Zero]), DerefOf (Arg4 [One]
                    ))
                If (!((Local2 == Zero) | (Local2 == 0xFFFFFFFF)))
                {
                    Local1 |= One
                    Local1 |= (One << 0x07)
                }

                Local0 [Zero] = Local1
                Return (Local0)
            }

            If ((Arg2 == 0x07))
            {
                Local2 = AIDX (DerefOf (Arg4 [Zero]), DerefOf (Arg4 [One]
                    ))
                Local0 = Package (0x02) {}
                If (!((Local2 == Zero) || (Local2 == 0xFFFFFFFF)))
                {
                    Local0 [Zero] = Local2
                    Local0 [One] = ""
                }

                Return (Local0)
            }
        }
    }

    Name (PICF, Zero)
    Method (_PIC, 1, NotSerialized)  // _PIC: Interrupt Model
    {
        PICF = Arg0
    }

    Scope (_SB)
    {
        Scope (PCI0)
        {
            Name (PRTP, Package (0x80)
            {
                Package (0x04)
                {
                    0xFFFF,
                    Zero,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0xFFFF,
                    One,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0xFFFF,
                    0x02,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0xFFFF,
                    0x03,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0001FFFF,
                    Zero,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0001FFFF,
                    One,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0001FFFF,
                    0x02,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0001FFFF,
                    0x03,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0002FFFF,
                    Zero,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0002FFFF,
                    One,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0002FFFF,
                    0x02,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0002FFFF,
                    0x03,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0003FFFF,
                    Zero,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0003FFFF,
                    One,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0003FFFF,
                    0x02,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0003FFFF,
                    0x03,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0004FFFF,
                    Zero,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0004FFFF,
                    One,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0004FFFF,
                    0x02,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0004FFFF,
                    0x03,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0005FFFF,
                    Zero,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0005FFFF,
                    One,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0005FFFF,
                    0x02,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0005FFFF,
                    0x03,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0006FFFF,
                    Zero,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0006FFFF,
                    One,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0006FFFF,
                    0x02,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0006FFFF,
                    0x03,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0007FFFF,
                    Zero,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0007FFFF,
                    One,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0007FFFF,
                    0x02,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0007FFFF,
                    0x03,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0008FFFF,
                    Zero,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0008FFFF,
                    One,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0008FFFF,
                    0x02,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0008FFFF,
                    0x03,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0009FFFF,
                    Zero,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0009FFFF,
                    One,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0009FFFF,
                    0x02,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0009FFFF,
                    0x03,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x000AFFFF,
                    Zero,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x000AFFFF,
                    One,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x000AFFFF,
                    0x02,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x000AFFFF,
                    0x03,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x000BFFFF,
                    Zero,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x000BFFFF,
                    One,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x000BFFFF,
                    0x02,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x000BFFFF,
                    0x03,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x000CFFFF,
                    Zero,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x000CFFFF,
                    One,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x000CFFFF,
                    0x02,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x000CFFFF,
                    0x03,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x000DFFFF,
                    Zero,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x000DFFFF,
                    One,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x000DFFFF,
                    0x02,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x000DFFFF,
                    0x03,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x000EFFFF,
                    Zero,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x000EFFFF,
                    One,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x000EFFFF,
                    0x02,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x000EFFFF,
                    0x03,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x000FFFFF,
                    Zero,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x000FFFFF,
                    One,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x000FFFFF,
                    0x02,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x000FFFFF,
                    0x03,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0010FFFF,
                    Zero,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0010FFFF,
                    One,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0010FFFF,
                    0x02,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0010FFFF,
                    0x03,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0011FFFF,
                    Zero,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0011FFFF,
                    One,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0011FFFF,
                    0x02,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0011FFFF,
                    0x03,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0012FFFF,
                    Zero,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0012FFFF,
                    One,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0012FFFF,
                    0x02,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0012FFFF,
                    0x03,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0013FFFF,
                    Zero,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0013FFFF,
                    One,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0013FFFF,
                    0x02,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0013FFFF,
                    0x03,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0014FFFF,
                    Zero,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0014FFFF,
                    One,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0014FFFF,
                    0x02,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0014FFFF,
                    0x03,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0015FFFF,
                    Zero,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0015FFFF,
                    One,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0015FFFF,
                    0x02,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0015FFFF,
                    0x03,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0016FFFF,
                    Zero,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0016FFFF,
                    One,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0016FFFF,
                    0x02,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0016FFFF,
                    0x03,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0017FFFF,
                    Zero,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0017FFFF,
                    One,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0017FFFF,
                    0x02,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0017FFFF,
                    0x03,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0018FFFF,
                    Zero,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x0018FFFF,
                    One,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x0018FFFF,
                    0x02,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x0018FFFF,
                    0x03,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x0019FFFF,
                    Zero,
                    LNKA,
                    Zero
                },

                Package (0x04)
                {
                    0x0019FFFF,
                    One,
                    LNKB,
                    Zero
                },

                Package (0x04)
                {
                    0x0019FFFF,
                    0x02,
                    LNKC,
                    Zero
                },

                Package (0x04)
                {
                    0x0019FFFF,
                    0x03,
                    LNKD,
                    Zero
                },

                Package (0x04)
                {
                    0x001AFFFF,
                    Zero,
                    LNKA,
                    Zero
                },

                Package (0x04)
                {
                    0x001AFFFF,
                    One,
                    LNKB,
                    Zero
                },

                Package (0x04)
                {
                    0x001AFFFF,
                    0x02,
                    LNKC,
                    Zero
                },

                Package (0x04)
                {
                    0x001AFFFF,
                    0x03,
                    LNKD,
                    Zero
                },

                Package (0x04)
                {
                    0x001BFFFF,
                    Zero,
                    LNKA,
                    Zero
                },

                Package (0x04)
                {
                    0x001BFFFF,
                    One,
                    LNKB,
                    Zero
                },

                Package (0x04)
                {
                    0x001BFFFF,
                    0x02,
                    LNKC,
                    Zero
                },

                Package (0x04)
                {
                    0x001BFFFF,
                    0x03,
                    LNKD,
                    Zero
                },

                Package (0x04)
                {
                    0x001CFFFF,
                    Zero,
                    LNKA,
                    Zero
                },

                Package (0x04)
                {
                    0x001CFFFF,
                    One,
                    LNKB,
                    Zero
                },

                Package (0x04)
                {
                    0x001CFFFF,
                    0x02,
                    LNKC,
                    Zero
                },

                Package (0x04)
                {
                    0x001CFFFF,
                    0x03,
                    LNKD,
                    Zero
                },

                Package (0x04)
                {
                    0x001DFFFF,
                    Zero,
                    LNKA,
                    Zero
                },

                Package (0x04)
                {
                    0x001DFFFF,
                    One,
                    LNKB,
                    Zero
                },

                Package (0x04)
                {
                    0x001DFFFF,
                    0x02,
                    LNKC,
                    Zero
                },

                Package (0x04)
                {
                    0x001DFFFF,
                    0x03,
                    LNKD,
                    Zero
                },

                Package (0x04)
                {
                    0x001EFFFF,
                    Zero,
                    LNKE,
                    Zero
                },

                Package (0x04)
                {
                    0x001EFFFF,
                    One,
                    LNKF,
                    Zero
                },

                Package (0x04)
                {
                    0x001EFFFF,
                    0x02,
                    LNKG,
                    Zero
                },

                Package (0x04)
                {
                    0x001EFFFF,
                    0x03,
                    LNKH,
                    Zero
                },

                Package (0x04)
                {
                    0x001FFFFF,
                    Zero,
                    LNKA,
                    Zero
                },

                Package (0x04)
                {
                    0x001FFFFF,
                    One,
                    LNKB,
                    Zero
                },

                Package (0x04)
                {
                    0x001FFFFF,
                    0x02,
                    LNKC,
                    Zero
                },

                Package (0x04)
                {
                    0x001FFFFF,
                    0x03,
                    LNKD,
                    Zero
                }
            })
            Name (PRTA, Package (0x80)
            {
                Package (0x04)
                {
                    0xFFFF,
                    Zero,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0xFFFF,
                    One,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0xFFFF,
                    0x02,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0xFFFF,
                    0x03,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0001FFFF,
                    Zero,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0001FFFF,
                    One,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0001FFFF,
                    0x02,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0001FFFF,
                    0x03,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0002FFFF,
                    Zero,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0002FFFF,
                    One,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0002FFFF,
                    0x02,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0002FFFF,
                    0x03,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0003FFFF,
                    Zero,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0003FFFF,
                    One,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0003FFFF,
                    0x02,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0003FFFF,
                    0x03,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0004FFFF,
                    Zero,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0004FFFF,
                    One,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0004FFFF,
                    0x02,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0004FFFF,
                    0x03,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0005FFFF,
                    Zero,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0005FFFF,
                    One,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0005FFFF,
                    0x02,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0005FFFF,
                    0x03,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0006FFFF,
                    Zero,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0006FFFF,
                    One,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0006FFFF,
                    0x02,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0006FFFF,
                    0x03,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0007FFFF,
                    Zero,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0007FFFF,
                    One,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0007FFFF,
                    0x02,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0007FFFF,
                    0x03,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0008FFFF,
                    Zero,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0008FFFF,
                    One,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0008FFFF,
                    0x02,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0008FFFF,
                    0x03,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0009FFFF,
                    Zero,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0009FFFF,
                    One,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0009FFFF,
                    0x02,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0009FFFF,
                    0x03,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x000AFFFF,
                    Zero,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x000AFFFF,
                    One,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x000AFFFF,
                    0x02,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x000AFFFF,
                    0x03,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x000BFFFF,
                    Zero,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x000BFFFF,
                    One,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x000BFFFF,
                    0x02,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x000BFFFF,
                    0x03,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x000CFFFF,
                    Zero,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x000CFFFF,
                    One,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x000CFFFF,
                    0x02,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x000CFFFF,
                    0x03,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x000DFFFF,
                    Zero,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x000DFFFF,
                    One,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x000DFFFF,
                    0x02,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x000DFFFF,
                    0x03,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x000EFFFF,
                    Zero,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x000EFFFF,
                    One,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x000EFFFF,
                    0x02,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x000EFFFF,
                    0x03,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x000FFFFF,
                    Zero,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x000FFFFF,
                    One,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x000FFFFF,
                    0x02,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x000FFFFF,
                    0x03,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0010FFFF,
                    Zero,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0010FFFF,
                    One,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0010FFFF,
                    0x02,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0010FFFF,
                    0x03,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0011FFFF,
                    Zero,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0011FFFF,
                    One,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0011FFFF,
                    0x02,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0011FFFF,
                    0x03,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0012FFFF,
                    Zero,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0012FFFF,
                    One,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0012FFFF,
                    0x02,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0012FFFF,
                    0x03,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0013FFFF,
                    Zero,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0013FFFF,
                    One,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0013FFFF,
                    0x02,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0013FFFF,
                    0x03,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0014FFFF,
                    Zero,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0014FFFF,
                    One,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0014FFFF,
                    0x02,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0014FFFF,
                    0x03,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0015FFFF,
                    Zero,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0015FFFF,
                    One,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0015FFFF,
                    0x02,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0015FFFF,
                    0x03,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0016FFFF,
                    Zero,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0016FFFF,
                    One,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0016FFFF,
                    0x02,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0016FFFF,
                    0x03,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0017FFFF,
                    Zero,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0017FFFF,
                    One,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0017FFFF,
                    0x02,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0017FFFF,
                    0x03,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0018FFFF,
                    Zero,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x0018FFFF,
                    One,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x0018FFFF,
                    0x02,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x0018FFFF,
                    0x03,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x0019FFFF,
                    Zero,
                    GSIA,
                    Zero
                },

                Package (0x04)
                {
                    0x0019FFFF,
                    One,
                    GSIB,
                    Zero
                },

                Package (0x04)
                {
                    0x0019FFFF,
                    0x02,
                    GSIC,
                    Zero
                },

                Package (0x04)
                {
                    0x0019FFFF,
                    0x03,
                    GSID,
                    Zero
                },

                Package (0x04)
                {
                    0x001AFFFF,
                    Zero,
                    GSIA,
                    Zero
                },

                Package (0x04)
                {
                    0x001AFFFF,
                    One,
                    GSIB,
                    Zero
                },

                Package (0x04)
                {
                    0x001AFFFF,
                    0x02,
                    GSIC,
                    Zero
                },

                Package (0x04)
                {
                    0x001AFFFF,
                    0x03,
                    GSID,
                    Zero
                },

                Package (0x04)
                {
                    0x001BFFFF,
                    Zero,
                    GSIA,
                    Zero
                },

                Package (0x04)
                {
                    0x001BFFFF,
                    One,
                    GSIB,
                    Zero
                },

                Package (0x04)
                {
                    0x001BFFFF,
                    0x02,
                    GSIC,
                    Zero
                },

                Package (0x04)
                {
                    0x001BFFFF,
                    0x03,
                    GSID,
                    Zero
                },

                Package (0x04)
                {
                    0x001CFFFF,
                    Zero,
                    GSIA,
                    Zero
                },

                Package (0x04)
                {
                    0x001CFFFF,
                    One,
                    GSIB,
                    Zero
                },

                Package (0x04)
                {
                    0x001CFFFF,
                    0x02,
                    GSIC,
                    Zero
                },

                Package (0x04)
                {
                    0x001CFFFF,
                    0x03,
                    GSID,
                    Zero
                },

                Package (0x04)
                {
                    0x001DFFFF,
                    Zero,
                    GSIA,
                    Zero
                },

                Package (0x04)
                {
                    0x001DFFFF,
                    One,
                    GSIB,
                    Zero
                },

                Package (0x04)
                {
                    0x001DFFFF,
                    0x02,
                    GSIC,
                    Zero
                },

                Package (0x04)
                {
                    0x001DFFFF,
                    0x03,
                    GSID,
                    Zero
                },

                Package (0x04)
                {
                    0x001EFFFF,
                    Zero,
                    GSIE,
                    Zero
                },

                Package (0x04)
                {
                    0x001EFFFF,
                    One,
                    GSIF,
                    Zero
                },

                Package (0x04)
                {
                    0x001EFFFF,
                    0x02,
                    GSIG,
                    Zero
                },

                Package (0x04)
                {
                    0x001EFFFF,
                    0x03,
                    GSIH,
                    Zero
                },

                Package (0x04)
                {
                    0x001FFFFF,
                    Zero,
                    GSIA,
                    Zero
                },

                Package (0x04)
                {
                    0x001FFFFF,
                    One,
                    GSIB,
                    Zero
                },

                Package (0x04)
                {
                    0x001FFFFF,
                    0x02,
                    GSIC,
                    Zero
                },

                Package (0x04)
                {
                    0x001FFFFF,
                    0x03,
                    GSID,
                    Zero
                }
            })
            Method (_PRT, 0, NotSerialized)  // _PRT: PCI Routing Table
            {
                If ((PICF == Zero))
                {
                    Return (PRTP) /* \_SB_.PCI0.PRTP */
                }
                Else
                {
                    Return (PRTA) /* \_SB_.PCI0.PRTA */
                }
            }
        }

        Method (IQST, 1, NotSerialized)
        {
            If ((0x80 & Arg0))
            {
                Return (0x09)
            }

            Return (0x0B)
        }

        Method (IQCR, 1, Serialized)
        {
            Name (PRR0, ResourceTemplate ()
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, _Y00)
                {
                    0x00000000,
                }
            })
            CreateDWordField (PRR0, \_SB.IQCR._Y00._INT, PRRI)  // _INT: Interrupts
            PRRI = (Arg0 & 0x0F)
            Return (PRR0) /* \_SB_.IQCR.PRR0 */
        }

        Device (LNKA)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, Zero)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000005,
                    0x0000000A,
                    0x0000000B,
                }
            })
            Method (_STA, 0, NotSerialized)  // _STA: Status
            {
                Return (IQST (PRQA))
            }

            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
                PRQA |= 0x80
            }

            Method (_CRS, 0, NotSerialized)  // _CRS: Current Resource Settings
            {
                Return (IQCR (PRQA))
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
                CreateDWordField (Arg0, 0x05, PRRI)
                PRQA = PRRI /* \_SB_.LNKA._SRS.PRRI */
            }
        }

        Device (LNKB)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, One)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000005,
                    0x0000000A,
                    0x0000000B,
                }
            })
            Method (_STA, 0, NotSerialized)  // _STA: Status
            {
                Return (IQST (PRQB))
            }

            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
                PRQB |= 0x80
            }

            Method (_CRS, 0, NotSerialized)  // _CRS: Current Resource Settings
            {
                Return (IQCR (PRQB))
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
                CreateDWordField (Arg0, 0x05, PRRI)
                PRQB = PRRI /* \_SB_.LNKB._SRS.PRRI */
            }
        }

        Device (LNKC)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, 0x02)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000005,
                    0x0000000A,
                    0x0000000B,
                }
            })
            Method (_STA, 0, NotSerialized)  // _STA: Status
            {
                Return (IQST (PRQC))
            }

            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
                PRQC |= 0x80
            }

            Method (_CRS, 0, NotSerialized)  // _CRS: Current Resource Settings
            {
                Return (IQCR (PRQC))
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
                CreateDWordField (Arg0, 0x05, PRRI)
                PRQC = PRRI /* \_SB_.LNKC._SRS.PRRI */
            }
        }

        Device (LNKD)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, 0x03)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000005,
                    0x0000000A,
                    0x0000000B,
                }
            })
            Method (_STA, 0, NotSerialized)  // _STA: Status
            {
                Return (IQST (PRQD))
            }

            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
                PRQD |= 0x80
            }

            Method (_CRS, 0, NotSerialized)  // _CRS: Current Resource Settings
            {
                Return (IQCR (PRQD))
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
                CreateDWordField (Arg0, 0x05, PRRI)
                PRQD = PRRI /* \_SB_.LNKD._SRS.PRRI */
            }
        }

        Device (LNKE)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, 0x04)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000005,
                    0x0000000A,
                    0x0000000B,
                }
            })
            Method (_STA, 0, NotSerialized)  // _STA: Status
            {
                Return (IQST (PRQE))
            }

            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
                PRQE |= 0x80
            }

            Method (_CRS, 0, NotSerialized)  // _CRS: Current Resource Settings
            {
                Return (IQCR (PRQE))
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
                CreateDWordField (Arg0, 0x05, PRRI)
                PRQE = PRRI /* \_SB_.LNKE._SRS.PRRI */
            }
        }

        Device (LNKF)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, 0x05)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000005,
                    0x0000000A,
                    0x0000000B,
                }
            })
            Method (_STA, 0, NotSerialized)  // _STA: Status
            {
                Return (IQST (PRQF))
            }

            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
                PRQF |= 0x80
            }

            Method (_CRS, 0, NotSerialized)  // _CRS: Current Resource Settings
            {
                Return (IQCR (PRQF))
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
                CreateDWordField (Arg0, 0x05, PRRI)
                PRQF = PRRI /* \_SB_.LNKF._SRS.PRRI */
            }
        }

        Device (LNKG)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, 0x06)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000005,
                    0x0000000A,
                    0x0000000B,
                }
            })
            Method (_STA, 0, NotSerialized)  // _STA: Status
            {
                Return (IQST (PRQG))
            }

            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
                PRQG |= 0x80
            }

            Method (_CRS, 0, NotSerialized)  // _CRS: Current Resource Settings
            {
                Return (IQCR (PRQG))
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
                CreateDWordField (Arg0, 0x05, PRRI)
                PRQG = PRRI /* \_SB_.LNKG._SRS.PRRI */
            }
        }

        Device (LNKH)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, 0x07)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000005,
                    0x0000000A,
                    0x0000000B,
                }
            })
            Method (_STA, 0, NotSerialized)  // _STA: Status
            {
                Return (IQST (PRQH))
            }

            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
                PRQH |= 0x80
            }

            Method (_CRS, 0, NotSerialized)  // _CRS: Current Resource Settings
            {
                Return (IQCR (PRQH))
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
                CreateDWordField (Arg0, 0x05, PRRI)
                PRQH = PRRI /* \_SB_.LNKH._SRS.PRRI */
            }
        }

        Device (GSIA)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, 0x10)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000010,
                }
            })
            Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000010,
                }
            })
            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
            }
        }

        Device (GSIB)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, 0x11)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000011,
                }
            })
            Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000011,
                }
            })
            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
            }
        }

        Device (GSIC)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, 0x12)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000012,
                }
            })
            Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000012,
                }
            })
            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
            }
        }

        Device (GSID)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, 0x13)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000013,
                }
            })
            Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000013,
                }
            })
            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
            }
        }

        Device (GSIE)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, 0x14)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000014,
                }
            })
            Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000014,
                }
            })
            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
            }
        }

        Device (GSIF)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, 0x15)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000015,
                }
            })
            Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000015,
                }
            })
            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
            }
        }

        Device (GSIG)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, 0x16)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000016,
                }
            })
            Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000016,
                }
            })
            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
            }
        }

        Device (GSIH)
        {
            Name (_HID, EisaId ("PNP0C0F") /* PCI Interrupt Link Device */)  // _HID: Hardware ID
            Name (_UID, 0x17)  // _UID: Unique ID
            Name (_PRS, ResourceTemplate ()  // _PRS: Possible Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000017,
                }
            })
            Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
            {
                Interrupt (ResourceConsumer, Level, ActiveHigh, Shared, ,, )
                {
                    0x00000017,
                }
            })
            Method (_DIS, 0, NotSerialized)  // _DIS: Disable Device
            {
            }

            Method (_SRS, 1, NotSerialized)  // _SRS: Set Resource Settings
            {
            }
        }
    }

    Scope (_SB)
    {
        Device (HPET)
        {
            Name (_HID, EisaId ("PNP0103") /* HPET System Timer */)  // _HID: Hardware ID
            Name (_UID, Zero)  // _UID: Unique ID
            OperationRegion (HPTM, SystemMemory, 0xFED00000, 0x0400)
            Field (HPTM, DWordAcc, Lock, Preserve)
            {
                VEND,   32,
                PRD,    32
            }

            Method (_STA, 0, NotSerialized)  // _STA: Status
            {
                Local0 = VEND /* \_SB_.HPET.VEND */
                Local1 = PRD /* \_SB_.HPET.PRD_ */
                Local0 >>= 0x10
                If (((Local0 == Zero) || (Local0 == 0xFFFF)))
                {
                    Return (Zero)
                }

                If (((Local1 == Zero) || (Local1 > 0x05F5E100)))
                {
                    Return (Zero)
                }

                Return (0x0F)
            }

            Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
            {
                Memory32Fixed (ReadOnly,
                    0xFED00000,         // Address Base
                    0x00000400,         // Address Length
                    )
            })
        }
    }

    Scope (_GPE)
    {
        Name (_HID, "ACPI0006" /* GPE Block Device */)  // _HID: Hardware ID
    }

    Scope (_SB)
    {
        Device (\_SB.PCI0.PRES)
        {
            Name (_HID, EisaId ("PNP0A06") /* Generic Container Device */)  // _HID: Hardware ID
            Name (_UID, "CPU Hotplug resources")  // _UID: Unique ID
            Mutex (CPLK, 0x00)
            Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
            {
                IO (Decode16,
                    0x0CD8,             // Range Minimum
                    0x0CD8,             // Range Maximum
                    0x01,               // Alignment
                    0x0C,               // Length
                    )
            })
            OperationRegion (PRST, SystemIO, 0x0CD8, 0x0C)
            Field (PRST, ByteAcc, NoLock, WriteAsZeros)
            {
                Offset (0x04),
                CPEN,   1,
                CINS,   1,
                CRMV,   1,
                CEJ0,   1,
                CEJF,   1,
                Offset (0x05),
                CCMD,   8
            }

            Field (PRST, DWordAcc, NoLock, Preserve)
            {
                CSEL,   32,
                Offset (0x08),
                CDAT,   32
            }

            Method (_INI, 0, Serialized)  // _INI: Initialize
            {
                CSEL = Zero
            }
        }

        Device (\_SB.CPUS)
        {
            Name (_HID, "ACPI0010" /* Processor Container Device */)  // _HID: Hardware ID
            Name (_CID, EisaId ("PNP0A05") /* Generic Container Device */)  // _CID: Compatible ID
            Method (CTFY, 2, NotSerialized)
            {
                If ((Arg0 == Zero))
                {
                    Notify (C000, Arg1)
                }

                If ((Arg0 == One))
                {
                    Notify (C001, Arg1)
                }

                If ((Arg0 == 0x02))
                {
                    Notify (C002, Arg1)
                }

                If ((Arg0 == 0x03))
                {
                    Notify (C003, Arg1)
                }

                If ((Arg0 == 0x04))
                {
                    Notify (C004, Arg1)
                }

                If ((Arg0 == 0x05))
                {
                    Notify (C005, Arg1)
                }

                If ((Arg0 == 0x06))
                {
                    Notify (C006, Arg1)
                }

                If ((Arg0 == 0x07))
                {
                    Notify (C007, Arg1)
                }

                If ((Arg0 == 0x08))
                {
                    Notify (C008, Arg1)
                }

                If ((Arg0 == 0x09))
                {
                    Notify (C009, Arg1)
                }

                If ((Arg0 == 0x0A))
                {
                    Notify (C00A, Arg1)
                }

                If ((Arg0 == 0x0B))
                {
                    Notify (C00B, Arg1)
                }

                If ((Arg0 == 0x0C))
                {
                    Notify (C00C, Arg1)
                }

                If ((Arg0 == 0x0D))
                {
                    Notify (C00D, Arg1)
                }

                If ((Arg0 == 0x0E))
                {
                    Notify (C00E, Arg1)
                }

                If ((Arg0 == 0x0F))
                {
                    Notify (C00F, Arg1)
                }

                If ((Arg0 == 0x10))
                {
                    Notify (C010, Arg1)
                }

                If ((Arg0 == 0x11))
                {
                    Notify (C011, Arg1)
                }

                If ((Arg0 == 0x12))
                {
                    Notify (C012, Arg1)
                }

                If ((Arg0 == 0x13))
                {
                    Notify (C013, Arg1)
                }

                If ((Arg0 == 0x14))
                {
                    Notify (C014, Arg1)
                }

                If ((Arg0 == 0x15))
                {
                    Notify (C015, Arg1)
                }

                If ((Arg0 == 0x16))
                {
                    Notify (C016, Arg1)
                }

                If ((Arg0 == 0x17))
                {
                    Notify (C017, Arg1)
                }

                If ((Arg0 == 0x18))
                {
                    Notify (C018, Arg1)
                }

                If ((Arg0 == 0x19))
                {
                    Notify (C019, Arg1)
                }

                If ((Arg0 == 0x1A))
                {
                    Notify (C01A, Arg1)
                }

                If ((Arg0 == 0x1B))
                {
                    Notify (C01B, Arg1)
                }

                If ((Arg0 == 0x1C))
                {
                    Notify (C01C, Arg1)
                }

                If ((Arg0 == 0x1D))
                {
                    Notify (C01D, Arg1)
                }

                If ((Arg0 == 0x1E))
                {
                    Notify (C01E, Arg1)
                }

                If ((Arg0 == 0x1F))
                {
                    Notify (C01F, Arg1)
                }

                If ((Arg0 == 0x20))
                {
                    Notify (C020, Arg1)
                }

                If ((Arg0 == 0x21))
                {
                    Notify (C021, Arg1)
                }

                If ((Arg0 == 0x22))
                {
                    Notify (C022, Arg1)
                }

                If ((Arg0 == 0x23))
                {
                    Notify (C023, Arg1)
                }

                If ((Arg0 == 0x24))
                {
                    Notify (C024, Arg1)
                }

                If ((Arg0 == 0x25))
                {
                    Notify (C025, Arg1)
                }

                If ((Arg0 == 0x26))
                {
                    Notify (C026, Arg1)
                }

                If ((Arg0 == 0x27))
                {
                    Notify (C027, Arg1)
                }

                If ((Arg0 == 0x28))
                {
                    Notify (C028, Arg1)
                }

                If ((Arg0 == 0x29))
                {
                    Notify (C029, Arg1)
                }

                If ((Arg0 == 0x2A))
                {
                    Notify (C02A, Arg1)
                }

                If ((Arg0 == 0x2B))
                {
                    Notify (C02B, Arg1)
                }

                If ((Arg0 == 0x2C))
                {
                    Notify (C02C, Arg1)
                }

                If ((Arg0 == 0x2D))
                {
                    Notify (C02D, Arg1)
                }

                If ((Arg0 == 0x2E))
                {
                    Notify (C02E, Arg1)
                }

                If ((Arg0 == 0x2F))
                {
                    Notify (C02F, Arg1)
                }

                If ((Arg0 == 0x30))
                {
                    Notify (C030, Arg1)
                }

                If ((Arg0 == 0x31))
                {
                    Notify (C031, Arg1)
                }

                If ((Arg0 == 0x32))
                {
                    Notify (C032, Arg1)
                }

                If ((Arg0 == 0x33))
                {
                    Notify (C033, Arg1)
                }

                If ((Arg0 == 0x34))
                {
                    Notify (C034, Arg1)
                }

                If ((Arg0 == 0x35))
                {
                    Notify (C035, Arg1)
                }

                If ((Arg0 == 0x36))
                {
                    Notify (C036, Arg1)
                }

                If ((Arg0 == 0x37))
                {
                    Notify (C037, Arg1)
                }

                If ((Arg0 == 0x38))
                {
                    Notify (C038, Arg1)
                }

                If ((Arg0 == 0x39))
                {
                    Notify (C039, Arg1)
                }

                If ((Arg0 == 0x3A))
                {
                    Notify (C03A, Arg1)
                }

                If ((Arg0 == 0x3B))
                {
                    Notify (C03B, Arg1)
                }

                If ((Arg0 == 0x3C))
                {
                    Notify (C03C, Arg1)
                }

                If ((Arg0 == 0x3D))
                {
                    Notify (C03D, Arg1)
                }

                If ((Arg0 == 0x3E))
                {
                    Notify (C03E, Arg1)
                }

                If ((Arg0 == 0x3F))
                {
                    Notify (C03F, Arg1)
                }

                If ((Arg0 == 0x40))
                {
                    Notify (C040, Arg1)
                }

                If ((Arg0 == 0x41))
                {
                    Notify (C041, Arg1)
                }

                If ((Arg0 == 0x42))
                {
                    Notify (C042, Arg1)
                }

                If ((Arg0 == 0x43))
                {
                    Notify (C043, Arg1)
                }

                If ((Arg0 == 0x44))
                {
                    Notify (C044, Arg1)
                }

                If ((Arg0 == 0x45))
                {
                    Notify (C045, Arg1)
                }

                If ((Arg0 == 0x46))
                {
                    Notify (C046, Arg1)
                }

                If ((Arg0 == 0x47))
                {
                    Notify (C047, Arg1)
                }

                If ((Arg0 == 0x48))
                {
                    Notify (C048, Arg1)
                }

                If ((Arg0 == 0x49))
                {
                    Notify (C049, Arg1)
                }

                If ((Arg0 == 0x4A))
                {
                    Notify (C04A, Arg1)
                }

                If ((Arg0 == 0x4B))
                {
                    Notify (C04B, Arg1)
                }

                If ((Arg0 == 0x4C))
                {
                    Notify (C04C, Arg1)
                }

                If ((Arg0 == 0x4D))
                {
                    Notify (C04D, Arg1)
                }

                If ((Arg0 == 0x4E))
                {
                    Notify (C04E, Arg1)
                }

                If ((Arg0 == 0x4F))
                {
                    Notify (C04F, Arg1)
                }

                If ((Arg0 == 0x50))
                {
                    Notify (C050, Arg1)
                }

                If ((Arg0 == 0x51))
                {
                    Notify (C051, Arg1)
                }

                If ((Arg0 == 0x52))
                {
                    Notify (C052, Arg1)
                }

                If ((Arg0 == 0x53))
                {
                    Notify (C053, Arg1)
                }

                If ((Arg0 == 0x54))
                {
                    Notify (C054, Arg1)
                }

                If ((Arg0 == 0x55))
                {
                    Notify (C055, Arg1)
                }

                If ((Arg0 == 0x56))
                {
                    Notify (C056, Arg1)
                }

                If ((Arg0 == 0x57))
                {
                    Notify (C057, Arg1)
                }

                If ((Arg0 == 0x58))
                {
                    Notify (C058, Arg1)
                }

                If ((Arg0 == 0x59))
                {
                    Notify (C059, Arg1)
                }

                If ((Arg0 == 0x5A))
                {
                    Notify (C05A, Arg1)
                }

                If ((Arg0 == 0x5B))
                {
                    Notify (C05B, Arg1)
                }

                If ((Arg0 == 0x5C))
                {
                    Notify (C05C, Arg1)
                }

                If ((Arg0 == 0x5D))
                {
                    Notify (C05D, Arg1)
                }

                If ((Arg0 == 0x5E))
                {
                    Notify (C05E, Arg1)
                }

                If ((Arg0 == 0x5F))
                {
                    Notify (C05F, Arg1)
                }

                If ((Arg0 == 0x60))
                {
                    Notify (C060, Arg1)
                }

                If ((Arg0 == 0x61))
                {
                    Notify (C061, Arg1)
                }

                If ((Arg0 == 0x62))
                {
                    Notify (C062, Arg1)
                }

                If ((Arg0 == 0x63))
                {
                    Notify (C063, Arg1)
                }

                If ((Arg0 == 0x64))
                {
                    Notify (C064, Arg1)
                }

                If ((Arg0 == 0x65))
                {
                    Notify (C065, Arg1)
                }

                If ((Arg0 == 0x66))
                {
                    Notify (C066, Arg1)
                }

                If ((Arg0 == 0x67))
                {
                    Notify (C067, Arg1)
                }

                If ((Arg0 == 0x68))
                {
                    Notify (C068, Arg1)
                }

                If ((Arg0 == 0x69))
                {
                    Notify (C069, Arg1)
                }

                If ((Arg0 == 0x6A))
                {
                    Notify (C06A, Arg1)
                }

                If ((Arg0 == 0x6B))
                {
                    Notify (C06B, Arg1)
                }

                If ((Arg0 == 0x6C))
                {
                    Notify (C06C, Arg1)
                }

                If ((Arg0 == 0x6D))
                {
                    Notify (C06D, Arg1)
                }

                If ((Arg0 == 0x6E))
                {
                    Notify (C06E, Arg1)
                }

                If ((Arg0 == 0x6F))
                {
                    Notify (C06F, Arg1)
                }

                If ((Arg0 == 0x70))
                {
                    Notify (C070, Arg1)
                }

                If ((Arg0 == 0x71))
                {
                    Notify (C071, Arg1)
                }

                If ((Arg0 == 0x72))
                {
                    Notify (C072, Arg1)
                }

                If ((Arg0 == 0x73))
                {
                    Notify (C073, Arg1)
                }

                If ((Arg0 == 0x74))
                {
                    Notify (C074, Arg1)
                }

                If ((Arg0 == 0x75))
                {
                    Notify (C075, Arg1)
                }

                If ((Arg0 == 0x76))
                {
                    Notify (C076, Arg1)
                }

                If ((Arg0 == 0x77))
                {
                    Notify (C077, Arg1)
                }

                If ((Arg0 == 0x78))
                {
                    Notify (C078, Arg1)
                }

                If ((Arg0 == 0x79))
                {
                    Notify (C079, Arg1)
                }

                If ((Arg0 == 0x7A))
                {
                    Notify (C07A, Arg1)
                }

                If ((Arg0 == 0x7B))
                {
                    Notify (C07B, Arg1)
                }

                If ((Arg0 == 0x7C))
                {
                    Notify (C07C, Arg1)
                }

                If ((Arg0 == 0x7D))
                {
                    Notify (C07D, Arg1)
                }

                If ((Arg0 == 0x7E))
                {
                    Notify (C07E, Arg1)
                }

                If ((Arg0 == 0x7F))
                {
                    Notify (C07F, Arg1)
                }

                If ((Arg0 == 0x80))
                {
                    Notify (C080, Arg1)
                }

                If ((Arg0 == 0x81))
                {
                    Notify (C081, Arg1)
                }

                If ((Arg0 == 0x82))
                {
                    Notify (C082, Arg1)
                }

                If ((Arg0 == 0x83))
                {
                    Notify (C083, Arg1)
                }

                If ((Arg0 == 0x84))
                {
                    Notify (C084, Arg1)
                }

                If ((Arg0 == 0x85))
                {
                    Notify (C085, Arg1)
                }

                If ((Arg0 == 0x86))
                {
                    Notify (C086, Arg1)
                }

                If ((Arg0 == 0x87))
                {
                    Notify (C087, Arg1)
                }

                If ((Arg0 == 0x88))
                {
                    Notify (C088, Arg1)
                }

                If ((Arg0 == 0x89))
                {
                    Notify (C089, Arg1)
                }

                If ((Arg0 == 0x8A))
                {
                    Notify (C08A, Arg1)
                }

                If ((Arg0 == 0x8B))
                {
                    Notify (C08B, Arg1)
                }

                If ((Arg0 == 0x8C))
                {
                    Notify (C08C, Arg1)
                }

                If ((Arg0 == 0x8D))
                {
                    Notify (C08D, Arg1)
                }

                If ((Arg0 == 0x8E))
                {
                    Notify (C08E, Arg1)
                }

                If ((Arg0 == 0x8F))
                {
                    Notify (C08F, Arg1)
                }

                If ((Arg0 == 0x90))
                {
                    Notify (C090, Arg1)
                }

                If ((Arg0 == 0x91))
                {
                    Notify (C091, Arg1)
                }

                If ((Arg0 == 0x92))
                {
                    Notify (C092, Arg1)
                }

                If ((Arg0 == 0x93))
                {
                    Notify (C093, Arg1)
                }

                If ((Arg0 == 0x94))
                {
                    Notify (C094, Arg1)
                }

                If ((Arg0 == 0x95))
                {
                    Notify (C095, Arg1)
                }

                If ((Arg0 == 0x96))
                {
                    Notify (C096, Arg1)
                }

                If ((Arg0 == 0x97))
                {
                    Notify (C097, Arg1)
                }

                If ((Arg0 == 0x98))
                {
                    Notify (C098, Arg1)
                }

                If ((Arg0 == 0x99))
                {
                    Notify (C099, Arg1)
                }

                If ((Arg0 == 0x9A))
                {
                    Notify (C09A, Arg1)
                }

                If ((Arg0 == 0x9B))
                {
                    Notify (C09B, Arg1)
                }

                If ((Arg0 == 0x9C))
                {
                    Notify (C09C, Arg1)
                }

                If ((Arg0 == 0x9D))
                {
                    Notify (C09D, Arg1)
                }

                If ((Arg0 == 0x9E))
                {
                    Notify (C09E, Arg1)
                }

                If ((Arg0 == 0x9F))
                {
                    Notify (C09F, Arg1)
                }

                If ((Arg0 == 0xA0))
                {
                    Notify (C0A0, Arg1)
                }

                If ((Arg0 == 0xA1))
                {
                    Notify (C0A1, Arg1)
                }

                If ((Arg0 == 0xA2))
                {
                    Notify (C0A2, Arg1)
                }

                If ((Arg0 == 0xA3))
                {
                    Notify (C0A3, Arg1)
                }

                If ((Arg0 == 0xA4))
                {
                    Notify (C0A4, Arg1)
                }

                If ((Arg0 == 0xA5))
                {
                    Notify (C0A5, Arg1)
                }

                If ((Arg0 == 0xA6))
                {
                    Notify (C0A6, Arg1)
                }

                If ((Arg0 == 0xA7))
                {
                    Notify (C0A7, Arg1)
                }

                If ((Arg0 == 0xA8))
                {
                    Notify (C0A8, Arg1)
                }

                If ((Arg0 == 0xA9))
                {
                    Notify (C0A9, Arg1)
                }

                If ((Arg0 == 0xAA))
                {
                    Notify (C0AA, Arg1)
                }

                If ((Arg0 == 0xAB))
                {
                    Notify (C0AB, Arg1)
                }

                If ((Arg0 == 0xAC))
                {
                    Notify (C0AC, Arg1)
                }

                If ((Arg0 == 0xAD))
                {
                    Notify (C0AD, Arg1)
                }

                If ((Arg0 == 0xAE))
                {
                    Notify (C0AE, Arg1)
                }

                If ((Arg0 == 0xAF))
                {
                    Notify (C0AF, Arg1)
                }

                If ((Arg0 == 0xB0))
                {
                    Notify (C0B0, Arg1)
                }

                If ((Arg0 == 0xB1))
                {
                    Notify (C0B1, Arg1)
                }

                If ((Arg0 == 0xB2))
                {
                    Notify (C0B2, Arg1)
                }

                If ((Arg0 == 0xB3))
                {
                    Notify (C0B3, Arg1)
                }

                If ((Arg0 == 0xB4))
                {
                    Notify (C0B4, Arg1)
                }

                If ((Arg0 == 0xB5))
                {
                    Notify (C0B5, Arg1)
                }

                If ((Arg0 == 0xB6))
                {
                    Notify (C0B6, Arg1)
                }

                If ((Arg0 == 0xB7))
                {
                    Notify (C0B7, Arg1)
                }

                If ((Arg0 == 0xB8))
                {
                    Notify (C0B8, Arg1)
                }

                If ((Arg0 == 0xB9))
                {
                    Notify (C0B9, Arg1)
                }

                If ((Arg0 == 0xBA))
                {
                    Notify (C0BA, Arg1)
                }

                If ((Arg0 == 0xBB))
                {
                    Notify (C0BB, Arg1)
                }

                If ((Arg0 == 0xBC))
                {
                    Notify (C0BC, Arg1)
                }

                If ((Arg0 == 0xBD))
                {
                    Notify (C0BD, Arg1)
                }

                If ((Arg0 == 0xBE))
                {
                    Notify (C0BE, Arg1)
                }

                If ((Arg0 == 0xBF))
                {
                    Notify (C0BF, Arg1)
                }

                If ((Arg0 == 0xC0))
                {
                    Notify (C0C0, Arg1)
                }

                If ((Arg0 == 0xC1))
                {
                    Notify (C0C1, Arg1)
                }

                If ((Arg0 == 0xC2))
                {
                    Notify (C0C2, Arg1)
                }

                If ((Arg0 == 0xC3))
                {
                    Notify (C0C3, Arg1)
                }

                If ((Arg0 == 0xC4))
                {
                    Notify (C0C4, Arg1)
                }

                If ((Arg0 == 0xC5))
                {
                    Notify (C0C5, Arg1)
                }

                If ((Arg0 == 0xC6))
                {
                    Notify (C0C6, Arg1)
                }

                If ((Arg0 == 0xC7))
                {
                    Notify (C0C7, Arg1)
                }

                If ((Arg0 == 0xC8))
                {
                    Notify (C0C8, Arg1)
                }

                If ((Arg0 == 0xC9))
                {
                    Notify (C0C9, Arg1)
                }

                If ((Arg0 == 0xCA))
                {
                    Notify (C0CA, Arg1)
                }

                If ((Arg0 == 0xCB))
                {
                    Notify (C0CB, Arg1)
                }

                If ((Arg0 == 0xCC))
                {
                    Notify (C0CC, Arg1)
                }

                If ((Arg0 == 0xCD))
                {
                    Notify (C0CD, Arg1)
                }

                If ((Arg0 == 0xCE))
                {
                    Notify (C0CE, Arg1)
                }

                If ((Arg0 == 0xCF))
                {
                    Notify (C0CF, Arg1)
                }

                If ((Arg0 == 0xD0))
                {
                    Notify (C0D0, Arg1)
                }

                If ((Arg0 == 0xD1))
                {
                    Notify (C0D1, Arg1)
                }

                If ((Arg0 == 0xD2))
                {
                    Notify (C0D2, Arg1)
                }

                If ((Arg0 == 0xD3))
                {
                    Notify (C0D3, Arg1)
                }

                If ((Arg0 == 0xD4))
                {
                    Notify (C0D4, Arg1)
                }

                If ((Arg0 == 0xD5))
                {
                    Notify (C0D5, Arg1)
                }

                If ((Arg0 == 0xD6))
                {
                    Notify (C0D6, Arg1)
                }

                If ((Arg0 == 0xD7))
                {
                    Notify (C0D7, Arg1)
                }

                If ((Arg0 == 0xD8))
                {
                    Notify (C0D8, Arg1)
                }

                If ((Arg0 == 0xD9))
                {
                    Notify (C0D9, Arg1)
                }

                If ((Arg0 == 0xDA))
                {
                    Notify (C0DA, Arg1)
                }

                If ((Arg0 == 0xDB))
                {
                    Notify (C0DB, Arg1)
                }

                If ((Arg0 == 0xDC))
                {
                    Notify (C0DC, Arg1)
                }

                If ((Arg0 == 0xDD))
                {
                    Notify (C0DD, Arg1)
                }

                If ((Arg0 == 0xDE))
                {
                    Notify (C0DE, Arg1)
                }

                If ((Arg0 == 0xDF))
                {
                    Notify (C0DF, Arg1)
                }

                If ((Arg0 == 0xE0))
                {
                    Notify (C0E0, Arg1)
                }

                If ((Arg0 == 0xE1))
                {
                    Notify (C0E1, Arg1)
                }

                If ((Arg0 == 0xE2))
                {
                    Notify (C0E2, Arg1)
                }

                If ((Arg0 == 0xE3))
                {
                    Notify (C0E3, Arg1)
                }

                If ((Arg0 == 0xE4))
                {
                    Notify (C0E4, Arg1)
                }

                If ((Arg0 == 0xE5))
                {
                    Notify (C0E5, Arg1)
                }

                If ((Arg0 == 0xE6))
                {
                    Notify (C0E6, Arg1)
                }

                If ((Arg0 == 0xE7))
                {
                    Notify (C0E7, Arg1)
                }

                If ((Arg0 == 0xE8))
                {
                    Notify (C0E8, Arg1)
                }

                If ((Arg0 == 0xE9))
                {
                    Notify (C0E9, Arg1)
                }

                If ((Arg0 == 0xEA))
                {
                    Notify (C0EA, Arg1)
                }

                If ((Arg0 == 0xEB))
                {
                    Notify (C0EB, Arg1)
                }

                If ((Arg0 == 0xEC))
                {
                    Notify (C0EC, Arg1)
                }

                If ((Arg0 == 0xED))
                {
                    Notify (C0ED, Arg1)
                }

                If ((Arg0 == 0xEE))
                {
                    Notify (C0EE, Arg1)
                }

                If ((Arg0 == 0xEF))
                {
                    Notify (C0EF, Arg1)
                }

                If ((Arg0 == 0xF0))
                {
                    Notify (C0F0, Arg1)
                }

                If ((Arg0 == 0xF1))
                {
                    Notify (C0F1, Arg1)
                }

                If ((Arg0 == 0xF2))
                {
                    Notify (C0F2, Arg1)
                }

                If ((Arg0 == 0xF3))
                {
                    Notify (C0F3, Arg1)
                }

                If ((Arg0 == 0xF4))
                {
                    Notify (C0F4, Arg1)
                }

                If ((Arg0 == 0xF5))
                {
                    Notify (C0F5, Arg1)
                }

                If ((Arg0 == 0xF6))
                {
                    Notify (C0F6, Arg1)
                }

                If ((Arg0 == 0xF7))
                {
                    Notify (C0F7, Arg1)
                }

                If ((Arg0 == 0xF8))
                {
                    Notify (C0F8, Arg1)
                }

                If ((Arg0 == 0xF9))
                {
                    Notify (C0F9, Arg1)
                }

                If ((Arg0 == 0xFA))
                {
                    Notify (C0FA, Arg1)
                }

                If ((Arg0 == 0xFB))
                {
                    Notify (C0FB, Arg1)
                }

                If ((Arg0 == 0xFC))
                {
                    Notify (C0FC, Arg1)
                }

                If ((Arg0 == 0xFD))
                {
                    Notify (C0FD, Arg1)
                }

                If ((Arg0 == 0xFE))
                {
                    Notify (C0FE, Arg1)
                }

                If ((Arg0 == 0xFF))
                {
                    Notify (C0FF, Arg1)
                }

                If ((Arg0 == 0x0100))
                {
                    Notify (C100, Arg1)
                }

                If ((Arg0 == 0x0101))
                {
                    Notify (C101, Arg1)
                }

                If ((Arg0 == 0x0102))
                {
                    Notify (C102, Arg1)
                }

                If ((Arg0 == 0x0103))
                {
                    Notify (C103, Arg1)
                }

                If ((Arg0 == 0x0104))
                {
                    Notify (C104, Arg1)
                }

                If ((Arg0 == 0x0105))
                {
                    Notify (C105, Arg1)
                }

                If ((Arg0 == 0x0106))
                {
                    Notify (C106, Arg1)
                }

                If ((Arg0 == 0x0107))
                {
                    Notify (C107, Arg1)
                }

                If ((Arg0 == 0x0108))
                {
                    Notify (C108, Arg1)
                }

                If ((Arg0 == 0x0109))
                {
                    Notify (C109, Arg1)
                }

                If ((Arg0 == 0x010A))
                {
                    Notify (C10A, Arg1)
                }

                If ((Arg0 == 0x010B))
                {
                    Notify (C10B, Arg1)
                }

                If ((Arg0 == 0x010C))
                {
                    Notify (C10C, Arg1)
                }

                If ((Arg0 == 0x010D))
                {
                    Notify (C10D, Arg1)
                }

                If ((Arg0 == 0x010E))
                {
                    Notify (C10E, Arg1)
                }

                If ((Arg0 == 0x010F))
                {
                    Notify (C10F, Arg1)
                }

                If ((Arg0 == 0x0110))
                {
                    Notify (C110, Arg1)
                }

                If ((Arg0 == 0x0111))
                {
                    Notify (C111, Arg1)
                }

                If ((Arg0 == 0x0112))
                {
                    Notify (C112, Arg1)
                }

                If ((Arg0 == 0x0113))
                {
                    Notify (C113, Arg1)
                }

                If ((Arg0 == 0x0114))
                {
                    Notify (C114, Arg1)
                }

                If ((Arg0 == 0x0115))
                {
                    Notify (C115, Arg1)
                }

                If ((Arg0 == 0x0116))
                {
                    Notify (C116, Arg1)
                }

                If ((Arg0 == 0x0117))
                {
                    Notify (C117, Arg1)
                }

                If ((Arg0 == 0x0118))
                {
                    Notify (C118, Arg1)
                }

                If ((Arg0 == 0x0119))
                {
                    Notify (C119, Arg1)
                }

                If ((Arg0 == 0x011A))
                {
                    Notify (C11A, Arg1)
                }

                If ((Arg0 == 0x011B))
                {
                    Notify (C11B, Arg1)
                }

                If ((Arg0 == 0x011C))
                {
                    Notify (C11C, Arg1)
                }

                If ((Arg0 == 0x011D))
                {
                    Notify (C11D, Arg1)
                }

                If ((Arg0 == 0x011E))
                {
                    Notify (C11E, Arg1)
                }

                If ((Arg0 == 0x011F))
                {
                    Notify (C11F, Arg1)
                }
            }

            Method (CSTA, 1, Serialized)
            {
                Acquire (\_SB.PCI0.PRES.CPLK, 0xFFFF)
                \_SB.PCI0.PRES.CSEL = Arg0
                Local0 = Zero
                If ((\_SB.PCI0.PRES.CPEN == One))
                {
                    Local0 = 0x0F
                }

                Release (\_SB.PCI0.PRES.CPLK)
                Return (Local0)
            }

            Method (CEJ0, 1, Serialized)
            {
                Acquire (\_SB.PCI0.PRES.CPLK, 0xFFFF)
                \_SB.PCI0.PRES.CSEL = Arg0
                \_SB.PCI0.PRES.CEJ0 = One
                Release (\_SB.PCI0.PRES.CPLK)
            }

            Method (CSCN, 0, Serialized)
            {
                Acquire (\_SB.PCI0.PRES.CPLK, 0xFFFF)
                Name (CNEW, Package (0xFF) {})
                Name (CEJL, Package (0xFF) {})
                Local3 = Zero
                Local4 = One
                While ((Local4 == One))
                {
                    Local4 = Zero
                    Local0 = One
                    Local1 = Zero
                    Local5 = Zero
                    While (((Local0 == One) && (Local3 < 0x0120)))
                    {
                        Local0 = Zero
                        \_SB.PCI0.PRES.CSEL = Local3
                        \_SB.PCI0.PRES.CCMD = Zero
                        If ((\_SB.PCI0.PRES.CDAT < Local3))
                        {
                            Break
                        }

                        If (((Local1 == 0xFF) || (Local5 == 0xFF)))
                        {
                            Local4 = One
                            Break
                        }

                        Local3 = \_SB.PCI0.PRES.CDAT
                        If ((\_SB.PCI0.PRES.CINS == One))
                        {
                            CNEW [Local1] = Local3
                            Local1++
                            Local0 = One
                        }

                        If ((\_SB.PCI0.PRES.CRMV == One))
                        {
                            CEJL [Local5] = Local3
                            Local5++
                            Local0 = One
                        }

                        Local3++
                    }

                    Local2 = Zero
                    While ((Local2 < Local1))
                    {
                        Local3 = DerefOf (CNEW [Local2])
                        CTFY (Local3, One)
                        Debug = Local3
                        \_SB.PCI0.PRES.CSEL = Local3
                        \_SB.PCI0.PRES.CINS = One
                        Local2++
                    }

                    Local2 = Zero
                    While ((Local2 < Local5))
                    {
                        Local3 = DerefOf (CEJL [Local2])
                        CTFY (Local3, 0x03)
                        \_SB.PCI0.PRES.CSEL = Local3
                        \_SB.PCI0.PRES.CRMV = One
                        Local2++
                    }
                }

                Release (\_SB.PCI0.PRES.CPLK)
            }

            Method (COST, 4, Serialized)
            {
                Acquire (\_SB.PCI0.PRES.CPLK, 0xFFFF)
                \_SB.PCI0.PRES.CSEL = Arg0
                \_SB.PCI0.PRES.CCMD = One
                \_SB.PCI0.PRES.CDAT = Arg1
                \_SB.PCI0.PRES.CCMD = 0x02
                \_SB.PCI0.PRES.CDAT = Arg2
                Release (\_SB.PCI0.PRES.CPLK)
            }

            Processor (C000, 0x00, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (Zero))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (Zero, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C001, 0x01, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (One))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x01, 0x01, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (One)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (One, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C002, 0x02, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x02))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x02, 0x02, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x02)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x02, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C003, 0x03, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x03))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x03, 0x03, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x03)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x03, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C004, 0x04, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x04))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x04, 0x04, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x04)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x04, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C005, 0x05, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x05))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x05, 0x05, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x05)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x05, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C006, 0x06, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x06))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x06, 0x06, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x06)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x06, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C007, 0x07, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x07))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x07, 0x07, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x07)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x07, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C008, 0x08, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x08))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x08, 0x08, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x08)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x08, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C009, 0x09, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x09))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x09, 0x09, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x09)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x09, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C00A, 0x0A, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0A))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x0A, 0x0A, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0A)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0A, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C00B, 0x0B, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0B))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x0B, 0x0B, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0B)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0B, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C00C, 0x0C, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0C))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x0C, 0x0C, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0C)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0C, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C00D, 0x0D, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0D))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x0D, 0x0D, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0D)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0D, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C00E, 0x0E, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0E))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x0E, 0x0E, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0E)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0E, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C00F, 0x0F, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0F))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x0F, 0x0F, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0F)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0F, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C010, 0x10, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x10))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x10, 0x10, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x10)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x10, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C011, 0x11, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x11))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x11, 0x11, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x11)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x11, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C012, 0x12, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x12))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x12, 0x12, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x12)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x12, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C013, 0x13, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x13))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x13, 0x13, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x13)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x13, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C014, 0x14, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x14))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x14, 0x14, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x14)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x14, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C015, 0x15, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x15))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x15, 0x15, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x15)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x15, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C016, 0x16, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x16))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x16, 0x16, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x16)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x16, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C017, 0x17, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x17))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x17, 0x17, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x17)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x17, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C018, 0x18, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x18))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x18, 0x18, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x18)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x18, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C019, 0x19, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x19))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x19, 0x19, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x19)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x19, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C01A, 0x1A, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x1A))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x1A, 0x1A, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x1A)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x1A, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C01B, 0x1B, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x1B))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x1B, 0x1B, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x1B)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x1B, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C01C, 0x1C, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x1C))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x1C, 0x1C, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x1C)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x1C, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C01D, 0x1D, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x1D))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x1D, 0x1D, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x1D)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x1D, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C01E, 0x1E, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x1E))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x1E, 0x1E, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x1E)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x1E, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C01F, 0x1F, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x1F))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x1F, 0x1F, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x1F)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x1F, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C020, 0x20, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x20))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x20, 0x20, 0x01, 0x00, 0x00, 0x00   // ..  ....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x20)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x20, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C021, 0x21, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x21))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x21, 0x21, 0x01, 0x00, 0x00, 0x00   // ..!!....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x21)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x21, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C022, 0x22, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x22))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x22, 0x22, 0x01, 0x00, 0x00, 0x00   // ..""....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x22)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x22, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C023, 0x23, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x23))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x23, 0x23, 0x01, 0x00, 0x00, 0x00   // ..##....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x23)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x23, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C024, 0x24, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x24))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x24, 0x24, 0x01, 0x00, 0x00, 0x00   // ..$$....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x24)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x24, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C025, 0x25, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x25))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x25, 0x25, 0x01, 0x00, 0x00, 0x00   // ..%%....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x25)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x25, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C026, 0x26, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x26))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x26, 0x26, 0x01, 0x00, 0x00, 0x00   // ..&&....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x26)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x26, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C027, 0x27, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x27))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x27, 0x27, 0x01, 0x00, 0x00, 0x00   // ..''....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x27)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x27, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C028, 0x28, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x28))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x28, 0x28, 0x01, 0x00, 0x00, 0x00   // ..((....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x28)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x28, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C029, 0x29, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x29))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x29, 0x29, 0x01, 0x00, 0x00, 0x00   // ..))....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x29)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x29, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C02A, 0x2A, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x2A))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x2A, 0x2A, 0x01, 0x00, 0x00, 0x00   // ..**....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x2A)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x2A, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C02B, 0x2B, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x2B))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x2B, 0x2B, 0x01, 0x00, 0x00, 0x00   // ..++....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x2B)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x2B, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C02C, 0x2C, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x2C))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x2C, 0x2C, 0x01, 0x00, 0x00, 0x00   // ..,,....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x2C)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x2C, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C02D, 0x2D, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x2D))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x2D, 0x2D, 0x01, 0x00, 0x00, 0x00   // ..--....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x2D)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x2D, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C02E, 0x2E, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x2E))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x2E, 0x2E, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x2E)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x2E, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C02F, 0x2F, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x2F))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x2F, 0x2F, 0x01, 0x00, 0x00, 0x00   // ..//....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x2F)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x2F, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C030, 0x30, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x30))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x30, 0x30, 0x01, 0x00, 0x00, 0x00   // ..00....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x30)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x30, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C031, 0x31, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x31))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x31, 0x31, 0x01, 0x00, 0x00, 0x00   // ..11....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x31)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x31, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C032, 0x32, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x32))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x32, 0x32, 0x01, 0x00, 0x00, 0x00   // ..22....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x32)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x32, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C033, 0x33, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x33))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x33, 0x33, 0x01, 0x00, 0x00, 0x00   // ..33....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x33)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x33, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C034, 0x34, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x34))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x34, 0x34, 0x01, 0x00, 0x00, 0x00   // ..44....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x34)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x34, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C035, 0x35, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x35))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x35, 0x35, 0x01, 0x00, 0x00, 0x00   // ..55....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x35)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x35, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C036, 0x36, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x36))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x36, 0x36, 0x01, 0x00, 0x00, 0x00   // ..66....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x36)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x36, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C037, 0x37, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x37))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x37, 0x37, 0x01, 0x00, 0x00, 0x00   // ..77....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x37)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x37, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C038, 0x38, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x38))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x38, 0x38, 0x01, 0x00, 0x00, 0x00   // ..88....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x38)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x38, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C039, 0x39, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x39))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x39, 0x39, 0x01, 0x00, 0x00, 0x00   // ..99....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x39)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x39, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C03A, 0x3A, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x3A))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x3A, 0x3A, 0x01, 0x00, 0x00, 0x00   // ..::....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x3A)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x3A, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C03B, 0x3B, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x3B))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x3B, 0x3B, 0x01, 0x00, 0x00, 0x00   // ..;;....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x3B)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x3B, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C03C, 0x3C, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x3C))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x3C, 0x3C, 0x01, 0x00, 0x00, 0x00   // ..<<....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x3C)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x3C, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C03D, 0x3D, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x3D))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x3D, 0x3D, 0x01, 0x00, 0x00, 0x00   // ..==....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x3D)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x3D, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C03E, 0x3E, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x3E))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x3E, 0x3E, 0x01, 0x00, 0x00, 0x00   // ..>>....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x3E)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x3E, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C03F, 0x3F, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x3F))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x3F, 0x3F, 0x01, 0x00, 0x00, 0x00   // ..??....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x3F)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x3F, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C040, 0x40, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x40))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x40, 0x40, 0x01, 0x00, 0x00, 0x00   // ..@@....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x40)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x40, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C041, 0x41, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x41))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x41, 0x41, 0x01, 0x00, 0x00, 0x00   // ..AA....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x41)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x41, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C042, 0x42, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x42))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x42, 0x42, 0x01, 0x00, 0x00, 0x00   // ..BB....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x42)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x42, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C043, 0x43, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x43))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x43, 0x43, 0x01, 0x00, 0x00, 0x00   // ..CC....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x43)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x43, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C044, 0x44, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x44))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x44, 0x44, 0x01, 0x00, 0x00, 0x00   // ..DD....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x44)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x44, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C045, 0x45, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x45))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x45, 0x45, 0x01, 0x00, 0x00, 0x00   // ..EE....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x45)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x45, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C046, 0x46, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x46))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x46, 0x46, 0x01, 0x00, 0x00, 0x00   // ..FF....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x46)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x46, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C047, 0x47, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x47))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x47, 0x47, 0x01, 0x00, 0x00, 0x00   // ..GG....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x47)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x47, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C048, 0x48, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x48))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x48, 0x48, 0x01, 0x00, 0x00, 0x00   // ..HH....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x48)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x48, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C049, 0x49, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x49))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x49, 0x49, 0x01, 0x00, 0x00, 0x00   // ..II....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x49)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x49, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C04A, 0x4A, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x4A))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x4A, 0x4A, 0x01, 0x00, 0x00, 0x00   // ..JJ....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x4A)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x4A, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C04B, 0x4B, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x4B))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x4B, 0x4B, 0x01, 0x00, 0x00, 0x00   // ..KK....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x4B)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x4B, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C04C, 0x4C, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x4C))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x4C, 0x4C, 0x01, 0x00, 0x00, 0x00   // ..LL....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x4C)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x4C, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C04D, 0x4D, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x4D))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x4D, 0x4D, 0x01, 0x00, 0x00, 0x00   // ..MM....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x4D)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x4D, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C04E, 0x4E, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x4E))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x4E, 0x4E, 0x01, 0x00, 0x00, 0x00   // ..NN....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x4E)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x4E, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C04F, 0x4F, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x4F))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x4F, 0x4F, 0x01, 0x00, 0x00, 0x00   // ..OO....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x4F)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x4F, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C050, 0x50, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x50))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x50, 0x50, 0x01, 0x00, 0x00, 0x00   // ..PP....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x50)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x50, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C051, 0x51, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x51))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x51, 0x51, 0x01, 0x00, 0x00, 0x00   // ..QQ....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x51)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x51, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C052, 0x52, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x52))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x52, 0x52, 0x01, 0x00, 0x00, 0x00   // ..RR....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x52)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x52, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C053, 0x53, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x53))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x53, 0x53, 0x01, 0x00, 0x00, 0x00   // ..SS....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x53)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x53, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C054, 0x54, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x54))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x54, 0x54, 0x01, 0x00, 0x00, 0x00   // ..TT....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x54)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x54, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C055, 0x55, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x55))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x55, 0x55, 0x01, 0x00, 0x00, 0x00   // ..UU....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x55)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x55, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C056, 0x56, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x56))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x56, 0x56, 0x01, 0x00, 0x00, 0x00   // ..VV....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x56)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x56, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C057, 0x57, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x57))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x57, 0x57, 0x01, 0x00, 0x00, 0x00   // ..WW....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x57)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x57, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C058, 0x58, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x58))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x58, 0x58, 0x01, 0x00, 0x00, 0x00   // ..XX....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x58)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x58, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C059, 0x59, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x59))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x59, 0x59, 0x01, 0x00, 0x00, 0x00   // ..YY....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x59)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x59, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C05A, 0x5A, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x5A))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x5A, 0x5A, 0x01, 0x00, 0x00, 0x00   // ..ZZ....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x5A)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x5A, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C05B, 0x5B, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x5B))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x5B, 0x5B, 0x01, 0x00, 0x00, 0x00   // ..[[....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x5B)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x5B, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C05C, 0x5C, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x5C))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x5C, 0x5C, 0x01, 0x00, 0x00, 0x00   // ..\\....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x5C)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x5C, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C05D, 0x5D, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x5D))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x5D, 0x5D, 0x01, 0x00, 0x00, 0x00   // ..]]....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x5D)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x5D, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C05E, 0x5E, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x5E))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x5E, 0x5E, 0x01, 0x00, 0x00, 0x00   // ..^^....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x5E)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x5E, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C05F, 0x5F, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x5F))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x5F, 0x5F, 0x01, 0x00, 0x00, 0x00   // ..__....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x5F)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x5F, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C060, 0x60, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x60))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x60, 0x60, 0x01, 0x00, 0x00, 0x00   // ..``....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x60)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x60, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C061, 0x61, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x61))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x61, 0x61, 0x01, 0x00, 0x00, 0x00   // ..aa....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x61)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x61, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C062, 0x62, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x62))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x62, 0x62, 0x01, 0x00, 0x00, 0x00   // ..bb....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x62)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x62, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C063, 0x63, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x63))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x63, 0x63, 0x01, 0x00, 0x00, 0x00   // ..cc....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x63)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x63, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C064, 0x64, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x64))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x64, 0x64, 0x01, 0x00, 0x00, 0x00   // ..dd....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x64)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x64, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C065, 0x65, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x65))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x65, 0x65, 0x01, 0x00, 0x00, 0x00   // ..ee....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x65)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x65, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C066, 0x66, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x66))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x66, 0x66, 0x01, 0x00, 0x00, 0x00   // ..ff....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x66)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x66, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C067, 0x67, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x67))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x67, 0x67, 0x01, 0x00, 0x00, 0x00   // ..gg....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x67)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x67, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C068, 0x68, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x68))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x68, 0x68, 0x01, 0x00, 0x00, 0x00   // ..hh....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x68)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x68, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C069, 0x69, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x69))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x69, 0x69, 0x01, 0x00, 0x00, 0x00   // ..ii....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x69)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x69, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C06A, 0x6A, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x6A))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x6A, 0x6A, 0x01, 0x00, 0x00, 0x00   // ..jj....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x6A)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x6A, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C06B, 0x6B, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x6B))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x6B, 0x6B, 0x01, 0x00, 0x00, 0x00   // ..kk....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x6B)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x6B, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C06C, 0x6C, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x6C))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x6C, 0x6C, 0x01, 0x00, 0x00, 0x00   // ..ll....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x6C)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x6C, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C06D, 0x6D, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x6D))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x6D, 0x6D, 0x01, 0x00, 0x00, 0x00   // ..mm....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x6D)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x6D, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C06E, 0x6E, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x6E))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x6E, 0x6E, 0x01, 0x00, 0x00, 0x00   // ..nn....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x6E)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x6E, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C06F, 0x6F, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x6F))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x6F, 0x6F, 0x01, 0x00, 0x00, 0x00   // ..oo....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x6F)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x6F, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C070, 0x70, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x70))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x70, 0x70, 0x01, 0x00, 0x00, 0x00   // ..pp....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x70)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x70, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C071, 0x71, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x71))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x71, 0x71, 0x01, 0x00, 0x00, 0x00   // ..qq....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x71)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x71, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C072, 0x72, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x72))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x72, 0x72, 0x01, 0x00, 0x00, 0x00   // ..rr....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x72)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x72, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C073, 0x73, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x73))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x73, 0x73, 0x01, 0x00, 0x00, 0x00   // ..ss....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x73)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x73, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C074, 0x74, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x74))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x74, 0x74, 0x01, 0x00, 0x00, 0x00   // ..tt....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x74)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x74, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C075, 0x75, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x75))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x75, 0x75, 0x01, 0x00, 0x00, 0x00   // ..uu....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x75)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x75, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C076, 0x76, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x76))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x76, 0x76, 0x01, 0x00, 0x00, 0x00   // ..vv....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x76)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x76, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C077, 0x77, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x77))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x77, 0x77, 0x01, 0x00, 0x00, 0x00   // ..ww....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x77)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x77, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C078, 0x78, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x78))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x78, 0x78, 0x01, 0x00, 0x00, 0x00   // ..xx....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x78)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x78, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C079, 0x79, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x79))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x79, 0x79, 0x01, 0x00, 0x00, 0x00   // ..yy....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x79)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x79, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C07A, 0x7A, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x7A))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x7A, 0x7A, 0x01, 0x00, 0x00, 0x00   // ..zz....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x7A)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x7A, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C07B, 0x7B, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x7B))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x7B, 0x7B, 0x01, 0x00, 0x00, 0x00   // ..{{....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x7B)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x7B, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C07C, 0x7C, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x7C))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x7C, 0x7C, 0x01, 0x00, 0x00, 0x00   // ..||....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x7C)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x7C, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C07D, 0x7D, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x7D))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x7D, 0x7D, 0x01, 0x00, 0x00, 0x00   // ..}}....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x7D)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x7D, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C07E, 0x7E, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x7E))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x7E, 0x7E, 0x01, 0x00, 0x00, 0x00   // ..~~....
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x7E)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x7E, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C07F, 0x7F, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x7F))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x7F, 0x7F, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x7F)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x7F, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C080, 0x80, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x80))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x80, 0x80, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x80)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x80, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C081, 0x81, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x81))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x81, 0x81, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x81)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x81, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C082, 0x82, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x82))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x82, 0x82, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x82)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x82, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C083, 0x83, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x83))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x83, 0x83, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x83)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x83, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C084, 0x84, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x84))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x84, 0x84, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x84)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x84, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C085, 0x85, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x85))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x85, 0x85, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x85)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x85, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C086, 0x86, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x86))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x86, 0x86, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x86)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x86, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C087, 0x87, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x87))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x87, 0x87, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x87)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x87, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C088, 0x88, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x88))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x88, 0x88, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x88)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x88, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C089, 0x89, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x89))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x89, 0x89, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x89)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x89, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C08A, 0x8A, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x8A))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x8A, 0x8A, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x8A)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x8A, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C08B, 0x8B, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x8B))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x8B, 0x8B, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x8B)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x8B, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C08C, 0x8C, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x8C))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x8C, 0x8C, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x8C)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x8C, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C08D, 0x8D, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x8D))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x8D, 0x8D, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x8D)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x8D, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C08E, 0x8E, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x8E))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x8E, 0x8E, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x8E)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x8E, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C08F, 0x8F, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x8F))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x8F, 0x8F, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x8F)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x8F, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C090, 0x90, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x90))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x90, 0x90, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x90)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x90, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C091, 0x91, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x91))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x91, 0x91, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x91)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x91, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C092, 0x92, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x92))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x92, 0x92, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x92)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x92, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C093, 0x93, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x93))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x93, 0x93, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x93)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x93, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C094, 0x94, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x94))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x94, 0x94, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x94)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x94, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C095, 0x95, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x95))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x95, 0x95, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x95)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x95, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C096, 0x96, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x96))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x96, 0x96, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x96)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x96, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C097, 0x97, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x97))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x97, 0x97, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x97)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x97, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C098, 0x98, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x98))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x98, 0x98, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x98)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x98, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C099, 0x99, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x99))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x99, 0x99, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x99)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x99, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C09A, 0x9A, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x9A))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x9A, 0x9A, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x9A)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x9A, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C09B, 0x9B, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x9B))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x9B, 0x9B, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x9B)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x9B, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C09C, 0x9C, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x9C))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x9C, 0x9C, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x9C)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x9C, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C09D, 0x9D, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x9D))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x9D, 0x9D, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x9D)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x9D, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C09E, 0x9E, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x9E))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x9E, 0x9E, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x9E)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x9E, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C09F, 0x9F, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x9F))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0x9F, 0x9F, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x9F)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x9F, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0A0, 0xA0, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xA0))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xA0, 0xA0, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xA0)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xA0, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0A1, 0xA1, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xA1))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xA1, 0xA1, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xA1)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xA1, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0A2, 0xA2, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xA2))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xA2, 0xA2, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xA2)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xA2, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0A3, 0xA3, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xA3))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xA3, 0xA3, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xA3)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xA3, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0A4, 0xA4, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xA4))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xA4, 0xA4, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xA4)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xA4, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0A5, 0xA5, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xA5))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xA5, 0xA5, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xA5)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xA5, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0A6, 0xA6, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xA6))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xA6, 0xA6, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xA6)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xA6, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0A7, 0xA7, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xA7))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xA7, 0xA7, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xA7)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xA7, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0A8, 0xA8, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xA8))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xA8, 0xA8, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xA8)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xA8, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0A9, 0xA9, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xA9))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xA9, 0xA9, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xA9)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xA9, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0AA, 0xAA, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xAA))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xAA, 0xAA, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xAA)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xAA, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0AB, 0xAB, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xAB))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xAB, 0xAB, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xAB)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xAB, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0AC, 0xAC, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xAC))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xAC, 0xAC, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xAC)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xAC, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0AD, 0xAD, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xAD))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xAD, 0xAD, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xAD)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xAD, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0AE, 0xAE, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xAE))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xAE, 0xAE, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xAE)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xAE, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0AF, 0xAF, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xAF))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xAF, 0xAF, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xAF)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xAF, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0B0, 0xB0, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xB0))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xB0, 0xB0, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xB0)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xB0, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0B1, 0xB1, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xB1))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xB1, 0xB1, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xB1)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xB1, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0B2, 0xB2, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xB2))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xB2, 0xB2, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xB2)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xB2, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0B3, 0xB3, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xB3))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xB3, 0xB3, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xB3)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xB3, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0B4, 0xB4, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xB4))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xB4, 0xB4, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xB4)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xB4, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0B5, 0xB5, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xB5))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xB5, 0xB5, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xB5)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xB5, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0B6, 0xB6, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xB6))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xB6, 0xB6, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xB6)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xB6, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0B7, 0xB7, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xB7))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xB7, 0xB7, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xB7)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xB7, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0B8, 0xB8, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xB8))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xB8, 0xB8, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xB8)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xB8, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0B9, 0xB9, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xB9))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xB9, 0xB9, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xB9)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xB9, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0BA, 0xBA, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xBA))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xBA, 0xBA, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xBA)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xBA, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0BB, 0xBB, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xBB))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xBB, 0xBB, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xBB)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xBB, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0BC, 0xBC, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xBC))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xBC, 0xBC, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xBC)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xBC, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0BD, 0xBD, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xBD))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xBD, 0xBD, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xBD)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xBD, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0BE, 0xBE, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xBE))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xBE, 0xBE, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xBE)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xBE, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0BF, 0xBF, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xBF))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xBF, 0xBF, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xBF)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xBF, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0C0, 0xC0, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xC0))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xC0, 0xC0, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xC0)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xC0, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0C1, 0xC1, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xC1))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xC1, 0xC1, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xC1)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xC1, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0C2, 0xC2, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xC2))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xC2, 0xC2, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xC2)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xC2, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0C3, 0xC3, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xC3))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xC3, 0xC3, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xC3)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xC3, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0C4, 0xC4, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xC4))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xC4, 0xC4, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xC4)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xC4, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0C5, 0xC5, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xC5))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xC5, 0xC5, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xC5)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xC5, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0C6, 0xC6, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xC6))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xC6, 0xC6, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xC6)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xC6, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0C7, 0xC7, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xC7))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xC7, 0xC7, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xC7)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xC7, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0C8, 0xC8, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xC8))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xC8, 0xC8, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xC8)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xC8, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0C9, 0xC9, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xC9))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xC9, 0xC9, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xC9)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xC9, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0CA, 0xCA, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xCA))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xCA, 0xCA, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xCA)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xCA, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0CB, 0xCB, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xCB))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xCB, 0xCB, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xCB)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xCB, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0CC, 0xCC, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xCC))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xCC, 0xCC, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xCC)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xCC, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0CD, 0xCD, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xCD))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xCD, 0xCD, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xCD)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xCD, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0CE, 0xCE, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xCE))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xCE, 0xCE, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xCE)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xCE, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0CF, 0xCF, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xCF))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xCF, 0xCF, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xCF)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xCF, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0D0, 0xD0, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xD0))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xD0, 0xD0, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xD0)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xD0, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0D1, 0xD1, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xD1))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xD1, 0xD1, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xD1)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xD1, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0D2, 0xD2, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xD2))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xD2, 0xD2, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xD2)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xD2, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0D3, 0xD3, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xD3))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xD3, 0xD3, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xD3)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xD3, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0D4, 0xD4, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xD4))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xD4, 0xD4, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xD4)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xD4, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0D5, 0xD5, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xD5))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xD5, 0xD5, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xD5)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xD5, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0D6, 0xD6, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xD6))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xD6, 0xD6, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xD6)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xD6, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0D7, 0xD7, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xD7))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xD7, 0xD7, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xD7)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xD7, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0D8, 0xD8, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xD8))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xD8, 0xD8, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xD8)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xD8, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0D9, 0xD9, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xD9))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xD9, 0xD9, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xD9)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xD9, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0DA, 0xDA, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xDA))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xDA, 0xDA, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xDA)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xDA, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0DB, 0xDB, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xDB))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xDB, 0xDB, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xDB)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xDB, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0DC, 0xDC, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xDC))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xDC, 0xDC, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xDC)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xDC, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0DD, 0xDD, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xDD))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xDD, 0xDD, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xDD)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xDD, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0DE, 0xDE, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xDE))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xDE, 0xDE, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xDE)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xDE, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0DF, 0xDF, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xDF))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xDF, 0xDF, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xDF)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xDF, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0E0, 0xE0, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xE0))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xE0, 0xE0, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xE0)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xE0, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0E1, 0xE1, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xE1))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xE1, 0xE1, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xE1)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xE1, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0E2, 0xE2, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xE2))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xE2, 0xE2, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xE2)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xE2, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0E3, 0xE3, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xE3))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xE3, 0xE3, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xE3)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xE3, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0E4, 0xE4, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xE4))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xE4, 0xE4, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xE4)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xE4, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0E5, 0xE5, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xE5))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xE5, 0xE5, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xE5)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xE5, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0E6, 0xE6, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xE6))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xE6, 0xE6, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xE6)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xE6, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0E7, 0xE7, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xE7))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xE7, 0xE7, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xE7)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xE7, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0E8, 0xE8, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xE8))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xE8, 0xE8, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xE8)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xE8, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0E9, 0xE9, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xE9))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xE9, 0xE9, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xE9)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xE9, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0EA, 0xEA, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xEA))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xEA, 0xEA, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xEA)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xEA, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0EB, 0xEB, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xEB))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xEB, 0xEB, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xEB)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xEB, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0EC, 0xEC, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xEC))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xEC, 0xEC, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xEC)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xEC, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0ED, 0xED, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xED))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xED, 0xED, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xED)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xED, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0EE, 0xEE, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xEE))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xEE, 0xEE, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xEE)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xEE, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0EF, 0xEF, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xEF))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xEF, 0xEF, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xEF)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xEF, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0F0, 0xF0, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xF0))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xF0, 0xF0, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xF0)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xF0, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0F1, 0xF1, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xF1))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xF1, 0xF1, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xF1)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xF1, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0F2, 0xF2, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xF2))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xF2, 0xF2, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xF2)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xF2, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0F3, 0xF3, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xF3))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xF3, 0xF3, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xF3)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xF3, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0F4, 0xF4, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xF4))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xF4, 0xF4, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xF4)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xF4, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0F5, 0xF5, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xF5))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xF5, 0xF5, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xF5)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xF5, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0F6, 0xF6, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xF6))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xF6, 0xF6, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xF6)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xF6, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0F7, 0xF7, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xF7))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xF7, 0xF7, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xF7)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xF7, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0F8, 0xF8, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xF8))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xF8, 0xF8, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xF8)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xF8, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0F9, 0xF9, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xF9))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xF9, 0xF9, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xF9)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xF9, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0FA, 0xFA, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xFA))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xFA, 0xFA, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xFA)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xFA, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0FB, 0xFB, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xFB))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xFB, 0xFB, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xFB)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xFB, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0FC, 0xFC, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xFC))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xFC, 0xFC, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xFC)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xFC, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0FD, 0xFD, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xFD))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xFD, 0xFD, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xFD)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xFD, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Processor (C0FE, 0xFE, 0x00000000, 0x00)
            {
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xFE))
                }

                Name (_MAT, Buffer (0x08)  // _MAT: Multiple APIC Table Entry
                {
                     0x00, 0x08, 0xFE, 0xFE, 0x01, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xFE)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xFE, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C0FF)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0xFF)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0xFF))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0xFF, 0x00, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0xFF, 0x00, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0xFF)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0xFF, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C100)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0100)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0100))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0100)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0100, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C101)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0101)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0101))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x01, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x01, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0101)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0101, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C102)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0102)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0102))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x02, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x02, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0102)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0102, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C103)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0103)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0103))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x03, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x03, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0103)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0103, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C104)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0104)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0104))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x04, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x04, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0104)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0104, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C105)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0105)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0105))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x05, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x05, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0105)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0105, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C106)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0106)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0106))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x06, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x06, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0106)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0106, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C107)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0107)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0107))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x07, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x07, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0107)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0107, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C108)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0108)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0108))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x08, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x08, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0108)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0108, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C109)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0109)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0109))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x09, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x09, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0109)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0109, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C10A)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x010A)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x010A))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x0A, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x0A, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x010A)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x010A, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C10B)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x010B)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x010B))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x0B, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x0B, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x010B)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x010B, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C10C)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x010C)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x010C))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x0C, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x0C, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x010C)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x010C, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C10D)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x010D)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x010D))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x0D, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x0D, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x010D)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x010D, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C10E)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x010E)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x010E))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x0E, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x0E, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x010E)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x010E, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C10F)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x010F)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x010F))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x0F, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x0F, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x010F)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x010F, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C110)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0110)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0110))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x10, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x10, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0110)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0110, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C111)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0111)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0111))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x11, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x11, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0111)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0111, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C112)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0112)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0112))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x12, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x12, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0112)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0112, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C113)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0113)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0113))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x13, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x13, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0113)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0113, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C114)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0114)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0114))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x14, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x14, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0114)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0114, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C115)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0115)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0115))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x15, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x15, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0115)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0115, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C116)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0116)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0116))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x16, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x16, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0116)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0116, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C117)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0117)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0117))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x17, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x17, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0117)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0117, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C118)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0118)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0118))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x18, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x18, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0118)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0118, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C119)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x0119)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x0119))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x19, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x19, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x0119)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x0119, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C11A)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x011A)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x011A))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x1A, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x1A, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x011A)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x011A, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C11B)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x011B)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x011B))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x1B, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x1B, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x011B)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x011B, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C11C)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x011C)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x011C))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x1C, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x1C, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x011C)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x011C, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C11D)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x011D)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x011D))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x1D, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x1D, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x011D)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x011D, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C11E)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x011E)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x011E))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x1E, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x1E, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x011E)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x011E, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }

            Device (C11F)
            {
                Name (_HID, "ACPI0007" /* Processor Device */)  // _HID: Hardware ID
                Name (_UID, 0x011F)  // _UID: Unique ID
                Method (_STA, 0, Serialized)  // _STA: Status
                {
                    Return (CSTA (0x011F))
                }

                Name (_MAT, Buffer (0x10)  // _MAT: Multiple APIC Table Entry
                {
                    /* 0000 */  0x09, 0x10, 0x00, 0x00, 0x1F, 0x01, 0x00, 0x00,  // ........
                    /* 0008 */  0x01, 0x00, 0x00, 0x00, 0x1F, 0x01, 0x00, 0x00   // ........
                })
                Method (_EJ0, 1, NotSerialized)  // _EJx: Eject Device, x=0-9
                {
                    CEJ0 (0x011F)
                }

                Method (_OST, 3, Serialized)  // _OST: OSPM Status Indication
                {
                    COST (0x011F, Arg0, Arg1, Arg2)
                }

                Name (_PXM, Zero)  // _PXM: Device Proximity
            }
        }
    }

    Method (\_GPE._E02, 0, NotSerialized)  // _Exx: Edge-Triggered GPE, xx=0x00-0xFF
    {
        \_SB.CPUS.CSCN ()
    }

    Scope (\_SB.PCI0)
    {
        Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
        {
            WordBusNumber (ResourceProducer, MinFixed, MaxFixed, PosDecode,
                0x0000,             // Granularity
                0x0000,             // Range Minimum
                0x00FF,             // Range Maximum
                0x0000,             // Translation Offset
                0x0100,             // Length
                ,, )
            IO (Decode16,
                0x0CF8,             // Range Minimum
                0x0CF8,             // Range Maximum
                0x01,               // Alignment
                0x08,               // Length
                )
            WordIO (ResourceProducer, MinFixed, MaxFixed, PosDecode, EntireRange,
                0x0000,             // Granularity
                0x0000,             // Range Minimum
                0x0CF7,             // Range Maximum
                0x0000,             // Translation Offset
                0x0CF8,             // Length
                ,, , TypeStatic, DenseTranslation)
            WordIO (ResourceProducer, MinFixed, MaxFixed, PosDecode, EntireRange,
                0x0000,             // Granularity
                0x0D00,             // Range Minimum
                0xFFFF,             // Range Maximum
                0x0000,             // Translation Offset
                0xF300,             // Length
                ,, , TypeStatic, DenseTranslation)
            DWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, Cacheable, ReadWrite,
                0x00000000,         // Granularity
                0x000A0000,         // Range Minimum
                0x000BFFFF,         // Range Maximum
                0x00000000,         // Translation Offset
                0x00020000,         // Length
                ,, , AddressRangeMemory, TypeStatic)
            DWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, NonCacheable, ReadWrite,
                0x00000000,         // Granularity
                0x08000000,         // Range Minimum
                0xAFFFFFFF,         // Range Maximum
                0x00000000,         // Translation Offset
                0xA8000000,         // Length
                ,, , AddressRangeMemory, TypeStatic)
            DWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, NonCacheable, ReadWrite,
                0x00000000,         // Granularity
                0xC0000000,         // Range Minimum
                0xFEBFFFFF,         // Range Maximum
                0x00000000,         // Translation Offset
                0x3EC00000,         // Length
                ,, , AddressRangeMemory, TypeStatic)
            QWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, Cacheable, ReadWrite,
                0x0000000000000000, // Granularity
                0x0000000100000000, // Range Minimum
                0x00000008FFFFFFFF, // Range Maximum
                0x0000000000000000, // Translation Offset
                0x0000000800000000, // Length
                ,, , AddressRangeMemory, TypeStatic)
        })
        Device (GPE0)
        {
            Name (_HID, "PNP0A06" /* Generic Container Device */)  // _HID: Hardware ID
            Name (_UID, "GPE0 resources")  // _UID: Unique ID
            Name (_STA, 0x0B)  // _STA: Status
            Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
            {
                IO (Decode16,
                    0x0620,             // Range Minimum
                    0x0620,             // Range Maximum
                    0x01,               // Alignment
                    0x10,               // Length
                    )
            })
        }

        Device (PHPR)
        {
            Name (_HID, "PNP0A06" /* Generic Container Device */)  // _HID: Hardware ID
            Name (_UID, "PCI Hotplug resources")  // _UID: Unique ID
            Name (_STA, 0x0B)  // _STA: Status
            Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
            {
                IO (Decode16,
                    0x0CC0,             // Range Minimum
                    0x0CC0,             // Range Maximum
                    0x01,               // Alignment
                    0x18,               // Length
                    )
            })
        }
    }

    Scope (\)
    {
        Name (_S3, Package (0x04)  // _S3_: S3 System State
        {
            One,
            One,
            Zero,
            Zero
        })
        Name (_S4, Package (0x04)  // _S4_: S4 System State
        {
            0x02,
            0x02,
            Zero,
            Zero
        })
        Name (_S5, Package (0x04)  // _S5_: S5 System State
        {
            Zero,
            Zero,
            Zero,
            Zero
        })
    }

    Scope (\_SB.PCI0)
    {
        Device (FWCF)
        {
            Name (_HID, "QEMU0002")  // _HID: Hardware ID
            Name (_STA, 0x0B)  // _STA: Status
            Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
            {
                IO (Decode16,
                    0x0510,             // Range Minimum
                    0x0510,             // Range Maximum
                    0x01,               // Alignment
                    0x0C,               // Length
                    )
            })
        }
    }

    Scope (\_SB)
    {
        Scope (PCI0)
        {
            Device (S00)
            {
                Name (_ADR, Zero)  // _ADR: Address
            }

            Device (S08)
            {
                Name (_ADR, 0x00010000)  // _ADR: Address
                Method (_S1D, 0, NotSerialized)  // _S1D: S1 Device State
                {
                    Return (Zero)
                }

                Method (_S2D, 0, NotSerialized)  // _S2D: S2 Device State
                {
                    Return (Zero)
                }

                Method (_S3D, 0, NotSerialized)  // _S3D: S3 Device State
                {
                    Return (Zero)
                }
            }

            Device (SF8)
            {
                Name (_ADR, 0x001F0000)  // _ADR: Address
                OperationRegion (PIRQ, PCI_Config, 0x60, 0x0C)
                Scope (\_SB)
                {
                    Field (PCI0.SF8.PIRQ, ByteAcc, NoLock, Preserve)
                    {
                        PRQA,   8,
                        PRQB,   8,
                        PRQC,   8,
                        PRQD,   8,
                        Offset (0x08),
                        PRQE,   8,
                        PRQF,   8,
                        PRQG,   8,
                        PRQH,   8
                    }
                }

                Device (KBD)
                {
                    Name (_HID, EisaId ("PNP0303") /* IBM Enhanced Keyboard (101/102-key, PS/2 Mouse) */)  // _HID: Hardware ID
                    Name (_STA, 0x0F)  // _STA: Status
                    Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
                    {
                        IO (Decode16,
                            0x0060,             // Range Minimum
                            0x0060,             // Range Maximum
                            0x01,               // Alignment
                            0x01,               // Length
                            )
                        IO (Decode16,
                            0x0064,             // Range Minimum
                            0x0064,             // Range Maximum
                            0x01,               // Alignment
                            0x01,               // Length
                            )
                        IRQNoFlags ()
                            {1}
                    })
                }

                Device (MOU)
                {
                    Name (_HID, EisaId ("PNP0F13") /* PS/2 Mouse */)  // _HID: Hardware ID
                    Name (_STA, 0x0F)  // _STA: Status
                    Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
                    {
                        IRQNoFlags ()
                            {12}
                    })
                }

                Device (LPT1)
                {
                    Name (_HID, EisaId ("PNP0400") /* Standard LPT Parallel Port */)  // _HID: Hardware ID
                    Name (_UID, One)  // _UID: Unique ID
                    Name (_STA, 0x0F)  // _STA: Status
                    Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
                    {
                        IO (Decode16,
                            0x0378,             // Range Minimum
                            0x0378,             // Range Maximum
                            0x08,               // Alignment
                            0x08,               // Length
                            )
                        IRQNoFlags ()
                            {7}
                    })
                }

                Device (COM1)
                {
                    Name (_HID, EisaId ("PNP0501") /* 16550A-compatible COM Serial Port */)  // _HID: Hardware ID
                    Name (_UID, One)  // _UID: Unique ID
                    Name (_STA, 0x0F)  // _STA: Status
                    Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
                    {
                        IO (Decode16,
                            0x03F8,             // Range Minimum
                            0x03F8,             // Range Maximum
                            0x00,               // Alignment
                            0x08,               // Length
                            )
                        IRQNoFlags ()
                            {4}
                    })
                }

                Device (RTC)
                {
                    Name (_HID, EisaId ("PNP0B00") /* AT Real-Time Clock */)  // _HID: Hardware ID
                    Name (_CRS, ResourceTemplate ()  // _CRS: Current Resource Settings
                    {
                        IO (Decode16,
                            0x0070,             // Range Minimum
                            0x0070,             // Range Maximum
                            0x01,               // Alignment
                            0x08,               // Length
                            )
                        IRQNoFlags ()
                            {8}
                    })
                }
            }

            Device (SFA)
            {
                Name (_ADR, 0x001F0002)  // _ADR: Address
            }

            Device (SFB)
            {
                Name (_ADR, 0x001F0003)  // _ADR: Address
            }
        }
    }

    Scope (_GPE)
    {
        Method (_E01, 0, NotSerialized)  // _Exx: Edge-Triggered GPE, xx=0x00-0xFF
        {
        }
    }
}

