(module
 (type $0 (func (param i32 i32 i32 i32)))
 (type $1 (func (param f64 f64) (result f64)))
 (type $2 (func))
 (import "m" "atan2" (func $atan2 (param f64 f64) (result f64)))
 (memory $0 1 65536)
 (export "memory" (memory $0))
 (export "evaluate" (func $evaluate))
 (export "divergence" (func $divergence))
 (export "prologue" (func $prologue))
 (func $evaluate (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 v128)
  (local $5 i32)
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
     (local.get $5)
    )
    (then
     (local.set $15
      (f64x2.lt
       (local.tee $8
        (f64x2.sqrt
         (f64x2.add
          (f64x2.add
           (f64x2.mul
            (local.tee $7
             (v128.load64_lane offset=24 1
              (local.tee $10
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
                    (local.get $5)
                    (i32.const 24)
                   )
                  )
                 )
                 (local.set $14
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
               (local.get $10)
              )
             )
            )
            (local.get $7)
           )
           (f64x2.mul
            (local.tee $4
             (v128.load64_lane offset=32 1
              (local.get $10)
              (v128.load64_splat offset=8
               (local.get $10)
              )
             )
            )
            (local.get $4)
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
        (f64x2.replace_lane 1
         (f64x2.splat
          (call $atan2
           (f64x2.extract_lane 0
            (local.get $4)
           )
           (f64x2.extract_lane 0
            (local.get $7)
           )
          )
         )
         (call $atan2
          (f64x2.extract_lane 1
           (local.get $4)
          )
          (f64x2.extract_lane 1
           (local.get $7)
          )
         )
        )
       )
      )
     )
     (v128.store64_lane 0
      (local.get $6)
      (local.tee $13
       (f64x2.add
        (f64x2.mul
         (local.get $7)
         (local.tee $20
          (v128.bitselect
           (f64x2.sub
            (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
            (f64x2.mul
             (local.get $8)
             (local.get $8)
            )
           )
           (local.tee $19
            (f64x2.div
             (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
             (local.get $8)
            )
           )
           (local.get $15)
          )
         )
        )
        (f64x2.max
         (local.get $4)
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
         (local.get $4)
         (local.tee $13
          (f64x2.abs
           (local.get $7)
          )
         )
        )
        (f64x2.max
         (local.get $4)
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
           (local.get $4)
          )
         )
         (f64x2.eq
          (local.get $4)
          (local.get $9)
         )
        )
        (f64x2.add
         (local.get $13)
         (f64x2.add
          (local.get $20)
          (f64x2.mul
           (local.get $7)
           (v128.bitselect
            (f64x2.mul
             (f64x2.mul
              (local.get $8)
              (local.tee $4
               (f64x2.mul
                (local.get $7)
                (v128.bitselect
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                 (f64x2.div
                  (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
                  (local.get $8)
                 )
                 (f64x2.eq
                  (local.get $8)
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
               (local.get $4)
              )
              (v128.const i32x4 0x00000000 0xc0000000 0x00000000 0xc0000000)
             )
             (local.get $8)
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
 (func $divergence (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 v128)
  (local $5 i32)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 i32)
  (local $10 i32)
  (local $11 v128)
  (local $12 v128)
  (loop $points
   (if
    (i32.gt_u
     (local.get $3)
     (local.get $5)
    )
    (then
     (local.set $11
      (f64x2.lt
       (local.tee $7
        (f64x2.sqrt
         (f64x2.add
          (f64x2.add
           (f64x2.mul
            (local.tee $4
             (v128.load64_lane offset=24 1
              (local.tee $1
               (if (result i32)
                (i32.lt_u
                 (local.tee $9
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
                   (local.get $9)
                   (i32.const 24)
                  )
                 )
                 (local.set $10
                  (i32.const 112)
                 )
                 (i32.const 16)
                )
                (else
                 (local.set $10
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
               (local.get $1)
              )
             )
            )
            (local.get $4)
           )
           (f64x2.mul
            (local.tee $6
             (v128.load64_lane offset=32 1
              (local.get $1)
              (v128.load64_splat offset=8
               (local.get $1)
              )
             )
            )
            (local.get $6)
           )
          )
          (f64x2.mul
           (local.tee $8
            (v128.load64_lane offset=40 1
             (local.get $1)
             (v128.load64_splat offset=16
              (local.get $1)
             )
            )
           )
           (local.get $8)
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
        (f64x2.replace_lane 1
         (f64x2.splat
          (call $atan2
           (f64x2.extract_lane 0
            (local.get $6)
           )
           (f64x2.extract_lane 0
            (local.get $4)
           )
          )
         )
         (call $atan2
          (f64x2.extract_lane 1
           (local.get $6)
          )
          (f64x2.extract_lane 1
           (local.get $4)
          )
         )
        )
        (v128.bitselect
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         (v128.bitselect
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
          (local.tee $12
           (f64x2.lt
            (local.get $8)
            (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
           )
          )
         )
         (f64x2.gt
          (v128.bitselect
           (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
           (local.get $8)
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
           (local.get $8)
           (local.get $6)
          )
         )
         (f64x2.eq
          (local.get $6)
          (local.get $8)
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
             (local.get $7)
             (local.get $7)
            )
           )
           (local.tee $6
            (f64x2.div
             (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
             (local.get $7)
            )
           )
           (local.get $11)
          )
          (f64x2.mul
           (local.get $4)
           (v128.bitselect
            (f64x2.mul
             (f64x2.mul
              (local.get $7)
              (local.tee $4
               (f64x2.mul
                (local.get $4)
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
               (local.get $6)
               (local.get $4)
              )
              (v128.const i32x4 0x00000000 0xc0000000 0x00000000 0xc0000000)
             )
             (local.get $7)
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
         (local.get $2)
         (i32.shl
          (local.get $5)
          (i32.const 3)
         )
        )
        (i32.const 112)
        (i32.shl
         (local.get $9)
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
 (func $prologue
  (nop)
 )
)
