(module
 (type $0 (func (param v128) (result v128)))
 (type $1 (func (param i32 i32 i32 i32)))
 (type $2 (func (param v128 v128) (result v128)))
 (type $3 (func (param v128) (result v128 v128)))
 (type $4 (func (param i32 i32 i32)))
 (type $5 (func (param i32 i32 i32 i32 i32 f64 f64 i32)))
 (type $6 (func (param i32 i32 i32 i32 i32 i32 f64 f64 f64 f64 i32)))
 (type $7 (func))
 (type $8 (func (result v128 v128)))
 (memory $0 1 65536)
 (export "memory" (memory $0))
 (export "evaluate" (func $evaluate))
 (export "divergence" (func $divergence))
 (export "diagonal" (func $diagonal))
 (export "flow_rk4" (func $flow_rk4))
 (export "flow_dopri5" (func $flow_dopri5))
 (export "prologue" (func $prologue))
 (func $native_exp_f64x2 (param $0 v128) (result v128)
  (local $1 v128)
  (local.set $1
   (f64x2.sub
    (f64x2.add
     (f64x2.mul
      (local.tee $0
       (f64x2.min
        (f64x2.max
         (local.get $0)
         (v128.const i32x4 0x00000000 0xc0875000 0x00000000 0xc0875000)
        )
        (v128.const i32x4 0x00000000 0x40863000 0x00000000 0x40863000)
       )
      )
      (v128.const i32x4 0x652b82fe 0x3ff71547 0x652b82fe 0x3ff71547)
     )
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (f64x2.mul
   (f64x2.mul
    (f64x2.add
     (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
     (f64x2.mul
      (local.tee $0
       (f64x2.sub
        (f64x2.sub
         (local.get $0)
         (f64x2.mul
          (local.get $1)
          (v128.const i32x4 0xfee00000 0x3fe62e42 0xfee00000 0x3fe62e42)
         )
        )
        (f64x2.mul
         (local.get $1)
         (v128.const i32x4 0x35793c76 0x3dea39ef 0x35793c76 0x3dea39ef)
        )
       )
      )
      (f64x2.add
       (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
       (f64x2.mul
        (local.get $0)
        (f64x2.add
         (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
         (f64x2.mul
          (local.get $0)
          (f64x2.add
           (v128.const i32x4 0x55555555 0x3fc55555 0x55555555 0x3fc55555)
           (f64x2.mul
            (local.get $0)
            (f64x2.add
             (v128.const i32x4 0x55555555 0x3fa55555 0x55555555 0x3fa55555)
             (f64x2.mul
              (local.get $0)
              (f64x2.add
               (v128.const i32x4 0x11111111 0x3f811111 0x11111111 0x3f811111)
               (f64x2.mul
                (local.get $0)
                (f64x2.add
                 (v128.const i32x4 0x16c16c17 0x3f56c16c 0x16c16c17 0x3f56c16c)
                 (f64x2.mul
                  (local.get $0)
                  (f64x2.add
                   (v128.const i32x4 0x1a01a01a 0x3f2a01a0 0x1a01a01a 0x3f2a01a0)
                   (f64x2.mul
                    (local.get $0)
                    (f64x2.add
                     (v128.const i32x4 0x1a01a01a 0x3efa01a0 0x1a01a01a 0x3efa01a0)
                     (f64x2.mul
                      (local.get $0)
                      (f64x2.add
                       (v128.const i32x4 0xa556c734 0x3ec71de3 0xa556c734 0x3ec71de3)
                       (f64x2.mul
                        (local.get $0)
                        (f64x2.add
                         (v128.const i32x4 0xb7789f5c 0x3e927e4f 0xb7789f5c 0x3e927e4f)
                         (f64x2.mul
                          (local.get $0)
                          (f64x2.add
                           (v128.const i32x4 0x67f544e4 0x3e5ae645 0x67f544e4 0x3e5ae645)
                           (f64x2.mul
                            (local.get $0)
                            (f64x2.add
                             (v128.const i32x4 0xeff8d898 0x3e21eed8 0xeff8d898 0x3e21eed8)
                             (f64x2.mul
                              (local.get $0)
                              (v128.const i32x4 0x13a86d09 0x3de61246 0x13a86d09 0x3de61246)
                             )
                            )
                           )
                          )
                         )
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
      )
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.tee $1
       (i64x2.shr_s
        (local.tee $0
         (i64x2.sub
          (f64x2.add
           (local.get $1)
           (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
          )
          (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
         )
        )
        (i32.const 1)
       )
      )
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
   (i64x2.shl
    (i64x2.add
     (i64x2.sub
      (local.get $0)
      (local.get $1)
     )
     (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
    )
    (i32.const 52)
   )
  )
 )
 (func $native_sin_large_f64x2 (param $0 v128) (param $1 v128) (result v128)
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
  (local.set $25
   (f64x2.sub
    (f64x2.mul
     (local.tee $3
      (v128.or
       (v128.and
        (local.tee $2
         (f64x2.abs
          (local.get $0)
         )
        )
        (v128.const i32x4 0xffffffff 0x000fffff 0xffffffff 0x000fffff)
       )
       (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
      )
     )
     (v128.const i32x4 0x00000000 0x43300000 0x00000000 0x43300000)
    )
    (f64x2.mul
     (local.tee $31
      (f64x2.floor
       (f64x2.mul
        (local.get $3)
        (v128.const i32x4 0x00000000 0x41900000 0x00000000 0x41900000)
       )
      )
     )
     (v128.const i32x4 0x00000000 0x41900000 0x00000000 0x41900000)
    )
   )
  )
  (local.set $9
   (v128.bitselect
    (v128.const i32x4 0xa0000000 0x4168fd7c 0xa0000000 0x4168fd7c)
    (v128.bitselect
     (v128.const i32x4 0x40000000 0x41616b41 0x40000000 0x41616b41)
     (v128.bitselect
      (v128.const i32x4 0x80000000 0x414cc1a9 0x80000000 0x414cc1a9)
      (v128.bitselect
       (v128.const i32x4 0x00000000 0x413cb129 0x00000000 0x413cb129)
       (v128.bitselect
        (v128.const i32x4 0x60000000 0x41657bd7 0x60000000 0x41657bd7)
        (v128.const i32x4 0x00000000 0x415b9391 0x00000000 0x415b9391)
        (local.tee $2
         (f64x2.eq
          (local.tee $20
           (f64x2.floor
            (f64x2.mul
             (local.tee $18
              (f64x2.max
               (f64x2.floor
                (f64x2.mul
                 (f64x2.sub
                  (local.tee $22
                   (f64x2.sub
                    (f64x2.sub
                     (f64x2.sub
                      (v128.or
                       (i64x2.shr_u
                        (local.get $2)
                        (i32.const 52)
                       )
                       (v128.const i32x4 0x00000000 0x43300000 0x00000000 0x43300000)
                      )
                      (v128.const i32x4 0x00000000 0x43300000 0x00000000 0x43300000)
                     )
                     (v128.const i32x4 0x00000000 0x408ff800 0x00000000 0x408ff800)
                    )
                    (v128.const i32x4 0x00000000 0x404a0000 0x00000000 0x404a0000)
                   )
                  )
                  (v128.const i32x4 0x00000000 0x40000000 0x00000000 0x40000000)
                 )
                 (v128.const i32x4 0x55555555 0x3fa55555 0x55555555 0x3fa55555)
                )
               )
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
             (v128.const i32x4 0x00000000 0x3fc00000 0x00000000 0x3fc00000)
            )
           )
          )
          (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
         )
        )
       )
       (local.tee $3
        (f64x2.eq
         (local.get $20)
         (v128.const i32x4 0x00000000 0x40000000 0x00000000 0x40000000)
        )
       )
      )
      (local.tee $4
       (f64x2.eq
        (local.get $20)
        (v128.const i32x4 0x00000000 0x40080000 0x00000000 0x40080000)
       )
      )
     )
     (local.tee $5
      (f64x2.eq
       (local.get $20)
       (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
      )
     )
    )
    (local.tee $11
     (f64x2.eq
      (local.get $20)
      (v128.const i32x4 0x00000000 0x40140000 0x00000000 0x40140000)
     )
    )
   )
  )
  (local.set $7
   (f64x2.sub
    (local.tee $23
     (f64x2.add
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (local.tee $39
       (f64x2.sub
        (local.tee $23
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $31)
            (local.tee $34
             (v128.bitselect
              (local.tee $14
               (v128.bitselect
                (v128.const i32x4 0x00000000 0x4161aba1 0x00000000 0x4161aba1)
                (v128.bitselect
                 (v128.const i32x4 0x40000000 0x4157fa8b 0x40000000 0x4157fa8b)
                 (v128.bitselect
                  (v128.const i32x4 0x00000000 0x4116603c 0x00000000 0x4116603c)
                  (v128.bitselect
                   (v128.const i32x4 0x40000000 0x4157df90 0x40000000 0x4157df90)
                   (v128.bitselect
                    (v128.const i32x4 0x80000000 0x416a3243 0x80000000 0x416a3243)
                    (v128.const i32x4 0x40000000 0x4150e410 0x40000000 0x4150e410)
                    (local.get $2)
                   )
                   (local.get $3)
                  )
                  (local.get $4)
                 )
                 (local.get $5)
                )
                (local.get $11)
               )
              )
              (v128.bitselect
               (local.tee $16
                (v128.bitselect
                 (v128.const i32x4 0xc0000000 0x4157ec47 0xc0000000 0x4157ec47)
                 (v128.bitselect
                  (v128.const i32x4 0x00000000 0x414fb34f 0x00000000 0x414fb34f)
                  (v128.bitselect
                   (v128.const i32x4 0xc0000000 0x4162fffb 0xc0000000 0x4162fffb)
                   (v128.bitselect
                    (v128.const i32x4 0x00000000 0x415c09ad 0x00000000 0x415c09ad)
                    (v128.bitselect
                     (v128.const i32x4 0x80000000 0x41477504 0x80000000 0x41477504)
                     (v128.const i32x4 0x80000000 0x4162b327 0x80000000 0x4162b327)
                     (local.get $2)
                    )
                    (local.get $3)
                   )
                   (local.get $4)
                  )
                  (local.get $5)
                 )
                 (local.get $11)
                )
               )
               (v128.bitselect
                (local.tee $17
                 (v128.bitselect
                  (v128.const i32x4 0x60000000 0x416d4d7f 0x60000000 0x416d4d7f)
                  (v128.bitselect
                   (v128.const i32x4 0xc0000000 0x4166e9e8 0xc0000000 0x4166e9e8)
                   (v128.bitselect
                    (v128.const i32x4 0x00000000 0x414d8ffc 0x00000000 0x414d8ffc)
                    (v128.bitselect
                     (v128.const i32x4 0x80000000 0x41609d33 0x80000000 0x41609d33)
                     (v128.bitselect
                      (v128.const i32x4 0x20000000 0x416c00c9 0x20000000 0x416c00c9)
                      (v128.const i32x4 0x40000000 0x41681b6c 0x40000000 0x41681b6c)
                      (local.get $2)
                     )
                     (local.get $3)
                    )
                    (local.get $4)
                   )
                   (local.get $5)
                  )
                  (local.get $11)
                 )
                )
                (v128.bitselect
                 (local.tee $19
                  (v128.bitselect
                   (v128.const i32x4 0x40000000 0x41614a52 0x40000000 0x41614a52)
                   (v128.bitselect
                    (v128.const i32x4 0x80000000 0x4143e584 0x80000000 0x4143e584)
                    (v128.bitselect
                     (v128.const i32x4 0x00000000 0x4167bf25 0x00000000 0x4167bf25)
                     (v128.bitselect
                      (v128.const i32x4 0x00000000 0x41475da2 0x00000000 0x41475da2)
                      (v128.bitselect
                       (v128.const i32x4 0x80000000 0x41509374 0x80000000 0x41509374)
                       (v128.const i32x4 0xa0000000 0x416ea69b 0xa0000000 0x416ea69b)
                       (local.get $2)
                      )
                      (local.get $3)
                     )
                     (local.get $4)
                    )
                    (local.get $5)
                   )
                   (local.get $11)
                  )
                 )
                 (v128.bitselect
                  (local.tee $21
                   (v128.bitselect
                    (v128.const i32x4 0x00000000 0x411ce7dc 0x00000000 0x411ce7dc)
                    (v128.bitselect
                     (v128.const i32x4 0x80000000 0x414b3f67 0x80000000 0x414b3f67)
                     (v128.bitselect
                      (v128.const i32x4 0x60000000 0x41608bf1 0x60000000 0x41608bf1)
                      (v128.bitselect
                       (v128.const i32x4 0xa0000000 0x416046be 0xa0000000 0x416046be)
                       (v128.bitselect
                        (v128.const i32x4 0x00000000 0x4142371d 0x00000000 0x4142371d)
                        (v128.const i32x4 0x80000000 0x4143abe8 0x80000000 0x4143abe8)
                        (local.get $2)
                       )
                       (local.get $3)
                      )
                      (local.get $4)
                     )
                     (local.get $5)
                    )
                    (local.get $11)
                   )
                  )
                  (v128.bitselect
                   (local.tee $15
                    (v128.bitselect
                     (v128.const i32x4 0xa0000000 0x416e2f67 0xa0000000 0x416e2f67)
                     (v128.bitselect
                      (v128.const i32x4 0x40000000 0x415b47db 0x40000000 0x415b47db)
                      (v128.bitselect
                       (v128.const i32x4 0x00000000 0x414cfa4e 0x00000000 0x414cfa4e)
                       (v128.bitselect
                        (v128.const i32x4 0x00000000 0x4164e7dd 0x00000000 0x4164e7dd)
                        (v128.bitselect
                         (v128.const i32x4 0xe0000000 0x4168ac36 0xe0000000 0x4168ac36)
                         (v128.const i32x4 0x00000000 0x413529fc 0x00000000 0x413529fc)
                         (local.get $2)
                        )
                        (local.get $3)
                       )
                       (local.get $4)
                      )
                      (local.get $5)
                     )
                     (local.get $11)
                    )
                   )
                   (v128.bitselect
                    (local.get $9)
                    (v128.bitselect
                     (v128.const i32x4 0x80000000 0x415d49ee 0x80000000 0x415d49ee)
                     (v128.bitselect
                      (v128.const i32x4 0x20000000 0x416de5e2 0x20000000 0x416de5e2)
                      (v128.bitselect
                       (v128.const i32x4 0x00000000 0x414cc8eb 0x00000000 0x414cc8eb)
                       (v128.bitselect
                        (v128.const i32x4 0x60000000 0x416fc3bd 0x60000000 0x416fc3bd)
                        (v128.bitselect
                         (v128.const i32x4 0x60000000 0x416fca2c 0x60000000 0x416fca2c)
                         (v128.const i32x4 0x60000000 0x41645f30 0x60000000 0x41645f30)
                         (local.get $2)
                        )
                        (local.get $3)
                       )
                       (local.get $4)
                      )
                      (local.get $5)
                     )
                     (local.get $11)
                    )
                    (local.tee $20
                     (f64x2.eq
                      (local.tee $24
                       (f64x2.sub
                        (local.get $18)
                        (f64x2.mul
                         (local.get $20)
                         (v128.const i32x4 0x00000000 0x40200000 0x00000000 0x40200000)
                        )
                       )
                      )
                      (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
                     )
                    )
                   )
                   (local.tee $26
                    (f64x2.eq
                     (local.get $24)
                     (v128.const i32x4 0x00000000 0x40000000 0x00000000 0x40000000)
                    )
                   )
                  )
                  (local.tee $32
                   (f64x2.eq
                    (local.get $24)
                    (v128.const i32x4 0x00000000 0x40080000 0x00000000 0x40080000)
                   )
                  )
                 )
                 (local.tee $33
                  (f64x2.eq
                   (local.get $24)
                   (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
                  )
                 )
                )
                (local.tee $35
                 (f64x2.eq
                  (local.get $24)
                  (v128.const i32x4 0x00000000 0x40140000 0x00000000 0x40140000)
                 )
                )
               )
               (local.tee $36
                (f64x2.eq
                 (local.get $24)
                 (v128.const i32x4 0x00000000 0x40180000 0x00000000 0x40180000)
                )
               )
              )
              (local.tee $24
               (f64x2.eq
                (local.get $24)
                (v128.const i32x4 0x00000000 0x401c0000 0x00000000 0x401c0000)
               )
              )
             )
            )
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $7
              (i64x2.shr_s
               (local.tee $23
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.tee $27
                    (f64x2.sub
                     (local.get $22)
                     (f64x2.mul
                      (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
                      (f64x2.add
                       (local.get $18)
                       (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
                      )
                     )
                    )
                   )
                   (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $23)
             (local.get $7)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $23)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $46
   (f64x2.sub
    (local.tee $39
     (f64x2.add
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (local.tee $58
       (f64x2.add
        (f64x2.sub
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         (f64x2.sub
          (local.get $23)
          (local.get $7)
         )
        )
        (f64x2.sub
         (local.get $39)
         (local.get $7)
        )
       )
      )
     )
    )
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $34
   (f64x2.sub
    (local.tee $7
     (f64x2.add
      (local.get $23)
      (local.tee $27
       (f64x2.sub
        (local.tee $7
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $25)
            (local.get $34)
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $34
              (i64x2.shr_s
               (local.tee $7
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.get $27)
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $7)
             (local.get $34)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $7)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $23)
   )
  )
  (local.set $47
   (f64x2.sub
    (local.tee $34
     (f64x2.add
      (local.get $39)
      (local.tee $59
       (f64x2.add
        (f64x2.sub
         (local.get $23)
         (f64x2.sub
          (local.get $7)
          (local.get $34)
         )
        )
        (f64x2.sub
         (local.get $27)
         (local.get $34)
        )
       )
      )
     )
    )
    (local.get $39)
   )
  )
  (local.set $27
   (f64x2.sub
    (local.tee $9
     (f64x2.add
      (local.get $7)
      (local.tee $29
       (f64x2.sub
        (local.tee $9
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $31)
            (local.tee $28
             (v128.bitselect
              (local.tee $23
               (v128.bitselect
                (v128.const i32x4 0x00000000 0x415580cc 0x00000000 0x415580cc)
                (v128.bitselect
                 (v128.const i32x4 0x80000000 0x415d49ee 0x80000000 0x415d49ee)
                 (v128.bitselect
                  (v128.const i32x4 0x20000000 0x416de5e2 0x20000000 0x416de5e2)
                  (v128.bitselect
                   (v128.const i32x4 0x00000000 0x414cc8eb 0x00000000 0x414cc8eb)
                   (v128.bitselect
                    (v128.const i32x4 0x60000000 0x416fc3bd 0x60000000 0x416fc3bd)
                    (v128.const i32x4 0x60000000 0x416fca2c 0x60000000 0x416fca2c)
                    (local.get $2)
                   )
                   (local.get $3)
                  )
                  (local.get $4)
                 )
                 (local.get $5)
                )
                (local.get $11)
               )
              )
              (v128.bitselect
               (local.get $14)
               (v128.bitselect
                (local.get $16)
                (v128.bitselect
                 (local.get $17)
                 (v128.bitselect
                  (local.get $19)
                  (v128.bitselect
                   (local.get $21)
                   (v128.bitselect
                    (local.get $15)
                    (local.get $9)
                    (local.get $20)
                   )
                   (local.get $26)
                  )
                  (local.get $32)
                 )
                 (local.get $33)
                )
                (local.get $35)
               )
               (local.get $36)
              )
              (local.get $24)
             )
            )
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $27
              (i64x2.shr_s
               (local.tee $9
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.tee $38
                    (f64x2.sub
                     (local.get $22)
                     (f64x2.mul
                      (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
                      (f64x2.add
                       (local.get $18)
                       (v128.const i32x4 0x00000000 0x40000000 0x00000000 0x40000000)
                      )
                     )
                    )
                   )
                   (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $9)
             (local.get $27)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $9)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $7)
   )
  )
  (local.set $48
   (f64x2.sub
    (local.tee $27
     (f64x2.add
      (local.get $34)
      (local.tee $60
       (f64x2.add
        (f64x2.sub
         (local.get $7)
         (f64x2.sub
          (local.get $9)
          (local.get $27)
         )
        )
        (f64x2.sub
         (local.get $29)
         (local.get $27)
        )
       )
      )
     )
    )
    (local.get $34)
   )
  )
  (local.set $7
   (f64x2.sub
    (local.tee $28
     (f64x2.add
      (local.get $9)
      (local.tee $38
       (f64x2.sub
        (local.tee $7
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $25)
            (local.get $28)
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $28
              (i64x2.shr_s
               (local.tee $7
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.get $38)
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $7)
             (local.get $28)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $7)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $9)
   )
  )
  (local.set $49
   (f64x2.sub
    (local.tee $38
     (f64x2.add
      (local.get $27)
      (local.tee $61
       (f64x2.add
        (f64x2.sub
         (local.get $9)
         (f64x2.sub
          (local.get $28)
          (local.get $7)
         )
        )
        (f64x2.sub
         (local.get $38)
         (local.get $7)
        )
       )
      )
     )
    )
    (local.get $27)
   )
  )
  (local.set $15
   (f64x2.sub
    (local.tee $9
     (f64x2.add
      (local.get $28)
      (local.tee $30
       (f64x2.sub
        (local.tee $9
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $31)
            (local.tee $29
             (v128.bitselect
              (local.tee $7
               (v128.bitselect
                (v128.const i32x4 0xc0000000 0x4151bf1e 0xc0000000 0x4151bf1e)
                (v128.bitselect
                 (v128.const i32x4 0xa0000000 0x4168fd7c 0xa0000000 0x4168fd7c)
                 (v128.bitselect
                  (v128.const i32x4 0x40000000 0x41616b41 0x40000000 0x41616b41)
                  (v128.bitselect
                   (v128.const i32x4 0x80000000 0x414cc1a9 0x80000000 0x414cc1a9)
                   (v128.bitselect
                    (v128.const i32x4 0x00000000 0x413cb129 0x00000000 0x413cb129)
                    (v128.const i32x4 0x60000000 0x41657bd7 0x60000000 0x41657bd7)
                    (local.get $2)
                   )
                   (local.get $3)
                  )
                  (local.get $4)
                 )
                 (local.get $5)
                )
                (local.get $11)
               )
              )
              (v128.bitselect
               (local.get $23)
               (v128.bitselect
                (local.get $14)
                (v128.bitselect
                 (local.get $16)
                 (v128.bitselect
                  (local.get $17)
                  (v128.bitselect
                   (local.get $19)
                   (v128.bitselect
                    (local.get $21)
                    (local.get $15)
                    (local.get $20)
                   )
                   (local.get $26)
                  )
                  (local.get $32)
                 )
                 (local.get $33)
                )
                (local.get $35)
               )
               (local.get $36)
              )
              (local.get $24)
             )
            )
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $15
              (i64x2.shr_s
               (local.tee $9
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.tee $12
                    (f64x2.sub
                     (local.get $22)
                     (f64x2.mul
                      (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
                      (f64x2.add
                       (local.get $18)
                       (v128.const i32x4 0x00000000 0x40080000 0x00000000 0x40080000)
                      )
                     )
                    )
                   )
                   (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $9)
             (local.get $15)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $9)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $28)
   )
  )
  (local.set $50
   (f64x2.sub
    (local.tee $28
     (f64x2.add
      (local.get $38)
      (local.tee $62
       (f64x2.add
        (f64x2.sub
         (local.get $28)
         (f64x2.sub
          (local.get $9)
          (local.get $15)
         )
        )
        (f64x2.sub
         (local.get $30)
         (local.get $15)
        )
       )
      )
     )
    )
    (local.get $38)
   )
  )
  (local.set $29
   (f64x2.sub
    (local.tee $15
     (f64x2.add
      (local.get $9)
      (local.tee $12
       (f64x2.sub
        (local.tee $15
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $25)
            (local.get $29)
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $29
              (i64x2.shr_s
               (local.tee $15
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.get $12)
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $15)
             (local.get $29)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $15)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $9)
   )
  )
  (local.set $51
   (f64x2.sub
    (local.tee $29
     (f64x2.add
      (local.get $28)
      (local.tee $63
       (f64x2.add
        (f64x2.sub
         (local.get $9)
         (f64x2.sub
          (local.get $15)
          (local.get $29)
         )
        )
        (f64x2.sub
         (local.get $12)
         (local.get $29)
        )
       )
      )
     )
    )
    (local.get $28)
   )
  )
  (local.set $12
   (f64x2.sub
    (local.tee $21
     (f64x2.add
      (local.get $15)
      (local.tee $8
       (f64x2.sub
        (local.tee $21
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $31)
            (local.tee $30
             (v128.bitselect
              (local.tee $9
               (v128.bitselect
                (v128.const i32x4 0x00000000 0x415aeafc 0x00000000 0x415aeafc)
                (v128.bitselect
                 (v128.const i32x4 0xa0000000 0x416e2f67 0xa0000000 0x416e2f67)
                 (v128.bitselect
                  (v128.const i32x4 0x40000000 0x415b47db 0x40000000 0x415b47db)
                  (v128.bitselect
                   (v128.const i32x4 0x00000000 0x414cfa4e 0x00000000 0x414cfa4e)
                   (v128.bitselect
                    (v128.const i32x4 0x00000000 0x4164e7dd 0x00000000 0x4164e7dd)
                    (v128.const i32x4 0xe0000000 0x4168ac36 0xe0000000 0x4168ac36)
                    (local.get $2)
                   )
                   (local.get $3)
                  )
                  (local.get $4)
                 )
                 (local.get $5)
                )
                (local.get $11)
               )
              )
              (v128.bitselect
               (local.get $7)
               (v128.bitselect
                (local.get $23)
                (v128.bitselect
                 (local.get $14)
                 (v128.bitselect
                  (local.get $16)
                  (v128.bitselect
                   (local.get $17)
                   (v128.bitselect
                    (local.get $19)
                    (local.get $21)
                    (local.get $20)
                   )
                   (local.get $26)
                  )
                  (local.get $32)
                 )
                 (local.get $33)
                )
                (local.get $35)
               )
               (local.get $36)
              )
              (local.get $24)
             )
            )
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $12
              (i64x2.shr_s
               (local.tee $21
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.tee $13
                    (f64x2.sub
                     (local.get $22)
                     (f64x2.mul
                      (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
                      (f64x2.add
                       (local.get $18)
                       (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
                      )
                     )
                    )
                   )
                   (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $21)
             (local.get $12)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $21)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $15)
   )
  )
  (local.set $52
   (f64x2.sub
    (local.tee $15
     (f64x2.add
      (local.get $29)
      (local.tee $64
       (f64x2.add
        (f64x2.sub
         (local.get $15)
         (f64x2.sub
          (local.get $21)
          (local.get $12)
         )
        )
        (f64x2.sub
         (local.get $8)
         (local.get $12)
        )
       )
      )
     )
    )
    (local.get $29)
   )
  )
  (local.set $30
   (f64x2.sub
    (local.tee $12
     (f64x2.add
      (local.get $21)
      (local.tee $13
       (f64x2.sub
        (local.tee $12
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $25)
            (local.get $30)
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $30
              (i64x2.shr_s
               (local.tee $12
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.get $13)
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $12)
             (local.get $30)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $12)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $21)
   )
  )
  (local.set $53
   (f64x2.sub
    (local.tee $21
     (f64x2.add
      (local.get $15)
      (local.tee $65
       (f64x2.add
        (f64x2.sub
         (local.get $21)
         (f64x2.sub
          (local.get $12)
          (local.get $30)
         )
        )
        (f64x2.sub
         (local.get $13)
         (local.get $30)
        )
       )
      )
     )
    )
    (local.get $15)
   )
  )
  (local.set $13
   (f64x2.sub
    (local.tee $19
     (f64x2.add
      (local.get $12)
      (local.tee $10
       (f64x2.sub
        (local.tee $19
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $31)
            (local.tee $8
             (v128.bitselect
              (local.tee $30
               (v128.bitselect
                (v128.const i32x4 0x00000000 0x4169f784 0x00000000 0x4169f784)
                (v128.bitselect
                 (v128.const i32x4 0x00000000 0x411ce7dc 0x00000000 0x411ce7dc)
                 (v128.bitselect
                  (v128.const i32x4 0x80000000 0x414b3f67 0x80000000 0x414b3f67)
                  (v128.bitselect
                   (v128.const i32x4 0x60000000 0x41608bf1 0x60000000 0x41608bf1)
                   (v128.bitselect
                    (v128.const i32x4 0xa0000000 0x416046be 0xa0000000 0x416046be)
                    (v128.const i32x4 0x00000000 0x4142371d 0x00000000 0x4142371d)
                    (local.get $2)
                   )
                   (local.get $3)
                  )
                  (local.get $4)
                 )
                 (local.get $5)
                )
                (local.get $11)
               )
              )
              (v128.bitselect
               (local.get $9)
               (v128.bitselect
                (local.get $7)
                (v128.bitselect
                 (local.get $23)
                 (v128.bitselect
                  (local.get $14)
                  (v128.bitselect
                   (local.get $16)
                   (v128.bitselect
                    (local.get $17)
                    (local.get $19)
                    (local.get $20)
                   )
                   (local.get $26)
                  )
                  (local.get $32)
                 )
                 (local.get $33)
                )
                (local.get $35)
               )
               (local.get $36)
              )
              (local.get $24)
             )
            )
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $13
              (i64x2.shr_s
               (local.tee $19
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.tee $6
                    (f64x2.sub
                     (local.get $22)
                     (f64x2.mul
                      (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
                      (f64x2.add
                       (local.get $18)
                       (v128.const i32x4 0x00000000 0x40140000 0x00000000 0x40140000)
                      )
                     )
                    )
                   )
                   (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $19)
             (local.get $13)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $19)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $12)
   )
  )
  (local.set $54
   (f64x2.sub
    (local.tee $12
     (f64x2.add
      (local.get $21)
      (local.tee $66
       (f64x2.add
        (f64x2.sub
         (local.get $12)
         (f64x2.sub
          (local.get $19)
          (local.get $13)
         )
        )
        (f64x2.sub
         (local.get $10)
         (local.get $13)
        )
       )
      )
     )
    )
    (local.get $21)
   )
  )
  (local.set $8
   (f64x2.sub
    (local.tee $13
     (f64x2.add
      (local.get $19)
      (local.tee $6
       (f64x2.sub
        (local.tee $13
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $25)
            (local.get $8)
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $8
              (i64x2.shr_s
               (local.tee $13
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.get $6)
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $13)
             (local.get $8)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $13)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $19)
   )
  )
  (local.set $55
   (f64x2.sub
    (local.tee $19
     (f64x2.add
      (local.get $12)
      (local.tee $67
       (f64x2.add
        (f64x2.sub
         (local.get $19)
         (f64x2.sub
          (local.get $13)
          (local.get $8)
         )
        )
        (f64x2.sub
         (local.get $6)
         (local.get $8)
        )
       )
      )
     )
    )
    (local.get $12)
   )
  )
  (local.set $8
   (f64x2.sub
    (local.tee $17
     (f64x2.add
      (local.get $13)
      (local.tee $42
       (f64x2.sub
        (local.tee $17
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $31)
            (local.tee $6
             (v128.bitselect
              (local.tee $45
               (v128.bitselect
                (v128.const i32x4 0xc0000000 0x41635e86 0xc0000000 0x41635e86)
                (v128.bitselect
                 (v128.const i32x4 0x40000000 0x41614a52 0x40000000 0x41614a52)
                 (v128.bitselect
                  (v128.const i32x4 0x80000000 0x4143e584 0x80000000 0x4143e584)
                  (v128.bitselect
                   (v128.const i32x4 0x00000000 0x4167bf25 0x00000000 0x4167bf25)
                   (v128.bitselect
                    (v128.const i32x4 0x00000000 0x41475da2 0x00000000 0x41475da2)
                    (v128.const i32x4 0x80000000 0x41509374 0x80000000 0x41509374)
                    (local.get $2)
                   )
                   (local.get $3)
                  )
                  (local.get $4)
                 )
                 (local.get $5)
                )
                (local.get $11)
               )
              )
              (v128.bitselect
               (local.get $30)
               (v128.bitselect
                (local.get $9)
                (v128.bitselect
                 (local.get $7)
                 (v128.bitselect
                  (local.get $23)
                  (v128.bitselect
                   (local.get $14)
                   (v128.bitselect
                    (local.get $16)
                    (local.get $17)
                    (local.get $20)
                   )
                   (local.get $26)
                  )
                  (local.get $32)
                 )
                 (local.get $33)
                )
                (local.get $35)
               )
               (local.get $36)
              )
              (local.get $24)
             )
            )
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $8
              (i64x2.shr_s
               (local.tee $17
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.tee $10
                    (f64x2.sub
                     (local.get $22)
                     (f64x2.mul
                      (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
                      (f64x2.add
                       (local.get $18)
                       (v128.const i32x4 0x00000000 0x40180000 0x00000000 0x40180000)
                      )
                     )
                    )
                   )
                   (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $17)
             (local.get $8)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $17)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $13)
   )
  )
  (local.set $42
   (f64x2.sub
    (local.tee $13
     (f64x2.add
      (local.get $19)
      (local.tee $68
       (f64x2.add
        (f64x2.sub
         (local.get $13)
         (f64x2.sub
          (local.get $17)
          (local.get $8)
         )
        )
        (f64x2.sub
         (local.get $42)
         (local.get $8)
        )
       )
      )
     )
    )
    (local.get $19)
   )
  )
  (local.set $6
   (f64x2.sub
    (local.tee $8
     (f64x2.add
      (local.get $17)
      (local.tee $10
       (f64x2.sub
        (local.tee $8
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $25)
            (local.get $6)
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $6
              (i64x2.shr_s
               (local.tee $8
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.get $10)
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $8)
             (local.get $6)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $8)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $17)
   )
  )
  (local.set $56
   (f64x2.sub
    (local.tee $17
     (f64x2.add
      (local.get $13)
      (local.tee $69
       (f64x2.add
        (f64x2.sub
         (local.get $17)
         (f64x2.sub
          (local.get $8)
          (local.get $6)
         )
        )
        (f64x2.sub
         (local.get $10)
         (local.get $6)
        )
       )
      )
     )
    )
    (local.get $13)
   )
  )
  (local.set $6
   (f64x2.sub
    (local.tee $16
     (f64x2.add
      (local.get $8)
      (local.tee $43
       (f64x2.sub
        (local.tee $16
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $31)
            (local.tee $10
             (v128.bitselect
              (local.tee $57
               (v128.bitselect
                (v128.const i32x4 0x00000000 0x413da9e3 0x00000000 0x413da9e3)
                (v128.bitselect
                 (v128.const i32x4 0x60000000 0x416d4d7f 0x60000000 0x416d4d7f)
                 (v128.bitselect
                  (v128.const i32x4 0xc0000000 0x4166e9e8 0xc0000000 0x4166e9e8)
                  (v128.bitselect
                   (v128.const i32x4 0x00000000 0x414d8ffc 0x00000000 0x414d8ffc)
                   (v128.bitselect
                    (v128.const i32x4 0x80000000 0x41609d33 0x80000000 0x41609d33)
                    (v128.const i32x4 0x20000000 0x416c00c9 0x20000000 0x416c00c9)
                    (local.get $2)
                   )
                   (local.get $3)
                  )
                  (local.get $4)
                 )
                 (local.get $5)
                )
                (local.get $11)
               )
              )
              (v128.bitselect
               (local.get $45)
               (v128.bitselect
                (local.get $30)
                (v128.bitselect
                 (local.get $9)
                 (v128.bitselect
                  (local.get $7)
                  (v128.bitselect
                   (local.get $23)
                   (v128.bitselect
                    (local.get $14)
                    (local.get $16)
                    (local.get $20)
                   )
                   (local.get $26)
                  )
                  (local.get $32)
                 )
                 (local.get $33)
                )
                (local.get $35)
               )
               (local.get $36)
              )
              (local.get $24)
             )
            )
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $6
              (i64x2.shr_s
               (local.tee $16
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.tee $40
                    (f64x2.sub
                     (local.get $22)
                     (f64x2.mul
                      (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
                      (f64x2.add
                       (local.get $18)
                       (v128.const i32x4 0x00000000 0x401c0000 0x00000000 0x401c0000)
                      )
                     )
                    )
                   )
                   (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $16)
             (local.get $6)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $16)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $8)
   )
  )
  (local.set $43
   (f64x2.sub
    (local.tee $8
     (f64x2.add
      (local.get $17)
      (local.tee $70
       (f64x2.add
        (f64x2.sub
         (local.get $8)
         (f64x2.sub
          (local.get $16)
          (local.get $6)
         )
        )
        (f64x2.sub
         (local.get $43)
         (local.get $6)
        )
       )
      )
     )
    )
    (local.get $17)
   )
  )
  (local.set $10
   (f64x2.sub
    (local.tee $6
     (f64x2.add
      (local.get $16)
      (local.tee $40
       (f64x2.sub
        (local.tee $6
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $25)
            (local.get $10)
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $10
              (i64x2.shr_s
               (local.tee $6
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.get $40)
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $6)
             (local.get $10)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $6)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $16)
   )
  )
  (local.set $40
   (f64x2.sub
    (local.tee $16
     (f64x2.add
      (local.get $8)
      (local.tee $71
       (f64x2.add
        (f64x2.sub
         (local.get $16)
         (f64x2.sub
          (local.get $6)
          (local.get $10)
         )
        )
        (f64x2.sub
         (local.get $40)
         (local.get $10)
        )
       )
      )
     )
    )
    (local.get $8)
   )
  )
  (local.set $10
   (f64x2.sub
    (local.tee $14
     (f64x2.add
      (local.get $6)
      (local.tee $44
       (f64x2.sub
        (local.tee $14
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $31)
            (local.tee $37
             (v128.bitselect
              (local.tee $72
               (v128.bitselect
                (v128.const i32x4 0xc0000000 0x41622c2b 0xc0000000 0x41622c2b)
                (v128.bitselect
                 (v128.const i32x4 0xc0000000 0x4157ec47 0xc0000000 0x4157ec47)
                 (v128.bitselect
                  (v128.const i32x4 0x00000000 0x414fb34f 0x00000000 0x414fb34f)
                  (v128.bitselect
                   (v128.const i32x4 0xc0000000 0x4162fffb 0xc0000000 0x4162fffb)
                   (v128.bitselect
                    (v128.const i32x4 0x00000000 0x415c09ad 0x00000000 0x415c09ad)
                    (v128.const i32x4 0x80000000 0x41477504 0x80000000 0x41477504)
                    (local.get $2)
                   )
                   (local.get $3)
                  )
                  (local.get $4)
                 )
                 (local.get $5)
                )
                (local.get $11)
               )
              )
              (v128.bitselect
               (local.get $57)
               (v128.bitselect
                (local.get $45)
                (v128.bitselect
                 (local.get $30)
                 (v128.bitselect
                  (local.get $9)
                  (v128.bitselect
                   (local.get $7)
                   (v128.bitselect
                    (local.get $23)
                    (local.get $14)
                    (local.get $20)
                   )
                   (local.get $26)
                  )
                  (local.get $32)
                 )
                 (local.get $33)
                )
                (local.get $35)
               )
               (local.get $36)
              )
              (local.get $24)
             )
            )
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $10
              (i64x2.shr_s
               (local.tee $14
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.tee $41
                    (f64x2.sub
                     (local.get $22)
                     (f64x2.mul
                      (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
                      (f64x2.add
                       (local.get $18)
                       (v128.const i32x4 0x00000000 0x40200000 0x00000000 0x40200000)
                      )
                     )
                    )
                   )
                   (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $14)
             (local.get $10)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $14)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $6)
   )
  )
  (local.set $44
   (f64x2.sub
    (local.tee $6
     (f64x2.add
      (local.get $16)
      (local.tee $73
       (f64x2.add
        (f64x2.sub
         (local.get $6)
         (f64x2.sub
          (local.get $14)
          (local.get $10)
         )
        )
        (f64x2.sub
         (local.get $44)
         (local.get $10)
        )
       )
      )
     )
    )
    (local.get $16)
   )
  )
  (local.set $37
   (f64x2.sub
    (local.tee $10
     (f64x2.add
      (local.get $14)
      (local.tee $41
       (f64x2.sub
        (local.tee $10
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $25)
            (local.get $37)
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $37
              (i64x2.shr_s
               (local.tee $10
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.get $41)
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $10)
             (local.get $37)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $10)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $14)
   )
  )
  (local.set $37
   (f64x2.sub
    (local.tee $14
     (f64x2.add
      (local.get $6)
      (local.tee $41
       (f64x2.add
        (f64x2.sub
         (local.get $14)
         (f64x2.sub
          (local.get $10)
          (local.get $37)
         )
        )
        (f64x2.sub
         (local.get $41)
         (local.get $37)
        )
       )
      )
     )
    )
    (local.get $6)
   )
  )
  (local.set $3
   (f64x2.sub
    (local.tee $2
     (f64x2.add
      (local.get $10)
      (local.tee $11
       (f64x2.sub
        (local.tee $2
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $31)
            (local.tee $4
             (v128.bitselect
              (v128.bitselect
               (v128.const i32x4 0x00000000 0x416cc361 0x00000000 0x416cc361)
               (v128.bitselect
                (v128.const i32x4 0x00000000 0x4161aba1 0x00000000 0x4161aba1)
                (v128.bitselect
                 (v128.const i32x4 0x40000000 0x4157fa8b 0x40000000 0x4157fa8b)
                 (v128.bitselect
                  (v128.const i32x4 0x00000000 0x4116603c 0x00000000 0x4116603c)
                  (v128.bitselect
                   (v128.const i32x4 0x40000000 0x4157df90 0x40000000 0x4157df90)
                   (v128.const i32x4 0x80000000 0x416a3243 0x80000000 0x416a3243)
                   (local.get $2)
                  )
                  (local.get $3)
                 )
                 (local.get $4)
                )
                (local.get $5)
               )
               (local.get $11)
              )
              (v128.bitselect
               (local.get $72)
               (v128.bitselect
                (local.get $57)
                (v128.bitselect
                 (local.get $45)
                 (v128.bitselect
                  (local.get $30)
                  (v128.bitselect
                   (local.get $9)
                   (v128.bitselect
                    (local.get $7)
                    (local.get $23)
                    (local.get $20)
                   )
                   (local.get $26)
                  )
                  (local.get $32)
                 )
                 (local.get $33)
                )
                (local.get $35)
               )
               (local.get $36)
              )
              (local.get $24)
             )
            )
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $3
              (i64x2.shr_s
               (local.tee $2
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.tee $5
                    (f64x2.sub
                     (local.get $22)
                     (f64x2.mul
                      (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
                      (f64x2.add
                       (local.get $18)
                       (v128.const i32x4 0x00000000 0x40220000 0x00000000 0x40220000)
                      )
                     )
                    )
                   )
                   (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $2)
             (local.get $3)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $2)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $10)
   )
  )
  (local.set $11
   (f64x2.sub
    (local.tee $3
     (f64x2.add
      (local.get $14)
      (local.tee $35
       (f64x2.add
        (f64x2.sub
         (local.get $10)
         (f64x2.sub
          (local.get $2)
          (local.get $3)
         )
        )
        (f64x2.sub
         (local.get $11)
         (local.get $3)
        )
       )
      )
     )
    )
    (local.get $14)
   )
  )
  (local.set $5
   (f64x2.sub
    (local.tee $4
     (f64x2.add
      (local.get $2)
      (local.tee $18
       (f64x2.sub
        (local.tee $4
         (f64x2.mul
          (f64x2.mul
           (f64x2.mul
            (local.get $25)
            (local.get $4)
           )
           (i64x2.shl
            (i64x2.add
             (local.tee $5
              (i64x2.shr_s
               (local.tee $4
                (i64x2.sub
                 (f64x2.add
                  (f64x2.add
                   (local.get $5)
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                 )
                 (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
                )
               )
               (i32.const 1)
              )
             )
             (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
            )
            (i32.const 52)
           )
          )
          (i64x2.shl
           (i64x2.add
            (i64x2.sub
             (local.get $4)
             (local.get $5)
            )
            (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
           )
           (i32.const 52)
          )
         )
        )
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
         (f64x2.floor
          (f64x2.mul
           (local.get $4)
           (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
          )
         )
        )
       )
      )
     )
    )
    (local.get $2)
   )
  )
  (local.set $18
   (f64x2.sub
    (local.tee $5
     (f64x2.add
      (local.get $3)
      (local.tee $36
       (f64x2.add
        (f64x2.sub
         (local.get $2)
         (f64x2.sub
          (local.get $4)
          (local.get $5)
         )
        )
        (f64x2.sub
         (local.get $18)
         (local.get $5)
        )
       )
      )
     )
    )
    (local.get $3)
   )
  )
  (local.set $25
   (f64x2.sub
    (local.tee $2
     (f64x2.add
      (local.tee $4
       (f64x2.sub
        (local.get $4)
        (local.tee $31
         (f64x2.sub
          (f64x2.add
           (local.get $4)
           (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
          )
          (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
         )
        )
       )
      )
      (local.get $5)
     )
    )
    (local.get $4)
   )
  )
  (local.set $20
   (f64x2.sub
    (local.get $2)
    (local.tee $22
     (f64x2.sub
      (local.tee $22
       (f64x2.mul
        (local.get $2)
        (v128.const i32x4 0x02000000 0x41a00000 0x02000000 0x41a00000)
       )
      )
      (f64x2.sub
       (local.get $22)
       (local.get $2)
      )
     )
    )
   )
  )
  (local.set $32
   (block (result v128)
    (local.set $26
     (block (result v128)
      (local.set $26
       (v128.const i32x4 0x57686c83 0x41a921fb 0x57686c83 0x41a921fb)
      )
      (v128.const i32x4 0x58000000 0x3ff921fb 0x58000000 0x3ff921fb)
     )
    )
    (v128.const i32x4 0x40000000 0xbe4dde97 0x40000000 0xbe4dde97)
   )
  )
  (local.set $5
   (f64x2.sub
    (local.tee $2
     (f64x2.add
      (f64x2.add
       (f64x2.add
        (f64x2.add
         (f64x2.sub
          (f64x2.mul
           (local.get $22)
           (local.get $26)
          )
          (local.tee $33
           (f64x2.mul
            (local.get $2)
            (v128.const i32x4 0x54442d18 0x3ff921fb 0x54442d18 0x3ff921fb)
           )
          )
         )
         (f64x2.mul
          (local.get $22)
          (local.get $32)
         )
        )
        (f64x2.mul
         (local.get $20)
         (local.get $26)
        )
       )
       (f64x2.mul
        (local.get $20)
        (local.get $32)
       )
      )
      (f64x2.add
       (f64x2.mul
        (local.get $2)
        (v128.const i32x4 0x33145c07 0x3c91a626 0x33145c07 0x3c91a626)
       )
       (f64x2.mul
        (f64x2.add
         (f64x2.add
          (f64x2.sub
           (local.get $4)
           (f64x2.sub
            (local.get $2)
            (local.get $25)
           )
          )
          (f64x2.sub
           (local.get $5)
           (local.get $25)
          )
         )
         (f64x2.add
          (f64x2.add
           (f64x2.add
            (f64x2.add
             (f64x2.add
              (f64x2.add
               (f64x2.add
                (f64x2.add
                 (f64x2.add
                  (f64x2.add
                   (f64x2.add
                    (f64x2.add
                     (f64x2.add
                      (f64x2.add
                       (f64x2.add
                        (f64x2.add
                         (f64x2.add
                          (f64x2.add
                           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           (f64x2.add
                            (f64x2.sub
                             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                             (f64x2.sub
                              (local.get $39)
                              (local.get $46)
                             )
                            )
                            (f64x2.sub
                             (local.get $58)
                             (local.get $46)
                            )
                           )
                          )
                          (f64x2.add
                           (f64x2.sub
                            (local.get $39)
                            (f64x2.sub
                             (local.get $34)
                             (local.get $47)
                            )
                           )
                           (f64x2.sub
                            (local.get $59)
                            (local.get $47)
                           )
                          )
                         )
                         (f64x2.add
                          (f64x2.sub
                           (local.get $34)
                           (f64x2.sub
                            (local.get $27)
                            (local.get $48)
                           )
                          )
                          (f64x2.sub
                           (local.get $60)
                           (local.get $48)
                          )
                         )
                        )
                        (f64x2.add
                         (f64x2.sub
                          (local.get $27)
                          (f64x2.sub
                           (local.get $38)
                           (local.get $49)
                          )
                         )
                         (f64x2.sub
                          (local.get $61)
                          (local.get $49)
                         )
                        )
                       )
                       (f64x2.add
                        (f64x2.sub
                         (local.get $38)
                         (f64x2.sub
                          (local.get $28)
                          (local.get $50)
                         )
                        )
                        (f64x2.sub
                         (local.get $62)
                         (local.get $50)
                        )
                       )
                      )
                      (f64x2.add
                       (f64x2.sub
                        (local.get $28)
                        (f64x2.sub
                         (local.get $29)
                         (local.get $51)
                        )
                       )
                       (f64x2.sub
                        (local.get $63)
                        (local.get $51)
                       )
                      )
                     )
                     (f64x2.add
                      (f64x2.sub
                       (local.get $29)
                       (f64x2.sub
                        (local.get $15)
                        (local.get $52)
                       )
                      )
                      (f64x2.sub
                       (local.get $64)
                       (local.get $52)
                      )
                     )
                    )
                    (f64x2.add
                     (f64x2.sub
                      (local.get $15)
                      (f64x2.sub
                       (local.get $21)
                       (local.get $53)
                      )
                     )
                     (f64x2.sub
                      (local.get $65)
                      (local.get $53)
                     )
                    )
                   )
                   (f64x2.add
                    (f64x2.sub
                     (local.get $21)
                     (f64x2.sub
                      (local.get $12)
                      (local.get $54)
                     )
                    )
                    (f64x2.sub
                     (local.get $66)
                     (local.get $54)
                    )
                   )
                  )
                  (f64x2.add
                   (f64x2.sub
                    (local.get $12)
                    (f64x2.sub
                     (local.get $19)
                     (local.get $55)
                    )
                   )
                   (f64x2.sub
                    (local.get $67)
                    (local.get $55)
                   )
                  )
                 )
                 (f64x2.add
                  (f64x2.sub
                   (local.get $19)
                   (f64x2.sub
                    (local.get $13)
                    (local.get $42)
                   )
                  )
                  (f64x2.sub
                   (local.get $68)
                   (local.get $42)
                  )
                 )
                )
                (f64x2.add
                 (f64x2.sub
                  (local.get $13)
                  (f64x2.sub
                   (local.get $17)
                   (local.get $56)
                  )
                 )
                 (f64x2.sub
                  (local.get $69)
                  (local.get $56)
                 )
                )
               )
               (f64x2.add
                (f64x2.sub
                 (local.get $17)
                 (f64x2.sub
                  (local.get $8)
                  (local.get $43)
                 )
                )
                (f64x2.sub
                 (local.get $70)
                 (local.get $43)
                )
               )
              )
              (f64x2.add
               (f64x2.sub
                (local.get $8)
                (f64x2.sub
                 (local.get $16)
                 (local.get $40)
                )
               )
               (f64x2.sub
                (local.get $71)
                (local.get $40)
               )
              )
             )
             (f64x2.add
              (f64x2.sub
               (local.get $16)
               (f64x2.sub
                (local.get $6)
                (local.get $44)
               )
              )
              (f64x2.sub
               (local.get $73)
               (local.get $44)
              )
             )
            )
            (f64x2.add
             (f64x2.sub
              (local.get $6)
              (f64x2.sub
               (local.get $14)
               (local.get $37)
              )
             )
             (f64x2.sub
              (local.get $41)
              (local.get $37)
             )
            )
           )
           (f64x2.add
            (f64x2.sub
             (local.get $14)
             (f64x2.sub
              (local.get $3)
              (local.get $11)
             )
            )
            (f64x2.sub
             (local.get $35)
             (local.get $11)
            )
           )
          )
          (f64x2.add
           (f64x2.sub
            (local.get $3)
            (f64x2.sub
             (local.get $5)
             (local.get $18)
            )
           )
           (f64x2.sub
            (local.get $36)
            (local.get $18)
           )
          )
         )
        )
        (v128.const i32x4 0x54442d18 0x3ff921fb 0x54442d18 0x3ff921fb)
       )
      )
     )
    )
    (f64x2.sub
     (local.tee $2
      (f64x2.add
       (local.get $33)
       (local.get $2)
      )
     )
     (local.get $33)
    )
   )
  )
  (local.set $18
   (f64x2.mul
    (local.tee $4
     (f64x2.mul
      (local.tee $3
       (v128.bitselect
        (f64x2.mul
         (local.get $2)
         (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
        )
        (local.get $2)
        (local.tee $11
         (f64x2.lt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
       )
      )
      (local.get $3)
     )
    )
    (local.get $3)
   )
  )
  (v128.bitselect
   (v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000)
   (v128.bitselect
    (f64x2.mul
     (local.tee $2
      (v128.bitselect
       (f64x2.add
        (local.tee $22
         (f64x2.sub
          (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
          (local.tee $25
           (f64x2.mul
            (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
            (local.tee $2
             (f64x2.mul
              (local.get $3)
              (local.get $3)
             )
            )
           )
          )
         )
        )
        (f64x2.add
         (f64x2.sub
          (f64x2.sub
           (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
           (local.get $22)
          )
          (local.get $25)
         )
         (f64x2.sub
          (f64x2.mul
           (local.get $2)
           (f64x2.mul
            (local.get $2)
            (f64x2.add
             (v128.const i32x4 0x5555554c 0x3fa55555 0x5555554c 0x3fa55555)
             (f64x2.mul
              (local.get $2)
              (f64x2.add
               (v128.const i32x4 0x16c15177 0xbf56c16c 0x16c15177 0xbf56c16c)
               (f64x2.mul
                (local.get $2)
                (f64x2.add
                 (v128.const i32x4 0x19cb1590 0x3efa01a0 0x19cb1590 0x3efa01a0)
                 (f64x2.mul
                  (local.get $2)
                  (f64x2.add
                   (v128.const i32x4 0x809c52ad 0xbe927e4f 0x809c52ad 0xbe927e4f)
                   (f64x2.mul
                    (local.get $2)
                    (f64x2.add
                     (v128.const i32x4 0xbdb4b1c4 0x3e21ee9e 0xbdb4b1c4 0x3e21ee9e)
                     (f64x2.mul
                      (local.get $2)
                      (v128.const i32x4 0xbe8838d4 0xbda8fae9 0xbe8838d4 0xbda8fae9)
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
          (f64x2.mul
           (local.get $3)
           (local.tee $2
            (v128.bitselect
             (f64x2.mul
              (local.get $5)
              (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
             )
             (local.get $5)
             (local.get $11)
            )
           )
          )
         )
        )
       )
       (f64x2.sub
        (local.get $3)
        (f64x2.sub
         (f64x2.sub
          (f64x2.mul
           (local.get $4)
           (f64x2.sub
            (f64x2.mul
             (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
             (local.get $2)
            )
            (f64x2.mul
             (local.get $18)
             (f64x2.add
              (v128.const i32x4 0x1110f8a6 0x3f811111 0x1110f8a6 0x3f811111)
              (f64x2.mul
               (local.get $4)
               (f64x2.add
                (v128.const i32x4 0x19c161d5 0xbf2a01a0 0x19c161d5 0xbf2a01a0)
                (f64x2.mul
                 (local.get $4)
                 (f64x2.add
                  (v128.const i32x4 0x57b1fe7d 0x3ec71de3 0x57b1fe7d 0x3ec71de3)
                  (f64x2.mul
                   (local.get $4)
                   (f64x2.add
                    (v128.const i32x4 0x8a2b9ceb 0xbe5ae5e6 0x8a2b9ceb 0xbe5ae5e6)
                    (f64x2.mul
                     (local.get $4)
                     (v128.const i32x4 0x5acfd57c 0x3de5d93a 0x5acfd57c 0x3de5d93a)
                    )
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
          (local.get $2)
         )
         (f64x2.mul
          (local.get $18)
          (v128.const i32x4 0x55555549 0xbfc55555 0x55555549 0xbfc55555)
         )
        )
       )
       (v128.or
        (f64x2.eq
         (local.tee $1
          (f64x2.sub
           (local.tee $1
            (f64x2.add
             (v128.bitselect
              (v128.bitselect
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               (f64x2.sub
                (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
                (local.tee $2
                 (f64x2.sub
                  (local.get $31)
                  (f64x2.mul
                   (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
                   (f64x2.floor
                    (f64x2.mul
                     (local.get $31)
                     (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
                    )
                   )
                  )
                 )
                )
               )
               (f64x2.eq
                (local.get $2)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
              (local.get $2)
              (local.get $11)
             )
             (local.get $1)
            )
           )
           (f64x2.mul
            (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
            (f64x2.floor
             (f64x2.mul
              (local.get $1)
              (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
             )
            )
           )
          )
         )
         (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
        )
        (f64x2.eq
         (local.get $1)
         (v128.const i32x4 0x00000000 0x40080000 0x00000000 0x40080000)
        )
       )
      )
     )
     (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
    )
    (local.get $2)
    (f64x2.gt
     (local.get $1)
     (v128.const i32x4 0x00000000 0x3ff80000 0x00000000 0x3ff80000)
    )
   )
   (f64x2.eq
    (f64x2.abs
     (local.get $0)
    )
    (v128.const i32x4 0x00000000 0x7ff00000 0x00000000 0x7ff00000)
   )
  )
 )
 (func $native_sincos_f64x2 (param $0 v128) (result v128 v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local.set $4
   (f64x2.sub
    (f64x2.add
     (f64x2.mul
      (local.tee $1
       (v128.bitselect
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (local.get $0)
        (local.tee $6
         (f64x2.ge
          (f64x2.abs
           (local.get $0)
          )
          (v128.const i32x4 0x00000000 0x41386a00 0x00000000 0x41386a00)
         )
        )
       )
      )
      (v128.const i32x4 0x6dc9c883 0x3fe45f30 0x6dc9c883 0x3fe45f30)
     )
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $2
   (f64x2.sub
    (local.tee $3
     (f64x2.add
      (local.tee $1
       (f64x2.sub
        (local.get $1)
        (f64x2.mul
         (local.get $4)
         (v128.const i32x4 0x54400000 0x3ff921fb 0x54400000 0x3ff921fb)
        )
       )
      )
      (local.tee $5
       (f64x2.mul
        (local.get $4)
        (v128.const i32x4 0x1a600000 0xbdd0b461 0x1a600000 0xbdd0b461)
       )
      )
     )
    )
    (local.get $1)
   )
  )
  (local.set $5
   (f64x2.sub
    (local.tee $1
     (f64x2.add
      (local.get $3)
      (local.tee $8
       (f64x2.sub
        (f64x2.sub
         (f64x2.add
          (f64x2.sub
           (local.get $1)
           (f64x2.sub
            (local.get $3)
            (local.get $2)
           )
          )
          (f64x2.sub
           (local.get $5)
           (local.get $2)
          )
         )
         (f64x2.mul
          (local.get $4)
          (v128.const i32x4 0x2e000000 0x3ba3198a 0x2e000000 0x3ba3198a)
         )
        )
        (f64x2.mul
         (local.get $4)
         (v128.const i32x4 0x252049c1 0x397b839a 0x252049c1 0x397b839a)
        )
       )
      )
     )
    )
    (local.get $3)
   )
  )
  (local.set $7
   (f64x2.mul
    (local.tee $2
     (f64x2.mul
      (local.get $1)
      (local.get $1)
     )
    )
    (local.get $1)
   )
  )
  (local.set $5
   (f64x2.sub
    (local.get $1)
    (f64x2.sub
     (f64x2.sub
      (f64x2.mul
       (local.get $2)
       (f64x2.sub
        (f64x2.mul
         (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
         (local.tee $3
          (f64x2.add
           (f64x2.sub
            (local.get $3)
            (f64x2.sub
             (local.get $1)
             (local.get $5)
            )
           )
           (f64x2.sub
            (local.get $8)
            (local.get $5)
           )
          )
         )
        )
        (f64x2.mul
         (local.get $7)
         (f64x2.add
          (v128.const i32x4 0x1110f8a6 0x3f811111 0x1110f8a6 0x3f811111)
          (f64x2.mul
           (local.get $2)
           (f64x2.add
            (v128.const i32x4 0x19c161d5 0xbf2a01a0 0x19c161d5 0xbf2a01a0)
            (f64x2.mul
             (local.get $2)
             (f64x2.add
              (v128.const i32x4 0x57b1fe7d 0x3ec71de3 0x57b1fe7d 0x3ec71de3)
              (f64x2.mul
               (local.get $2)
               (f64x2.add
                (v128.const i32x4 0x8a2b9ceb 0xbe5ae5e6 0x8a2b9ceb 0xbe5ae5e6)
                (f64x2.mul
                 (local.get $2)
                 (v128.const i32x4 0x5acfd57c 0x3de5d93a 0x5acfd57c 0x3de5d93a)
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
      )
      (local.get $3)
     )
     (f64x2.mul
      (local.get $7)
      (v128.const i32x4 0x55555549 0xbfc55555 0x55555549 0xbfc55555)
     )
    )
   )
  )
  (local.set $2
   (v128.bitselect
    (f64x2.mul
     (local.tee $2
      (v128.bitselect
       (local.tee $3
        (f64x2.add
         (local.tee $8
          (f64x2.sub
           (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
           (local.tee $7
            (f64x2.mul
             (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
             (local.tee $2
              (f64x2.mul
               (local.get $1)
               (local.get $1)
              )
             )
            )
           )
          )
         )
         (f64x2.add
          (f64x2.sub
           (f64x2.sub
            (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
            (local.get $8)
           )
           (local.get $7)
          )
          (f64x2.sub
           (f64x2.mul
            (local.get $2)
            (f64x2.mul
             (local.get $2)
             (f64x2.add
              (v128.const i32x4 0x5555554c 0x3fa55555 0x5555554c 0x3fa55555)
              (f64x2.mul
               (local.get $2)
               (f64x2.add
                (v128.const i32x4 0x16c15177 0xbf56c16c 0x16c15177 0xbf56c16c)
                (f64x2.mul
                 (local.get $2)
                 (f64x2.add
                  (v128.const i32x4 0x19cb1590 0x3efa01a0 0x19cb1590 0x3efa01a0)
                  (f64x2.mul
                   (local.get $2)
                   (f64x2.add
                    (v128.const i32x4 0x809c52ad 0xbe927e4f 0x809c52ad 0xbe927e4f)
                    (f64x2.mul
                     (local.get $2)
                     (f64x2.add
                      (v128.const i32x4 0xbdb4b1c4 0x3e21ee9e 0xbdb4b1c4 0x3e21ee9e)
                      (f64x2.mul
                       (local.get $2)
                       (v128.const i32x4 0xbe8838d4 0xbda8fae9 0xbe8838d4 0xbda8fae9)
                      )
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
           (f64x2.mul
            (local.get $1)
            (local.get $3)
           )
          )
         )
        )
       )
       (local.get $5)
       (v128.or
        (f64x2.eq
         (local.tee $1
          (f64x2.sub
           (local.get $4)
           (f64x2.mul
            (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
            (f64x2.floor
             (f64x2.mul
              (local.get $4)
              (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
             )
            )
           )
          )
         )
         (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
        )
        (f64x2.eq
         (local.get $1)
         (v128.const i32x4 0x00000000 0x40080000 0x00000000 0x40080000)
        )
       )
      )
     )
     (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
    )
    (local.get $2)
    (f64x2.gt
     (local.get $1)
     (v128.const i32x4 0x00000000 0x3ff80000 0x00000000 0x3ff80000)
    )
   )
  )
  (local.set $1
   (v128.bitselect
    (f64x2.mul
     (local.tee $4
      (v128.bitselect
       (local.get $3)
       (local.get $5)
       (v128.or
        (f64x2.eq
         (local.tee $1
          (f64x2.sub
           (local.tee $1
            (f64x2.add
             (local.get $1)
             (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
            )
           )
           (f64x2.mul
            (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
            (f64x2.floor
             (f64x2.mul
              (local.get $1)
              (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
             )
            )
           )
          )
         )
         (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
        )
        (f64x2.eq
         (local.get $1)
         (v128.const i32x4 0x00000000 0x40080000 0x00000000 0x40080000)
        )
       )
      )
     )
     (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
    )
    (local.get $4)
    (f64x2.gt
     (local.get $1)
     (v128.const i32x4 0x00000000 0x3ff80000 0x00000000 0x3ff80000)
    )
   )
  )
  (tuple.make 2
   (v128.bitselect
    (local.get $0)
    (if (result v128)
     (v128.any_true
      (local.get $6)
     )
     (then
      (v128.bitselect
       (call $native_sin_large_f64x2
        (local.get $0)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.get $2)
       (local.get $6)
      )
     )
     (else
      (local.get $2)
     )
    )
    (f64x2.eq
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
   (if (result v128)
    (v128.any_true
     (local.get $6)
    )
    (then
     (v128.bitselect
      (call $native_sin_large_f64x2
       (local.get $0)
       (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
      )
      (local.get $1)
      (local.get $6)
     )
    )
    (else
     (local.get $1)
    )
   )
  )
 )
 (func $native_cos_f64x2 (param $0 v128) (result v128)
  (local $1 v128)
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
  (local.set $4
   (f64x2.sub
    (f64x2.add
     (f64x2.mul
      (local.tee $1
       (v128.bitselect
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (local.get $0)
        (local.tee $6
         (f64x2.ge
          (f64x2.abs
           (local.get $0)
          )
          (v128.const i32x4 0x00000000 0x41386a00 0x00000000 0x41386a00)
         )
        )
       )
      )
      (v128.const i32x4 0x6dc9c883 0x3fe45f30 0x6dc9c883 0x3fe45f30)
     )
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $2
   (f64x2.sub
    (local.tee $5
     (f64x2.add
      (local.tee $1
       (f64x2.sub
        (local.get $1)
        (f64x2.mul
         (local.get $4)
         (v128.const i32x4 0x54400000 0x3ff921fb 0x54400000 0x3ff921fb)
        )
       )
      )
      (local.tee $3
       (f64x2.mul
        (local.get $4)
        (v128.const i32x4 0x1a600000 0xbdd0b461 0x1a600000 0xbdd0b461)
       )
      )
     )
    )
    (local.get $1)
   )
  )
  (local.set $7
   (f64x2.sub
    (local.tee $1
     (f64x2.add
      (local.get $5)
      (local.tee $9
       (f64x2.sub
        (f64x2.sub
         (f64x2.add
          (f64x2.sub
           (local.get $1)
           (f64x2.sub
            (local.get $5)
            (local.get $2)
           )
          )
          (f64x2.sub
           (local.get $3)
           (local.get $2)
          )
         )
         (f64x2.mul
          (local.get $4)
          (v128.const i32x4 0x2e000000 0x3ba3198a 0x2e000000 0x3ba3198a)
         )
        )
        (f64x2.mul
         (local.get $4)
         (v128.const i32x4 0x252049c1 0x397b839a 0x252049c1 0x397b839a)
        )
       )
      )
     )
    )
    (local.get $5)
   )
  )
  (local.set $8
   (f64x2.mul
    (local.tee $3
     (f64x2.mul
      (local.get $1)
      (local.get $1)
     )
    )
    (local.get $1)
   )
  )
  (local.set $1
   (v128.bitselect
    (f64x2.mul
     (local.tee $2
      (v128.bitselect
       (f64x2.add
        (local.tee $11
         (f64x2.sub
          (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
          (local.tee $10
           (f64x2.mul
            (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
            (local.tee $2
             (f64x2.mul
              (local.get $1)
              (local.get $1)
             )
            )
           )
          )
         )
        )
        (f64x2.add
         (f64x2.sub
          (f64x2.sub
           (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
           (local.get $11)
          )
          (local.get $10)
         )
         (f64x2.sub
          (f64x2.mul
           (local.get $2)
           (f64x2.mul
            (local.get $2)
            (f64x2.add
             (v128.const i32x4 0x5555554c 0x3fa55555 0x5555554c 0x3fa55555)
             (f64x2.mul
              (local.get $2)
              (f64x2.add
               (v128.const i32x4 0x16c15177 0xbf56c16c 0x16c15177 0xbf56c16c)
               (f64x2.mul
                (local.get $2)
                (f64x2.add
                 (v128.const i32x4 0x19cb1590 0x3efa01a0 0x19cb1590 0x3efa01a0)
                 (f64x2.mul
                  (local.get $2)
                  (f64x2.add
                   (v128.const i32x4 0x809c52ad 0xbe927e4f 0x809c52ad 0xbe927e4f)
                   (f64x2.mul
                    (local.get $2)
                    (f64x2.add
                     (v128.const i32x4 0xbdb4b1c4 0x3e21ee9e 0xbdb4b1c4 0x3e21ee9e)
                     (f64x2.mul
                      (local.get $2)
                      (v128.const i32x4 0xbe8838d4 0xbda8fae9 0xbe8838d4 0xbda8fae9)
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
          (f64x2.mul
           (local.get $1)
           (local.tee $2
            (f64x2.add
             (f64x2.sub
              (local.get $5)
              (f64x2.sub
               (local.get $1)
               (local.get $7)
              )
             )
             (f64x2.sub
              (local.get $9)
              (local.get $7)
             )
            )
           )
          )
         )
        )
       )
       (f64x2.sub
        (local.get $1)
        (f64x2.sub
         (f64x2.sub
          (f64x2.mul
           (local.get $3)
           (f64x2.sub
            (f64x2.mul
             (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
             (local.get $2)
            )
            (f64x2.mul
             (local.get $8)
             (f64x2.add
              (v128.const i32x4 0x1110f8a6 0x3f811111 0x1110f8a6 0x3f811111)
              (f64x2.mul
               (local.get $3)
               (f64x2.add
                (v128.const i32x4 0x19c161d5 0xbf2a01a0 0x19c161d5 0xbf2a01a0)
                (f64x2.mul
                 (local.get $3)
                 (f64x2.add
                  (v128.const i32x4 0x57b1fe7d 0x3ec71de3 0x57b1fe7d 0x3ec71de3)
                  (f64x2.mul
                   (local.get $3)
                   (f64x2.add
                    (v128.const i32x4 0x8a2b9ceb 0xbe5ae5e6 0x8a2b9ceb 0xbe5ae5e6)
                    (f64x2.mul
                     (local.get $3)
                     (v128.const i32x4 0x5acfd57c 0x3de5d93a 0x5acfd57c 0x3de5d93a)
                    )
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
          (local.get $2)
         )
         (f64x2.mul
          (local.get $8)
          (v128.const i32x4 0x55555549 0xbfc55555 0x55555549 0xbfc55555)
         )
        )
       )
       (v128.or
        (f64x2.eq
         (local.tee $1
          (f64x2.sub
           (local.tee $1
            (f64x2.add
             (f64x2.sub
              (local.get $4)
              (f64x2.mul
               (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
               (f64x2.floor
                (f64x2.mul
                 (local.get $4)
                 (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
                )
               )
              )
             )
             (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
            )
           )
           (f64x2.mul
            (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
            (f64x2.floor
             (f64x2.mul
              (local.get $1)
              (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
             )
            )
           )
          )
         )
         (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
        )
        (f64x2.eq
         (local.get $1)
         (v128.const i32x4 0x00000000 0x40080000 0x00000000 0x40080000)
        )
       )
      )
     )
     (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
    )
    (local.get $2)
    (f64x2.gt
     (local.get $1)
     (v128.const i32x4 0x00000000 0x3ff80000 0x00000000 0x3ff80000)
    )
   )
  )
  (if (result v128)
   (v128.any_true
    (local.get $6)
   )
   (then
    (v128.bitselect
     (call $native_sin_large_f64x2
      (local.get $0)
      (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
     )
     (local.get $1)
     (local.get $6)
    )
   )
   (else
    (local.get $1)
   )
  )
 )
 (func $evaluate (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  (local $9 v128)
  (local $10 i32)
  (local $11 (tuple v128 v128))
  (local $12 (tuple v128 v128))
  (loop $points
   (if
    (i32.gt_u
     (local.get $3)
     (local.get $4)
    )
    (then
     (local.set $8
      (v128.load64_lane offset=32 1
       (local.tee $6
        (if (result i32)
         (i32.lt_u
          (local.tee $7
           (i32.sub
            (local.get $3)
            (local.get $4)
           )
          )
          (i32.const 2)
         )
         (then
          (memory.fill
           (i32.const 32)
           (i32.const 0)
           (i32.const 48)
          )
          (memory.copy
           (i32.const 32)
           (i32.add
            (local.get $0)
            (i32.mul
             (local.get $4)
             (i32.const 24)
            )
           )
           (i32.mul
            (local.get $7)
            (i32.const 24)
           )
          )
          (local.set $5
           (i32.const 80)
          )
          (local.set $10
           (i32.const 128)
          )
          (i32.const 32)
         )
         (else
          (local.set $5
           (i32.add
            (local.get $1)
            (i32.mul
             (local.get $4)
             (i32.const 24)
            )
           )
          )
          (local.set $10
           (i32.add
            (local.get $2)
            (i32.shl
             (local.get $4)
             (i32.const 3)
            )
           )
          )
          (i32.add
           (local.get $0)
           (i32.mul
            (local.get $4)
            (i32.const 24)
           )
          )
         )
        )
       )
       (v128.load64_splat offset=8
        (local.get $6)
       )
      )
     )
     (local.set $11
      (call $native_sincos_f64x2
       (v128.load64_lane offset=24 1
        (local.get $6)
        (v128.load64_splat
         (local.get $6)
        )
       )
      )
     )
     (local.set $12
      (call $native_sincos_f64x2
       (local.get $8)
      )
     )
     (local.set $8
      (f64x2.mul
       (f64x2.mul
        (local.tee $9
         (call $native_cos_f64x2
          (v128.load64_lane offset=40 1
           (local.get $6)
           (v128.load64_splat offset=16
            (local.get $6)
           )
          )
         )
        )
        (f64x2.mul
         (tuple.extract 2 1
          (local.get $11)
         )
         (tuple.extract 2 0
          (local.get $12)
         )
        )
       )
       (v128.load
        (i32.const 160)
       )
      )
     )
     (v128.store64_lane 0
      (local.get $5)
      (local.tee $9
       (f64x2.mul
        (v128.load
         (i32.const 144)
        )
        (f64x2.mul
         (f64x2.mul
          (tuple.extract 2 0
           (local.get $11)
          )
          (tuple.extract 2 1
           (local.get $12)
          )
         )
         (local.get $9)
        )
       )
      )
     )
     (v128.store64_lane offset=24 1
      (local.get $5)
      (local.get $9)
     )
     (v128.store64_lane offset=8 0
      (local.get $5)
      (local.get $8)
     )
     (v128.store64_lane offset=32 1
      (local.get $5)
      (local.get $8)
     )
     (v128.store64_lane offset=16 0
      (local.get $5)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (v128.store64_lane offset=40 1
      (local.get $5)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (v128.store align=4
      (local.get $10)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (if
      (i32.lt_u
       (local.get $7)
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
        (i32.const 80)
        (i32.mul
         (local.get $7)
         (i32.const 24)
        )
       )
       (memory.copy
        (i32.add
         (local.get $2)
         (i32.shl
          (local.get $4)
          (i32.const 3)
         )
        )
        (i32.const 128)
        (i32.shl
         (local.get $7)
         (i32.const 3)
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
 )
 (func $divergence (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (loop $points
   (if
    (i32.gt_u
     (local.get $2)
     (local.get $3)
    )
    (then
     (v128.store align=4
      (if (result i32)
       (i32.lt_u
        (local.tee $4
         (i32.sub
          (local.get $2)
          (local.get $3)
         )
        )
        (i32.const 2)
       )
       (then
        (memory.fill
         (i32.const 32)
         (i32.const 0)
         (i32.const 48)
        )
        (memory.copy
         (i32.const 32)
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
        (i32.const 80)
       )
       (else
        (i32.add
         (local.get $1)
         (i32.shl
          (local.get $3)
          (i32.const 3)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
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
         (i32.shl
          (local.get $3)
          (i32.const 3)
         )
        )
        (i32.const 80)
        (i32.shl
         (local.get $4)
         (i32.const 3)
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
 )
 (func $diagonal (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 v128)
  (local $10 i32)
  (loop $points
   (if
    (i32.gt_u
     (local.get $3)
     (local.get $4)
    )
    (then
     (local.set $7
      (f64x2.mul
       (call $native_cos_f64x2
        (v128.load64_lane offset=40 1
         (local.tee $6
          (if (result i32)
           (i32.lt_u
            (local.tee $8
             (i32.sub
              (local.get $3)
              (local.get $4)
             )
            )
            (i32.const 2)
           )
           (then
            (memory.fill
             (i32.const 32)
             (i32.const 0)
             (i32.const 48)
            )
            (memory.copy
             (i32.const 32)
             (i32.add
              (local.get $0)
              (i32.mul
               (local.get $4)
               (i32.const 24)
              )
             )
             (i32.mul
              (local.get $8)
              (i32.const 24)
             )
            )
            (local.set $5
             (i32.const 80)
            )
            (local.set $10
             (i32.const 128)
            )
            (i32.const 32)
           )
           (else
            (local.set $5
             (i32.add
              (local.get $1)
              (i32.mul
               (local.get $4)
               (i32.const 24)
              )
             )
            )
            (local.set $10
             (i32.add
              (local.get $2)
              (i32.shl
               (local.get $4)
               (i32.const 3)
              )
             )
            )
            (i32.add
             (local.get $0)
             (i32.mul
              (local.get $4)
              (i32.const 24)
             )
            )
           )
          )
         )
         (v128.load64_splat offset=16
          (local.get $6)
         )
        )
       )
       (f64x2.mul
        (call $native_cos_f64x2
         (v128.load64_lane offset=32 1
          (local.get $6)
          (v128.load64_splat offset=8
           (local.get $6)
          )
         )
        )
        (call $native_cos_f64x2
         (v128.load64_lane offset=24 1
          (local.get $6)
          (v128.load64_splat
           (local.get $6)
          )
         )
        )
       )
      )
     )
     (local.set $9
      (f64x2.mul
       (v128.load
        (i32.const 192)
       )
       (local.get $7)
      )
     )
     (v128.store64_lane 0
      (local.get $5)
      (local.tee $7
       (f64x2.mul
        (v128.load
         (i32.const 176)
        )
        (local.get $7)
       )
      )
     )
     (v128.store64_lane offset=24 1
      (local.get $5)
      (local.get $7)
     )
     (v128.store64_lane offset=8 0
      (local.get $5)
      (local.get $9)
     )
     (v128.store64_lane offset=32 1
      (local.get $5)
      (local.get $9)
     )
     (v128.store64_lane offset=16 0
      (local.get $5)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (v128.store64_lane offset=40 1
      (local.get $5)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (v128.store align=4
      (local.get $10)
      (f64x2.add
       (local.get $7)
       (local.get $9)
      )
     )
     (if
      (i32.lt_u
       (local.get $8)
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
        (i32.const 80)
        (i32.mul
         (local.get $8)
         (i32.const 24)
        )
       )
       (memory.copy
        (i32.add
         (local.get $2)
         (i32.shl
          (local.get $4)
          (i32.const 3)
         )
        )
        (i32.const 128)
        (i32.shl
         (local.get $8)
         (i32.const 3)
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
 )
 (func $flow_rk4 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 f64) (param $6 f64) (param $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (loop $blocks
   (if
    (i32.gt_u
     (local.get $3)
     (local.get $10)
    )
    (then
     (if
      (i32.gt_u
       (local.tee $9
        (i32.sub
         (local.get $3)
         (local.get $10)
        )
       )
       (i32.const 272)
      )
      (then
       (local.set $9
        (i32.const 272)
       )
      )
     )
     (memory.copy
      (local.get $4)
      (i32.add
       (local.get $0)
       (i32.mul
        (local.get $10)
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
      (local.get $4)
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
     (local.set $11
      (i32.const 0)
     )
     (if
      (i32.gt_s
       (local.get $7)
       (i32.const 0)
      )
      (then
       (loop $f14
        (memory.fill
         (i32.add
          (local.get $4)
          (i32.const 21760)
         )
         (i32.const 0)
         (i32.const 8704)
        )
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
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
          (i32.const 0)
         )
         (then
          (loop $f0
           (v128.store align=4
            (i32.add
             (local.get $4)
             (local.get $8)
            )
            (v128.load offset=15232
             (i32.add
              (local.get $4)
              (local.get $8)
             )
            )
           )
           (br_if $f0
            (i32.lt_s
             (local.tee $8
              (i32.add
               (local.get $8)
               (i32.const 16)
              )
             )
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
        (call $evaluate
         (local.get $4)
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
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
          (i32.const 0)
         )
         (then
          (loop $f1
           (v128.store align=4
            (i32.add
             (i32.add
              (local.get $4)
              (i32.const 21760)
             )
             (local.get $8)
            )
            (f64x2.add
             (v128.load offset=21760
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f64x2.mul
              (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
              (v128.load offset=6528
               (i32.add
                (local.get $4)
                (local.get $8)
               )
              )
             )
            )
           )
           (br_if $f1
            (i32.lt_s
             (local.tee $8
              (i32.add
               (local.get $8)
               (i32.const 16)
              )
             )
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
          (i32.and
           (i32.add
            (i32.shl
             (local.get $9)
             (i32.const 3)
            )
            (i32.const 15)
           )
           (i32.const -16)
          )
          (i32.const 0)
         )
         (then
          (loop $f2
           (v128.store align=4
            (i32.add
             (i32.add
              (local.get $4)
              (i32.const 28288)
             )
             (local.get $8)
            )
            (f64x2.add
             (v128.load offset=28288
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f64x2.mul
              (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
              (v128.load offset=13056
               (i32.add
                (local.get $4)
                (local.get $8)
               )
              )
             )
            )
           )
           (br_if $f2
            (i32.lt_s
             (local.tee $8
              (i32.add
               (local.get $8)
               (i32.const 16)
              )
             )
             (i32.and
              (i32.add
               (i32.shl
                (local.get $9)
                (i32.const 3)
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
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
          (i32.const 0)
         )
         (then
          (loop $f3
           (v128.store align=4
            (i32.add
             (local.get $4)
             (local.get $8)
            )
            (f64x2.add
             (v128.load offset=15232
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f64x2.mul
              (f64x2.splat
               (f64.mul
                (local.get $6)
                (f64.const 0.5)
               )
              )
              (v128.load offset=6528
               (i32.add
                (local.get $4)
                (local.get $8)
               )
              )
             )
            )
           )
           (br_if $f3
            (i32.lt_s
             (local.tee $8
              (i32.add
               (local.get $8)
               (i32.const 16)
              )
             )
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
        (call $evaluate
         (local.get $4)
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
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
          (i32.const 0)
         )
         (then
          (loop $f4
           (v128.store align=4
            (i32.add
             (i32.add
              (local.get $4)
              (i32.const 21760)
             )
             (local.get $8)
            )
            (f64x2.add
             (v128.load offset=21760
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f64x2.mul
              (v128.const i32x4 0x00000000 0x40000000 0x00000000 0x40000000)
              (v128.load offset=6528
               (i32.add
                (local.get $4)
                (local.get $8)
               )
              )
             )
            )
           )
           (br_if $f4
            (i32.lt_s
             (local.tee $8
              (i32.add
               (local.get $8)
               (i32.const 16)
              )
             )
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
          (i32.and
           (i32.add
            (i32.shl
             (local.get $9)
             (i32.const 3)
            )
            (i32.const 15)
           )
           (i32.const -16)
          )
          (i32.const 0)
         )
         (then
          (loop $f5
           (v128.store align=4
            (i32.add
             (i32.add
              (local.get $4)
              (i32.const 28288)
             )
             (local.get $8)
            )
            (f64x2.add
             (v128.load offset=28288
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f64x2.mul
              (v128.const i32x4 0x00000000 0x40000000 0x00000000 0x40000000)
              (v128.load offset=13056
               (i32.add
                (local.get $4)
                (local.get $8)
               )
              )
             )
            )
           )
           (br_if $f5
            (i32.lt_s
             (local.tee $8
              (i32.add
               (local.get $8)
               (i32.const 16)
              )
             )
             (i32.and
              (i32.add
               (i32.shl
                (local.get $9)
                (i32.const 3)
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
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
          (i32.const 0)
         )
         (then
          (loop $f6
           (v128.store align=4
            (i32.add
             (local.get $4)
             (local.get $8)
            )
            (f64x2.add
             (v128.load offset=15232
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f64x2.mul
              (f64x2.splat
               (f64.mul
                (local.get $6)
                (f64.const 0.5)
               )
              )
              (v128.load offset=6528
               (i32.add
                (local.get $4)
                (local.get $8)
               )
              )
             )
            )
           )
           (br_if $f6
            (i32.lt_s
             (local.tee $8
              (i32.add
               (local.get $8)
               (i32.const 16)
              )
             )
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
        (call $evaluate
         (local.get $4)
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
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
          (i32.const 0)
         )
         (then
          (loop $f7
           (v128.store align=4
            (i32.add
             (i32.add
              (local.get $4)
              (i32.const 21760)
             )
             (local.get $8)
            )
            (f64x2.add
             (v128.load offset=21760
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f64x2.mul
              (v128.const i32x4 0x00000000 0x40000000 0x00000000 0x40000000)
              (v128.load offset=6528
               (i32.add
                (local.get $4)
                (local.get $8)
               )
              )
             )
            )
           )
           (br_if $f7
            (i32.lt_s
             (local.tee $8
              (i32.add
               (local.get $8)
               (i32.const 16)
              )
             )
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
          (i32.and
           (i32.add
            (i32.shl
             (local.get $9)
             (i32.const 3)
            )
            (i32.const 15)
           )
           (i32.const -16)
          )
          (i32.const 0)
         )
         (then
          (loop $f8
           (v128.store align=4
            (i32.add
             (i32.add
              (local.get $4)
              (i32.const 28288)
             )
             (local.get $8)
            )
            (f64x2.add
             (v128.load offset=28288
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f64x2.mul
              (v128.const i32x4 0x00000000 0x40000000 0x00000000 0x40000000)
              (v128.load offset=13056
               (i32.add
                (local.get $4)
                (local.get $8)
               )
              )
             )
            )
           )
           (br_if $f8
            (i32.lt_s
             (local.tee $8
              (i32.add
               (local.get $8)
               (i32.const 16)
              )
             )
             (i32.and
              (i32.add
               (i32.shl
                (local.get $9)
                (i32.const 3)
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
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
          (i32.const 0)
         )
         (then
          (loop $f9
           (v128.store align=4
            (i32.add
             (local.get $4)
             (local.get $8)
            )
            (f64x2.add
             (v128.load offset=15232
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f64x2.mul
              (f64x2.splat
               (f64.mul
                (local.get $6)
                (f64.const 1)
               )
              )
              (v128.load offset=6528
               (i32.add
                (local.get $4)
                (local.get $8)
               )
              )
             )
            )
           )
           (br_if $f9
            (i32.lt_s
             (local.tee $8
              (i32.add
               (local.get $8)
               (i32.const 16)
              )
             )
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
        (call $evaluate
         (local.get $4)
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
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
          (i32.const 0)
         )
         (then
          (loop $f10
           (v128.store align=4
            (i32.add
             (i32.add
              (local.get $4)
              (i32.const 21760)
             )
             (local.get $8)
            )
            (f64x2.add
             (v128.load offset=21760
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f64x2.mul
              (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
              (v128.load offset=6528
               (i32.add
                (local.get $4)
                (local.get $8)
               )
              )
             )
            )
           )
           (br_if $f10
            (i32.lt_s
             (local.tee $8
              (i32.add
               (local.get $8)
               (i32.const 16)
              )
             )
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
          (i32.and
           (i32.add
            (i32.shl
             (local.get $9)
             (i32.const 3)
            )
            (i32.const 15)
           )
           (i32.const -16)
          )
          (i32.const 0)
         )
         (then
          (loop $f11
           (v128.store align=4
            (i32.add
             (i32.add
              (local.get $4)
              (i32.const 28288)
             )
             (local.get $8)
            )
            (f64x2.add
             (v128.load offset=28288
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f64x2.mul
              (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
              (v128.load offset=13056
               (i32.add
                (local.get $4)
                (local.get $8)
               )
              )
             )
            )
           )
           (br_if $f11
            (i32.lt_s
             (local.tee $8
              (i32.add
               (local.get $8)
               (i32.const 16)
              )
             )
             (i32.and
              (i32.add
               (i32.shl
                (local.get $9)
                (i32.const 3)
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
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
          (i32.const 0)
         )
         (then
          (loop $f12
           (v128.store align=4
            (i32.add
             (i32.add
              (local.get $4)
              (i32.const 15232)
             )
             (local.get $8)
            )
            (f64x2.add
             (v128.load offset=15232
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f64x2.mul
              (f64x2.splat
               (f64.mul
                (local.get $6)
                (f64.const 0.16666666666666666)
               )
              )
              (v128.load offset=21760
               (i32.add
                (local.get $4)
                (local.get $8)
               )
              )
             )
            )
           )
           (br_if $f12
            (i32.lt_s
             (local.tee $8
              (i32.add
               (local.get $8)
               (i32.const 16)
              )
             )
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
          (i32.and
           (i32.add
            (i32.shl
             (local.get $9)
             (i32.const 3)
            )
            (i32.const 15)
           )
           (i32.const -16)
          )
          (i32.const 0)
         )
         (then
          (loop $f13
           (v128.store align=4
            (i32.add
             (i32.add
              (local.get $4)
              (i32.const 30464)
             )
             (local.get $8)
            )
            (f64x2.add
             (v128.load offset=30464
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f64x2.mul
              (f64x2.splat
               (f64.mul
                (local.get $6)
                (f64.const 0.16666666666666666)
               )
              )
              (v128.load offset=28288
               (i32.add
                (local.get $4)
                (local.get $8)
               )
              )
             )
            )
           )
           (br_if $f13
            (i32.lt_s
             (local.tee $8
              (i32.add
               (local.get $8)
               (i32.const 16)
              )
             )
             (i32.and
              (i32.add
               (i32.shl
                (local.get $9)
                (i32.const 3)
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
        (br_if $f14
         (i32.lt_s
          (local.tee $11
           (i32.add
            (local.get $11)
            (i32.const 1)
           )
          )
          (local.get $7)
         )
        )
       )
      )
     )
     (memory.copy
      (i32.add
       (local.get $1)
       (i32.mul
        (local.get $10)
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
       (i32.shl
        (local.get $10)
        (i32.const 3)
       )
      )
      (i32.add
       (local.get $4)
       (i32.const 30464)
      )
      (i32.shl
       (local.get $9)
       (i32.const 3)
      )
     )
     (local.set $10
      (i32.add
       (local.get $10)
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
  (local $15 f64)
  (local $16 f64)
  (local $17 f64)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 f64)
  (local $22 f64)
  (local $23 f64)
  (local.set $22
   (select
    (f64.const -1)
    (f64.const 1)
    (f64.gt
     (local.get $6)
     (local.get $7)
    )
   )
  )
  (loop $blocks
   (if
    (i32.gt_u
     (local.get $4)
     (local.get $19)
    )
    (then
     (if
      (i32.gt_u
       (local.tee $18
        (i32.sub
         (local.get $4)
         (local.get $19)
        )
       )
       (i32.const 160)
      )
      (then
       (local.set $18
        (i32.const 160)
       )
      )
     )
     (memory.copy
      (local.get $5)
      (i32.add
       (local.get $0)
       (i32.mul
        (local.get $19)
        (i32.const 24)
       )
      )
      (i32.mul
       (local.get $18)
       (i32.const 24)
      )
     )
     (local.set $12
      (i32.const 0)
     )
     (if
      (i32.gt_s
       (local.get $18)
       (i32.const 0)
      )
      (then
       (loop $d7
        (local.set $11
         (i32.const 0)
        )
        (loop $d6
         (f64.store
          (i32.add
           (i32.add
            (local.get $5)
            (i32.const 8960)
           )
           (i32.shl
            (i32.add
             (i32.shl
              (local.get $12)
              (i32.const 2)
             )
             (local.get $11)
            )
            (i32.const 3)
           )
          )
          (f64.load
           (i32.add
            (local.get $5)
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $12)
               (i32.const 3)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
          )
         )
         (br_if $d6
          (i32.lt_s
           (local.tee $11
            (i32.add
             (local.get $11)
             (i32.const 1)
            )
           )
           (i32.const 3)
          )
         )
        )
        (f64.store
         (i32.add
          (i32.add
           (i32.shl
            (local.get $12)
            (i32.const 5)
           )
           (local.get $5)
          )
          (i32.const 8984)
         )
         (f64.const 0)
        )
        (f64.store
         (i32.add
          (i32.add
           (local.get $5)
           (i32.const 55040)
          )
          (i32.shl
           (local.get $12)
           (i32.const 3)
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
          (i32.shl
           (local.get $12)
           (i32.const 3)
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
          (i32.shl
           (local.get $12)
           (i32.const 3)
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
          (i32.shl
           (local.get $12)
           (i32.const 3)
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
          (i32.shl
           (local.get $12)
           (i32.const 3)
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
          (i32.shl
           (local.get $12)
           (i32.const 3)
          )
         )
         (f64.convert_i32_s
          (local.get $12)
         )
        )
        (br_if $d7
         (i32.lt_s
          (local.tee $12
           (i32.add
            (local.get $12)
            (i32.const 1)
           )
          )
          (local.get $18)
         )
        )
       )
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (if
      (i32.gt_s
       (local.tee $14
        (local.get $18)
       )
       (i32.const 0)
      )
      (then
       (loop $d9
        (local.set $12
         (i32.trunc_f64_s
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 61440)
            )
            (i32.shl
             (local.get $13)
             (i32.const 3)
            )
           )
          )
         )
        )
        (local.set $11
         (i32.const 0)
        )
        (loop $d8
         (f64.store
          (i32.add
           (local.get $5)
           (i32.shl
            (i32.add
             (i32.mul
              (local.get $13)
              (i32.const 3)
             )
             (local.get $11)
            )
            (i32.const 3)
           )
          )
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 8960)
            )
            (i32.shl
             (i32.add
              (i32.shl
               (local.get $12)
               (i32.const 2)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
          )
         )
         (br_if $d8
          (i32.lt_s
           (local.tee $11
            (i32.add
             (local.get $11)
             (i32.const 1)
            )
           )
           (i32.const 3)
          )
         )
        )
        (br_if $d9
         (i32.lt_s
          (local.tee $13
           (i32.add
            (local.get $13)
            (i32.const 1)
           )
          )
          (local.get $14)
         )
        )
       )
      )
     )
     (call $evaluate
      (local.get $5)
      (i32.add
       (local.get $5)
       (i32.const 3840)
      )
      (i32.add
       (local.get $5)
       (i32.const 7680)
      )
      (local.get $14)
     )
     (local.set $13
      (i32.const 0)
     )
     (if
      (i32.gt_s
       (local.get $14)
       (i32.const 0)
      )
      (then
       (loop $d11
        (local.set $12
         (i32.trunc_f64_s
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 61440)
            )
            (i32.shl
             (local.get $13)
             (i32.const 3)
            )
           )
          )
         )
        )
        (local.set $11
         (i32.const 0)
        )
        (loop $d10
         (f64.store
          (i32.add
           (i32.add
            (local.get $5)
            (i32.const 19200)
           )
           (i32.shl
            (i32.add
             (i32.shl
              (local.get $12)
              (i32.const 2)
             )
             (local.get $11)
            )
            (i32.const 3)
           )
          )
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 3840)
            )
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $13)
               (i32.const 3)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
          )
         )
         (br_if $d10
          (i32.lt_s
           (local.tee $11
            (i32.add
             (local.get $11)
             (i32.const 1)
            )
           )
           (i32.const 3)
          )
         )
        )
        (f64.store
         (i32.add
          (i32.add
           (i32.shl
            (local.get $12)
            (i32.const 5)
           )
           (local.get $5)
          )
          (i32.const 19224)
         )
         (f64.load
          (i32.add
           (i32.add
            (local.get $5)
            (i32.const 7680)
           )
           (i32.shl
            (local.get $13)
            (i32.const 3)
           )
          )
         )
        )
        (br_if $d11
         (i32.lt_s
          (local.tee $13
           (i32.add
            (local.get $13)
            (i32.const 1)
           )
          )
          (local.get $14)
         )
        )
       )
      )
     )
     (local.set $12
      (i32.const 0)
     )
     (if
      (i32.gt_s
       (local.get $18)
       (i32.const 0)
      )
      (then
       (loop $d13
        (local.set $17
         (f64.const 0)
        )
        (local.set $15
         (f64.const 0)
        )
        (local.set $11
         (i32.const 0)
        )
        (loop $d12
         (local.set $17
          (f64.add
           (local.get $17)
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
                (i32.shl
                 (i32.add
                  (i32.shl
                   (local.get $12)
                   (i32.const 2)
                  )
                  (local.get $11)
                 )
                 (i32.const 3)
                )
               )
              )
              (local.tee $16
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
                    (i32.shl
                     (i32.add
                      (i32.shl
                       (local.get $12)
                       (i32.const 2)
                      )
                      (local.get $11)
                     )
                     (i32.const 3)
                    )
                   )
                  )
                 )
                )
               )
              )
             )
             (f64.eq
              (f64.load
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 8960)
                )
                (i32.shl
                 (i32.add
                  (i32.shl
                   (local.get $12)
                   (i32.const 2)
                  )
                  (local.get $11)
                 )
                 (i32.const 3)
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
                (i32.shl
                 (i32.add
                  (i32.shl
                   (local.get $12)
                   (i32.const 2)
                  )
                  (local.get $11)
                 )
                 (i32.const 3)
                )
               )
              )
              (local.get $16)
             )
             (f64.eq
              (f64.load
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 8960)
                )
                (i32.shl
                 (i32.add
                  (i32.shl
                   (local.get $12)
                   (i32.const 2)
                  )
                  (local.get $11)
                 )
                 (i32.const 3)
                )
               )
              )
              (f64.const 0)
             )
            )
           )
          )
         )
         (local.set $15
          (f64.add
           (local.get $15)
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
                (i32.shl
                 (i32.add
                  (i32.shl
                   (local.get $12)
                   (i32.const 2)
                  )
                  (local.get $11)
                 )
                 (i32.const 3)
                )
               )
              )
              (local.get $16)
             )
             (f64.eq
              (f64.load
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 19200)
                )
                (i32.shl
                 (i32.add
                  (i32.shl
                   (local.get $12)
                   (i32.const 2)
                  )
                  (local.get $11)
                 )
                 (i32.const 3)
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
                (i32.shl
                 (i32.add
                  (i32.shl
                   (local.get $12)
                   (i32.const 2)
                  )
                  (local.get $11)
                 )
                 (i32.const 3)
                )
               )
              )
              (local.get $16)
             )
             (f64.eq
              (f64.load
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 19200)
                )
                (i32.shl
                 (i32.add
                  (i32.shl
                   (local.get $12)
                   (i32.const 2)
                  )
                  (local.get $11)
                 )
                 (i32.const 3)
                )
               )
              )
              (f64.const 0)
             )
            )
           )
          )
         )
         (br_if $d12
          (i32.lt_s
           (local.tee $11
            (i32.add
             (local.get $11)
             (i32.const 1)
            )
           )
           (i32.const 4)
          )
         )
        )
        (f64.store
         (i32.add
          (i32.add
           (local.get $5)
           (i32.const 56320)
          )
          (i32.shl
           (local.get $12)
           (i32.const 3)
          )
         )
         (f64.mul
          (local.get $22)
          (f64.min
           (if (result f64)
            (i32.or
             (i32.or
              (f64.lt
               (local.tee $17
                (f64.sqrt
                 (f64.mul
                  (local.get $17)
                  (f64.const 0.25)
                 )
                )
               )
               (f64.const 1e-05)
              )
              (f64.lt
               (local.tee $15
                (f64.sqrt
                 (f64.mul
                  (local.get $15)
                  (f64.const 0.25)
                 )
                )
               )
               (f64.const 1e-05)
              )
             )
             (f64.ne
              (f64.sub
               (local.get $15)
               (local.get $15)
              )
              (f64.const 0)
             )
            )
            (then
             (f64.const 1e-06)
            )
            (else
             (f64.div
              (f64.mul
               (local.get $17)
               (f64.const 0.01)
              )
              (local.get $15)
             )
            )
           )
           (f64.abs
            (f64.sub
             (local.get $7)
             (local.get $6)
            )
           )
          )
         )
        )
        (br_if $d13
         (i32.lt_s
          (local.tee $12
           (i32.add
            (local.get $12)
            (i32.const 1)
           )
          )
          (local.get $18)
         )
        )
       )
      )
     )
     (loop $rounds
      (local.set $20
       (i32.const 0)
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d15
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d14
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 14080)
            )
            (i32.shl
             (i32.add
              (i32.shl
               (local.get $12)
               (i32.const 2)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.add
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 8960)
              )
              (i32.shl
               (i32.add
                (i32.shl
                 (local.get $12)
                 (i32.const 2)
                )
                (local.get $11)
               )
               (i32.const 3)
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
               (i32.shl
                (local.get $12)
                (i32.const 3)
               )
              )
             )
             (f64.mul
              (f64.load
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 19200)
                )
                (i32.shl
                 (i32.add
                  (i32.shl
                   (local.get $12)
                   (i32.const 2)
                  )
                  (local.get $11)
                 )
                 (i32.const 3)
                )
               )
              )
              (f64.const 0.2)
             )
            )
           )
          )
          (br_if $d14
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 4)
           )
          )
         )
         (br_if $d15
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d17
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d16
          (f64.store
           (i32.add
            (local.get $5)
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $13)
               (i32.const 3)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 14080)
             )
             (i32.shl
              (i32.add
               (i32.shl
                (local.get $12)
                (i32.const 2)
               )
               (local.get $11)
              )
              (i32.const 3)
             )
            )
           )
          )
          (br_if $d16
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 3)
           )
          )
         )
         (br_if $d17
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (call $evaluate
       (local.get $5)
       (i32.add
        (local.get $5)
        (i32.const 3840)
       )
       (i32.add
        (local.get $5)
        (i32.const 7680)
       )
       (local.get $14)
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d19
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d18
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 24320)
            )
            (i32.shl
             (i32.add
              (i32.shl
               (local.get $12)
               (i32.const 2)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 3840)
             )
             (i32.shl
              (i32.add
               (i32.mul
                (local.get $13)
                (i32.const 3)
               )
               (local.get $11)
              )
              (i32.const 3)
             )
            )
           )
          )
          (br_if $d18
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 3)
           )
          )
         )
         (f64.store
          (i32.add
           (i32.add
            (i32.shl
             (local.get $12)
             (i32.const 5)
            )
            (local.get $5)
           )
           (i32.const 24344)
          )
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 7680)
            )
            (i32.shl
             (local.get $13)
             (i32.const 3)
            )
           )
          )
         )
         (br_if $d19
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d21
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d20
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 14080)
            )
            (i32.shl
             (i32.add
              (i32.shl
               (local.get $12)
               (i32.const 2)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.add
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 8960)
              )
              (i32.shl
               (i32.add
                (i32.shl
                 (local.get $12)
                 (i32.const 2)
                )
                (local.get $11)
               )
               (i32.const 3)
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
               (i32.shl
                (local.get $12)
                (i32.const 3)
               )
              )
             )
             (f64.add
              (f64.mul
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 19200)
                 )
                 (i32.shl
                  (i32.add
                   (i32.shl
                    (local.get $12)
                    (i32.const 2)
                   )
                   (local.get $11)
                  )
                  (i32.const 3)
                 )
                )
               )
               (f64.const 0.075)
              )
              (f64.mul
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 24320)
                 )
                 (i32.shl
                  (i32.add
                   (i32.shl
                    (local.get $12)
                    (i32.const 2)
                   )
                   (local.get $11)
                  )
                  (i32.const 3)
                 )
                )
               )
               (f64.const 0.225)
              )
             )
            )
           )
          )
          (br_if $d20
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 4)
           )
          )
         )
         (br_if $d21
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d23
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d22
          (f64.store
           (i32.add
            (local.get $5)
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $13)
               (i32.const 3)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 14080)
             )
             (i32.shl
              (i32.add
               (i32.shl
                (local.get $12)
                (i32.const 2)
               )
               (local.get $11)
              )
              (i32.const 3)
             )
            )
           )
          )
          (br_if $d22
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 3)
           )
          )
         )
         (br_if $d23
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (call $evaluate
       (local.get $5)
       (i32.add
        (local.get $5)
        (i32.const 3840)
       )
       (i32.add
        (local.get $5)
        (i32.const 7680)
       )
       (local.get $14)
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d25
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d24
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 29440)
            )
            (i32.shl
             (i32.add
              (i32.shl
               (local.get $12)
               (i32.const 2)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 3840)
             )
             (i32.shl
              (i32.add
               (i32.mul
                (local.get $13)
                (i32.const 3)
               )
               (local.get $11)
              )
              (i32.const 3)
             )
            )
           )
          )
          (br_if $d24
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 3)
           )
          )
         )
         (f64.store
          (i32.add
           (i32.add
            (i32.shl
             (local.get $12)
             (i32.const 5)
            )
            (local.get $5)
           )
           (i32.const 29464)
          )
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 7680)
            )
            (i32.shl
             (local.get $13)
             (i32.const 3)
            )
           )
          )
         )
         (br_if $d25
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d27
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d26
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 14080)
            )
            (i32.shl
             (i32.add
              (i32.shl
               (local.get $12)
               (i32.const 2)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.add
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 8960)
              )
              (i32.shl
               (i32.add
                (i32.shl
                 (local.get $12)
                 (i32.const 2)
                )
                (local.get $11)
               )
               (i32.const 3)
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
               (i32.shl
                (local.get $12)
                (i32.const 3)
               )
              )
             )
             (f64.add
              (f64.add
               (f64.mul
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 19200)
                  )
                  (i32.shl
                   (i32.add
                    (i32.shl
                     (local.get $12)
                     (i32.const 2)
                    )
                    (local.get $11)
                   )
                   (i32.const 3)
                  )
                 )
                )
                (f64.const 0.9777777777777777)
               )
               (f64.mul
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 24320)
                  )
                  (i32.shl
                   (i32.add
                    (i32.shl
                     (local.get $12)
                     (i32.const 2)
                    )
                    (local.get $11)
                   )
                   (i32.const 3)
                  )
                 )
                )
                (f64.const -3.7333333333333334)
               )
              )
              (f64.mul
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 29440)
                 )
                 (i32.shl
                  (i32.add
                   (i32.shl
                    (local.get $12)
                    (i32.const 2)
                   )
                   (local.get $11)
                  )
                  (i32.const 3)
                 )
                )
               )
               (f64.const 3.5555555555555554)
              )
             )
            )
           )
          )
          (br_if $d26
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 4)
           )
          )
         )
         (br_if $d27
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d29
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d28
          (f64.store
           (i32.add
            (local.get $5)
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $13)
               (i32.const 3)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 14080)
             )
             (i32.shl
              (i32.add
               (i32.shl
                (local.get $12)
                (i32.const 2)
               )
               (local.get $11)
              )
              (i32.const 3)
             )
            )
           )
          )
          (br_if $d28
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 3)
           )
          )
         )
         (br_if $d29
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (call $evaluate
       (local.get $5)
       (i32.add
        (local.get $5)
        (i32.const 3840)
       )
       (i32.add
        (local.get $5)
        (i32.const 7680)
       )
       (local.get $14)
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d31
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d30
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 34560)
            )
            (i32.shl
             (i32.add
              (i32.shl
               (local.get $12)
               (i32.const 2)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 3840)
             )
             (i32.shl
              (i32.add
               (i32.mul
                (local.get $13)
                (i32.const 3)
               )
               (local.get $11)
              )
              (i32.const 3)
             )
            )
           )
          )
          (br_if $d30
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 3)
           )
          )
         )
         (f64.store
          (i32.add
           (i32.add
            (i32.shl
             (local.get $12)
             (i32.const 5)
            )
            (local.get $5)
           )
           (i32.const 34584)
          )
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 7680)
            )
            (i32.shl
             (local.get $13)
             (i32.const 3)
            )
           )
          )
         )
         (br_if $d31
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d33
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d32
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 14080)
            )
            (i32.shl
             (i32.add
              (i32.shl
               (local.get $12)
               (i32.const 2)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.add
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 8960)
              )
              (i32.shl
               (i32.add
                (i32.shl
                 (local.get $12)
                 (i32.const 2)
                )
                (local.get $11)
               )
               (i32.const 3)
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
               (i32.shl
                (local.get $12)
                (i32.const 3)
               )
              )
             )
             (f64.add
              (f64.add
               (f64.add
                (f64.mul
                 (f64.load
                  (i32.add
                   (i32.add
                    (local.get $5)
                    (i32.const 19200)
                   )
                   (i32.shl
                    (i32.add
                     (i32.shl
                      (local.get $12)
                      (i32.const 2)
                     )
                     (local.get $11)
                    )
                    (i32.const 3)
                   )
                  )
                 )
                 (f64.const 2.9525986892242035)
                )
                (f64.mul
                 (f64.load
                  (i32.add
                   (i32.add
                    (local.get $5)
                    (i32.const 24320)
                   )
                   (i32.shl
                    (i32.add
                     (i32.shl
                      (local.get $12)
                      (i32.const 2)
                     )
                     (local.get $11)
                    )
                    (i32.const 3)
                   )
                  )
                 )
                 (f64.const -11.595793324188385)
                )
               )
               (f64.mul
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 29440)
                  )
                  (i32.shl
                   (i32.add
                    (i32.shl
                     (local.get $12)
                     (i32.const 2)
                    )
                    (local.get $11)
                   )
                   (i32.const 3)
                  )
                 )
                )
                (f64.const 9.822892851699436)
               )
              )
              (f64.mul
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 34560)
                 )
                 (i32.shl
                  (i32.add
                   (i32.shl
                    (local.get $12)
                    (i32.const 2)
                   )
                   (local.get $11)
                  )
                  (i32.const 3)
                 )
                )
               )
               (f64.const -0.2908093278463649)
              )
             )
            )
           )
          )
          (br_if $d32
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 4)
           )
          )
         )
         (br_if $d33
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d35
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d34
          (f64.store
           (i32.add
            (local.get $5)
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $13)
               (i32.const 3)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 14080)
             )
             (i32.shl
              (i32.add
               (i32.shl
                (local.get $12)
                (i32.const 2)
               )
               (local.get $11)
              )
              (i32.const 3)
             )
            )
           )
          )
          (br_if $d34
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 3)
           )
          )
         )
         (br_if $d35
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (call $evaluate
       (local.get $5)
       (i32.add
        (local.get $5)
        (i32.const 3840)
       )
       (i32.add
        (local.get $5)
        (i32.const 7680)
       )
       (local.get $14)
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d37
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d36
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 39680)
            )
            (i32.shl
             (i32.add
              (i32.shl
               (local.get $12)
               (i32.const 2)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 3840)
             )
             (i32.shl
              (i32.add
               (i32.mul
                (local.get $13)
                (i32.const 3)
               )
               (local.get $11)
              )
              (i32.const 3)
             )
            )
           )
          )
          (br_if $d36
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 3)
           )
          )
         )
         (f64.store
          (i32.add
           (i32.add
            (i32.shl
             (local.get $12)
             (i32.const 5)
            )
            (local.get $5)
           )
           (i32.const 39704)
          )
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 7680)
            )
            (i32.shl
             (local.get $13)
             (i32.const 3)
            )
           )
          )
         )
         (br_if $d37
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d39
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d38
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 14080)
            )
            (i32.shl
             (i32.add
              (i32.shl
               (local.get $12)
               (i32.const 2)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.add
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 8960)
              )
              (i32.shl
               (i32.add
                (i32.shl
                 (local.get $12)
                 (i32.const 2)
                )
                (local.get $11)
               )
               (i32.const 3)
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
               (i32.shl
                (local.get $12)
                (i32.const 3)
               )
              )
             )
             (f64.add
              (f64.add
               (f64.add
                (f64.add
                 (f64.mul
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 19200)
                    )
                    (i32.shl
                     (i32.add
                      (i32.shl
                       (local.get $12)
                       (i32.const 2)
                      )
                      (local.get $11)
                     )
                     (i32.const 3)
                    )
                   )
                  )
                  (f64.const 2.8462752525252526)
                 )
                 (f64.mul
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 24320)
                    )
                    (i32.shl
                     (i32.add
                      (i32.shl
                       (local.get $12)
                       (i32.const 2)
                      )
                      (local.get $11)
                     )
                     (i32.const 3)
                    )
                   )
                  )
                  (f64.const -10.757575757575758)
                 )
                )
                (f64.mul
                 (f64.load
                  (i32.add
                   (i32.add
                    (local.get $5)
                    (i32.const 29440)
                   )
                   (i32.shl
                    (i32.add
                     (i32.shl
                      (local.get $12)
                      (i32.const 2)
                     )
                     (local.get $11)
                    )
                    (i32.const 3)
                   )
                  )
                 )
                 (f64.const 8.906422717743473)
                )
               )
               (f64.mul
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 34560)
                  )
                  (i32.shl
                   (i32.add
                    (i32.shl
                     (local.get $12)
                     (i32.const 2)
                    )
                    (local.get $11)
                   )
                   (i32.const 3)
                  )
                 )
                )
                (f64.const 0.2784090909090909)
               )
              )
              (f64.mul
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 39680)
                 )
                 (i32.shl
                  (i32.add
                   (i32.shl
                    (local.get $12)
                    (i32.const 2)
                   )
                   (local.get $11)
                  )
                  (i32.const 3)
                 )
                )
               )
               (f64.const -0.2735313036020583)
              )
             )
            )
           )
          )
          (br_if $d38
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 4)
           )
          )
         )
         (br_if $d39
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d41
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d40
          (f64.store
           (i32.add
            (local.get $5)
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $13)
               (i32.const 3)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 14080)
             )
             (i32.shl
              (i32.add
               (i32.shl
                (local.get $12)
                (i32.const 2)
               )
               (local.get $11)
              )
              (i32.const 3)
             )
            )
           )
          )
          (br_if $d40
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 3)
           )
          )
         )
         (br_if $d41
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (call $evaluate
       (local.get $5)
       (i32.add
        (local.get $5)
        (i32.const 3840)
       )
       (i32.add
        (local.get $5)
        (i32.const 7680)
       )
       (local.get $14)
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d43
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d42
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 44800)
            )
            (i32.shl
             (i32.add
              (i32.shl
               (local.get $12)
               (i32.const 2)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 3840)
             )
             (i32.shl
              (i32.add
               (i32.mul
                (local.get $13)
                (i32.const 3)
               )
               (local.get $11)
              )
              (i32.const 3)
             )
            )
           )
          )
          (br_if $d42
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 3)
           )
          )
         )
         (f64.store
          (i32.add
           (i32.add
            (i32.shl
             (local.get $12)
             (i32.const 5)
            )
            (local.get $5)
           )
           (i32.const 44824)
          )
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 7680)
            )
            (i32.shl
             (local.get $13)
             (i32.const 3)
            )
           )
          )
         )
         (br_if $d43
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d45
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d44
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 14080)
            )
            (i32.shl
             (i32.add
              (i32.shl
               (local.get $12)
               (i32.const 2)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.add
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 8960)
              )
              (i32.shl
               (i32.add
                (i32.shl
                 (local.get $12)
                 (i32.const 2)
                )
                (local.get $11)
               )
               (i32.const 3)
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
               (i32.shl
                (local.get $12)
                (i32.const 3)
               )
              )
             )
             (f64.add
              (f64.add
               (f64.add
                (f64.add
                 (f64.mul
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 19200)
                    )
                    (i32.shl
                     (i32.add
                      (i32.shl
                       (local.get $12)
                       (i32.const 2)
                      )
                      (local.get $11)
                     )
                     (i32.const 3)
                    )
                   )
                  )
                  (f64.const 0.09114583333333333)
                 )
                 (f64.mul
                  (f64.load
                   (i32.add
                    (i32.add
                     (local.get $5)
                     (i32.const 29440)
                    )
                    (i32.shl
                     (i32.add
                      (i32.shl
                       (local.get $12)
                       (i32.const 2)
                      )
                      (local.get $11)
                     )
                     (i32.const 3)
                    )
                   )
                  )
                  (f64.const 0.44923629829290207)
                 )
                )
                (f64.mul
                 (f64.load
                  (i32.add
                   (i32.add
                    (local.get $5)
                    (i32.const 34560)
                   )
                   (i32.shl
                    (i32.add
                     (i32.shl
                      (local.get $12)
                      (i32.const 2)
                     )
                     (local.get $11)
                    )
                    (i32.const 3)
                   )
                  )
                 )
                 (f64.const 0.6510416666666666)
                )
               )
               (f64.mul
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 39680)
                  )
                  (i32.shl
                   (i32.add
                    (i32.shl
                     (local.get $12)
                     (i32.const 2)
                    )
                    (local.get $11)
                   )
                   (i32.const 3)
                  )
                 )
                )
                (f64.const -0.322376179245283)
               )
              )
              (f64.mul
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 44800)
                 )
                 (i32.shl
                  (i32.add
                   (i32.shl
                    (local.get $12)
                    (i32.const 2)
                   )
                   (local.get $11)
                  )
                  (i32.const 3)
                 )
                )
               )
               (f64.const 0.13095238095238096)
              )
             )
            )
           )
          )
          (br_if $d44
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 4)
           )
          )
         )
         (br_if $d45
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d47
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d46
          (f64.store
           (i32.add
            (local.get $5)
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $13)
               (i32.const 3)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 14080)
             )
             (i32.shl
              (i32.add
               (i32.shl
                (local.get $12)
                (i32.const 2)
               )
               (local.get $11)
              )
              (i32.const 3)
             )
            )
           )
          )
          (br_if $d46
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 3)
           )
          )
         )
         (br_if $d47
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (call $evaluate
       (local.get $5)
       (i32.add
        (local.get $5)
        (i32.const 3840)
       )
       (i32.add
        (local.get $5)
        (i32.const 7680)
       )
       (local.get $14)
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d49
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d48
          (f64.store
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 49920)
            )
            (i32.shl
             (i32.add
              (i32.shl
               (local.get $12)
               (i32.const 2)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 3840)
             )
             (i32.shl
              (i32.add
               (i32.mul
                (local.get $13)
                (i32.const 3)
               )
               (local.get $11)
              )
              (i32.const 3)
             )
            )
           )
          )
          (br_if $d48
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 3)
           )
          )
         )
         (f64.store
          (i32.add
           (i32.add
            (i32.shl
             (local.get $12)
             (i32.const 5)
            )
            (local.get $5)
           )
           (i32.const 49944)
          )
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 7680)
            )
            (i32.shl
             (local.get $13)
             (i32.const 3)
            )
           )
          )
         )
         (br_if $d49
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (local.set $13
       (i32.const 0)
      )
      (if
       (i32.gt_s
        (local.get $14)
        (i32.const 0)
       )
       (then
        (loop $d5
         (local.set $12
          (i32.trunc_f64_s
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 61440)
             )
             (i32.shl
              (local.get $13)
              (i32.const 3)
             )
            )
           )
          )
         )
         (local.set $17
          (f64.const 0)
         )
         (local.set $23
          (f64.const 0)
         )
         (local.set $11
          (i32.const 0)
         )
         (loop $d0
          (local.set $17
           (f64.add
            (local.get $17)
            (f64.mul
             (local.tee $15
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
                   (i32.shl
                    (local.get $12)
                    (i32.const 3)
                   )
                  )
                 )
                 (local.tee $16
                  (f64.add
                   (f64.add
                    (f64.add
                     (f64.add
                      (f64.add
                       (f64.mul
                        (f64.load
                         (i32.add
                          (i32.add
                           (local.get $5)
                           (i32.const 19200)
                          )
                          (i32.shl
                           (i32.add
                            (i32.shl
                             (local.get $12)
                             (i32.const 2)
                            )
                            (local.get $11)
                           )
                           (i32.const 3)
                          )
                         )
                        )
                        (f64.const 1.2326388888888888e-03)
                       )
                       (f64.mul
                        (f64.load
                         (i32.add
                          (i32.add
                           (local.get $5)
                           (i32.const 29440)
                          )
                          (i32.shl
                           (i32.add
                            (i32.shl
                             (local.get $12)
                             (i32.const 2)
                            )
                            (local.get $11)
                           )
                           (i32.const 3)
                          )
                         )
                        )
                        (f64.const -4.2527702905061394e-03)
                       )
                      )
                      (f64.mul
                       (f64.load
                        (i32.add
                         (i32.add
                          (local.get $5)
                          (i32.const 34560)
                         )
                         (i32.shl
                          (i32.add
                           (i32.shl
                            (local.get $12)
                            (i32.const 2)
                           )
                           (local.get $11)
                          )
                          (i32.const 3)
                         )
                        )
                       )
                       (f64.const 0.03697916666666667)
                      )
                     )
                     (f64.mul
                      (f64.load
                       (i32.add
                        (i32.add
                         (local.get $5)
                         (i32.const 39680)
                        )
                        (i32.shl
                         (i32.add
                          (i32.shl
                           (local.get $12)
                           (i32.const 2)
                          )
                          (local.get $11)
                         )
                         (i32.const 3)
                        )
                       )
                      )
                      (f64.const -0.05086379716981132)
                     )
                    )
                    (f64.mul
                     (f64.load
                      (i32.add
                       (i32.add
                        (local.get $5)
                        (i32.const 44800)
                       )
                       (i32.shl
                        (i32.add
                         (i32.shl
                          (local.get $12)
                          (i32.const 2)
                         )
                         (local.get $11)
                        )
                        (i32.const 3)
                       )
                      )
                     )
                     (f64.const 0.0419047619047619)
                    )
                   )
                   (f64.mul
                    (f64.load
                     (i32.add
                      (i32.add
                       (local.get $5)
                       (i32.const 49920)
                      )
                      (i32.shl
                       (i32.add
                        (i32.shl
                         (local.get $12)
                         (i32.const 2)
                        )
                        (local.get $11)
                       )
                       (i32.const 3)
                      )
                     )
                    )
                    (f64.const -0.025)
                   )
                  )
                 )
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
                      (i32.shl
                       (i32.add
                        (i32.shl
                         (local.get $12)
                         (i32.const 2)
                        )
                        (local.get $11)
                       )
                       (i32.const 3)
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
                      (i32.shl
                       (i32.add
                        (i32.shl
                         (local.get $12)
                         (i32.const 2)
                        )
                        (local.get $11)
                       )
                       (i32.const 3)
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
                   (i32.shl
                    (local.get $12)
                    (i32.const 3)
                   )
                  )
                 )
                 (local.get $16)
                )
                (f64.const 0)
               )
              )
             )
             (local.get $15)
            )
           )
          )
          (local.set $23
           (f64.add
            (local.get $23)
            (f64.sub
             (f64.load
              (i32.add
               (i32.add
                (local.get $5)
                (i32.const 14080)
               )
               (i32.shl
                (i32.add
                 (i32.shl
                  (local.get $12)
                  (i32.const 2)
                 )
                 (local.get $11)
                )
                (i32.const 3)
               )
              )
             )
             (f64.load
              (i32.add
               (i32.add
                (local.get $5)
                (i32.const 14080)
               )
               (i32.shl
                (i32.add
                 (i32.shl
                  (local.get $12)
                  (i32.const 2)
                 )
                 (local.get $11)
                )
                (i32.const 3)
               )
              )
             )
            )
           )
          )
          (br_if $d0
           (i32.lt_s
            (local.tee $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (i32.const 4)
           )
          )
         )
         (f64.store
          (i32.add
           (i32.add
            (local.get $5)
            (i32.const 58880)
           )
           (i32.shl
            (local.get $12)
            (i32.const 3)
           )
          )
          (f64.add
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 58880)
             )
             (i32.shl
              (local.get $12)
              (i32.const 3)
             )
            )
           )
           (f64.const 1)
          )
         )
         (local.set $21
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 55040)
            )
            (i32.shl
             (local.get $12)
             (i32.const 3)
            )
           )
          )
         )
         (local.set $15
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 56320)
            )
            (i32.shl
             (local.get $12)
             (i32.const 3)
            )
           )
          )
         )
         (if
          (f64.ne
           (f64.add
            (local.get $23)
            (f64.sub
             (local.tee $17
              (f64.sqrt
               (f64.mul
                (local.get $17)
                (f64.const 0.25)
               )
              )
             )
             (local.get $17)
            )
           )
           (f64.const 0)
          )
          (then
           (if
            (if (result i32)
             (f64.lt
              (f64.load
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 58880)
                )
                (i32.shl
                 (local.get $12)
                 (i32.const 3)
                )
               )
              )
              (f64.convert_i32_s
               (local.get $10)
              )
             )
             (then
              (f64.gt
               (f64.abs
                (local.get $15)
               )
               (f64.mul
                (f64.max
                 (f64.abs
                  (local.get $21)
                 )
                 (f64.const 1)
                )
                (f64.const 1e-12)
               )
              )
             )
             (else
              (i32.const 0)
             )
            )
            (then
             (f64.store
              (i32.add
               (i32.add
                (local.get $5)
                (i32.const 56320)
               )
               (i32.shl
                (local.get $12)
                (i32.const 3)
               )
              )
              (f64.div
               (local.get $15)
               (f64.const 10)
              )
             )
             (f64.store
              (i32.add
               (i32.add
                (local.get $5)
                (i32.const 61440)
               )
               (i32.shl
                (local.get $20)
                (i32.const 3)
               )
              )
              (f64.convert_i32_s
               (local.get $12)
              )
             )
             (local.set $20
              (i32.add
               (local.get $20)
               (i32.const 1)
              )
             )
            )
            (else
             (local.set $11
              (i32.const 0)
             )
             (loop $d1
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 8960)
                )
                (i32.shl
                 (i32.add
                  (i32.shl
                   (local.get $12)
                   (i32.const 2)
                  )
                  (local.get $11)
                 )
                 (i32.const 3)
                )
               )
               (f64.const nan:0x8000000000000)
              )
              (br_if $d1
               (i32.lt_s
                (local.tee $11
                 (i32.add
                  (local.get $11)
                  (i32.const 1)
                 )
                )
                (i32.const 4)
               )
              )
             )
             (f64.store
              (i32.add
               (i32.add
                (local.get $5)
                (i32.const 60160)
               )
               (i32.shl
                (local.get $12)
                (i32.const 3)
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
             (local.get $17)
             (f64.const 1)
            )
            (then
             (local.set $11
              (i32.const 0)
             )
             (loop $d2
              (f64.store
               (i32.add
                (i32.add
                 (local.get $5)
                 (i32.const 8960)
                )
                (i32.shl
                 (i32.add
                  (i32.shl
                   (local.get $12)
                   (i32.const 2)
                  )
                  (local.get $11)
                 )
                 (i32.const 3)
                )
               )
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 14080)
                 )
                 (i32.shl
                  (i32.add
                   (i32.shl
                    (local.get $12)
                    (i32.const 2)
                   )
                   (local.get $11)
                  )
                  (i32.const 3)
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
                (i32.shl
                 (i32.add
                  (i32.shl
                   (local.get $12)
                   (i32.const 2)
                  )
                  (local.get $11)
                 )
                 (i32.const 3)
                )
               )
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 49920)
                 )
                 (i32.shl
                  (i32.add
                   (i32.shl
                    (local.get $12)
                    (i32.const 2)
                   )
                   (local.get $11)
                  )
                  (i32.const 3)
                 )
                )
               )
              )
              (br_if $d2
               (i32.lt_s
                (local.tee $11
                 (i32.add
                  (local.get $11)
                  (i32.const 1)
                 )
                )
                (i32.const 4)
               )
              )
             )
             (f64.store
              (i32.add
               (i32.add
                (local.get $5)
                (i32.const 55040)
               )
               (i32.shl
                (local.get $12)
                (i32.const 3)
               )
              )
              (local.tee $21
               (f64.add
                (local.get $21)
                (local.get $15)
               )
              )
             )
             (f64.store
              (i32.add
               (i32.add
                (local.get $5)
                (i32.const 57600)
               )
               (i32.shl
                (local.get $12)
                (i32.const 3)
               )
              )
              (f64.add
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 57600)
                 )
                 (i32.shl
                  (local.get $12)
                  (i32.const 3)
                 )
                )
               )
               (f64.const 1)
              )
             )
            )
           )
           (local.set $15
            (f64.mul
             (local.get $15)
             (if (result f64)
              (f64.le
               (local.get $17)
               (f64.const 5.904899999999999e-06)
              )
              (then
               (f64.const 10)
              )
              (else
               (if (result f64)
                (f64.ge
                 (local.get $17)
                 (f64.const 1845.28125)
                )
                (then
                 (f64.const 0.2)
                )
                (else
                 (local.set $16
                  (f64.const 1)
                 )
                 (local.set $15
                  (local.get $17)
                 )
                 (local.set $11
                  (i32.const 0)
                 )
                 (loop $d3
                  (local.set $16
                   (f64.sub
                    (local.get $16)
                    (f64.div
                     (f64.sub
                      (f64.mul
                       (f64.mul
                        (f64.mul
                         (f64.mul
                          (local.get $16)
                          (local.get $16)
                         )
                         (local.get $16)
                        )
                        (local.get $16)
                       )
                       (local.get $16)
                      )
                      (local.get $15)
                     )
                     (f64.mul
                      (f64.mul
                       (f64.mul
                        (f64.mul
                         (local.get $16)
                         (local.get $16)
                        )
                        (local.get $16)
                       )
                       (local.get $16)
                      )
                      (f64.const 5)
                     )
                    )
                   )
                  )
                  (br_if $d3
                   (i32.lt_s
                    (local.tee $11
                     (i32.add
                      (local.get $11)
                      (i32.const 1)
                     )
                    )
                    (i32.const 40)
                   )
                  )
                 )
                 (f64.div
                  (f64.const 0.9)
                  (local.get $16)
                 )
                )
               )
              )
             )
            )
           )
           (if
            (f64.ge
             (f64.mul
              (local.get $22)
              (f64.sub
               (local.get $21)
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
               (i32.shl
                (local.get $12)
                (i32.const 3)
               )
              )
              (f64.const 1)
             )
            )
            (else
             (if
              (if (result i32)
               (f64.ge
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 58880)
                  )
                  (i32.shl
                   (local.get $12)
                   (i32.const 3)
                  )
                 )
                )
                (f64.convert_i32_s
                 (local.get $10)
                )
               )
               (then
                (i32.const 1)
               )
               (else
                (f64.lt
                 (f64.abs
                  (local.get $15)
                 )
                 (f64.mul
                  (f64.max
                   (f64.abs
                    (local.get $21)
                   )
                   (f64.const 1)
                  )
                  (f64.const 1e-14)
                 )
                )
               )
              )
              (then
               (local.set $11
                (i32.const 0)
               )
               (loop $d4
                (f64.store
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 8960)
                  )
                  (i32.shl
                   (i32.add
                    (i32.shl
                     (local.get $12)
                     (i32.const 2)
                    )
                    (local.get $11)
                   )
                   (i32.const 3)
                  )
                 )
                 (f64.const nan:0x8000000000000)
                )
                (br_if $d4
                 (i32.lt_s
                  (local.tee $11
                   (i32.add
                    (local.get $11)
                    (i32.const 1)
                   )
                  )
                  (i32.const 4)
                 )
                )
               )
               (f64.store
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 60160)
                 )
                 (i32.shl
                  (local.get $12)
                  (i32.const 3)
                 )
                )
                (f64.const 1)
               )
              )
              (else
               (f64.store
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 56320)
                 )
                 (i32.shl
                  (local.get $12)
                  (i32.const 3)
                 )
                )
                (select
                 (f64.sub
                  (local.get $7)
                  (local.get $21)
                 )
                 (local.get $15)
                 (f64.gt
                  (f64.mul
                   (local.get $22)
                   (f64.sub
                    (f64.add
                     (local.get $21)
                     (local.get $15)
                    )
                    (local.get $7)
                   )
                  )
                  (f64.const 0)
                 )
                )
               )
               (f64.store
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 61440)
                 )
                 (i32.shl
                  (local.get $20)
                  (i32.const 3)
                 )
                )
                (f64.convert_i32_s
                 (local.get $12)
                )
               )
               (local.set $20
                (i32.add
                 (local.get $20)
                 (i32.const 1)
                )
               )
              )
             )
            )
           )
          )
         )
         (br_if $d5
          (i32.lt_s
           (local.tee $13
            (i32.add
             (local.get $13)
             (i32.const 1)
            )
           )
           (local.get $14)
          )
         )
        )
       )
      )
      (br_if $rounds
       (local.tee $14
        (local.get $20)
       )
      )
     )
     (local.set $12
      (i32.const 0)
     )
     (if
      (i32.gt_s
       (local.get $18)
       (i32.const 0)
      )
      (then
       (loop $d51
        (local.set $11
         (i32.const 0)
        )
        (loop $d50
         (f64.store
          (i32.add
           (local.get $1)
           (i32.shl
            (i32.add
             (i32.mul
              (i32.add
               (local.get $12)
               (local.get $19)
              )
              (i32.const 3)
             )
             (local.get $11)
            )
            (i32.const 3)
           )
          )
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 8960)
            )
            (i32.shl
             (i32.add
              (i32.shl
               (local.get $12)
               (i32.const 2)
              )
              (local.get $11)
             )
             (i32.const 3)
            )
           )
          )
         )
         (br_if $d50
          (i32.lt_s
           (local.tee $11
            (i32.add
             (local.get $11)
             (i32.const 1)
            )
           )
           (i32.const 3)
          )
         )
        )
        (f64.store
         (i32.add
          (local.get $2)
          (i32.shl
           (i32.add
            (local.get $12)
            (local.get $19)
           )
           (i32.const 3)
          )
         )
         (f64.load
          (i32.add
           (i32.add
            (i32.shl
             (local.get $12)
             (i32.const 5)
            )
            (local.get $5)
           )
           (i32.const 8984)
          )
         )
        )
        (f64.store
         (i32.add
          (local.get $3)
          (i32.shl
           (i32.add
            (local.get $12)
            (local.get $19)
           )
           (i32.const 3)
          )
         )
         (f64.load
          (i32.add
           (i32.add
            (local.get $5)
            (i32.const 57600)
           )
           (i32.shl
            (local.get $12)
            (i32.const 3)
           )
          )
         )
        )
        (br_if $d51
         (i32.lt_s
          (local.tee $12
           (i32.add
            (local.get $12)
            (i32.const 1)
           )
          )
          (local.get $18)
         )
        )
       )
      )
     )
     (local.set $19
      (i32.add
       (local.get $19)
       (i32.const 160)
      )
     )
     (br $blocks)
    )
   )
  )
 )
 (func $prologue
  (local $0 v128)
  (v128.store align=4
   (i32.const 144)
   (local.tee $0
    (call $native_exp_f64x2
     (f64x2.mul
      (f64x2.mul
       (v128.load64_splat offset=16
        (i32.const 0)
       )
       (v128.const i32x4 0x00000000 0xc0080000 0x00000000 0xc0080000)
      )
      (v128.load64_splat offset=24
       (i32.const 0)
      )
     )
    )
   )
  )
  (v128.store align=4
   (i32.const 160)
   (f64x2.neg
    (local.get $0)
   )
  )
  (v128.store align=4
   (i32.const 176)
   (local.tee $0
    (call $native_exp_f64x2
     (f64x2.mul
      (f64x2.mul
       (v128.load64_splat offset=16
        (i32.const 0)
       )
       (v128.const i32x4 0x00000000 0xc0080000 0x00000000 0xc0080000)
      )
      (v128.load64_splat offset=24
       (i32.const 0)
      )
     )
    )
   )
  )
  (v128.store align=4
   (i32.const 192)
   (f64x2.neg
    (local.get $0)
   )
  )
 )
)
