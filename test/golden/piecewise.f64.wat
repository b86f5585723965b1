(module
 (type $0 (func (param i32 i32 i32 i32)))
 (type $1 (func (param v128 v128) (result v128)))
 (type $2 (func (param i32 i32 i32)))
 (type $3 (func (param i32 i32 i32 i32 i32 f64 f64 i32)))
 (type $4 (func (param i32 i32 i32 i32 i32 i32 f64 f64 f64 f64 i32)))
 (type $5 (func))
 (memory $0 1 65536)
 (export "memory" (memory $0))
 (export "evaluate" (func $evaluate))
 (export "divergence" (func $divergence))
 (export "diagonal" (func $diagonal))
 (export "flow_rk4" (func $flow_rk4))
 (export "flow_dopri5" (func $flow_dopri5))
 (export "prologue" (func $prologue))
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
  (local.set $4
   (f64x2.lt
    (local.tee $2
     (f64x2.abs
      (local.tee $7
       (f64x2.abs
        (f64x2.div
         (local.get $0)
         (local.get $1)
        )
       )
      )
     )
    )
    (v128.const i32x4 0x00000000 0x3fdc0000 0x00000000 0x3fdc0000)
   )
  )
  (local.set $3
   (f64x2.mul
    (local.tee $6
     (f64x2.mul
      (local.tee $5
       (f64x2.div
        (v128.bitselect
         (local.get $7)
         (v128.bitselect
          (f64x2.sub
           (f64x2.add
            (local.get $2)
            (local.get $2)
           )
           (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
          )
          (v128.bitselect
           (f64x2.sub
            (local.get $2)
            (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
           )
           (v128.bitselect
            (f64x2.sub
             (local.get $2)
             (v128.const i32x4 0x00000000 0x3ff80000 0x00000000 0x3ff80000)
            )
            (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
            (local.tee $8
             (f64x2.lt
              (local.get $2)
              (v128.const i32x4 0x00000000 0x40038000 0x00000000 0x40038000)
             )
            )
           )
           (local.tee $9
            (f64x2.lt
             (local.get $2)
             (v128.const i32x4 0x00000000 0x3ff30000 0x00000000 0x3ff30000)
            )
           )
          )
          (local.tee $10
           (f64x2.lt
            (local.get $2)
            (v128.const i32x4 0x00000000 0x3fe60000 0x00000000 0x3fe60000)
           )
          )
         )
         (local.get $4)
        )
        (v128.bitselect
         (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
         (v128.bitselect
          (f64x2.add
           (v128.const i32x4 0x00000000 0x40000000 0x00000000 0x40000000)
           (local.get $2)
          )
          (v128.bitselect
           (f64x2.add
            (local.get $2)
            (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
           )
           (v128.bitselect
            (f64x2.add
             (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
             (f64x2.mul
              (v128.const i32x4 0x00000000 0x3ff80000 0x00000000 0x3ff80000)
              (local.get $2)
             )
            )
            (local.get $2)
            (local.get $8)
           )
           (local.get $9)
          )
          (local.get $10)
         )
         (local.get $4)
        )
       )
      )
      (local.get $5)
     )
    )
    (local.get $6)
   )
  )
  (v128.bitselect
   (v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000)
   (v128.bitselect
    (v128.bitselect
     (v128.or
      (v128.const i32x4 0x54442d18 0x400921fb 0x54442d18 0x400921fb)
      (v128.and
       (local.get $0)
       (v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000)
      )
     )
     (local.get $0)
     (local.tee $11
      (f64x2.lt
       (v128.or
        (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
        (v128.and
         (local.get $1)
         (v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000)
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.bitselect
     (v128.bitselect
      (v128.or
       (v128.and
        (v128.bitselect
         (v128.const i32x4 0x7f3321d2 0x4002d97c 0x7f3321d2 0x4002d97c)
         (v128.const i32x4 0x54442d18 0x3fe921fb 0x54442d18 0x3fe921fb)
         (local.get $11)
        )
        (v128.const i32x4 0xffffffff 0x7fffffff 0xffffffff 0x7fffffff)
       )
       (v128.and
        (local.get $0)
        (v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000)
       )
      )
      (v128.or
       (v128.and
        (v128.bitselect
         (v128.const i32x4 0x54442d18 0x400921fb 0x54442d18 0x400921fb)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         (local.get $11)
        )
        (v128.const i32x4 0xffffffff 0x7fffffff 0xffffffff 0x7fffffff)
       )
       (v128.and
        (local.get $0)
        (v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000)
       )
      )
      (local.tee $12
       (f64x2.eq
        (f64x2.abs
         (local.get $0)
        )
        (v128.const i32x4 0x00000000 0x7ff00000 0x00000000 0x7ff00000)
       )
      )
     )
     (v128.bitselect
      (v128.or
       (v128.const i32x4 0x54442d18 0x3ff921fb 0x54442d18 0x3ff921fb)
       (v128.and
        (local.get $0)
        (v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000)
       )
      )
      (v128.or
       (v128.and
        (v128.bitselect
         (f64x2.sub
          (v128.const i32x4 0x54442d18 0x400921fb 0x54442d18 0x400921fb)
          (f64x2.sub
           (local.tee $2
            (v128.bitselect
             (local.get $7)
             (v128.bitselect
              (f64x2.sub
               (local.get $5)
               (f64x2.mul
                (local.get $5)
                (f64x2.add
                 (local.tee $6
                  (f64x2.mul
                   (local.get $6)
                   (f64x2.add
                    (v128.const i32x4 0x5555550d 0x3fd55555 0x5555550d 0x3fd55555)
                    (f64x2.mul
                     (local.get $3)
                     (f64x2.add
                      (v128.const i32x4 0x920083ff 0x3fc24924 0x920083ff 0x3fc24924)
                      (f64x2.mul
                       (local.get $3)
                       (f64x2.add
                        (v128.const i32x4 0xc54c206e 0x3fb745cd 0xc54c206e 0x3fb745cd)
                        (f64x2.mul
                         (local.get $3)
                         (f64x2.add
                          (v128.const i32x4 0xa0d03d51 0x3fb10d66 0xa0d03d51 0x3fb10d66)
                          (f64x2.mul
                           (local.get $3)
                           (f64x2.add
                            (v128.const i32x4 0x24760deb 0x3fa97b4b 0x24760deb 0x3fa97b4b)
                            (f64x2.mul
                             (local.get $3)
                             (v128.const i32x4 0xe322da11 0x3f90ad3a 0xe322da11 0x3f90ad3a)
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
                 (local.tee $3
                  (f64x2.mul
                   (local.get $3)
                   (f64x2.add
                    (v128.const i32x4 0x9998ebc4 0xbfc99999 0x9998ebc4 0xbfc99999)
                    (f64x2.mul
                     (local.get $3)
                     (f64x2.add
                      (v128.const i32x4 0xfe231671 0xbfbc71c6 0xfe231671 0xbfbc71c6)
                      (f64x2.mul
                       (local.get $3)
                       (f64x2.add
                        (v128.const i32x4 0xaf749a6d 0xbfb3b0f2 0xaf749a6d 0xbfb3b0f2)
                        (f64x2.mul
                         (local.get $3)
                         (f64x2.add
                          (v128.const i32x4 0x52defd9a 0xbfadde2d 0x52defd9a 0xbfadde2d)
                          (f64x2.mul
                           (local.get $3)
                           (v128.const i32x4 0x2c6a6c2f 0xbfa2b444 0x2c6a6c2f 0xbfa2b444)
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
              (v128.or
               (v128.and
                (f64x2.sub
                 (v128.bitselect
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  (v128.bitselect
                   (v128.const i32x4 0x0561bb4f 0x3fddac67 0x0561bb4f 0x3fddac67)
                   (v128.bitselect
                    (v128.const i32x4 0x54442d18 0x3fe921fb 0x54442d18 0x3fe921fb)
                    (v128.bitselect
                     (v128.const i32x4 0xd281f69b 0x3fef730b 0xd281f69b 0x3fef730b)
                     (v128.const i32x4 0x54442d18 0x3ff921fb 0x54442d18 0x3ff921fb)
                     (local.get $8)
                    )
                    (local.get $9)
                   )
                   (local.get $10)
                  )
                  (local.get $4)
                 )
                 (f64x2.sub
                  (f64x2.sub
                   (f64x2.mul
                    (local.get $5)
                    (f64x2.add
                     (local.get $6)
                     (local.get $3)
                    )
                   )
                   (v128.bitselect
                    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                    (v128.bitselect
                     (v128.const i32x4 0x222f65e2 0x3c7a2b7f 0x222f65e2 0x3c7a2b7f)
                     (v128.bitselect
                      (v128.const i32x4 0x33145c07 0x3c81a626 0x33145c07 0x3c81a626)
                      (v128.bitselect
                       (v128.const i32x4 0x7af0cbbd 0x3c700788 0x7af0cbbd 0x3c700788)
                       (v128.const i32x4 0x33145c07 0x3c91a626 0x33145c07 0x3c91a626)
                       (local.get $8)
                      )
                      (local.get $9)
                     )
                     (local.get $10)
                    )
                    (local.get $4)
                   )
                  )
                  (local.get $5)
                 )
                )
                (v128.const i32x4 0xffffffff 0x7fffffff 0xffffffff 0x7fffffff)
               )
               (v128.and
                (local.get $7)
                (v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000)
               )
              )
              (local.get $4)
             )
             (f64x2.lt
              (local.get $2)
              (v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000)
             )
            )
           )
           (v128.const i32x4 0x33145c07 0x3ca1a626 0x33145c07 0x3ca1a626)
          )
         )
         (local.get $2)
         (local.get $11)
        )
        (v128.const i32x4 0xffffffff 0x7fffffff 0xffffffff 0x7fffffff)
       )
       (v128.and
        (local.get $0)
        (v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000)
       )
      )
      (v128.or
       (local.get $12)
       (f64x2.eq
        (local.get $1)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (f64x2.eq
      (f64x2.abs
       (local.get $1)
      )
      (v128.const i32x4 0x00000000 0x7ff00000 0x00000000 0x7ff00000)
     )
    )
    (f64x2.eq
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
   (v128.or
    (f64x2.ne
     (local.get $1)
     (local.get $1)
    )
    (f64x2.ne
     (local.get $0)
     (local.get $0)
    )
   )
  )
 )
 (func $evaluate (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 i32)
  (local $11 i32)
  (local $12 v128)
  (local $13 v128)
  (local $14 i32)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (loop $points
   (if
    (i32.gt_u
     (local.get $3)
     (local.get $4)
    )
    (then
     (local.set $15
      (f64x2.lt
       (local.tee $7
        (f64x2.sqrt
         (f64x2.add
          (f64x2.add
           (f64x2.mul
            (local.tee $8
             (v128.load64_lane offset=24 1
              (local.tee $10
               (if (result i32)
                (i32.lt_u
                 (local.tee $11
                  (i32.sub
                   (local.get $3)
                   (local.get $4)
                  )
                 )
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
                   (local.get $11)
                   (i32.const 24)
                  )
                 )
                 (local.set $6
                  (i32.const 64)
                 )
                 (local.set $14
                  (i32.const 112)
                 )
                 (i32.const 16)
                )
                (else
                 (local.set $6
                  (i32.add
                   (local.get $1)
                   (i32.mul
                    (local.get $4)
                    (i32.const 24)
                   )
                  )
                 )
                 (local.set $14
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
              (v128.load64_splat
               (local.get $10)
              )
             )
            )
            (local.get $8)
           )
           (f64x2.mul
            (local.tee $5
             (v128.load64_lane offset=32 1
              (local.get $10)
              (v128.load64_splat offset=8
               (local.get $10)
              )
             )
            )
            (local.get $5)
           )
          )
          (f64x2.mul
           (local.tee $9
            (v128.load64_lane offset=40 1
             (local.get $10)
             (v128.load64_splat offset=16
              (local.get $10)
             )
            )
           )
           (local.get $9)
          )
         )
        )
       )
       (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
      )
     )
     (local.set $16
      (f64x2.gt
       (local.tee $12
        (v128.bitselect
         (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
         (local.get $9)
         (local.tee $17
          (f64x2.lt
           (local.get $9)
           (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
          )
         )
        )
       )
       (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
      )
     )
     (local.set $12
      (f64x2.mul
       (v128.bitselect
        (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
        (local.get $12)
        (local.get $16)
       )
       (local.tee $18
        (call $native_atan2_f64x2
         (local.get $5)
         (local.get $8)
        )
       )
      )
     )
     (v128.store64_lane 0
      (local.get $6)
      (local.tee $13
       (f64x2.add
        (f64x2.mul
         (local.get $8)
         (local.tee $20
          (v128.bitselect
           (f64x2.sub
            (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
            (f64x2.mul
             (local.get $7)
             (local.get $7)
            )
           )
           (local.tee $19
            (f64x2.div
             (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
             (local.get $7)
            )
           )
           (local.get $15)
          )
         )
        )
        (f64x2.max
         (local.get $5)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
     )
     (v128.store64_lane offset=24 1
      (local.get $6)
      (local.get $13)
     )
     (v128.store64_lane offset=8 0
      (local.get $6)
      (local.tee $21
       (f64x2.add
        (f64x2.mul
         (local.get $5)
         (local.tee $13
          (f64x2.abs
           (local.get $8)
          )
         )
        )
        (f64x2.max
         (local.get $5)
         (local.get $9)
        )
       )
      )
     )
     (v128.store64_lane offset=32 1
      (local.get $6)
      (local.get $21)
     )
     (v128.store64_lane offset=16 0
      (local.get $6)
      (local.get $12)
     )
     (v128.store64_lane offset=40 1
      (local.get $6)
      (local.get $12)
     )
     (v128.store align=4
      (local.get $14)
      (f64x2.add
       (f64x2.mul
        (local.get $18)
        (v128.bitselect
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         (v128.bitselect
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
          (local.get $17)
         )
         (local.get $16)
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
           (local.get $5)
          )
         )
         (f64x2.eq
          (local.get $5)
          (local.get $9)
         )
        )
        (f64x2.add
         (local.get $13)
         (f64x2.add
          (local.get $20)
          (f64x2.mul
           (local.get $8)
           (v128.bitselect
            (f64x2.mul
             (f64x2.mul
              (local.get $7)
              (local.tee $5
               (f64x2.mul
                (local.get $8)
                (v128.bitselect
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                 (f64x2.div
                  (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
                  (local.get $7)
                 )
                 (f64x2.eq
                  (local.get $7)
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                 )
                )
               )
              )
             )
             (v128.const i32x4 0x00000000 0xc0100000 0x00000000 0xc0100000)
            )
            (f64x2.div
             (f64x2.mul
              (f64x2.mul
               (local.get $19)
               (local.get $5)
              )
              (v128.const i32x4 0x00000000 0xc0000000 0x00000000 0xc0000000)
             )
             (local.get $7)
            )
            (local.get $15)
           )
          )
         )
        )
       )
      )
     )
     (if
      (i32.lt_u
       (local.get $11)
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
         (local.get $11)
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
        (i32.const 112)
        (i32.shl
         (local.get $11)
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
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 i32)
  (local $8 v128)
  (local $9 i32)
  (local $10 i32)
  (local $11 v128)
  (local $12 v128)
  (loop $points
   (if
    (i32.gt_u
     (local.get $2)
     (local.get $3)
    )
    (then
     (local.set $11
      (f64x2.lt
       (local.tee $6
        (f64x2.sqrt
         (f64x2.add
          (f64x2.add
           (f64x2.mul
            (local.tee $4
             (v128.load64_lane offset=24 1
              (local.tee $7
               (if (result i32)
                (i32.lt_u
                 (local.tee $9
                  (i32.sub
                   (local.get $2)
                   (local.get $3)
                  )
                 )
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
                   (local.get $9)
                   (i32.const 24)
                  )
                 )
                 (local.set $10
                  (i32.const 64)
                 )
                 (i32.const 16)
                )
                (else
                 (local.set $10
                  (i32.add
                   (local.get $1)
                   (i32.shl
                    (local.get $3)
                    (i32.const 3)
                   )
                  )
                 )
                 (i32.add
                  (local.get $0)
                  (i32.mul
                   (local.get $3)
                   (i32.const 24)
                  )
                 )
                )
               )
              )
              (v128.load64_splat
               (local.get $7)
              )
             )
            )
            (local.get $4)
           )
           (f64x2.mul
            (local.tee $8
             (v128.load64_lane offset=32 1
              (local.get $7)
              (v128.load64_splat offset=8
               (local.get $7)
              )
             )
            )
            (local.get $8)
           )
          )
          (f64x2.mul
           (local.tee $5
            (v128.load64_lane offset=40 1
             (local.get $7)
             (v128.load64_splat offset=16
              (local.get $7)
             )
            )
           )
           (local.get $5)
          )
         )
        )
       )
       (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
      )
     )
     (v128.store align=4
      (local.get $10)
      (f64x2.add
       (f64x2.mul
        (call $native_atan2_f64x2
         (local.get $8)
         (local.get $4)
        )
        (v128.bitselect
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         (v128.bitselect
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
          (local.tee $12
           (f64x2.lt
            (local.get $5)
            (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
           )
          )
         )
         (f64x2.gt
          (v128.bitselect
           (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
           (local.get $5)
           (local.get $12)
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
           (local.get $5)
           (local.get $8)
          )
         )
         (f64x2.eq
          (local.get $8)
          (local.get $5)
         )
        )
        (f64x2.add
         (f64x2.abs
          (local.get $4)
         )
         (f64x2.add
          (v128.bitselect
           (f64x2.sub
            (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
            (f64x2.mul
             (local.get $6)
             (local.get $6)
            )
           )
           (local.tee $5
            (f64x2.div
             (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
             (local.get $6)
            )
           )
           (local.get $11)
          )
          (f64x2.mul
           (local.get $4)
           (v128.bitselect
            (f64x2.mul
             (f64x2.mul
              (local.get $6)
              (local.tee $4
               (f64x2.mul
                (local.get $4)
                (v128.bitselect
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                 (f64x2.div
                  (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
                  (local.get $6)
                 )
                 (f64x2.eq
                  (local.get $6)
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                 )
                )
               )
              )
             )
             (v128.const i32x4 0x00000000 0xc0100000 0x00000000 0xc0100000)
            )
            (f64x2.div
             (f64x2.mul
              (f64x2.mul
               (local.get $5)
               (local.get $4)
              )
              (v128.const i32x4 0x00000000 0xc0000000 0x00000000 0xc0000000)
             )
             (local.get $6)
            )
            (local.get $11)
           )
          )
         )
        )
       )
      )
     )
     (if
      (i32.lt_u
       (local.get $9)
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
        (i32.const 64)
        (i32.shl
         (local.get $9)
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
  (local $4 v128)
  (local $5 i32)
  (local $6 v128)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 i32)
  (local $12 v128)
  (local $13 i32)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (loop $points
   (if
    (i32.gt_u
     (local.get $3)
     (local.get $5)
    )
    (then
     (local.set $14
      (f64x2.lt
       (local.tee $4
        (f64x2.sqrt
         (f64x2.add
          (f64x2.add
           (f64x2.mul
            (local.tee $6
             (v128.load64_lane offset=24 1
              (local.tee $8
               (if (result i32)
                (i32.lt_u
                 (local.tee $11
                  (i32.sub
                   (local.get $3)
                   (local.get $5)
                  )
                 )
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
                    (local.get $5)
                    (i32.const 24)
                   )
                  )
                  (i32.mul
                   (local.get $11)
                   (i32.const 24)
                  )
                 )
                 (local.set $7
                  (i32.const 64)
                 )
                 (local.set $13
                  (i32.const 112)
                 )
                 (i32.const 16)
                )
                (else
                 (local.set $7
                  (i32.add
                   (local.get $1)
                   (i32.mul
                    (local.get $5)
                    (i32.const 24)
                   )
                  )
                 )
                 (local.set $13
                  (i32.add
                   (local.get $2)
                   (i32.shl
                    (local.get $5)
                    (i32.const 3)
                   )
                  )
                 )
                 (i32.add
                  (local.get $0)
                  (i32.mul
                   (local.get $5)
                   (i32.const 24)
                  )
                 )
                )
               )
              )
              (v128.load64_splat
               (local.get $8)
              )
             )
            )
            (local.get $6)
           )
           (f64x2.mul
            (local.tee $12
             (v128.load64_lane offset=32 1
              (local.get $8)
              (v128.load64_splat offset=8
               (local.get $8)
              )
             )
            )
            (local.get $12)
           )
          )
          (f64x2.mul
           (local.tee $9
            (v128.load64_lane offset=40 1
             (local.get $8)
             (v128.load64_splat offset=16
              (local.get $8)
             )
            )
           )
           (local.get $9)
          )
         )
        )
       )
       (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
      )
     )
     (local.set $10
      (f64x2.mul
       (call $native_atan2_f64x2
        (local.get $12)
        (local.get $6)
       )
       (v128.bitselect
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (v128.bitselect
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
         (local.tee $10
          (f64x2.lt
           (local.get $9)
           (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
          )
         )
        )
        (f64x2.gt
         (v128.bitselect
          (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
          (local.get $9)
          (local.get $10)
         )
         (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
        )
       )
      )
     )
     (v128.store64_lane 0
      (local.get $7)
      (local.tee $4
       (f64x2.add
        (v128.bitselect
         (f64x2.sub
          (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
          (f64x2.mul
           (local.get $4)
           (local.get $4)
          )
         )
         (local.tee $15
          (f64x2.div
           (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
           (local.get $4)
          )
         )
         (local.get $14)
        )
        (f64x2.mul
         (local.get $6)
         (v128.bitselect
          (f64x2.mul
           (f64x2.mul
            (local.get $4)
            (local.tee $16
             (f64x2.mul
              (local.get $6)
              (v128.bitselect
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               (f64x2.div
                (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
                (local.get $4)
               )
               (f64x2.eq
                (local.get $4)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
            )
           )
           (v128.const i32x4 0x00000000 0xc0100000 0x00000000 0xc0100000)
          )
          (f64x2.div
           (f64x2.mul
            (f64x2.mul
             (local.get $15)
             (local.get $16)
            )
            (v128.const i32x4 0x00000000 0xc0000000 0x00000000 0xc0000000)
           )
           (local.get $4)
          )
          (local.get $14)
         )
        )
       )
      )
     )
     (v128.store64_lane offset=24 1
      (local.get $7)
      (local.get $4)
     )
     (v128.store64_lane offset=8 0
      (local.get $7)
      (local.tee $6
       (f64x2.add
        (f64x2.abs
         (local.get $6)
        )
        (v128.bitselect
         (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
         (v128.bitselect
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
          (f64x2.gt
           (local.get $9)
           (local.get $12)
          )
         )
         (f64x2.eq
          (local.get $12)
          (local.get $9)
         )
        )
       )
      )
     )
     (v128.store64_lane offset=32 1
      (local.get $7)
      (local.get $6)
     )
     (v128.store64_lane offset=16 0
      (local.get $7)
      (local.get $10)
     )
     (v128.store64_lane offset=40 1
      (local.get $7)
      (local.get $10)
     )
     (v128.store align=4
      (local.get $13)
      (f64x2.add
       (local.get $10)
       (f64x2.add
        (local.get $4)
        (local.get $6)
       )
      )
     )
     (if
      (i32.lt_u
       (local.get $11)
       (i32.const 2)
      )
      (then
       (memory.copy
        (i32.add
         (local.get $1)
         (i32.mul
          (local.get $5)
          (i32.const 24)
         )
        )
        (i32.const 64)
        (i32.mul
         (local.get $11)
         (i32.const 24)
        )
       )
       (memory.copy
        (i32.add
         (local.get $2)
         (i32.shl
          (local.get $5)
          (i32.const 3)
         )
        )
        (i32.const 112)
        (i32.shl
         (local.get $11)
         (i32.const 3)
        )
       )
      )
     )
     (local.set $5
      (i32.add
       (local.get $5)
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
  (nop)
 )
)
