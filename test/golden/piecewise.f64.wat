(module
 (type $0 (func))
 (type $1 (func (param i32 i32 i32 i32)))
 (type $2 (func (param v128 v128) (result v128)))
 (type $3 (func (param i32 i32 i32)))
 (type $4 (func (param i32 i32 i32 i32 i32 f64 f64 i32)))
 (type $5 (func (param i32 i32 i32 i32 i32 i32 f64 f64 f64 f64 i32)))
 (memory $0 1 65536)
 (export "memory" (memory $0))
 (export "evaluate" (func $evaluate))
 (export "divergence" (func $divergence))
 (export "diagonal" (func $diagonal))
 (export "flow_rk4" (func $flow_rk4))
 (export "flow_dopri5" (func $flow_dopri5))
 (export "prologue" (func $prologue))
 (func $evaluate_prologue
 )
 (func $native_atan2_f64x2 (param $0 v128) (param $1 v128) (result v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 v128)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 v128)
  (local $63 v128)
  (local $64 v128)
  (local $65 v128)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 v128)
  (local $72 v128)
  (local $73 v128)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 v128)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 v128)
  (local $86 v128)
  (local $87 v128)
  (local $88 v128)
  (local $89 v128)
  (local $90 v128)
  (local $91 v128)
  (local $92 v128)
  (local $93 v128)
  (local $94 v128)
  (local $95 v128)
  (local.set $2
   (v128.or
    (v128.and
     (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
     (v128.const i32x4 0xffffffff 0x7fffffff 0xffffffff 0x7fffffff)
    )
    (v128.and
     (local.get $1)
     (v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000)
    )
   )
  )
  (local.set $3
   (f64x2.lt
    (local.get $2)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $4
   (f64x2.div
    (local.get $0)
    (local.get $1)
   )
  )
  (local.set $5
   (f64x2.abs
    (local.get $4)
   )
  )
  (local.set $6
   (f64x2.abs
    (local.get $5)
   )
  )
  (local.set $7
   (f64x2.lt
    (local.get $6)
    (v128.const i32x4 0x00000000 0x3fdc0000 0x00000000 0x3fdc0000)
   )
  )
  (local.set $8
   (f64x2.lt
    (local.get $6)
    (v128.const i32x4 0x00000000 0x3fe60000 0x00000000 0x3fe60000)
   )
  )
  (local.set $9
   (f64x2.lt
    (local.get $6)
    (v128.const i32x4 0x00000000 0x3ff30000 0x00000000 0x3ff30000)
   )
  )
  (local.set $10
   (f64x2.lt
    (local.get $6)
    (v128.const i32x4 0x00000000 0x40038000 0x00000000 0x40038000)
   )
  )
  (local.set $11
   (f64x2.add
    (local.get $6)
    (local.get $6)
   )
  )
  (local.set $12
   (f64x2.sub
    (local.get $11)
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
   )
  )
  (local.set $13
   (f64x2.sub
    (local.get $6)
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
   )
  )
  (local.set $14
   (f64x2.sub
    (local.get $6)
    (v128.const i32x4 0x00000000 0x3ff80000 0x00000000 0x3ff80000)
   )
  )
  (local.set $15
   (v128.bitselect
    (local.get $14)
    (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
    (local.get $10)
   )
  )
  (local.set $16
   (v128.bitselect
    (local.get $13)
    (local.get $15)
    (local.get $9)
   )
  )
  (local.set $17
   (v128.bitselect
    (local.get $12)
    (local.get $16)
    (local.get $8)
   )
  )
  (local.set $18
   (v128.bitselect
    (local.get $5)
    (local.get $17)
    (local.get $7)
   )
  )
  (local.set $19
   (f64x2.add
    (v128.const i32x4 0x00000000 0x40000000 0x00000000 0x40000000)
    (local.get $6)
   )
  )
  (local.set $20
   (f64x2.add
    (local.get $6)
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
   )
  )
  (local.set $21
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x3ff80000 0x00000000 0x3ff80000)
    (local.get $6)
   )
  )
  (local.set $22
   (f64x2.add
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
    (local.get $21)
   )
  )
  (local.set $23
   (v128.bitselect
    (local.get $22)
    (local.get $6)
    (local.get $10)
   )
  )
  (local.set $24
   (v128.bitselect
    (local.get $20)
    (local.get $23)
    (local.get $9)
   )
  )
  (local.set $25
   (v128.bitselect
    (local.get $19)
    (local.get $24)
    (local.get $8)
   )
  )
  (local.set $26
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
    (local.get $25)
    (local.get $7)
   )
  )
  (local.set $27
   (f64x2.div
    (local.get $18)
    (local.get $26)
   )
  )
  (local.set $28
   (f64x2.mul
    (local.get $27)
    (local.get $27)
   )
  )
  (local.set $29
   (f64x2.mul
    (local.get $28)
    (local.get $28)
   )
  )
  (local.set $30
   (f64x2.mul
    (local.get $29)
    (v128.const i32x4 0xe322da11 0x3f90ad3a 0xe322da11 0x3f90ad3a)
   )
  )
  (local.set $31
   (f64x2.add
    (v128.const i32x4 0x24760deb 0x3fa97b4b 0x24760deb 0x3fa97b4b)
    (local.get $30)
   )
  )
  (local.set $32
   (f64x2.mul
    (local.get $29)
    (local.get $31)
   )
  )
  (local.set $33
   (f64x2.add
    (v128.const i32x4 0xa0d03d51 0x3fb10d66 0xa0d03d51 0x3fb10d66)
    (local.get $32)
   )
  )
  (local.set $34
   (f64x2.mul
    (local.get $29)
    (local.get $33)
   )
  )
  (local.set $35
   (f64x2.add
    (v128.const i32x4 0xc54c206e 0x3fb745cd 0xc54c206e 0x3fb745cd)
    (local.get $34)
   )
  )
  (local.set $36
   (f64x2.mul
    (local.get $29)
    (local.get $35)
   )
  )
  (local.set $37
   (f64x2.add
    (v128.const i32x4 0x920083ff 0x3fc24924 0x920083ff 0x3fc24924)
    (local.get $36)
   )
  )
  (local.set $38
   (f64x2.mul
    (local.get $29)
    (local.get $37)
   )
  )
  (local.set $39
   (f64x2.add
    (v128.const i32x4 0x5555550d 0x3fd55555 0x5555550d 0x3fd55555)
    (local.get $38)
   )
  )
  (local.set $40
   (f64x2.mul
    (local.get $28)
    (local.get $39)
   )
  )
  (local.set $41
   (f64x2.mul
    (local.get $29)
    (v128.const i32x4 0x2c6a6c2f 0xbfa2b444 0x2c6a6c2f 0xbfa2b444)
   )
  )
  (local.set $42
   (f64x2.add
    (v128.const i32x4 0x52defd9a 0xbfadde2d 0x52defd9a 0xbfadde2d)
    (local.get $41)
   )
  )
  (local.set $43
   (f64x2.mul
    (local.get $29)
    (local.get $42)
   )
  )
  (local.set $44
   (f64x2.add
    (v128.const i32x4 0xaf749a6d 0xbfb3b0f2 0xaf749a6d 0xbfb3b0f2)
    (local.get $43)
   )
  )
  (local.set $45
   (f64x2.mul
    (local.get $29)
    (local.get $44)
   )
  )
  (local.set $46
   (f64x2.add
    (v128.const i32x4 0xfe231671 0xbfbc71c6 0xfe231671 0xbfbc71c6)
    (local.get $45)
   )
  )
  (local.set $47
   (f64x2.mul
    (local.get $29)
    (local.get $46)
   )
  )
  (local.set $48
   (f64x2.add
    (v128.const i32x4 0x9998ebc4 0xbfc99999 0x9998ebc4 0xbfc99999)
    (local.get $47)
   )
  )
  (local.set $49
   (f64x2.mul
    (local.get $29)
    (local.get $48)
   )
  )
  (local.set $50
   (f64x2.add
    (local.get $40)
    (local.get $49)
   )
  )
  (local.set $51
   (f64x2.mul
    (local.get $27)
    (local.get $50)
   )
  )
  (local.set $52
   (f64x2.sub
    (local.get $27)
    (local.get $51)
   )
  )
  (local.set $53
   (v128.bitselect
    (v128.const i32x4 0xd281f69b 0x3fef730b 0xd281f69b 0x3fef730b)
    (v128.const i32x4 0x54442d18 0x3ff921fb 0x54442d18 0x3ff921fb)
    (local.get $10)
   )
  )
  (local.set $54
   (v128.bitselect
    (v128.const i32x4 0x54442d18 0x3fe921fb 0x54442d18 0x3fe921fb)
    (local.get $53)
    (local.get $9)
   )
  )
  (local.set $55
   (v128.bitselect
    (v128.const i32x4 0x0561bb4f 0x3fddac67 0x0561bb4f 0x3fddac67)
    (local.get $54)
    (local.get $8)
   )
  )
  (local.set $56
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    (local.get $55)
    (local.get $7)
   )
  )
  (local.set $57
   (v128.bitselect
    (v128.const i32x4 0x7af0cbbd 0x3c700788 0x7af0cbbd 0x3c700788)
    (v128.const i32x4 0x33145c07 0x3c91a626 0x33145c07 0x3c91a626)
    (local.get $10)
   )
  )
  (local.set $58
   (v128.bitselect
    (v128.const i32x4 0x33145c07 0x3c81a626 0x33145c07 0x3c81a626)
    (local.get $57)
    (local.get $9)
   )
  )
  (local.set $59
   (v128.bitselect
    (v128.const i32x4 0x222f65e2 0x3c7a2b7f 0x222f65e2 0x3c7a2b7f)
    (local.get $58)
    (local.get $8)
   )
  )
  (local.set $60
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    (local.get $59)
    (local.get $7)
   )
  )
  (local.set $61
   (f64x2.add
    (local.get $40)
    (local.get $49)
   )
  )
  (local.set $62
   (f64x2.mul
    (local.get $27)
    (local.get $61)
   )
  )
  (local.set $63
   (f64x2.sub
    (local.get $62)
    (local.get $60)
   )
  )
  (local.set $64
   (f64x2.sub
    (local.get $63)
    (local.get $27)
   )
  )
  (local.set $65
   (f64x2.sub
    (local.get $56)
    (local.get $64)
   )
  )
  (local.set $66
   (v128.or
    (v128.and
     (local.get $65)
     (v128.const i32x4 0xffffffff 0x7fffffff 0xffffffff 0x7fffffff)
    )
    (v128.and
     (local.get $5)
     (v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000)
    )
   )
  )
  (local.set $67
   (f64x2.lt
    (local.get $6)
    (v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000)
   )
  )
  (local.set $68
   (v128.bitselect
    (local.get $52)
    (local.get $66)
    (local.get $7)
   )
  )
  (local.set $69
   (v128.bitselect
    (local.get $5)
    (local.get $68)
    (local.get $67)
   )
  )
  (local.set $70
   (f64x2.sub
    (local.get $69)
    (v128.const i32x4 0x33145c07 0x3ca1a626 0x33145c07 0x3ca1a626)
   )
  )
  (local.set $71
   (f64x2.sub
    (v128.const i32x4 0x54442d18 0x400921fb 0x54442d18 0x400921fb)
    (local.get $70)
   )
  )
  (local.set $72
   (v128.bitselect
    (local.get $71)
    (local.get $69)
    (local.get $3)
   )
  )
  (local.set $73
   (v128.or
    (v128.and
     (local.get $72)
     (v128.const i32x4 0xffffffff 0x7fffffff 0xffffffff 0x7fffffff)
    )
    (v128.and
     (local.get $0)
     (v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000)
    )
   )
  )
  (local.set $74
   (f64x2.abs
    (local.get $1)
   )
  )
  (local.set $75
   (f64x2.eq
    (local.get $74)
    (v128.const i32x4 0x00000000 0x7ff00000 0x00000000 0x7ff00000)
   )
  )
  (local.set $76
   (f64x2.abs
    (local.get $0)
   )
  )
  (local.set $77
   (f64x2.eq
    (local.get $76)
    (v128.const i32x4 0x00000000 0x7ff00000 0x00000000 0x7ff00000)
   )
  )
  (local.set $78
   (v128.bitselect
    (v128.const i32x4 0x7f3321d2 0x4002d97c 0x7f3321d2 0x4002d97c)
    (v128.const i32x4 0x54442d18 0x3fe921fb 0x54442d18 0x3fe921fb)
    (local.get $3)
   )
  )
  (local.set $79
   (v128.or
    (v128.and
     (local.get $78)
     (v128.const i32x4 0xffffffff 0x7fffffff 0xffffffff 0x7fffffff)
    )
    (v128.and
     (local.get $0)
     (v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000)
    )
   )
  )
  (local.set $80
   (v128.bitselect
    (v128.const i32x4 0x54442d18 0x400921fb 0x54442d18 0x400921fb)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    (local.get $3)
   )
  )
  (local.set $81
   (v128.or
    (v128.and
     (local.get $80)
     (v128.const i32x4 0xffffffff 0x7fffffff 0xffffffff 0x7fffffff)
    )
    (v128.and
     (local.get $0)
     (v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000)
    )
   )
  )
  (local.set $82
   (v128.or
    (v128.and
     (v128.const i32x4 0x54442d18 0x3ff921fb 0x54442d18 0x3ff921fb)
     (v128.const i32x4 0xffffffff 0x7fffffff 0xffffffff 0x7fffffff)
    )
    (v128.and
     (local.get $0)
     (v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000)
    )
   )
  )
  (local.set $83
   (v128.or
    (v128.and
     (v128.const i32x4 0x54442d18 0x400921fb 0x54442d18 0x400921fb)
     (v128.const i32x4 0xffffffff 0x7fffffff 0xffffffff 0x7fffffff)
    )
    (v128.and
     (local.get $0)
     (v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000)
    )
   )
  )
  (local.set $84
   (v128.bitselect
    (local.get $83)
    (local.get $0)
    (local.get $3)
   )
  )
  (local.set $85
   (f64x2.eq
    (local.get $0)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $86
   (v128.bitselect
    (local.get $79)
    (local.get $81)
    (local.get $77)
   )
  )
  (local.set $87
   (f64x2.eq
    (local.get $1)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $88
   (v128.or
    (local.get $77)
    (local.get $87)
   )
  )
  (local.set $89
   (v128.bitselect
    (local.get $82)
    (local.get $73)
    (local.get $88)
   )
  )
  (local.set $90
   (v128.bitselect
    (local.get $86)
    (local.get $89)
    (local.get $75)
   )
  )
  (local.set $91
   (v128.bitselect
    (local.get $84)
    (local.get $90)
    (local.get $85)
   )
  )
  (local.set $92
   (f64x2.ne
    (local.get $1)
    (local.get $1)
   )
  )
  (local.set $93
   (f64x2.ne
    (local.get $0)
    (local.get $0)
   )
  )
  (local.set $94
   (v128.or
    (local.get $92)
    (local.get $93)
   )
  )
  (local.set $95
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000)
    (local.get $91)
    (local.get $94)
   )
  )
  (local.get $95)
 )
 (func $evaluate (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (loop $points
   (block $done
    (br_if $done
     (i32.ge_u
      (local.get $4)
      (local.get $3)
     )
    )
    (local.set $5
     (i32.sub
      (local.get $3)
      (local.get $4)
     )
    )
    (if
     (i32.lt_u
      (local.get $5)
      (i32.const 2)
     )
     (then
      (memory.fill
       (i32.const 16)
       (i32.const 0)
       (i32.const 48)
      )
      (memory.copy
       (i32.const 16)
       (i32.add
        (local.get $0)
        (i32.mul
         (local.get $4)
         (i32.const 24)
        )
       )
       (i32.mul
        (local.get $5)
        (i32.const 24)
       )
      )
      (local.set $6
       (i32.const 16)
      )
      (local.set $7
       (i32.const 64)
      )
      (local.set $8
       (i32.const 112)
      )
     )
     (else
      (local.set $6
       (i32.add
        (local.get $0)
        (i32.mul
         (local.get $4)
         (i32.const 24)
        )
       )
      )
      (local.set $7
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $4)
         (i32.const 24)
        )
       )
      )
      (local.set $8
       (i32.add
        (local.get $2)
        (i32.mul
         (local.get $4)
         (i32.const 8)
        )
       )
      )
     )
    )
    (local.set $9
     (v128.load64_lane offset=24 1
      (local.get $6)
      (v128.load64_splat
       (local.get $6)
      )
     )
    )
    (local.set $10
     (v128.load64_lane offset=32 1
      (local.get $6)
      (v128.load64_splat offset=8
       (local.get $6)
      )
     )
    )
    (local.set $11
     (v128.load64_lane offset=40 1
      (local.get $6)
      (v128.load64_splat offset=16
       (local.get $6)
      )
     )
    )
    (local.set $12
     (f64x2.sqrt
      (f64x2.add
       (f64x2.add
        (f64x2.mul
         (local.get $9)
         (local.get $9)
        )
        (f64x2.mul
         (local.get $10)
         (local.get $10)
        )
       )
       (f64x2.mul
        (local.get $11)
        (local.get $11)
       )
      )
     )
    )
    (local.set $13
     (f64x2.lt
      (local.get $12)
      (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
     )
    )
    (local.set $14
     (f64x2.div
      (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
      (local.get $12)
     )
    )
    (local.set $15
     (v128.bitselect
      (f64x2.sub
       (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
       (f64x2.mul
        (local.get $12)
        (local.get $12)
       )
      )
      (local.get $14)
      (local.get $13)
     )
    )
    (local.set $16
     (f64x2.add
      (f64x2.mul
       (local.get $9)
       (local.get $15)
      )
      (f64x2.max
       (local.get $10)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $17
     (f64x2.abs
      (local.get $9)
     )
    )
    (local.set $18
     (f64x2.add
      (f64x2.mul
       (local.get $10)
       (local.get $17)
      )
      (f64x2.max
       (local.get $10)
       (local.get $11)
      )
     )
    )
    (local.set $19
     (f64x2.lt
      (local.get $11)
      (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
     )
    )
    (local.set $20
     (v128.bitselect
      (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
      (local.get $11)
      (local.get $19)
     )
    )
    (local.set $21
     (f64x2.gt
      (local.get $20)
      (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
     )
    )
    (local.set $22
     (call $native_atan2_f64x2
      (local.get $10)
      (local.get $9)
     )
    )
    (local.set $23
     (f64x2.mul
      (v128.bitselect
       (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
       (local.get $20)
       (local.get $21)
      )
      (local.get $22)
     )
    )
    (local.set $24
     (f64x2.mul
      (local.get $9)
      (v128.bitselect
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f64x2.div
        (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
        (local.get $12)
       )
       (f64x2.eq
        (local.get $12)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
    )
    (local.set $25
     (f64x2.add
      (f64x2.mul
       (local.get $22)
       (v128.bitselect
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (v128.bitselect
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
         (local.get $19)
        )
        (local.get $21)
       )
      )
      (f64x2.add
       (v128.bitselect
        (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
        (v128.bitselect
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
         (f64x2.gt
          (local.get $11)
          (local.get $10)
         )
        )
        (f64x2.eq
         (local.get $10)
         (local.get $11)
        )
       )
       (f64x2.add
        (local.get $17)
        (f64x2.add
         (local.get $15)
         (f64x2.mul
          (local.get $9)
          (v128.bitselect
           (f64x2.mul
            (f64x2.mul
             (local.get $12)
             (local.get $24)
            )
            (v128.const i32x4 0x00000000 0xc0100000 0x00000000 0xc0100000)
           )
           (f64x2.div
            (f64x2.mul
             (f64x2.mul
              (local.get $14)
              (local.get $24)
             )
             (v128.const i32x4 0x00000000 0xc0000000 0x00000000 0xc0000000)
            )
            (local.get $12)
           )
           (local.get $13)
          )
         )
        )
       )
      )
     )
    )
    (v128.store64_lane 0
     (local.get $7)
     (local.get $16)
    )
    (v128.store64_lane offset=24 1
     (local.get $7)
     (local.get $16)
    )
    (v128.store64_lane offset=8 0
     (local.get $7)
     (local.get $18)
    )
    (v128.store64_lane offset=32 1
     (local.get $7)
     (local.get $18)
    )
    (v128.store64_lane offset=16 0
     (local.get $7)
     (local.get $23)
    )
    (v128.store64_lane offset=40 1
     (local.get $7)
     (local.get $23)
    )
    (v128.store align=4
     (local.get $8)
     (local.get $25)
    )
    (if
     (i32.lt_u
      (local.get $5)
      (i32.const 2)
     )
     (then
      (memory.copy
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $4)
         (i32.const 24)
        )
       )
       (i32.const 64)
       (i32.mul
        (local.get $5)
        (i32.const 24)
       )
      )
      (memory.copy
       (i32.add
        (local.get $2)
        (i32.mul
         (local.get $4)
         (i32.const 8)
        )
       )
       (i32.const 112)
       (i32.mul
        (local.get $5)
        (i32.const 8)
       )
      )
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 2)
     )
    )
    (br $points)
   )
  )
 )
 (func $divergence_prologue
 )
 (func $divergence (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (loop $points
   (block $done
    (br_if $done
     (i32.ge_u
      (local.get $3)
      (local.get $2)
     )
    )
    (local.set $4
     (i32.sub
      (local.get $2)
      (local.get $3)
     )
    )
    (if
     (i32.lt_u
      (local.get $4)
      (i32.const 2)
     )
     (then
      (memory.fill
       (i32.const 16)
       (i32.const 0)
       (i32.const 48)
      )
      (memory.copy
       (i32.const 16)
       (i32.add
        (local.get $0)
        (i32.mul
         (local.get $3)
         (i32.const 24)
        )
       )
       (i32.mul
        (local.get $4)
        (i32.const 24)
       )
      )
      (local.set $5
       (i32.const 16)
      )
      (local.set $6
       (i32.const 64)
      )
     )
     (else
      (local.set $5
       (i32.add
        (local.get $0)
        (i32.mul
         (local.get $3)
         (i32.const 24)
        )
       )
      )
      (local.set $6
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $3)
         (i32.const 8)
        )
       )
      )
     )
    )
    (local.set $7
     (v128.load64_lane offset=24 1
      (local.get $5)
      (v128.load64_splat
       (local.get $5)
      )
     )
    )
    (local.set $8
     (v128.load64_lane offset=32 1
      (local.get $5)
      (v128.load64_splat offset=8
       (local.get $5)
      )
     )
    )
    (local.set $9
     (v128.load64_lane offset=40 1
      (local.get $5)
      (v128.load64_splat offset=16
       (local.get $5)
      )
     )
    )
    (local.set $10
     (f64x2.sqrt
      (f64x2.add
       (f64x2.add
        (f64x2.mul
         (local.get $7)
         (local.get $7)
        )
        (f64x2.mul
         (local.get $8)
         (local.get $8)
        )
       )
       (f64x2.mul
        (local.get $9)
        (local.get $9)
       )
      )
     )
    )
    (local.set $11
     (f64x2.lt
      (local.get $10)
      (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
     )
    )
    (local.set $12
     (f64x2.div
      (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
      (local.get $10)
     )
    )
    (local.set $13
     (f64x2.lt
      (local.get $9)
      (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
     )
    )
    (local.set $14
     (f64x2.mul
      (local.get $7)
      (v128.bitselect
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f64x2.div
        (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
        (local.get $10)
       )
       (f64x2.eq
        (local.get $10)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
    )
    (local.set $15
     (f64x2.add
      (f64x2.mul
       (call $native_atan2_f64x2
        (local.get $8)
        (local.get $7)
       )
       (v128.bitselect
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (v128.bitselect
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
         (local.get $13)
        )
        (f64x2.gt
         (v128.bitselect
          (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
          (local.get $9)
          (local.get $13)
         )
         (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
        )
       )
      )
      (f64x2.add
       (v128.bitselect
        (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
        (v128.bitselect
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
         (f64x2.gt
          (local.get $9)
          (local.get $8)
         )
        )
        (f64x2.eq
         (local.get $8)
         (local.get $9)
        )
       )
       (f64x2.add
        (f64x2.abs
         (local.get $7)
        )
        (f64x2.add
         (v128.bitselect
          (f64x2.sub
           (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
           (f64x2.mul
            (local.get $10)
            (local.get $10)
           )
          )
          (local.get $12)
          (local.get $11)
         )
         (f64x2.mul
          (local.get $7)
          (v128.bitselect
           (f64x2.mul
            (f64x2.mul
             (local.get $10)
             (local.get $14)
            )
            (v128.const i32x4 0x00000000 0xc0100000 0x00000000 0xc0100000)
           )
           (f64x2.div
            (f64x2.mul
             (f64x2.mul
              (local.get $12)
              (local.get $14)
             )
             (v128.const i32x4 0x00000000 0xc0000000 0x00000000 0xc0000000)
            )
            (local.get $10)
           )
           (local.get $11)
          )
         )
        )
       )
      )
     )
    )
    (v128.store align=4
     (local.get $6)
     (local.get $15)
    )
    (if
     (i32.lt_u
      (local.get $4)
      (i32.const 2)
     )
     (then
      (memory.copy
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $3)
         (i32.const 8)
        )
       )
       (i32.const 64)
       (i32.mul
        (local.get $4)
        (i32.const 8)
       )
      )
     )
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 2)
     )
    )
    (br $points)
   )
  )
 )
 (func $diagonal_prologue
 )
 (func $diagonal (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (loop $points
   (block $done
    (br_if $done
     (i32.ge_u
      (local.get $4)
      (local.get $3)
     )
    )
    (local.set $5
     (i32.sub
      (local.get $3)
      (local.get $4)
     )
    )
    (if
     (i32.lt_u
      (local.get $5)
      (i32.const 2)
     )
     (then
      (memory.fill
       (i32.const 16)
       (i32.const 0)
       (i32.const 48)
      )
      (memory.copy
       (i32.const 16)
       (i32.add
        (local.get $0)
        (i32.mul
         (local.get $4)
         (i32.const 24)
        )
       )
       (i32.mul
        (local.get $5)
        (i32.const 24)
       )
      )
      (local.set $6
       (i32.const 16)
      )
      (local.set $7
       (i32.const 64)
      )
      (local.set $8
       (i32.const 112)
      )
     )
     (else
      (local.set $6
       (i32.add
        (local.get $0)
        (i32.mul
         (local.get $4)
         (i32.const 24)
        )
       )
      )
      (local.set $7
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $4)
         (i32.const 24)
        )
       )
      )
      (local.set $8
       (i32.add
        (local.get $2)
        (i32.mul
         (local.get $4)
         (i32.const 8)
        )
       )
      )
     )
    )
    (local.set $9
     (v128.load64_lane offset=24 1
      (local.get $6)
      (v128.load64_splat
       (local.get $6)
      )
     )
    )
    (local.set $10
     (v128.load64_lane offset=32 1
      (local.get $6)
      (v128.load64_splat offset=8
       (local.get $6)
      )
     )
    )
    (local.set $11
     (v128.load64_lane offset=40 1
      (local.get $6)
      (v128.load64_splat offset=16
       (local.get $6)
      )
     )
    )
    (local.set $12
     (f64x2.sqrt
      (f64x2.add
       (f64x2.add
        (f64x2.mul
         (local.get $9)
         (local.get $9)
        )
        (f64x2.mul
         (local.get $10)
         (local.get $10)
        )
       )
       (f64x2.mul
        (local.get $11)
        (local.get $11)
       )
      )
     )
    )
    (local.set $13
     (f64x2.lt
      (local.get $12)
      (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
     )
    )
    (local.set $14
     (f64x2.div
      (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
      (local.get $12)
     )
    )
    (local.set $15
     (f64x2.lt
      (local.get $11)
      (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
     )
    )
    (local.set $16
     (f64x2.mul
      (local.get $9)
      (v128.bitselect
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f64x2.div
        (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
        (local.get $12)
       )
       (f64x2.eq
        (local.get $12)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
    )
    (local.set $17
     (f64x2.add
      (v128.bitselect
       (f64x2.sub
        (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
        (f64x2.mul
         (local.get $12)
         (local.get $12)
        )
       )
       (local.get $14)
       (local.get $13)
      )
      (f64x2.mul
       (local.get $9)
       (v128.bitselect
        (f64x2.mul
         (f64x2.mul
          (local.get $12)
          (local.get $16)
         )
         (v128.const i32x4 0x00000000 0xc0100000 0x00000000 0xc0100000)
        )
        (f64x2.div
         (f64x2.mul
          (f64x2.mul
           (local.get $14)
           (local.get $16)
          )
          (v128.const i32x4 0x00000000 0xc0000000 0x00000000 0xc0000000)
         )
         (local.get $12)
        )
        (local.get $13)
       )
      )
     )
    )
    (local.set $18
     (f64x2.add
      (f64x2.abs
       (local.get $9)
      )
      (v128.bitselect
       (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
       (v128.bitselect
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
        (f64x2.gt
         (local.get $11)
         (local.get $10)
        )
       )
       (f64x2.eq
        (local.get $10)
        (local.get $11)
       )
      )
     )
    )
    (local.set $19
     (f64x2.mul
      (call $native_atan2_f64x2
       (local.get $10)
       (local.get $9)
      )
      (v128.bitselect
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (v128.bitselect
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
        (local.get $15)
       )
       (f64x2.gt
        (v128.bitselect
         (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
         (local.get $11)
         (local.get $15)
        )
        (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
       )
      )
     )
    )
    (local.set $20
     (f64x2.add
      (local.get $19)
      (f64x2.add
       (local.get $17)
       (local.get $18)
      )
     )
    )
    (v128.store64_lane 0
     (local.get $7)
     (local.get $17)
    )
    (v128.store64_lane offset=24 1
     (local.get $7)
     (local.get $17)
    )
    (v128.store64_lane offset=8 0
     (local.get $7)
     (local.get $18)
    )
    (v128.store64_lane offset=32 1
     (local.get $7)
     (local.get $18)
    )
    (v128.store64_lane offset=16 0
     (local.get $7)
     (local.get $19)
    )
    (v128.store64_lane offset=40 1
     (local.get $7)
     (local.get $19)
    )
    (v128.store align=4
     (local.get $8)
     (local.get $20)
    )
    (if
     (i32.lt_u
      (local.get $5)
      (i32.const 2)
     )
     (then
      (memory.copy
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $4)
         (i32.const 24)
        )
       )
       (i32.const 64)
       (i32.mul
        (local.get $5)
        (i32.const 24)
       )
      )
      (memory.copy
       (i32.add
        (local.get $2)
        (i32.mul
         (local.get $4)
         (i32.const 8)
        )
       )
       (i32.const 112)
       (i32.mul
        (local.get $5)
        (i32.const 8)
       )
      )
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 2)
     )
    )
    (br $points)
   )
  )
 )
 (func $flow_rk4 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 f64) (param $6 f64) (param $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f64)
  (local $14 f64)
  (local.set $14
   (local.get $6)
  )
  (block
   (local.set $8
    (i32.const 0)
   )
   (loop $blocks
    (block $done
     (br_if $done
      (i32.ge_u
       (local.get $8)
       (local.get $3)
      )
     )
     (local.set $9
      (i32.sub
       (local.get $3)
       (local.get $8)
      )
     )
     (if
      (i32.lt_u
       (i32.const 272)
       (local.get $9)
      )
      (then
       (local.set $9
        (i32.const 272)
       )
      )
     )
     (memory.copy
      (i32.add
       (local.get $4)
       (i32.const 0)
      )
      (i32.add
       (local.get $0)
       (i32.mul
        (local.get $8)
        (i32.const 24)
       )
      )
      (i32.mul
       (local.get $9)
       (i32.const 24)
      )
     )
     (memory.copy
      (i32.add
       (local.get $4)
       (i32.const 15232)
      )
      (i32.add
       (local.get $4)
       (i32.const 0)
      )
      (i32.mul
       (local.get $9)
       (i32.const 24)
      )
     )
     (memory.fill
      (i32.add
       (local.get $4)
       (i32.const 30464)
      )
      (i32.const 0)
      (i32.const 2176)
     )
     (block
      (local.set $12
       (i32.const 0)
      )
      (if
       (i32.lt_s
        (i32.const 0)
        (local.get $7)
       )
       (then
        (loop $f14
         (local.set $13
          (f64.add
           (local.get $5)
           (f64.mul
            (f64.convert_i32_s
             (local.get $12)
            )
            (local.get $6)
           )
          )
         )
         (memory.fill
          (i32.add
           (local.get $4)
           (i32.const 21760)
          )
          (i32.const 0)
          (i32.const 8704)
         )
         (block
          (local.set $10
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.and
             (i32.add
              (i32.mul
               (local.get $9)
               (i32.const 24)
              )
              (i32.const 15)
             )
             (i32.const -16)
            )
           )
           (then
            (loop $f0
             (v128.store align=4
              (i32.add
               (i32.add
                (local.get $4)
                (i32.const 0)
               )
               (local.get $10)
              )
              (v128.load offset=15232
               (i32.add
                (i32.add
                 (local.get $4)
                 (i32.const 0)
                )
                (local.get $10)
               )
              )
             )
             (local.set $10
              (i32.add
               (local.get $10)
               (i32.const 16)
              )
             )
             (br_if $f0
              (i32.lt_s
               (local.get $10)
               (i32.and
                (i32.add
                 (i32.mul
                  (local.get $9)
                  (i32.const 24)
                 )
                 (i32.const 15)
                )
                (i32.const -16)
               )
              )
             )
            )
           )
          )
         )
         (call $evaluate
          (i32.add
           (local.get $4)
           (i32.const 0)
          )
          (i32.add
           (local.get $4)
           (i32.const 6528)
          )
          (i32.add
           (local.get $4)
           (i32.const 13056)
          )
          (local.get $9)
         )
         (block
          (local.set $10
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.and
             (i32.add
              (i32.mul
               (local.get $9)
               (i32.const 24)
              )
              (i32.const 15)
             )
             (i32.const -16)
            )
           )
           (then
            (loop $f1
             (v128.store align=4
              (i32.add
               (i32.add
                (local.get $4)
                (i32.const 21760)
               )
               (local.get $10)
              )
              (f64x2.add
               (v128.load offset=21760
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f64x2.mul
                (f64x2.splat
                 (f64.const 1)
                )
                (v128.load offset=6528
                 (i32.add
                  (i32.add
                   (local.get $4)
                   (i32.const 0)
                  )
                  (local.get $10)
                 )
                )
               )
              )
             )
             (local.set $10
              (i32.add
               (local.get $10)
               (i32.const 16)
              )
             )
             (br_if $f1
              (i32.lt_s
               (local.get $10)
               (i32.and
                (i32.add
                 (i32.mul
                  (local.get $9)
                  (i32.const 24)
                 )
                 (i32.const 15)
                )
                (i32.const -16)
               )
              )
             )
            )
           )
          )
         )
         (block
          (local.set $10
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.and
             (i32.add
              (i32.mul
               (local.get $9)
               (i32.const 8)
              )
              (i32.const 15)
             )
             (i32.const -16)
            )
           )
           (then
            (loop $f2
             (v128.store align=4
              (i32.add
               (i32.add
                (local.get $4)
                (i32.const 28288)
               )
               (local.get $10)
              )
              (f64x2.add
               (v128.load offset=28288
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f64x2.mul
                (f64x2.splat
                 (f64.const 1)
                )
                (v128.load offset=13056
                 (i32.add
                  (i32.add
                   (local.get $4)
                   (i32.const 0)
                  )
                  (local.get $10)
                 )
                )
               )
              )
             )
             (local.set $10
              (i32.add
               (local.get $10)
               (i32.const 16)
              )
             )
             (br_if $f2
              (i32.lt_s
               (local.get $10)
               (i32.and
                (i32.add
                 (i32.mul
                  (local.get $9)
                  (i32.const 8)
                 )
                 (i32.const 15)
                )
                (i32.const -16)
               )
              )
             )
            )
           )
          )
         )
         (block
          (local.set $10
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.and
             (i32.add
              (i32.mul
               (local.get $9)
               (i32.const 24)
              )
              (i32.const 15)
             )
             (i32.const -16)
            )
           )
           (then
            (loop $f3
             (v128.store align=4
              (i32.add
               (i32.add
                (local.get $4)
                (i32.const 0)
               )
               (local.get $10)
              )
              (f64x2.add
               (v128.load offset=15232
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f64x2.mul
                (f64x2.splat
                 (f64.mul
                  (f64.const 0.5)
                  (local.get $14)
                 )
                )
                (v128.load offset=6528
                 (i32.add
                  (i32.add
                   (local.get $4)
                   (i32.const 0)
                  )
                  (local.get $10)
                 )
                )
               )
              )
             )
             (local.set $10
              (i32.add
               (local.get $10)
               (i32.const 16)
              )
             )
             (br_if $f3
              (i32.lt_s
               (local.get $10)
               (i32.and
                (i32.add
                 (i32.mul
                  (local.get $9)
                  (i32.const 24)
                 )
                 (i32.const 15)
                )
                (i32.const -16)
               )
              )
             )
            )
           )
          )
         )
         (call $evaluate
          (i32.add
           (local.get $4)
           (i32.const 0)
          )
          (i32.add
           (local.get $4)
           (i32.const 6528)
          )
          (i32.add
           (local.get $4)
           (i32.const 13056)
          )
          (local.get $9)
         )
         (block
          (local.set $10
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.and
             (i32.add
              (i32.mul
               (local.get $9)
               (i32.const 24)
              )
              (i32.const 15)
             )
             (i32.const -16)
            )
           )
           (then
            (loop $f4
             (v128.store align=4
              (i32.add
               (i32.add
                (local.get $4)
                (i32.const 21760)
               )
               (local.get $10)
              )
              (f64x2.add
               (v128.load offset=21760
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f64x2.mul
                (f64x2.splat
                 (f64.const 2)
                )
                (v128.load offset=6528
                 (i32.add
                  (i32.add
                   (local.get $4)
                   (i32.const 0)
                  )
                  (local.get $10)
                 )
                )
               )
              )
             )
             (local.set $10
              (i32.add
               (local.get $10)
               (i32.const 16)
              )
             )
             (br_if $f4
              (i32.lt_s
               (local.get $10)
               (i32.and
                (i32.add
                 (i32.mul
                  (local.get $9)
                  (i32.const 24)
                 )
                 (i32.const 15)
                )
                (i32.const -16)
               )
              )
             )
            )
           )
          )
         )
         (block
          (local.set $10
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.and
             (i32.add
              (i32.mul
               (local.get $9)
               (i32.const 8)
              )
              (i32.const 15)
             )
             (i32.const -16)
            )
           )
           (then
            (loop $f5
             (v128.store align=4
              (i32.add
               (i32.add
                (local.get $4)
                (i32.const 28288)
               )
               (local.get $10)
              )
              (f64x2.add
               (v128.load offset=28288
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f64x2.mul
                (f64x2.splat
                 (f64.const 2)
                )
                (v128.load offset=13056
                 (i32.add
                  (i32.add
                   (local.get $4)
                   (i32.const 0)
                  )
                  (local.get $10)
                 )
                )
               )
              )
             )
             (local.set $10
              (i32.add
               (local.get $10)
               (i32.const 16)
              )
             )
             (br_if $f5
              (i32.lt_s
               (local.get $10)
               (i32.and
                (i32.add
                 (i32.mul
                  (local.get $9)
                  (i32.const 8)
                 )
                 (i32.const 15)
                )
                (i32.const -16)
               )
              )
             )
            )
           )
          )
         )
         (block
          (local.set $10
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.and
             (i32.add
              (i32.mul
               (local.get $9)
               (i32.const 24)
              )
              (i32.const 15)
             )
             (i32.const -16)
            )
           )
           (then
            (loop $f6
             (v128.store align=4
              (i32.add
               (i32.add
                (local.get $4)
                (i32.const 0)
               )
               (local.get $10)
              )
              (f64x2.add
               (v128.load offset=15232
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f64x2.mul
                (f64x2.splat
                 (f64.mul
                  (f64.const 0.5)
                  (local.get $14)
                 )
                )
                (v128.load offset=6528
                 (i32.add
                  (i32.add
                   (local.get $4)
                   (i32.const 0)
                  )
                  (local.get $10)
                 )
                )
               )
              )
             )
             (local.set $10
              (i32.add
               (local.get $10)
               (i32.const 16)
              )
             )
             (br_if $f6
              (i32.lt_s
               (local.get $10)
               (i32.and
                (i32.add
                 (i32.mul
                  (local.get $9)
                  (i32.const 24)
                 )
                 (i32.const 15)
                )
                (i32.const -16)
               )
              )
             )
            )
           )
          )
         )
         (call $evaluate
          (i32.add
           (local.get $4)
           (i32.const 0)
          )
          (i32.add
           (local.get $4)
           (i32.const 6528)
          )
          (i32.add
           (local.get $4)
           (i32.const 13056)
          )
          (local.get $9)
         )
         (block
          (local.set $10
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.and
             (i32.add
              (i32.mul
               (local.get $9)
               (i32.const 24)
              )
              (i32.const 15)
             )
             (i32.const -16)
            )
           )
           (then
            (loop $f7
             (v128.store align=4
              (i32.add
               (i32.add
                (local.get $4)
                (i32.const 21760)
               )
               (local.get $10)
              )
              (f64x2.add
               (v128.load offset=21760
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f64x2.mul
                (f64x2.splat
                 (f64.const 2)
                )
                (v128.load offset=6528
                 (i32.add
                  (i32.add
                   (local.get $4)
                   (i32.const 0)
                  )
                  (local.get $10)
                 )
                )
               )
              )
             )
             (local.set $10
              (i32.add
               (local.get $10)
               (i32.const 16)
              )
             )
             (br_if $f7
              (i32.lt_s
               (local.get $10)
               (i32.and
                (i32.add
                 (i32.mul
                  (local.get $9)
                  (i32.const 24)
                 )
                 (i32.const 15)
                )
                (i32.const -16)
               )
              )
             )
            )
           )
          )
         )
         (block
          (local.set $10
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.and
             (i32.add
              (i32.mul
               (local.get $9)
               (i32.const 8)
              )
              (i32.const 15)
             )
             (i32.const -16)
            )
           )
           (then
            (loop $f8
             (v128.store align=4
              (i32.add
               (i32.add
                (local.get $4)
                (i32.const 28288)
               )
               (local.get $10)
              )
              (f64x2.add
               (v128.load offset=28288
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f64x2.mul
                (f64x2.splat
                 (f64.const 2)
                )
                (v128.load offset=13056
                 (i32.add
                  (i32.add
                   (local.get $4)
                   (i32.const 0)
                  )
                  (local.get $10)
                 )
                )
               )
              )
             )
             (local.set $10
              (i32.add
               (local.get $10)
               (i32.const 16)
              )
             )
             (br_if $f8
              (i32.lt_s
               (local.get $10)
               (i32.and
                (i32.add
                 (i32.mul
                  (local.get $9)
                  (i32.const 8)
                 )
                 (i32.const 15)
                )
                (i32.const -16)
               )
              )
             )
            )
           )
          )
         )
         (block
          (local.set $10
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.and
             (i32.add
              (i32.mul
               (local.get $9)
               (i32.const 24)
              )
              (i32.const 15)
             )
             (i32.const -16)
            )
           )
           (then
            (loop $f9
             (v128.store align=4
              (i32.add
               (i32.add
                (local.get $4)
                (i32.const 0)
               )
               (local.get $10)
              )
              (f64x2.add
               (v128.load offset=15232
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f64x2.mul
                (f64x2.splat
                 (f64.mul
                  (f64.const 1)
                  (local.get $14)
                 )
                )
                (v128.load offset=6528
                 (i32.add
                  (i32.add
                   (local.get $4)
                   (i32.const 0)
                  )
                  (local.get $10)
                 )
                )
               )
              )
             )
             (local.set $10
              (i32.add
               (local.get $10)
               (i32.const 16)
              )
             )
             (br_if $f9
              (i32.lt_s
               (local.get $10)
               (i32.and
                (i32.add
                 (i32.mul
                  (local.get $9)
                  (i32.const 24)
                 )
                 (i32.const 15)
                )
                (i32.const -16)
               )
              )
             )
            )
           )
          )
         )
         (call $evaluate
          (i32.add
           (local.get $4)
           (i32.const 0)
          )
          (i32.add
           (local.get $4)
           (i32.const 6528)
          )
          (i32.add
           (local.get $4)
           (i32.const 13056)
          )
          (local.get $9)
         )
         (block
          (local.set $10
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.and
             (i32.add
              (i32.mul
               (local.get $9)
               (i32.const 24)
              )
              (i32.const 15)
             )
             (i32.const -16)
            )
           )
           (then
            (loop $f10
             (v128.store align=4
              (i32.add
               (i32.add
                (local.get $4)
                (i32.const 21760)
               )
               (local.get $10)
              )
              (f64x2.add
               (v128.load offset=21760
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f64x2.mul
                (f64x2.splat
                 (f64.const 1)
                )
                (v128.load offset=6528
                 (i32.add
                  (i32.add
                   (local.get $4)
                   (i32.const 0)
                  )
                  (local.get $10)
                 )
                )
               )
              )
             )
             (local.set $10
              (i32.add
               (local.get $10)
               (i32.const 16)
              )
             )
             (br_if $f10
              (i32.lt_s
               (local.get $10)
               (i32.and
                (i32.add
                 (i32.mul
                  (local.get $9)
                  (i32.const 24)
                 )
                 (i32.const 15)
                )
                (i32.const -16)
               )
              )
             )
            )
           )
          )
         )
         (block
          (local.set $10
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.and
             (i32.add
              (i32.mul
               (local.get $9)
               (i32.const 8)
              )
              (i32.const 15)
             )
             (i32.const -16)
            )
           )
           (then
            (loop $f11
             (v128.store align=4
              (i32.add
               (i32.add
                (local.get $4)
                (i32.const 28288)
               )
               (local.get $10)
              )
              (f64x2.add
               (v128.load offset=28288
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f64x2.mul
                (f64x2.splat
                 (f64.const 1)
                )
                (v128.load offset=13056
                 (i32.add
                  (i32.add
                   (local.get $4)
                   (i32.const 0)
                  )
                  (local.get $10)
                 )
                )
               )
              )
             )
             (local.set $10
              (i32.add
               (local.get $10)
               (i32.const 16)
              )
             )
             (br_if $f11
              (i32.lt_s
               (local.get $10)
               (i32.and
                (i32.add
                 (i32.mul
                  (local.get $9)
                  (i32.const 8)
                 )
                 (i32.const 15)
                )
                (i32.const -16)
               )
              )
             )
            )
           )
          )
         )
         (block
          (local.set $10
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.and
             (i32.add
              (i32.mul
               (local.get $9)
               (i32.const 24)
              )
              (i32.const 15)
             )
             (i32.const -16)
            )
           )
           (then
            (loop $f12
             (v128.store align=4
              (i32.add
               (i32.add
                (local.get $4)
                (i32.const 15232)
               )
               (local.get $10)
              )
              (f64x2.add
               (v128.load offset=15232
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f64x2.mul
                (f64x2.splat
                 (f64.mul
                  (local.get $14)
                  (f64.const 0.16666666666666666)
                 )
                )
                (v128.load offset=21760
                 (i32.add
                  (i32.add
                   (local.get $4)
                   (i32.const 0)
                  )
                  (local.get $10)
                 )
                )
               )
              )
             )
             (local.set $10
              (i32.add
               (local.get $10)
               (i32.const 16)
              )
             )
             (br_if $f12
              (i32.lt_s
               (local.get $10)
               (i32.and
                (i32.add
                 (i32.mul
                  (local.get $9)
                  (i32.const 24)
                 )
                 (i32.const 15)
                )
                (i32.const -16)
               )
              )
             )
            )
           )
          )
         )
         (block
          (local.set $10
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.and
             (i32.add
              (i32.mul
               (local.get $9)
               (i32.const 8)
              )
              (i32.const 15)
             )
             (i32.const -16)
            )
           )
           (then
            (loop $f13
             (v128.store align=4
              (i32.add
               (i32.add
                (local.get $4)
                (i32.const 30464)
               )
               (local.get $10)
              )
              (f64x2.add
               (v128.load offset=30464
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f64x2.mul
                (f64x2.splat
                 (f64.mul
                  (local.get $14)
                  (f64.const 0.16666666666666666)
                 )
                )
                (v128.load offset=28288
                 (i32.add
                  (i32.add
                   (local.get $4)
                   (i32.const 0)
                  )
                  (local.get $10)
                 )
                )
               )
              )
             )
             (local.set $10
              (i32.add
               (local.get $10)
               (i32.const 16)
              )
             )
             (br_if $f13
              (i32.lt_s
               (local.get $10)
               (i32.and
                (i32.add
                 (i32.mul
                  (local.get $9)
                  (i32.const 8)
                 )
                 (i32.const 15)
                )
                (i32.const -16)
               )
              )
             )
            )
           )
          )
         )
         (local.set $12
          (i32.add
           (local.get $12)
           (i32.const 1)
          )
         )
         (br_if $f14
          (i32.lt_s
           (local.get $12)
           (local.get $7)
          )
         )
        )
       )
      )
     )
     (memory.copy
      (i32.add
       (local.get $1)
       (i32.mul
        (local.get $8)
        (i32.const 24)
       )
      )
      (i32.add
       (local.get $4)
       (i32.const 15232)
      )
      (i32.mul
       (local.get $9)
       (i32.const 24)
      )
     )
     (memory.copy
      (i32.add
       (local.get $2)
       (i32.mul
        (local.get $8)
        (i32.const 8)
       )
      )
      (i32.add
       (local.get $4)
       (i32.const 30464)
      )
      (i32.mul
       (local.get $9)
       (i32.const 8)
      )
     )
     (local.set $8
      (i32.add
       (local.get $8)
       (i32.const 272)
      )
     )
     (br $blocks)
    )
   )
  )
 )
 (func $flow_dopri5 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 f64) (param $7 f64) (param $8 f64) (param $9 f64) (param $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f64)
  (local $19 f64)
  (local $20 f64)
  (local $21 f64)
  (local $22 f64)
  (local $23 f64)
  (local $24 f64)
  (local $25 f64)
  (local $26 f64)
  (local $27 i32)
  (local $28 i32)
  (local.set $18
   (if (result f64)
    (f64.lt
     (local.get $7)
     (local.get $6)
    )
    (then
     (f64.const -1)
    )
    (else
     (f64.const 1)
    )
   )
  )
  (block
   (local.set $11
    (i32.const 0)
   )
   (loop $blocks
    (block $done
     (br_if $done
      (i32.ge_u
       (local.get $11)
       (local.get $4)
      )
     )
     (local.set $12
      (i32.sub
       (local.get $4)
       (local.get $11)
      )
     )
     (if
      (i32.lt_u
       (i32.const 160)
       (local.get $12)
      )
      (then
       (local.set $12
        (i32.const 160)
       )
      )
     )
     (memory.copy
      (i32.add
       (local.get $5)
       (i32.const 0)
      )
      (i32.add
       (local.get $0)
       (i32.mul
        (local.get $11)
        (i32.const 24)
       )
      )
      (i32.mul
       (local.get $12)
       (i32.const 24)
      )
     )
     (block
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.lt_s
        (i32.const 0)
        (local.get $12)
       )
       (then
        (loop $d7
         (block
          (local.set $14
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.const 3)
           )
           (then
            (loop $d6
             (f64.store
              (i32.add
               (i32.add
                (local.get $5)
                (i32.const 8960)
               )
               (i32.mul
                (i32.add
                 (i32.mul
                  (local.get $13)
                  (i32.const 4)
                 )
                 (local.get $14)
                )
                (i32.const 8)
               )
              )
              (f64.load
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 0)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $13)
                   (i32.const 3)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
              )
             )
             (local.set $14
              (i32.add
               (local.get $14)
               (i32.const 1)
              )
             )
             (br_if $d6
              (i32.lt_s
               (local.get $14)
               (i32.const 3)
              )
             )
            )
           )
          )
         )
         (f64.store
          (i32.add
           (i32.add
            (local.get $5)
            (i32.const 8960)
           )
           (i32.mul
            (i32.add
             (i32.mul
              (local.get $13)
              (i32.const 4)
             )
             (i32.const 3)
            )
            (i32.const 8)
           )
          )
          (f64.const 0)
         )
         (f64.store
          (i32.add
           (i32.add
            (local.get $5)
            (i32.const 55040)
           )
           (i32.mul
            (local.get $13)
            (i32.const 8)
           )
          )
          (local.get $6)
         )
         (f64.store
          (i32.add
           (i32.add
            (local.get $5)
            (i32.const 56320)
           )
           (i32.mul
            (local.get $13)
            (i32.const 8)
           )
          )
          (f64.const 0)
         )
         (f64.store
          (i32.add
           (i32.add
            (local.get $5)
            (i32.const 57600)
           )
           (i32.mul
            (local.get $13)
            (i32.const 8)
           )
          )
          (f64.const 0)
         )
         (f64.store
          (i32.add
           (i32.add
            (local.get $5)
            (i32.const 58880)
           )
           (i32.mul
            (local.get $13)
            (i32.const 8)
           )
          )
          (f64.const 0)
         )
         (f64.store
          (i32.add
           (i32.add
            (local.get $5)
            (i32.const 60160)
           )
           (i32.mul
            (local.get $13)
            (i32.const 8)
           )
          )
          (f64.const 0)
         )
         (f64.store
          (i32.add
           (i32.add
            (local.get $5)
            (i32.const 61440)
           )
           (i32.mul
            (local.get $13)
            (i32.const 8)
           )
          )
          (f64.convert_i32_s
           (local.get $13)
          )
         )
         (local.set $13
          (i32.add
           (local.get $13)
           (i32.const 1)
          )
         )
         (br_if $d7
          (i32.lt_s
           (local.get $13)
           (local.get $12)
          )
         )
        )
       )
      )
     )
     (local.set $27
      (local.get $12)
     )
     (block
      (local.set $28
       (i32.const 0)
      )
      (if
       (i32.lt_s
        (i32.const 0)
        (local.get $27)
       )
       (then
        (loop $d9
         (local.set $13
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.mul
              (local.get $28)
              (i32.const 8)
             )
            )
           )
          )
         )
         (block
          (local.set $14
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.const 3)
           )
           (then
            (loop $d8
             (f64.store
              (i32.add
               (i32.add
                (local.get $5)
                (i32.const 0)
               )
               (i32.mul
                (i32.add
                 (i32.mul
                  (local.get $28)
                  (i32.const 3)
                 )
                 (local.get $14)
                )
                (i32.const 8)
               )
              )
              (f64.load
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 8960)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $13)
                   (i32.const 4)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
              )
             )
             (local.set $14
              (i32.add
               (local.get $14)
               (i32.const 1)
              )
             )
             (br_if $d8
              (i32.lt_s
               (local.get $14)
               (i32.const 3)
              )
             )
            )
           )
          )
         )
         (local.set $28
          (i32.add
           (local.get $28)
           (i32.const 1)
          )
         )
         (br_if $d9
          (i32.lt_s
           (local.get $28)
           (local.get $27)
          )
         )
        )
       )
      )
     )
     (call $evaluate
      (i32.add
       (local.get $5)
       (i32.const 0)
      )
      (i32.add
       (local.get $5)
       (i32.const 3840)
      )
      (i32.add
       (local.get $5)
       (i32.const 7680)
      )
      (local.get $27)
     )
     (block
      (local.set $28
       (i32.const 0)
      )
      (if
       (i32.lt_s
        (i32.const 0)
        (local.get $27)
       )
       (then
        (loop $d11
         (local.set $13
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.mul
              (local.get $28)
              (i32.const 8)
             )
            )
           )
          )
         )
         (block
          (local.set $14
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.const 3)
           )
           (then
            (loop $d10
             (f64.store
              (i32.add
               (i32.add
                (local.get $5)
                (i32.const 19200)
               )
               (i32.mul
                (i32.add
                 (i32.mul
                  (local.get $13)
                  (i32.const 4)
                 )
                 (local.get $14)
                )
                (i32.const 8)
               )
              )
              (f64.load
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 3840)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $28)
                   (i32.const 3)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
              )
             )
             (local.set $14
              (i32.add
               (local.get $14)
               (i32.const 1)
              )
             )
             (br_if $d10
              (i32.lt_s
               (local.get $14)
               (i32.const 3)
              )
             )
            )
           )
          )
         )
         (f64.store
          (i32.add
           (i32.add
            (local.get $5)
            (i32.const 19200)
           )
           (i32.mul
            (i32.add
             (i32.mul
              (local.get $13)
              (i32.const 4)
             )
             (i32.const 3)
            )
            (i32.const 8)
           )
          )
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 7680)
            )
            (i32.mul
             (local.get $28)
             (i32.const 8)
            )
           )
          )
         )
         (local.set $28
          (i32.add
           (local.get $28)
           (i32.const 1)
          )
         )
         (br_if $d11
          (i32.lt_s
           (local.get $28)
           (local.get $27)
          )
         )
        )
       )
      )
     )
     (block
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.lt_s
        (i32.const 0)
        (local.get $12)
       )
       (then
        (loop $d13
         (local.set $19
          (f64.const 0)
         )
         (local.set $22
          (f64.const 0)
         )
         (block
          (local.set $14
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.const 4)
           )
           (then
            (loop $d12
             (local.set $21
              (f64.add
               (local.get $9)
               (f64.mul
                (local.get $8)
                (f64.abs
                 (f64.load
                  (i32.add
                   (i32.add
                    (local.get $5)
                    (i32.const 8960)
                   )
                   (i32.mul
                    (i32.add
                     (i32.mul
                      (local.get $13)
                      (i32.const 4)
                     )
                     (local.get $14)
                    )
                    (i32.const 8)
                   )
                  )
                 )
                )
               )
              )
             )
             (local.set $19
              (f64.add
               (local.get $19)
               (f64.mul
                (select
                 (f64.const 0)
                 (f64.div
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 8960)
                    )
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $13)
                       (i32.const 4)
                      )
                      (local.get $14)
                     )
                     (i32.const 8)
                    )
                   )
                  )
                  (local.get $21)
                 )
                 (f64.eq
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 8960)
                    )
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $13)
                       (i32.const 4)
                      )
                      (local.get $14)
                     )
                     (i32.const 8)
                    )
                   )
                  )
                  (f64.const 0)
                 )
                )
                (select
                 (f64.const 0)
                 (f64.div
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 8960)
                    )
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $13)
                       (i32.const 4)
                      )
                      (local.get $14)
                     )
                     (i32.const 8)
                    )
                   )
                  )
                  (local.get $21)
                 )
                 (f64.eq
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 8960)
                    )
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $13)
                       (i32.const 4)
                      )
                      (local.get $14)
                     )
                     (i32.const 8)
                    )
                   )
                  )
                  (f64.const 0)
                 )
                )
               )
              )
             )
             (local.set $22
              (f64.add
               (local.get $22)
               (f64.mul
                (select
                 (f64.const 0)
                 (f64.div
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 19200)
                    )
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $13)
                       (i32.const 4)
                      )
                      (local.get $14)
                     )
                     (i32.const 8)
                    )
                   )
                  )
                  (local.get $21)
                 )
                 (f64.eq
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 19200)
                    )
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $13)
                       (i32.const 4)
                      )
                      (local.get $14)
                     )
                     (i32.const 8)
                    )
                   )
                  )
                  (f64.const 0)
                 )
                )
                (select
                 (f64.const 0)
                 (f64.div
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 19200)
                    )
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $13)
                       (i32.const 4)
                      )
                      (local.get $14)
                     )
                     (i32.const 8)
                    )
                   )
                  )
                  (local.get $21)
                 )
                 (f64.eq
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 19200)
                    )
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $13)
                       (i32.const 4)
                      )
                      (local.get $14)
                     )
                     (i32.const 8)
                    )
                   )
                  )
                  (f64.const 0)
                 )
                )
               )
              )
             )
             (local.set $14
              (i32.add
               (local.get $14)
               (i32.const 1)
              )
             )
             (br_if $d12
              (i32.lt_s
               (local.get $14)
               (i32.const 4)
              )
             )
            )
           )
          )
         )
         (local.set $19
          (f64.sqrt
           (f64.div
            (local.get $19)
            (f64.const 4)
           )
          )
         )
         (local.set $22
          (f64.sqrt
           (f64.div
            (local.get $22)
            (f64.const 4)
           )
          )
         )
         (local.set $25
          (if (result f64)
           (i32.or
            (i32.or
             (f64.lt
              (local.get $19)
              (f64.const 1e-05)
             )
             (f64.lt
              (local.get $22)
              (f64.const 1e-05)
             )
            )
            (i32.eqz
             (f64.eq
              (f64.sub
               (local.get $22)
               (local.get $22)
              )
              (f64.const 0)
             )
            )
           )
           (then
            (f64.const 1e-06)
           )
           (else
            (f64.div
             (f64.mul
              (f64.const 0.01)
              (local.get $19)
             )
             (local.get $22)
            )
           )
          )
         )
         (f64.store
          (i32.add
           (i32.add
            (local.get $5)
            (i32.const 56320)
           )
           (i32.mul
            (local.get $13)
            (i32.const 8)
           )
          )
          (f64.mul
           (local.get $18)
           (f64.min
            (local.get $25)
            (f64.abs
             (f64.sub
              (local.get $7)
              (local.get $6)
             )
            )
           )
          )
         )
         (local.set $13
          (i32.add
           (local.get $13)
           (i32.const 1)
          )
         )
         (br_if $d13
          (i32.lt_s
           (local.get $13)
           (local.get $12)
          )
         )
        )
       )
      )
     )
     (loop $rounds
      (local.set $16
       (i32.const 0)
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d15
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 4)
            )
            (then
             (loop $d14
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 14080)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $13)
                   (i32.const 4)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.add
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 8960)
                  )
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (local.get $13)
                     (i32.const 4)
                    )
                    (local.get $14)
                   )
                   (i32.const 8)
                  )
                 )
                )
                (f64.mul
                 (f64.load
                  (i32.add
                   (i32.add
                    (local.get $5)
                    (i32.const 56320)
                   )
                   (i32.mul
                    (local.get $13)
                    (i32.const 8)
                   )
                  )
                 )
                 (f64.mul
                  (f64.const 0.2)
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 19200)
                    )
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $13)
                       (i32.const 4)
                      )
                      (local.get $14)
                     )
                     (i32.const 8)
                    )
                   )
                  )
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d14
               (i32.lt_s
                (local.get $14)
                (i32.const 4)
               )
              )
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d15
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d17
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 3)
            )
            (then
             (loop $d16
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 0)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $28)
                   (i32.const 3)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 14080)
                 )
                 (i32.mul
                  (i32.add
                   (i32.mul
                    (local.get $13)
                    (i32.const 4)
                   )
                   (local.get $14)
                  )
                  (i32.const 8)
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d16
               (i32.lt_s
                (local.get $14)
                (i32.const 3)
               )
              )
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d17
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (call $evaluate
       (i32.add
        (local.get $5)
        (i32.const 0)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
       )
       (i32.add
        (local.get $5)
        (i32.const 7680)
       )
       (local.get $27)
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d19
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 3)
            )
            (then
             (loop $d18
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 24320)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $13)
                   (i32.const 4)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 3840)
                 )
                 (i32.mul
                  (i32.add
                   (i32.mul
                    (local.get $28)
                    (i32.const 3)
                   )
                   (local.get $14)
                  )
                  (i32.const 8)
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d18
               (i32.lt_s
                (local.get $14)
                (i32.const 3)
               )
              )
             )
            )
           )
          )
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 24320)
            )
            (i32.mul
             (i32.add
              (i32.mul
               (local.get $13)
               (i32.const 4)
              )
              (i32.const 3)
             )
             (i32.const 8)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 7680)
             )
             (i32.mul
              (local.get $28)
              (i32.const 8)
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d19
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d21
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 4)
            )
            (then
             (loop $d20
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 14080)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $13)
                   (i32.const 4)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.add
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 8960)
                  )
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (local.get $13)
                     (i32.const 4)
                    )
                    (local.get $14)
                   )
                   (i32.const 8)
                  )
                 )
                )
                (f64.mul
                 (f64.load
                  (i32.add
                   (i32.add
                    (local.get $5)
                    (i32.const 56320)
                   )
                   (i32.mul
                    (local.get $13)
                    (i32.const 8)
                   )
                  )
                 )
                 (f64.add
                  (f64.mul
                   (f64.const 0.075)
                   (f64.load
                    (i32.add
                     (i32.add
                      (local.get $5)
                      (i32.const 19200)
                     )
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (local.get $13)
                        (i32.const 4)
                       )
                       (local.get $14)
                      )
                      (i32.const 8)
                     )
                    )
                   )
                  )
                  (f64.mul
                   (f64.const 0.225)
                   (f64.load
                    (i32.add
                     (i32.add
                      (local.get $5)
                      (i32.const 24320)
                     )
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (local.get $13)
                        (i32.const 4)
                       )
                       (local.get $14)
                      )
                      (i32.const 8)
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d20
               (i32.lt_s
                (local.get $14)
                (i32.const 4)
               )
              )
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d21
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d23
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 3)
            )
            (then
             (loop $d22
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 0)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $28)
                   (i32.const 3)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 14080)
                 )
                 (i32.mul
                  (i32.add
                   (i32.mul
                    (local.get $13)
                    (i32.const 4)
                   )
                   (local.get $14)
                  )
                  (i32.const 8)
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d22
               (i32.lt_s
                (local.get $14)
                (i32.const 3)
               )
              )
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d23
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (call $evaluate
       (i32.add
        (local.get $5)
        (i32.const 0)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
       )
       (i32.add
        (local.get $5)
        (i32.const 7680)
       )
       (local.get $27)
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d25
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 3)
            )
            (then
             (loop $d24
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 29440)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $13)
                   (i32.const 4)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 3840)
                 )
                 (i32.mul
                  (i32.add
                   (i32.mul
                    (local.get $28)
                    (i32.const 3)
                   )
                   (local.get $14)
                  )
                  (i32.const 8)
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d24
               (i32.lt_s
                (local.get $14)
                (i32.const 3)
               )
              )
             )
            )
           )
          )
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 29440)
            )
            (i32.mul
             (i32.add
              (i32.mul
               (local.get $13)
               (i32.const 4)
              )
              (i32.const 3)
             )
             (i32.const 8)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 7680)
             )
             (i32.mul
              (local.get $28)
              (i32.const 8)
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d25
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d27
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 4)
            )
            (then
             (loop $d26
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 14080)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $13)
                   (i32.const 4)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.add
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 8960)
                  )
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (local.get $13)
                     (i32.const 4)
                    )
                    (local.get $14)
                   )
                   (i32.const 8)
                  )
                 )
                )
                (f64.mul
                 (f64.load
                  (i32.add
                   (i32.add
                    (local.get $5)
                    (i32.const 56320)
                   )
                   (i32.mul
                    (local.get $13)
                    (i32.const 8)
                   )
                  )
                 )
                 (f64.add
                  (f64.add
                   (f64.mul
                    (f64.const 0.9777777777777777)
                    (f64.load
                     (i32.add
                      (i32.add
                       (local.get $5)
                       (i32.const 19200)
                      )
                      (i32.mul
                       (i32.add
                        (i32.mul
                         (local.get $13)
                         (i32.const 4)
                        )
                        (local.get $14)
                       )
                       (i32.const 8)
                      )
                     )
                    )
                   )
                   (f64.mul
                    (f64.const -3.7333333333333334)
                    (f64.load
                     (i32.add
                      (i32.add
                       (local.get $5)
                       (i32.const 24320)
                      )
                      (i32.mul
                       (i32.add
                        (i32.mul
                         (local.get $13)
                         (i32.const 4)
                        )
                        (local.get $14)
                       )
                       (i32.const 8)
                      )
                     )
                    )
                   )
                  )
                  (f64.mul
                   (f64.const 3.5555555555555554)
                   (f64.load
                    (i32.add
                     (i32.add
                      (local.get $5)
                      (i32.const 29440)
                     )
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (local.get $13)
                        (i32.const 4)
                       )
                       (local.get $14)
                      )
                      (i32.const 8)
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d26
               (i32.lt_s
                (local.get $14)
                (i32.const 4)
               )
              )
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d27
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d29
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 3)
            )
            (then
             (loop $d28
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 0)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $28)
                   (i32.const 3)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 14080)
                 )
                 (i32.mul
                  (i32.add
                   (i32.mul
                    (local.get $13)
                    (i32.const 4)
                   )
                   (local.get $14)
                  )
                  (i32.const 8)
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d28
               (i32.lt_s
                (local.get $14)
                (i32.const 3)
               )
              )
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d29
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (call $evaluate
       (i32.add
        (local.get $5)
        (i32.const 0)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
       )
       (i32.add
        (local.get $5)
        (i32.const 7680)
       )
       (local.get $27)
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d31
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 3)
            )
            (then
             (loop $d30
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 34560)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $13)
                   (i32.const 4)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 3840)
                 )
                 (i32.mul
                  (i32.add
                   (i32.mul
                    (local.get $28)
                    (i32.const 3)
                   )
                   (local.get $14)
                  )
                  (i32.const 8)
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d30
               (i32.lt_s
                (local.get $14)
                (i32.const 3)
               )
              )
             )
            )
           )
          )
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 34560)
            )
            (i32.mul
             (i32.add
              (i32.mul
               (local.get $13)
               (i32.const 4)
              )
              (i32.const 3)
             )
             (i32.const 8)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 7680)
             )
             (i32.mul
              (local.get $28)
              (i32.const 8)
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d31
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d33
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 4)
            )
            (then
             (loop $d32
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 14080)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $13)
                   (i32.const 4)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.add
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 8960)
                  )
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (local.get $13)
                     (i32.const 4)
                    )
                    (local.get $14)
                   )
                   (i32.const 8)
                  )
                 )
                )
                (f64.mul
                 (f64.load
                  (i32.add
                   (i32.add
                    (local.get $5)
                    (i32.const 56320)
                   )
                   (i32.mul
                    (local.get $13)
                    (i32.const 8)
                   )
                  )
                 )
                 (f64.add
                  (f64.add
                   (f64.add
                    (f64.mul
                     (f64.const 2.9525986892242035)
                     (f64.load
                      (i32.add
                       (i32.add
                        (local.get $5)
                        (i32.const 19200)
                       )
                       (i32.mul
                        (i32.add
                         (i32.mul
                          (local.get $13)
                          (i32.const 4)
                         )
                         (local.get $14)
                        )
                        (i32.const 8)
                       )
                      )
                     )
                    )
                    (f64.mul
                     (f64.const -11.595793324188385)
                     (f64.load
                      (i32.add
                       (i32.add
                        (local.get $5)
                        (i32.const 24320)
                       )
                       (i32.mul
                        (i32.add
                         (i32.mul
                          (local.get $13)
                          (i32.const 4)
                         )
                         (local.get $14)
                        )
                        (i32.const 8)
                       )
                      )
                     )
                    )
                   )
                   (f64.mul
                    (f64.const 9.822892851699436)
                    (f64.load
                     (i32.add
                      (i32.add
                       (local.get $5)
                       (i32.const 29440)
                      )
                      (i32.mul
                       (i32.add
                        (i32.mul
                         (local.get $13)
                         (i32.const 4)
                        )
                        (local.get $14)
                       )
                       (i32.const 8)
                      )
                     )
                    )
                   )
                  )
                  (f64.mul
                   (f64.const -0.2908093278463649)
                   (f64.load
                    (i32.add
                     (i32.add
                      (local.get $5)
                      (i32.const 34560)
                     )
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (local.get $13)
                        (i32.const 4)
                       )
                       (local.get $14)
                      )
                      (i32.const 8)
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d32
               (i32.lt_s
                (local.get $14)
                (i32.const 4)
               )
              )
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d33
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d35
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 3)
            )
            (then
             (loop $d34
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 0)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $28)
                   (i32.const 3)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 14080)
                 )
                 (i32.mul
                  (i32.add
                   (i32.mul
                    (local.get $13)
                    (i32.const 4)
                   )
                   (local.get $14)
                  )
                  (i32.const 8)
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d34
               (i32.lt_s
                (local.get $14)
                (i32.const 3)
               )
              )
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d35
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (call $evaluate
       (i32.add
        (local.get $5)
        (i32.const 0)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
       )
       (i32.add
        (local.get $5)
        (i32.const 7680)
       )
       (local.get $27)
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d37
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 3)
            )
            (then
             (loop $d36
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 39680)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $13)
                   (i32.const 4)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 3840)
                 )
                 (i32.mul
                  (i32.add
                   (i32.mul
                    (local.get $28)
                    (i32.const 3)
                   )
                   (local.get $14)
                  )
                  (i32.const 8)
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d36
               (i32.lt_s
                (local.get $14)
                (i32.const 3)
               )
              )
             )
            )
           )
          )
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 39680)
            )
            (i32.mul
             (i32.add
              (i32.mul
               (local.get $13)
               (i32.const 4)
              )
              (i32.const 3)
             )
             (i32.const 8)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 7680)
             )
             (i32.mul
              (local.get $28)
              (i32.const 8)
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d37
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d39
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 4)
            )
            (then
             (loop $d38
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 14080)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $13)
                   (i32.const 4)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.add
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 8960)
                  )
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (local.get $13)
                     (i32.const 4)
                    )
                    (local.get $14)
                   )
                   (i32.const 8)
                  )
                 )
                )
                (f64.mul
                 (f64.load
                  (i32.add
                   (i32.add
                    (local.get $5)
                    (i32.const 56320)
                   )
                   (i32.mul
                    (local.get $13)
                    (i32.const 8)
                   )
                  )
                 )
                 (f64.add
                  (f64.add
                   (f64.add
                    (f64.add
                     (f64.mul
                      (f64.const 2.8462752525252526)
                      (f64.load
                       (i32.add
                        (i32.add
                         (local.get $5)
                         (i32.const 19200)
                        )
                        (i32.mul
                         (i32.add
                          (i32.mul
                           (local.get $13)
                           (i32.const 4)
                          )
                          (local.get $14)
                         )
                         (i32.const 8)
                        )
                       )
                      )
                     )
                     (f64.mul
                      (f64.const -10.757575757575758)
                      (f64.load
                       (i32.add
                        (i32.add
                         (local.get $5)
                         (i32.const 24320)
                        )
                        (i32.mul
                         (i32.add
                          (i32.mul
                           (local.get $13)
                           (i32.const 4)
                          )
                          (local.get $14)
                         )
                         (i32.const 8)
                        )
                       )
                      )
                     )
                    )
                    (f64.mul
                     (f64.const 8.906422717743473)
                     (f64.load
                      (i32.add
                       (i32.add
                        (local.get $5)
                        (i32.const 29440)
                       )
                       (i32.mul
                        (i32.add
                         (i32.mul
                          (local.get $13)
                          (i32.const 4)
                         )
                         (local.get $14)
                        )
                        (i32.const 8)
                       )
                      )
                     )
                    )
                   )
                   (f64.mul
                    (f64.const 0.2784090909090909)
                    (f64.load
                     (i32.add
                      (i32.add
                       (local.get $5)
                       (i32.const 34560)
                      )
                      (i32.mul
                       (i32.add
                        (i32.mul
                         (local.get $13)
                         (i32.const 4)
                        )
                        (local.get $14)
                       )
                       (i32.const 8)
                      )
                     )
                    )
                   )
                  )
                  (f64.mul
                   (f64.const -0.2735313036020583)
                   (f64.load
                    (i32.add
                     (i32.add
                      (local.get $5)
                      (i32.const 39680)
                     )
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (local.get $13)
                        (i32.const 4)
                       )
                       (local.get $14)
                      )
                      (i32.const 8)
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d38
               (i32.lt_s
                (local.get $14)
                (i32.const 4)
               )
              )
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d39
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d41
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 3)
            )
            (then
             (loop $d40
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 0)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $28)
                   (i32.const 3)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 14080)
                 )
                 (i32.mul
                  (i32.add
                   (i32.mul
                    (local.get $13)
                    (i32.const 4)
                   )
                   (local.get $14)
                  )
                  (i32.const 8)
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d40
               (i32.lt_s
                (local.get $14)
                (i32.const 3)
               )
              )
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d41
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (call $evaluate
       (i32.add
        (local.get $5)
        (i32.const 0)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
       )
       (i32.add
        (local.get $5)
        (i32.const 7680)
       )
       (local.get $27)
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d43
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 3)
            )
            (then
             (loop $d42
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 44800)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $13)
                   (i32.const 4)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 3840)
                 )
                 (i32.mul
                  (i32.add
                   (i32.mul
                    (local.get $28)
                    (i32.const 3)
                   )
                   (local.get $14)
                  )
                  (i32.const 8)
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d42
               (i32.lt_s
                (local.get $14)
                (i32.const 3)
               )
              )
             )
            )
           )
          )
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 44800)
            )
            (i32.mul
             (i32.add
              (i32.mul
               (local.get $13)
               (i32.const 4)
              )
              (i32.const 3)
             )
             (i32.const 8)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 7680)
             )
             (i32.mul
              (local.get $28)
              (i32.const 8)
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d43
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d45
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 4)
            )
            (then
             (loop $d44
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 14080)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $13)
                   (i32.const 4)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.add
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 8960)
                  )
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (local.get $13)
                     (i32.const 4)
                    )
                    (local.get $14)
                   )
                   (i32.const 8)
                  )
                 )
                )
                (f64.mul
                 (f64.load
                  (i32.add
                   (i32.add
                    (local.get $5)
                    (i32.const 56320)
                   )
                   (i32.mul
                    (local.get $13)
                    (i32.const 8)
                   )
                  )
                 )
                 (f64.add
                  (f64.add
                   (f64.add
                    (f64.add
                     (f64.mul
                      (f64.const 0.09114583333333333)
                      (f64.load
                       (i32.add
                        (i32.add
                         (local.get $5)
                         (i32.const 19200)
                        )
                        (i32.mul
                         (i32.add
                          (i32.mul
                           (local.get $13)
                           (i32.const 4)
                          )
                          (local.get $14)
                         )
                         (i32.const 8)
                        )
                       )
                      )
                     )
                     (f64.mul
                      (f64.const 0.44923629829290207)
                      (f64.load
                       (i32.add
                        (i32.add
                         (local.get $5)
                         (i32.const 29440)
                        )
                        (i32.mul
                         (i32.add
                          (i32.mul
                           (local.get $13)
                           (i32.const 4)
                          )
                          (local.get $14)
                         )
                         (i32.const 8)
                        )
                       )
                      )
                     )
                    )
                    (f64.mul
                     (f64.const 0.6510416666666666)
                     (f64.load
                      (i32.add
                       (i32.add
                        (local.get $5)
                        (i32.const 34560)
                       )
                       (i32.mul
                        (i32.add
                         (i32.mul
                          (local.get $13)
                          (i32.const 4)
                         )
                         (local.get $14)
                        )
                        (i32.const 8)
                       )
                      )
                     )
                    )
                   )
                   (f64.mul
                    (f64.const -0.322376179245283)
                    (f64.load
                     (i32.add
                      (i32.add
                       (local.get $5)
                       (i32.const 39680)
                      )
                      (i32.mul
                       (i32.add
                        (i32.mul
                         (local.get $13)
                         (i32.const 4)
                        )
                        (local.get $14)
                       )
                       (i32.const 8)
                      )
                     )
                    )
                   )
                  )
                  (f64.mul
                   (f64.const 0.13095238095238096)
                   (f64.load
                    (i32.add
                     (i32.add
                      (local.get $5)
                      (i32.const 44800)
                     )
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (local.get $13)
                        (i32.const 4)
                       )
                       (local.get $14)
                      )
                      (i32.const 8)
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d44
               (i32.lt_s
                (local.get $14)
                (i32.const 4)
               )
              )
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d45
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d47
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 3)
            )
            (then
             (loop $d46
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 0)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $28)
                   (i32.const 3)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 14080)
                 )
                 (i32.mul
                  (i32.add
                   (i32.mul
                    (local.get $13)
                    (i32.const 4)
                   )
                   (local.get $14)
                  )
                  (i32.const 8)
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d46
               (i32.lt_s
                (local.get $14)
                (i32.const 3)
               )
              )
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d47
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (call $evaluate
       (i32.add
        (local.get $5)
        (i32.const 0)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
       )
       (i32.add
        (local.get $5)
        (i32.const 7680)
       )
       (local.get $27)
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d49
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 3)
            )
            (then
             (loop $d48
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 49920)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $13)
                   (i32.const 4)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 3840)
                 )
                 (i32.mul
                  (i32.add
                   (i32.mul
                    (local.get $28)
                    (i32.const 3)
                   )
                   (local.get $14)
                  )
                  (i32.const 8)
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d48
               (i32.lt_s
                (local.get $14)
                (i32.const 3)
               )
              )
             )
            )
           )
          )
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 49920)
            )
            (i32.mul
             (i32.add
              (i32.mul
               (local.get $13)
               (i32.const 4)
              )
              (i32.const 3)
             )
             (i32.const 8)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 7680)
             )
             (i32.mul
              (local.get $28)
              (i32.const 8)
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d49
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (block
       (local.set $28
        (i32.const 0)
       )
       (if
        (i32.lt_s
         (i32.const 0)
         (local.get $27)
        )
        (then
         (loop $d5
          (local.set $13
           (i32.trunc_f64_s
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 61440)
              )
              (i32.mul
               (local.get $28)
               (i32.const 8)
              )
             )
            )
           )
          )
          (local.set $19
           (f64.const 0)
          )
          (local.set $26
           (f64.const 0)
          )
          (block
           (local.set $14
            (i32.const 0)
           )
           (if
            (i32.lt_s
             (i32.const 0)
             (i32.const 4)
            )
            (then
             (loop $d0
              (local.set $21
               (f64.add
                (f64.add
                 (f64.add
                  (f64.add
                   (f64.add
                    (f64.mul
                     (f64.const 1.2326388888888888e-03)
                     (f64.load
                      (i32.add
                       (i32.add
                        (local.get $5)
                        (i32.const 19200)
                       )
                       (i32.mul
                        (i32.add
                         (i32.mul
                          (local.get $13)
                          (i32.const 4)
                         )
                         (local.get $14)
                        )
                        (i32.const 8)
                       )
                      )
                     )
                    )
                    (f64.mul
                     (f64.const -4.2527702905061394e-03)
                     (f64.load
                      (i32.add
                       (i32.add
                        (local.get $5)
                        (i32.const 29440)
                       )
                       (i32.mul
                        (i32.add
                         (i32.mul
                          (local.get $13)
                          (i32.const 4)
                         )
                         (local.get $14)
                        )
                        (i32.const 8)
                       )
                      )
                     )
                    )
                   )
                   (f64.mul
                    (f64.const 0.03697916666666667)
                    (f64.load
                     (i32.add
                      (i32.add
                       (local.get $5)
                       (i32.const 34560)
                      )
                      (i32.mul
                       (i32.add
                        (i32.mul
                         (local.get $13)
                         (i32.const 4)
                        )
                        (local.get $14)
                       )
                       (i32.const 8)
                      )
                     )
                    )
                   )
                  )
                  (f64.mul
                   (f64.const -0.05086379716981132)
                   (f64.load
                    (i32.add
                     (i32.add
                      (local.get $5)
                      (i32.const 39680)
                     )
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (local.get $13)
                        (i32.const 4)
                       )
                       (local.get $14)
                      )
                      (i32.const 8)
                     )
                    )
                   )
                  )
                 )
                 (f64.mul
                  (f64.const 0.0419047619047619)
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 44800)
                    )
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $13)
                       (i32.const 4)
                      )
                      (local.get $14)
                     )
                     (i32.const 8)
                    )
                   )
                  )
                 )
                )
                (f64.mul
                 (f64.const -0.025)
                 (f64.load
                  (i32.add
                   (i32.add
                    (local.get $5)
                    (i32.const 49920)
                   )
                   (i32.mul
                    (i32.add
                     (i32.mul
                      (local.get $13)
                      (i32.const 4)
                     )
                     (local.get $14)
                    )
                    (i32.const 8)
                   )
                  )
                 )
                )
               )
              )
              (local.set $22
               (select
                (f64.const 0)
                (f64.div
                 (f64.mul
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 56320)
                    )
                    (i32.mul
                     (local.get $13)
                     (i32.const 8)
                    )
                   )
                  )
                  (local.get $21)
                 )
                 (f64.add
                  (local.get $9)
                  (f64.mul
                   (local.get $8)
                   (f64.max
                    (f64.abs
                     (f64.load
                      (i32.add
                       (i32.add
                        (local.get $5)
                        (i32.const 8960)
                       )
                       (i32.mul
                        (i32.add
                         (i32.mul
                          (local.get $13)
                          (i32.const 4)
                         )
                         (local.get $14)
                        )
                        (i32.const 8)
                       )
                      )
                     )
                    )
                    (f64.abs
                     (f64.load
                      (i32.add
                       (i32.add
                        (local.get $5)
                        (i32.const 14080)
                       )
                       (i32.mul
                        (i32.add
                         (i32.mul
                          (local.get $13)
                          (i32.const 4)
                         )
                         (local.get $14)
                        )
                        (i32.const 8)
                       )
                      )
                     )
                    )
                   )
                  )
                 )
                )
                (f64.eq
                 (f64.mul
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 56320)
                    )
                    (i32.mul
                     (local.get $13)
                     (i32.const 8)
                    )
                   )
                  )
                  (local.get $21)
                 )
                 (f64.const 0)
                )
               )
              )
              (local.set $19
               (f64.add
                (local.get $19)
                (f64.mul
                 (local.get $22)
                 (local.get $22)
                )
               )
              )
              (local.set $26
               (f64.add
                (local.get $26)
                (f64.sub
                 (f64.load
                  (i32.add
                   (i32.add
                    (local.get $5)
                    (i32.const 14080)
                   )
                   (i32.mul
                    (i32.add
                     (i32.mul
                      (local.get $13)
                      (i32.const 4)
                     )
                     (local.get $14)
                    )
                    (i32.const 8)
                   )
                  )
                 )
                 (f64.load
                  (i32.add
                   (i32.add
                    (local.get $5)
                    (i32.const 14080)
                   )
                   (i32.mul
                    (i32.add
                     (i32.mul
                      (local.get $13)
                      (i32.const 4)
                     )
                     (local.get $14)
                    )
                    (i32.const 8)
                   )
                  )
                 )
                )
               )
              )
              (local.set $14
               (i32.add
                (local.get $14)
                (i32.const 1)
               )
              )
              (br_if $d0
               (i32.lt_s
                (local.get $14)
                (i32.const 4)
               )
              )
             )
            )
           )
          )
          (local.set $19
           (f64.sqrt
            (f64.div
             (local.get $19)
             (f64.const 4)
            )
           )
          )
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 58880)
            )
            (i32.mul
             (local.get $13)
             (i32.const 8)
            )
           )
           (f64.add
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 58880)
              )
              (i32.mul
               (local.get $13)
               (i32.const 8)
              )
             )
            )
            (f64.const 1)
           )
          )
          (local.set $24
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 55040)
             )
             (i32.mul
              (local.get $13)
              (i32.const 8)
             )
            )
           )
          )
          (local.set $25
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 56320)
             )
             (i32.mul
              (local.get $13)
              (i32.const 8)
             )
            )
           )
          )
          (if
           (i32.eqz
            (f64.eq
             (f64.add
              (local.get $26)
              (f64.sub
               (local.get $19)
               (local.get $19)
              )
             )
             (f64.const 0)
            )
           )
           (then
            (if
             (i32.and
              (f64.gt
               (f64.abs
                (local.get $25)
               )
               (f64.mul
                (f64.const 1e-12)
                (f64.max
                 (f64.const 1)
                 (f64.abs
                  (local.get $24)
                 )
                )
               )
              )
              (f64.lt
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 58880)
                 )
                 (i32.mul
                  (local.get $13)
                  (i32.const 8)
                 )
                )
               )
               (f64.convert_i32_s
                (local.get $10)
               )
              )
             )
             (then
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 56320)
                )
                (i32.mul
                 (local.get $13)
                 (i32.const 8)
                )
               )
               (f64.div
                (local.get $25)
                (f64.const 10)
               )
              )
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 61440)
                )
                (i32.mul
                 (local.get $16)
                 (i32.const 8)
                )
               )
               (f64.convert_i32_s
                (local.get $13)
               )
              )
              (local.set $16
               (i32.add
                (local.get $16)
                (i32.const 1)
               )
              )
             )
             (else
              (block
               (local.set $14
                (i32.const 0)
               )
               (if
                (i32.lt_s
                 (i32.const 0)
                 (i32.const 4)
                )
                (then
                 (loop $d1
                  (f64.store
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 8960)
                    )
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $13)
                       (i32.const 4)
                      )
                      (local.get $14)
                     )
                     (i32.const 8)
                    )
                   )
                   (f64.const nan:0x8000000000000)
                  )
                  (local.set $14
                   (i32.add
                    (local.get $14)
                    (i32.const 1)
                   )
                  )
                  (br_if $d1
                   (i32.lt_s
                    (local.get $14)
                    (i32.const 4)
                   )
                  )
                 )
                )
               )
              )
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 60160)
                )
                (i32.mul
                 (local.get $13)
                 (i32.const 8)
                )
               )
               (f64.const 1)
              )
             )
            )
           )
           (else
            (if
             (f64.le
              (local.get $19)
              (f64.const 1)
             )
             (then
              (block
               (local.set $14
                (i32.const 0)
               )
               (if
                (i32.lt_s
                 (i32.const 0)
                 (i32.const 4)
                )
                (then
                 (loop $d2
                  (f64.store
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 8960)
                    )
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $13)
                       (i32.const 4)
                      )
                      (local.get $14)
                     )
                     (i32.const 8)
                    )
                   )
                   (f64.load
                    (i32.add
                     (i32.add
                      (local.get $5)
                      (i32.const 14080)
                     )
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (local.get $13)
                        (i32.const 4)
                       )
                       (local.get $14)
                      )
                      (i32.const 8)
                     )
                    )
                   )
                  )
                  (f64.store
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 19200)
                    )
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $13)
                       (i32.const 4)
                      )
                      (local.get $14)
                     )
                     (i32.const 8)
                    )
                   )
                   (f64.load
                    (i32.add
                     (i32.add
                      (local.get $5)
                      (i32.const 49920)
                     )
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (local.get $13)
                        (i32.const 4)
                       )
                       (local.get $14)
                      )
                      (i32.const 8)
                     )
                    )
                   )
                  )
                  (local.set $14
                   (i32.add
                    (local.get $14)
                    (i32.const 1)
                   )
                  )
                  (br_if $d2
                   (i32.lt_s
                    (local.get $14)
                    (i32.const 4)
                   )
                  )
                 )
                )
               )
              )
              (local.set $24
               (f64.add
                (local.get $24)
                (local.get $25)
               )
              )
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 55040)
                )
                (i32.mul
                 (local.get $13)
                 (i32.const 8)
                )
               )
               (local.get $24)
              )
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 57600)
                )
                (i32.mul
                 (local.get $13)
                 (i32.const 8)
                )
               )
               (f64.add
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 57600)
                  )
                  (i32.mul
                   (local.get $13)
                   (i32.const 8)
                  )
                 )
                )
                (f64.const 1)
               )
              )
             )
            )
            (if
             (f64.le
              (local.get $19)
              (f64.const 5.904899999999999e-06)
             )
             (then
              (local.set $23
               (f64.const 10)
              )
             )
             (else
              (if
               (f64.ge
                (local.get $19)
                (f64.const 1845.28125)
               )
               (then
                (local.set $23
                 (f64.const 0.2)
                )
               )
               (else
                (local.set $20
                 (f64.const 1)
                )
                (local.set $22
                 (local.get $19)
                )
                (block
                 (local.set $17
                  (i32.const 0)
                 )
                 (if
                  (i32.lt_s
                   (i32.const 0)
                   (i32.const 40)
                  )
                  (then
                   (loop $d3
                    (local.set $20
                     (f64.sub
                      (local.get $20)
                      (f64.div
                       (f64.sub
                        (f64.mul
                         (f64.mul
                          (f64.mul
                           (f64.mul
                            (local.get $20)
                            (local.get $20)
                           )
                           (local.get $20)
                          )
                          (local.get $20)
                         )
                         (local.get $20)
                        )
                        (local.get $22)
                       )
                       (f64.mul
                        (f64.const 5)
                        (f64.mul
                         (f64.mul
                          (f64.mul
                           (local.get $20)
                           (local.get $20)
                          )
                          (local.get $20)
                         )
                         (local.get $20)
                        )
                       )
                      )
                     )
                    )
                    (local.set $17
                     (i32.add
                      (local.get $17)
                      (i32.const 1)
                     )
                    )
                    (br_if $d3
                     (i32.lt_s
                      (local.get $17)
                      (i32.const 40)
                     )
                    )
                   )
                  )
                 )
                )
                (local.set $23
                 (f64.div
                  (f64.const 0.9)
                  (local.get $20)
                 )
                )
               )
              )
             )
            )
            (local.set $25
             (f64.mul
              (local.get $25)
              (local.get $23)
             )
            )
            (if
             (f64.ge
              (f64.mul
               (local.get $18)
               (f64.sub
                (local.get $24)
                (local.get $7)
               )
              )
              (f64.const 0)
             )
             (then
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 60160)
                )
                (i32.mul
                 (local.get $13)
                 (i32.const 8)
                )
               )
               (f64.const 1)
              )
             )
             (else
              (if
               (i32.or
                (f64.ge
                 (f64.load
                  (i32.add
                   (i32.add
                    (local.get $5)
                    (i32.const 58880)
                   )
                   (i32.mul
                    (local.get $13)
                    (i32.const 8)
                   )
                  )
                 )
                 (f64.convert_i32_s
                  (local.get $10)
                 )
                )
                (f64.lt
                 (f64.abs
                  (local.get $25)
                 )
                 (f64.mul
                  (f64.const 1e-14)
                  (f64.max
                   (f64.const 1)
                   (f64.abs
                    (local.get $24)
                   )
                  )
                 )
                )
               )
               (then
                (block
                 (local.set $14
                  (i32.const 0)
                 )
                 (if
                  (i32.lt_s
                   (i32.const 0)
                   (i32.const 4)
                  )
                  (then
                   (loop $d4
                    (f64.store
                     (i32.add
                      (i32.add
                       (local.get $5)
                       (i32.const 8960)
                      )
                      (i32.mul
                       (i32.add
                        (i32.mul
                         (local.get $13)
                         (i32.const 4)
                        )
                        (local.get $14)
                       )
                       (i32.const 8)
                      )
                     )
                     (f64.const nan:0x8000000000000)
                    )
                    (local.set $14
                     (i32.add
                      (local.get $14)
                      (i32.const 1)
                     )
                    )
                    (br_if $d4
                     (i32.lt_s
                      (local.get $14)
                      (i32.const 4)
                     )
                    )
                   )
                  )
                 )
                )
                (f64.store
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 60160)
                  )
                  (i32.mul
                   (local.get $13)
                   (i32.const 8)
                  )
                 )
                 (f64.const 1)
                )
               )
               (else
                (if
                 (f64.gt
                  (f64.mul
                   (local.get $18)
                   (f64.sub
                    (f64.add
                     (local.get $24)
                     (local.get $25)
                    )
                    (local.get $7)
                   )
                  )
                  (f64.const 0)
                 )
                 (then
                  (local.set $25
                   (f64.sub
                    (local.get $7)
                    (local.get $24)
                   )
                  )
                 )
                )
                (f64.store
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 56320)
                  )
                  (i32.mul
                   (local.get $13)
                   (i32.const 8)
                  )
                 )
                 (local.get $25)
                )
                (f64.store
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 61440)
                  )
                  (i32.mul
                   (local.get $16)
                   (i32.const 8)
                  )
                 )
                 (f64.convert_i32_s
                  (local.get $13)
                 )
                )
                (local.set $16
                 (i32.add
                  (local.get $16)
                  (i32.const 1)
                 )
                )
               )
              )
             )
            )
           )
          )
          (local.set $28
           (i32.add
            (local.get $28)
            (i32.const 1)
           )
          )
          (br_if $d5
           (i32.lt_s
            (local.get $28)
            (local.get $27)
           )
          )
         )
        )
       )
      )
      (local.set $27
       (local.get $16)
      )
      (br_if $rounds
       (local.get $27)
      )
     )
     (block
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.lt_s
        (i32.const 0)
        (local.get $12)
       )
       (then
        (loop $d51
         (block
          (local.set $14
           (i32.const 0)
          )
          (if
           (i32.lt_s
            (i32.const 0)
            (i32.const 3)
           )
           (then
            (loop $d50
             (f64.store
              (i32.add
               (local.get $1)
               (i32.mul
                (i32.add
                 (i32.mul
                  (i32.add
                   (local.get $11)
                   (local.get $13)
                  )
                  (i32.const 3)
                 )
                 (local.get $14)
                )
                (i32.const 8)
               )
              )
              (f64.load
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 8960)
                )
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $13)
                   (i32.const 4)
                  )
                  (local.get $14)
                 )
                 (i32.const 8)
                )
               )
              )
             )
             (local.set $14
              (i32.add
               (local.get $14)
               (i32.const 1)
              )
             )
             (br_if $d50
              (i32.lt_s
               (local.get $14)
               (i32.const 3)
              )
             )
            )
           )
          )
         )
         (f64.store
          (i32.add
           (local.get $2)
           (i32.mul
            (i32.add
             (local.get $11)
             (local.get $13)
            )
            (i32.const 8)
           )
          )
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 8960)
            )
            (i32.mul
             (i32.add
              (i32.mul
               (local.get $13)
               (i32.const 4)
              )
              (i32.const 3)
             )
             (i32.const 8)
            )
           )
          )
         )
         (f64.store
          (i32.add
           (local.get $3)
           (i32.mul
            (i32.add
             (local.get $11)
             (local.get $13)
            )
            (i32.const 8)
           )
          )
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 57600)
            )
            (i32.mul
             (local.get $13)
             (i32.const 8)
            )
           )
          )
         )
         (local.set $13
          (i32.add
           (local.get $13)
           (i32.const 1)
          )
         )
         (br_if $d51
          (i32.lt_s
           (local.get $13)
           (local.get $12)
          )
         )
        )
       )
      )
     )
     (local.set $11
      (i32.add
       (local.get $11)
       (i32.const 160)
      )
     )
     (br $blocks)
    )
   )
  )
 )
 (func $prologue
  (call $evaluate_prologue)
  (call $divergence_prologue)
  (call $diagonal_prologue)
 )
)
