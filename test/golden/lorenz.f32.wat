(module
 (type $0 (func))
 (type $1 (func (param i32 i32 i32 i32)))
 (type $2 (func (param i32 i32 i32)))
 (type $3 (func (param i32 i32 i32 i32 i32 f64 f64 i32)))
 (type $4 (func (param i32 i32 i32 i32 i32 i32 f64 f64 f64 f64 i32)))
 (memory $0 1 65536)
 (export "memory" (memory $0))
 (export "evaluate" (func $evaluate))
 (export "divergence" (func $divergence))
 (export "diagonal" (func $diagonal))
 (export "flow_rk4" (func $flow_rk4))
 (export "flow_dopri5" (func $flow_dopri5))
 (export "prologue" (func $prologue))
 (func $evaluate_prologue
  (local $0 v128)
  (local.set $0
   (f32x4.sub
    (f32x4.sub
     (v128.const i32x4 0xbf800000 0xbf800000 0xbf800000 0xbf800000)
     (v128.load32_splat offset=16
      (i32.const 0)
     )
    )
    (v128.load32_splat offset=24
     (i32.const 0)
    )
   )
  )
  (v128.store offset=144 align=4
   (i32.const 0)
   (local.get $0)
  )
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
      (i32.const 4)
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
         (i32.const 12)
        )
       )
       (i32.mul
        (local.get $5)
        (i32.const 12)
       )
      )
      (local.set $6
       (i32.const 32)
      )
      (local.set $7
       (i32.const 80)
      )
      (local.set $8
       (i32.const 128)
      )
     )
     (else
      (local.set $6
       (i32.add
        (local.get $0)
        (i32.mul
         (local.get $4)
         (i32.const 12)
        )
       )
      )
      (local.set $7
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $4)
         (i32.const 12)
        )
       )
      )
      (local.set $8
       (i32.add
        (local.get $2)
        (i32.mul
         (local.get $4)
         (i32.const 4)
        )
       )
      )
     )
    )
    (local.set $9
     (v128.load32_lane offset=36 3
      (local.get $6)
      (v128.load32_lane offset=24 2
       (local.get $6)
       (v128.load32_lane offset=12 1
        (local.get $6)
        (v128.load32_splat
         (local.get $6)
        )
       )
      )
     )
    )
    (local.set $10
     (v128.load32_lane offset=40 3
      (local.get $6)
      (v128.load32_lane offset=28 2
       (local.get $6)
       (v128.load32_lane offset=16 1
        (local.get $6)
        (v128.load32_splat offset=4
         (local.get $6)
        )
       )
      )
     )
    )
    (local.set $11
     (v128.load32_lane offset=44 3
      (local.get $6)
      (v128.load32_lane offset=32 2
       (local.get $6)
       (v128.load32_lane offset=20 1
        (local.get $6)
        (v128.load32_splat offset=8
         (local.get $6)
        )
       )
      )
     )
    )
    (local.set $12
     (f32x4.mul
      (v128.load32_splat offset=16
       (i32.const 0)
      )
      (f32x4.sub
       (local.get $10)
       (local.get $9)
      )
     )
    )
    (local.set $13
     (f32x4.sub
      (f32x4.mul
       (local.get $9)
       (f32x4.sub
        (v128.load32_splat offset=20
         (i32.const 0)
        )
        (local.get $11)
       )
      )
      (local.get $10)
     )
    )
    (local.set $14
     (f32x4.sub
      (f32x4.mul
       (local.get $9)
       (local.get $10)
      )
      (f32x4.mul
       (local.get $11)
       (v128.load32_splat offset=24
        (i32.const 0)
       )
      )
     )
    )
    (v128.store32_lane 0
     (local.get $7)
     (local.get $12)
    )
    (v128.store32_lane offset=12 1
     (local.get $7)
     (local.get $12)
    )
    (v128.store32_lane offset=24 2
     (local.get $7)
     (local.get $12)
    )
    (v128.store32_lane offset=36 3
     (local.get $7)
     (local.get $12)
    )
    (v128.store32_lane offset=4 0
     (local.get $7)
     (local.get $13)
    )
    (v128.store32_lane offset=16 1
     (local.get $7)
     (local.get $13)
    )
    (v128.store32_lane offset=28 2
     (local.get $7)
     (local.get $13)
    )
    (v128.store32_lane offset=40 3
     (local.get $7)
     (local.get $13)
    )
    (v128.store32_lane offset=8 0
     (local.get $7)
     (local.get $14)
    )
    (v128.store32_lane offset=20 1
     (local.get $7)
     (local.get $14)
    )
    (v128.store32_lane offset=32 2
     (local.get $7)
     (local.get $14)
    )
    (v128.store32_lane offset=44 3
     (local.get $7)
     (local.get $14)
    )
    (v128.store align=4
     (local.get $8)
     (v128.load offset=144
      (i32.const 0)
     )
    )
    (if
     (i32.lt_u
      (local.get $5)
      (i32.const 4)
     )
     (then
      (memory.copy
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $4)
         (i32.const 12)
        )
       )
       (i32.const 80)
       (i32.mul
        (local.get $5)
        (i32.const 12)
       )
      )
      (memory.copy
       (i32.add
        (local.get $2)
        (i32.mul
         (local.get $4)
         (i32.const 4)
        )
       )
       (i32.const 128)
       (i32.mul
        (local.get $5)
        (i32.const 4)
       )
      )
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 4)
     )
    )
    (br $points)
   )
  )
 )
 (func $divergence_prologue
  (local $0 v128)
  (local.set $0
   (f32x4.sub
    (f32x4.sub
     (v128.const i32x4 0xbf800000 0xbf800000 0xbf800000 0xbf800000)
     (v128.load32_splat offset=16
      (i32.const 0)
     )
    )
    (v128.load32_splat offset=24
     (i32.const 0)
    )
   )
  )
  (v128.store offset=160 align=4
   (i32.const 0)
   (local.get $0)
  )
 )
 (func $divergence (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
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
      (i32.const 4)
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
         (i32.const 12)
        )
       )
       (i32.mul
        (local.get $4)
        (i32.const 12)
       )
      )
      (local.set $5
       (i32.const 32)
      )
      (local.set $6
       (i32.const 80)
      )
     )
     (else
      (local.set $5
       (i32.add
        (local.get $0)
        (i32.mul
         (local.get $3)
         (i32.const 12)
        )
       )
      )
      (local.set $6
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $3)
         (i32.const 4)
        )
       )
      )
     )
    )
    (v128.store align=4
     (local.get $6)
     (v128.load offset=160
      (i32.const 0)
     )
    )
    (if
     (i32.lt_u
      (local.get $4)
      (i32.const 4)
     )
     (then
      (memory.copy
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $3)
         (i32.const 4)
        )
       )
       (i32.const 80)
       (i32.mul
        (local.get $4)
        (i32.const 4)
       )
      )
     )
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 4)
     )
    )
    (br $points)
   )
  )
 )
 (func $diagonal_prologue
  (local $0 v128)
  (local $1 v128)
  (local $2 v128)
  (local.set $0
   (f32x4.neg
    (v128.load32_splat offset=16
     (i32.const 0)
    )
   )
  )
  (local.set $1
   (f32x4.neg
    (v128.load32_splat offset=24
     (i32.const 0)
    )
   )
  )
  (local.set $2
   (f32x4.sub
    (f32x4.sub
     (v128.const i32x4 0xbf800000 0xbf800000 0xbf800000 0xbf800000)
     (v128.load32_splat offset=16
      (i32.const 0)
     )
    )
    (v128.load32_splat offset=24
     (i32.const 0)
    )
   )
  )
  (v128.store offset=176 align=4
   (i32.const 0)
   (local.get $0)
  )
  (v128.store offset=192 align=4
   (i32.const 0)
   (local.get $1)
  )
  (v128.store offset=208 align=4
   (i32.const 0)
   (local.get $2)
  )
 )
 (func $diagonal (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
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
      (i32.const 4)
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
         (i32.const 12)
        )
       )
       (i32.mul
        (local.get $5)
        (i32.const 12)
       )
      )
      (local.set $6
       (i32.const 32)
      )
      (local.set $7
       (i32.const 80)
      )
      (local.set $8
       (i32.const 128)
      )
     )
     (else
      (local.set $6
       (i32.add
        (local.get $0)
        (i32.mul
         (local.get $4)
         (i32.const 12)
        )
       )
      )
      (local.set $7
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $4)
         (i32.const 12)
        )
       )
      )
      (local.set $8
       (i32.add
        (local.get $2)
        (i32.mul
         (local.get $4)
         (i32.const 4)
        )
       )
      )
     )
    )
    (v128.store32_lane 0
     (local.get $7)
     (v128.load offset=176
      (i32.const 0)
     )
    )
    (v128.store32_lane offset=12 1
     (local.get $7)
     (v128.load offset=176
      (i32.const 0)
     )
    )
    (v128.store32_lane offset=24 2
     (local.get $7)
     (v128.load offset=176
      (i32.const 0)
     )
    )
    (v128.store32_lane offset=36 3
     (local.get $7)
     (v128.load offset=176
      (i32.const 0)
     )
    )
    (v128.store32_lane offset=4 0
     (local.get $7)
     (v128.const i32x4 0xbf800000 0xbf800000 0xbf800000 0xbf800000)
    )
    (v128.store32_lane offset=16 1
     (local.get $7)
     (v128.const i32x4 0xbf800000 0xbf800000 0xbf800000 0xbf800000)
    )
    (v128.store32_lane offset=28 2
     (local.get $7)
     (v128.const i32x4 0xbf800000 0xbf800000 0xbf800000 0xbf800000)
    )
    (v128.store32_lane offset=40 3
     (local.get $7)
     (v128.const i32x4 0xbf800000 0xbf800000 0xbf800000 0xbf800000)
    )
    (v128.store32_lane offset=8 0
     (local.get $7)
     (v128.load offset=192
      (i32.const 0)
     )
    )
    (v128.store32_lane offset=20 1
     (local.get $7)
     (v128.load offset=192
      (i32.const 0)
     )
    )
    (v128.store32_lane offset=32 2
     (local.get $7)
     (v128.load offset=192
      (i32.const 0)
     )
    )
    (v128.store32_lane offset=44 3
     (local.get $7)
     (v128.load offset=192
      (i32.const 0)
     )
    )
    (v128.store align=4
     (local.get $8)
     (v128.load offset=208
      (i32.const 0)
     )
    )
    (if
     (i32.lt_u
      (local.get $5)
      (i32.const 4)
     )
     (then
      (memory.copy
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $4)
         (i32.const 12)
        )
       )
       (i32.const 80)
       (i32.mul
        (local.get $5)
        (i32.const 12)
       )
      )
      (memory.copy
       (i32.add
        (local.get $2)
        (i32.mul
         (local.get $4)
         (i32.const 4)
        )
       )
       (i32.const 128)
       (i32.mul
        (local.get $5)
        (i32.const 4)
       )
      )
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 4)
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
  (local $13 f32)
  (local $14 f32)
  (local.set $14
   (f32.demote_f64
    (local.get $6)
   )
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
       (i32.const 512)
       (local.get $9)
      )
      (then
       (local.set $9
        (i32.const 512)
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
        (i32.const 12)
       )
      )
      (i32.mul
       (local.get $9)
       (i32.const 12)
      )
     )
     (memory.copy
      (i32.add
       (local.get $4)
       (i32.const 14336)
      )
      (i32.add
       (local.get $4)
       (i32.const 0)
      )
      (i32.mul
       (local.get $9)
       (i32.const 12)
      )
     )
     (memory.fill
      (i32.add
       (local.get $4)
       (i32.const 28672)
      )
      (i32.const 0)
      (i32.const 2048)
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
          (f32.demote_f64
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
         )
         (memory.fill
          (i32.add
           (local.get $4)
           (i32.const 20480)
          )
          (i32.const 0)
          (i32.const 8192)
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
               (i32.const 12)
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
              (v128.load offset=14336
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
                  (i32.const 12)
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
           (i32.const 6144)
          )
          (i32.add
           (local.get $4)
           (i32.const 12288)
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
               (i32.const 12)
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
                (i32.const 20480)
               )
               (local.get $10)
              )
              (f32x4.add
               (v128.load offset=20480
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f32x4.mul
                (f32x4.splat
                 (f32.const 1)
                )
                (v128.load offset=6144
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
                  (i32.const 12)
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
               (i32.const 4)
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
                (i32.const 26624)
               )
               (local.get $10)
              )
              (f32x4.add
               (v128.load offset=26624
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f32x4.mul
                (f32x4.splat
                 (f32.const 1)
                )
                (v128.load offset=12288
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
                  (i32.const 4)
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
               (i32.const 12)
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
              (f32x4.add
               (v128.load offset=14336
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f32x4.mul
                (f32x4.splat
                 (f32.mul
                  (f32.const 0.5)
                  (local.get $14)
                 )
                )
                (v128.load offset=6144
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
                  (i32.const 12)
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
           (i32.const 6144)
          )
          (i32.add
           (local.get $4)
           (i32.const 12288)
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
               (i32.const 12)
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
                (i32.const 20480)
               )
               (local.get $10)
              )
              (f32x4.add
               (v128.load offset=20480
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f32x4.mul
                (f32x4.splat
                 (f32.const 2)
                )
                (v128.load offset=6144
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
                  (i32.const 12)
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
               (i32.const 4)
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
                (i32.const 26624)
               )
               (local.get $10)
              )
              (f32x4.add
               (v128.load offset=26624
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f32x4.mul
                (f32x4.splat
                 (f32.const 2)
                )
                (v128.load offset=12288
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
                  (i32.const 4)
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
               (i32.const 12)
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
              (f32x4.add
               (v128.load offset=14336
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f32x4.mul
                (f32x4.splat
                 (f32.mul
                  (f32.const 0.5)
                  (local.get $14)
                 )
                )
                (v128.load offset=6144
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
                  (i32.const 12)
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
           (i32.const 6144)
          )
          (i32.add
           (local.get $4)
           (i32.const 12288)
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
               (i32.const 12)
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
                (i32.const 20480)
               )
               (local.get $10)
              )
              (f32x4.add
               (v128.load offset=20480
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f32x4.mul
                (f32x4.splat
                 (f32.const 2)
                )
                (v128.load offset=6144
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
                  (i32.const 12)
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
               (i32.const 4)
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
                (i32.const 26624)
               )
               (local.get $10)
              )
              (f32x4.add
               (v128.load offset=26624
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f32x4.mul
                (f32x4.splat
                 (f32.const 2)
                )
                (v128.load offset=12288
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
                  (i32.const 4)
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
               (i32.const 12)
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
              (f32x4.add
               (v128.load offset=14336
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f32x4.mul
                (f32x4.splat
                 (f32.mul
                  (f32.const 1)
                  (local.get $14)
                 )
                )
                (v128.load offset=6144
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
                  (i32.const 12)
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
           (i32.const 6144)
          )
          (i32.add
           (local.get $4)
           (i32.const 12288)
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
               (i32.const 12)
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
                (i32.const 20480)
               )
               (local.get $10)
              )
              (f32x4.add
               (v128.load offset=20480
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f32x4.mul
                (f32x4.splat
                 (f32.const 1)
                )
                (v128.load offset=6144
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
                  (i32.const 12)
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
               (i32.const 4)
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
                (i32.const 26624)
               )
               (local.get $10)
              )
              (f32x4.add
               (v128.load offset=26624
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f32x4.mul
                (f32x4.splat
                 (f32.const 1)
                )
                (v128.load offset=12288
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
                  (i32.const 4)
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
               (i32.const 12)
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
                (i32.const 14336)
               )
               (local.get $10)
              )
              (f32x4.add
               (v128.load offset=14336
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f32x4.mul
                (f32x4.splat
                 (f32.mul
                  (local.get $14)
                  (f32.const 0.1666666716337204)
                 )
                )
                (v128.load offset=20480
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
                  (i32.const 12)
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
               (i32.const 4)
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
                (i32.const 28672)
               )
               (local.get $10)
              )
              (f32x4.add
               (v128.load offset=28672
                (i32.add
                 (i32.add
                  (local.get $4)
                  (i32.const 0)
                 )
                 (local.get $10)
                )
               )
               (f32x4.mul
                (f32x4.splat
                 (f32.mul
                  (local.get $14)
                  (f32.const 0.1666666716337204)
                 )
                )
                (v128.load offset=26624
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
                  (i32.const 4)
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
        (i32.const 12)
       )
      )
      (i32.add
       (local.get $4)
       (i32.const 14336)
      )
      (i32.mul
       (local.get $9)
       (i32.const 12)
      )
     )
     (memory.copy
      (i32.add
       (local.get $2)
       (i32.mul
        (local.get $8)
        (i32.const 4)
       )
      )
      (i32.add
       (local.get $4)
       (i32.const 28672)
      )
      (i32.mul
       (local.get $9)
       (i32.const 4)
      )
     )
     (local.set $8
      (i32.add
       (local.get $8)
       (i32.const 512)
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
        (i32.const 12)
       )
      )
      (i32.mul
       (local.get $12)
       (i32.const 12)
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
                (i32.const 4480)
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
              (f64.promote_f32
               (f32.load
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
                  (i32.const 4)
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
            (i32.const 4480)
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
            (i32.const 50560)
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
            (i32.const 51840)
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
            (i32.const 53120)
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
            (i32.const 54400)
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
            (i32.const 55680)
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
            (i32.const 56960)
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
              (i32.const 56960)
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
             (f32.store
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
                (i32.const 4)
               )
              )
              (f32.demote_f64
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 4480)
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
       (i32.const 1920)
      )
      (i32.add
       (local.get $5)
       (i32.const 3840)
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
              (i32.const 56960)
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
                (i32.const 14720)
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
              (f64.promote_f32
               (f32.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 1920)
                 )
                 (i32.mul
                  (i32.add
                   (i32.mul
                    (local.get $28)
                    (i32.const 3)
                   )
                   (local.get $14)
                  )
                  (i32.const 4)
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
            (i32.const 14720)
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
          (f64.promote_f32
           (f32.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 3840)
             )
             (i32.mul
              (local.get $28)
              (i32.const 4)
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
                    (i32.const 4480)
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
                     (i32.const 4480)
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
                     (i32.const 4480)
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
                     (i32.const 4480)
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
                     (i32.const 4480)
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
                     (i32.const 14720)
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
                     (i32.const 14720)
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
                     (i32.const 14720)
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
                     (i32.const 14720)
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
            (i32.const 51840)
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
               (i32.const 56960)
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
                 (i32.const 9600)
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
                   (i32.const 4480)
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
                    (i32.const 51840)
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
                     (i32.const 14720)
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
               (i32.const 56960)
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
              (f32.store
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
                 (i32.const 4)
                )
               )
               (f32.demote_f64
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 9600)
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
        (i32.const 1920)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
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
               (i32.const 56960)
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
                 (i32.const 19840)
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
               (f64.promote_f32
                (f32.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 1920)
                  )
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (local.get $28)
                     (i32.const 3)
                    )
                    (local.get $14)
                   )
                   (i32.const 4)
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
             (i32.const 19840)
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
           (f64.promote_f32
            (f32.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 3840)
              )
              (i32.mul
               (local.get $28)
               (i32.const 4)
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
               (i32.const 56960)
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
                 (i32.const 9600)
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
                   (i32.const 4480)
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
                    (i32.const 51840)
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
                      (i32.const 14720)
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
                      (i32.const 19840)
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
               (i32.const 56960)
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
              (f32.store
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
                 (i32.const 4)
                )
               )
               (f32.demote_f64
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 9600)
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
        (i32.const 1920)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
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
               (i32.const 56960)
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
                 (i32.const 24960)
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
               (f64.promote_f32
                (f32.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 1920)
                  )
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (local.get $28)
                     (i32.const 3)
                    )
                    (local.get $14)
                   )
                   (i32.const 4)
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
             (i32.const 24960)
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
           (f64.promote_f32
            (f32.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 3840)
              )
              (i32.mul
               (local.get $28)
               (i32.const 4)
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
               (i32.const 56960)
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
                 (i32.const 9600)
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
                   (i32.const 4480)
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
                    (i32.const 51840)
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
                       (i32.const 14720)
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
                       (i32.const 19840)
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
                      (i32.const 24960)
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
               (i32.const 56960)
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
              (f32.store
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
                 (i32.const 4)
                )
               )
               (f32.demote_f64
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 9600)
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
        (i32.const 1920)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
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
               (i32.const 56960)
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
                 (i32.const 30080)
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
               (f64.promote_f32
                (f32.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 1920)
                  )
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (local.get $28)
                     (i32.const 3)
                    )
                    (local.get $14)
                   )
                   (i32.const 4)
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
             (i32.const 30080)
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
           (f64.promote_f32
            (f32.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 3840)
              )
              (i32.mul
               (local.get $28)
               (i32.const 4)
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
               (i32.const 56960)
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
                 (i32.const 9600)
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
                   (i32.const 4480)
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
                    (i32.const 51840)
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
                        (i32.const 14720)
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
                        (i32.const 19840)
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
                       (i32.const 24960)
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
                      (i32.const 30080)
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
               (i32.const 56960)
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
              (f32.store
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
                 (i32.const 4)
                )
               )
               (f32.demote_f64
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 9600)
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
        (i32.const 1920)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
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
               (i32.const 56960)
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
                 (i32.const 35200)
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
               (f64.promote_f32
                (f32.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 1920)
                  )
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (local.get $28)
                     (i32.const 3)
                    )
                    (local.get $14)
                   )
                   (i32.const 4)
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
             (i32.const 35200)
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
           (f64.promote_f32
            (f32.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 3840)
              )
              (i32.mul
               (local.get $28)
               (i32.const 4)
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
               (i32.const 56960)
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
                 (i32.const 9600)
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
                   (i32.const 4480)
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
                    (i32.const 51840)
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
                         (i32.const 14720)
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
                         (i32.const 19840)
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
                        (i32.const 24960)
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
                       (i32.const 30080)
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
                      (i32.const 35200)
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
               (i32.const 56960)
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
              (f32.store
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
                 (i32.const 4)
                )
               )
               (f32.demote_f64
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 9600)
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
        (i32.const 1920)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
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
               (i32.const 56960)
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
                 (i32.const 40320)
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
               (f64.promote_f32
                (f32.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 1920)
                  )
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (local.get $28)
                     (i32.const 3)
                    )
                    (local.get $14)
                   )
                   (i32.const 4)
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
             (i32.const 40320)
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
           (f64.promote_f32
            (f32.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 3840)
              )
              (i32.mul
               (local.get $28)
               (i32.const 4)
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
               (i32.const 56960)
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
                 (i32.const 9600)
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
                   (i32.const 4480)
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
                    (i32.const 51840)
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
                         (i32.const 14720)
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
                         (i32.const 24960)
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
                        (i32.const 30080)
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
                       (i32.const 35200)
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
                      (i32.const 40320)
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
               (i32.const 56960)
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
              (f32.store
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
                 (i32.const 4)
                )
               )
               (f32.demote_f64
                (f64.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 9600)
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
        (i32.const 1920)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
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
               (i32.const 56960)
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
                 (i32.const 45440)
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
               (f64.promote_f32
                (f32.load
                 (i32.add
                  (i32.add
                   (local.get $5)
                   (i32.const 1920)
                  )
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (local.get $28)
                     (i32.const 3)
                    )
                    (local.get $14)
                   )
                   (i32.const 4)
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
             (i32.const 45440)
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
           (f64.promote_f32
            (f32.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 3840)
              )
              (i32.mul
               (local.get $28)
               (i32.const 4)
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
               (i32.const 56960)
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
                        (i32.const 14720)
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
                        (i32.const 24960)
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
                       (i32.const 30080)
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
                      (i32.const 35200)
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
                     (i32.const 40320)
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
                    (i32.const 45440)
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
                     (i32.const 51840)
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
                        (i32.const 4480)
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
                        (i32.const 9600)
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
                     (i32.const 51840)
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
                    (i32.const 9600)
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
                    (i32.const 9600)
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
             (i32.const 54400)
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
               (i32.const 54400)
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
              (i32.const 50560)
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
              (i32.const 51840)
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
                  (i32.const 54400)
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
                 (i32.const 51840)
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
                 (i32.const 56960)
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
                     (i32.const 4480)
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
                 (i32.const 55680)
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
                     (i32.const 4480)
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
                      (i32.const 9600)
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
                     (i32.const 14720)
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
                      (i32.const 45440)
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
                 (i32.const 50560)
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
                 (i32.const 53120)
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
                   (i32.const 53120)
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
                 (i32.const 55680)
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
                    (i32.const 54400)
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
                       (i32.const 4480)
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
                   (i32.const 55680)
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
                   (i32.const 51840)
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
                   (i32.const 56960)
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
             (f32.store
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
                (i32.const 4)
               )
              )
              (f32.demote_f64
               (f64.load
                (i32.add
                 (i32.add
                  (local.get $5)
                  (i32.const 4480)
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
         (f32.store
          (i32.add
           (local.get $2)
           (i32.mul
            (i32.add
             (local.get $11)
             (local.get $13)
            )
            (i32.const 4)
           )
          )
          (f32.demote_f64
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 4480)
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
         )
         (f32.store
          (i32.add
           (local.get $3)
           (i32.mul
            (i32.add
             (local.get $11)
             (local.get $13)
            )
            (i32.const 4)
           )
          )
          (f32.demote_f64
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 53120)
             )
             (i32.mul
              (local.get $13)
              (i32.const 8)
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
