(module
 (type $0 (func (param f64) (result f64)))
 (type $1 (func (param i32 i32 i32 i32)))
 (type $2 (func (param v128) (result v128)))
 (type $3 (func))
 (import "m" "cos" (func $cos (param f64) (result f64)))
 (import "m" "sin" (func $sin (param f64) (result f64)))
 (memory $0 1 65536)
 (export "memory" (memory $0))
 (export "evaluate" (func $evaluate))
 (export "divergence" (func $divergence))
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
 (func $evaluate (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 i32)
  (local $13 v128)
  (local $14 v128)
  (loop $points
   (if
    (i32.gt_u
     (local.get $3)
     (local.get $4)
    )
    (then
     (local.set $5
      (v128.load64_lane offset=24 1
       (local.tee $7
        (if (result i32)
         (i32.lt_u
          (local.tee $9
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
            (local.get $9)
            (i32.const 24)
           )
          )
          (local.set $6
           (i32.const 80)
          )
          (local.set $12
           (i32.const 128)
          )
          (i32.const 32)
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
          (local.set $12
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
        (local.get $7)
       )
      )
     )
     (local.set $11
      (f64x2.replace_lane 1
       (f64x2.splat
        (call $cos
         (f64x2.extract_lane 0
          (local.tee $8
           (v128.load64_lane offset=32 1
            (local.get $7)
            (v128.load64_splat offset=8
             (local.get $7)
            )
           )
          )
         )
        )
       )
       (call $cos
        (f64x2.extract_lane 1
         (local.get $8)
        )
       )
      )
     )
     (local.set $10
      (f64x2.replace_lane 1
       (f64x2.splat
        (call $cos
         (f64x2.extract_lane 0
          (v128.load64_lane offset=40 1
           (local.get $7)
           (v128.load64_splat offset=16
            (local.get $7)
           )
          )
         )
        )
       )
       (call $cos
        (f64x2.extract_lane 1
         (v128.load64_lane offset=40 1
          (local.get $7)
          (v128.load64_splat offset=16
           (local.get $7)
          )
         )
        )
       )
      )
     )
     (local.set $13
      (f64x2.mul
       (v128.load
        (i32.const 144)
       )
       (f64x2.mul
        (f64x2.mul
         (f64x2.replace_lane 1
          (f64x2.splat
           (call $sin
            (f64x2.extract_lane 0
             (local.get $5)
            )
           )
          )
          (call $sin
           (f64x2.extract_lane 1
            (local.get $5)
           )
          )
         )
         (local.get $11)
        )
        (local.get $10)
       )
      )
     )
     (local.set $5
      (f64x2.neg
       (local.tee $14
        (f64x2.replace_lane 1
         (f64x2.splat
          (call $cos
           (f64x2.extract_lane 0
            (local.get $5)
           )
          )
         )
         (call $cos
          (f64x2.extract_lane 1
           (local.get $5)
          )
         )
        )
       )
      )
     )
     (local.set $8
      (f64x2.mul
       (v128.load
        (i32.const 144)
       )
       (f64x2.mul
        (local.get $10)
        (f64x2.mul
         (local.get $5)
         (f64x2.replace_lane 1
          (f64x2.splat
           (call $sin
            (f64x2.extract_lane 0
             (local.get $8)
            )
           )
          )
          (call $sin
           (f64x2.extract_lane 1
            (local.get $8)
           )
          )
         )
        )
       )
      )
     )
     (local.set $5
      (f64x2.add
       (f64x2.mul
        (v128.load
         (i32.const 144)
        )
        (f64x2.mul
         (local.get $10)
         (f64x2.mul
          (local.get $11)
          (local.get $14)
         )
        )
       )
       (f64x2.mul
        (v128.load
         (i32.const 144)
        )
        (f64x2.mul
         (local.get $10)
         (f64x2.mul
          (local.get $11)
          (local.get $5)
         )
        )
       )
      )
     )
     (v128.store64_lane 0
      (local.get $6)
      (local.get $13)
     )
     (v128.store64_lane offset=24 1
      (local.get $6)
      (local.get $13)
     )
     (v128.store64_lane offset=8 0
      (local.get $6)
      (local.get $8)
     )
     (v128.store64_lane offset=32 1
      (local.get $6)
      (local.get $8)
     )
     (v128.store64_lane offset=16 0
      (local.get $6)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (v128.store64_lane offset=40 1
      (local.get $6)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (v128.store align=4
      (local.get $12)
      (local.get $5)
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
         (i32.mul
          (local.get $4)
          (i32.const 24)
         )
        )
        (i32.const 80)
        (i32.mul
         (local.get $9)
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
         (local.get $9)
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
 (func $divergence (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (loop $points
   (if
    (i32.gt_u
     (local.get $3)
     (local.get $4)
    )
    (then
     (local.set $7
      (f64x2.replace_lane 1
       (f64x2.splat
        (call $cos
         (f64x2.extract_lane 0
          (v128.load64_lane offset=32 1
           (local.tee $1
            (if (result i32)
             (i32.lt_u
              (local.tee $5
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
                (local.get $5)
                (i32.const 24)
               )
              )
              (local.set $6
               (i32.const 128)
              )
              (i32.const 32)
             )
             (else
              (local.set $6
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
            (local.get $1)
           )
          )
         )
        )
       )
       (call $cos
        (f64x2.extract_lane 1
         (v128.load64_lane offset=32 1
          (local.get $1)
          (v128.load64_splat offset=8
           (local.get $1)
          )
         )
        )
       )
      )
     )
     (local.set $8
      (f64x2.replace_lane 1
       (f64x2.splat
        (call $cos
         (f64x2.extract_lane 0
          (v128.load64_lane offset=40 1
           (local.get $1)
           (v128.load64_splat offset=16
            (local.get $1)
           )
          )
         )
        )
       )
       (call $cos
        (f64x2.extract_lane 1
         (v128.load64_lane offset=40 1
          (local.get $1)
          (v128.load64_splat offset=16
           (local.get $1)
          )
         )
        )
       )
      )
     )
     (local.set $9
      (f64x2.replace_lane 1
       (f64x2.splat
        (call $cos
         (f64x2.extract_lane 0
          (v128.load64_lane offset=24 1
           (local.get $1)
           (v128.load64_splat
            (local.get $1)
           )
          )
         )
        )
       )
       (call $cos
        (f64x2.extract_lane 1
         (v128.load64_lane offset=24 1
          (local.get $1)
          (v128.load64_splat
           (local.get $1)
          )
         )
        )
       )
      )
     )
     (v128.store align=4
      (local.get $6)
      (f64x2.add
       (f64x2.mul
        (v128.load
         (i32.const 160)
        )
        (f64x2.mul
         (local.get $8)
         (f64x2.mul
          (local.get $7)
          (local.get $9)
         )
        )
       )
       (f64x2.mul
        (v128.load
         (i32.const 160)
        )
        (f64x2.mul
         (local.get $8)
         (f64x2.mul
          (local.get $7)
          (f64x2.neg
           (local.get $9)
          )
         )
        )
       )
      )
     )
     (if
      (i32.lt_u
       (local.get $5)
       (i32.const 2)
      )
      (then
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
         (local.get $5)
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
 (func $prologue
  (v128.store align=4
   (i32.const 144)
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
  (v128.store align=4
   (i32.const 160)
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
)
