(module
 (type $0 (func (param i32 i32 i32 i32)))
 (type $1 (func (param i32 i32 i32)))
 (type $2 (func (param i32 i32 i32 i32 i32 f64 f64 i32)))
 (type $3 (func))
 (memory $0 1 65536)
 (export "memory" (memory $0))
 (export "evaluate" (func $evaluate))
 (export "divergence" (func $divergence))
 (export "diagonal" (func $diagonal))
 (export "flow_rk4" (func $flow_rk4))
 (export "prologue" (func $prologue))
 (func $evaluate (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 i32)
  (local $12 v128)
  (local $13 v128)
  (loop $points
   (if
    (i32.gt_u
     (local.get $3)
     (local.get $6)
    )
    (then
     (local.set $5
      (if (result i32)
       (i32.lt_u
        (local.tee $8
         (i32.sub
          (local.get $3)
          (local.get $6)
         )
        )
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
           (local.get $6)
           (i32.const 12)
          )
         )
         (i32.mul
          (local.get $8)
          (i32.const 12)
         )
        )
        (local.set $4
         (i32.const 80)
        )
        (local.set $11
         (i32.const 128)
        )
        (i32.const 32)
       )
       (else
        (local.set $4
         (i32.add
          (local.get $1)
          (i32.mul
           (local.get $6)
           (i32.const 12)
          )
         )
        )
        (local.set $11
         (i32.add
          (local.get $2)
          (i32.shl
           (local.get $6)
           (i32.const 2)
          )
         )
        )
        (i32.add
         (local.get $0)
         (i32.mul
          (local.get $6)
          (i32.const 12)
         )
        )
       )
      )
     )
     (local.set $9
      (f32x4.mul
       (v128.load32_splat offset=16
        (i32.const 0)
       )
       (f32x4.sub
        (local.tee $7
         (v128.load32_lane offset=40 3
          (local.get $5)
          (v128.load32_lane offset=28 2
           (local.get $5)
           (v128.load32_lane offset=16 1
            (local.get $5)
            (v128.load32_splat offset=4
             (local.get $5)
            )
           )
          )
         )
        )
        (local.tee $12
         (v128.load32_lane offset=36 3
          (local.get $5)
          (v128.load32_lane offset=24 2
           (local.get $5)
           (v128.load32_lane offset=12 1
            (local.get $5)
            (v128.load32_splat
             (local.get $5)
            )
           )
          )
         )
        )
       )
      )
     )
     (local.set $10
      (f32x4.sub
       (f32x4.mul
        (local.get $12)
        (f32x4.sub
         (v128.load32_splat offset=20
          (i32.const 0)
         )
         (local.tee $13
          (v128.load32_lane offset=44 3
           (local.get $5)
           (v128.load32_lane offset=32 2
            (local.get $5)
            (v128.load32_lane offset=20 1
             (local.get $5)
             (v128.load32_splat offset=8
              (local.get $5)
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
     (local.set $7
      (f32x4.sub
       (f32x4.mul
        (local.get $12)
        (local.get $7)
       )
       (f32x4.mul
        (local.get $13)
        (v128.load32_splat offset=24
         (i32.const 0)
        )
       )
      )
     )
     (v128.store32_lane 0
      (local.get $4)
      (local.get $9)
     )
     (v128.store32_lane offset=12 1
      (local.get $4)
      (local.get $9)
     )
     (v128.store32_lane offset=24 2
      (local.get $4)
      (local.get $9)
     )
     (v128.store32_lane offset=36 3
      (local.get $4)
      (local.get $9)
     )
     (v128.store32_lane offset=4 0
      (local.get $4)
      (local.get $10)
     )
     (v128.store32_lane offset=16 1
      (local.get $4)
      (local.get $10)
     )
     (v128.store32_lane offset=28 2
      (local.get $4)
      (local.get $10)
     )
     (v128.store32_lane offset=40 3
      (local.get $4)
      (local.get $10)
     )
     (v128.store32_lane offset=8 0
      (local.get $4)
      (local.get $7)
     )
     (v128.store32_lane offset=20 1
      (local.get $4)
      (local.get $7)
     )
     (v128.store32_lane offset=32 2
      (local.get $4)
      (local.get $7)
     )
     (v128.store32_lane offset=44 3
      (local.get $4)
      (local.get $7)
     )
     (v128.store align=4
      (local.get $11)
      (v128.load
       (i32.const 144)
      )
     )
     (if
      (i32.lt_u
       (local.get $8)
       (i32.const 4)
      )
      (then
       (memory.copy
        (i32.add
         (local.get $1)
         (i32.mul
          (local.get $6)
          (i32.const 12)
         )
        )
        (i32.const 80)
        (i32.mul
         (local.get $8)
         (i32.const 12)
        )
       )
       (memory.copy
        (i32.add
         (local.get $2)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
        (i32.const 128)
        (i32.shl
         (local.get $8)
         (i32.const 2)
        )
       )
      )
     )
     (local.set $6
      (i32.add
       (local.get $6)
       (i32.const 4)
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
        (i32.const 80)
       )
       (else
        (i32.add
         (local.get $1)
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
       )
      )
      (v128.load
       (i32.const 160)
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
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
        (i32.const 80)
        (i32.shl
         (local.get $4)
         (i32.const 2)
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
 )
 (func $diagonal (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (loop $points
   (if
    (i32.gt_u
     (local.get $3)
     (local.get $5)
    )
    (then
     (v128.store32_lane 0
      (local.tee $4
       (if (result i32)
        (i32.lt_u
         (local.tee $6
          (i32.sub
           (local.get $3)
           (local.get $5)
          )
         )
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
            (local.get $5)
            (i32.const 12)
           )
          )
          (i32.mul
           (local.get $6)
           (i32.const 12)
          )
         )
         (local.set $7
          (i32.const 128)
         )
         (i32.const 80)
        )
        (else
         (local.set $7
          (i32.add
           (local.get $2)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.add
          (local.get $1)
          (i32.mul
           (local.get $5)
           (i32.const 12)
          )
         )
        )
       )
      )
      (v128.load
       (i32.const 176)
      )
     )
     (v128.store32_lane offset=12 1
      (local.get $4)
      (v128.load
       (i32.const 176)
      )
     )
     (v128.store32_lane offset=24 2
      (local.get $4)
      (v128.load
       (i32.const 176)
      )
     )
     (v128.store32_lane offset=36 3
      (local.get $4)
      (v128.load
       (i32.const 176)
      )
     )
     (v128.store32_lane offset=4 0
      (local.get $4)
      (v128.const i32x4 0xbf800000 0xbf800000 0xbf800000 0xbf800000)
     )
     (v128.store32_lane offset=16 1
      (local.get $4)
      (v128.const i32x4 0xbf800000 0xbf800000 0xbf800000 0xbf800000)
     )
     (v128.store32_lane offset=28 2
      (local.get $4)
      (v128.const i32x4 0xbf800000 0xbf800000 0xbf800000 0xbf800000)
     )
     (v128.store32_lane offset=40 3
      (local.get $4)
      (v128.const i32x4 0xbf800000 0xbf800000 0xbf800000 0xbf800000)
     )
     (v128.store32_lane offset=8 0
      (local.get $4)
      (v128.load
       (i32.const 192)
      )
     )
     (v128.store32_lane offset=20 1
      (local.get $4)
      (v128.load
       (i32.const 192)
      )
     )
     (v128.store32_lane offset=32 2
      (local.get $4)
      (v128.load
       (i32.const 192)
      )
     )
     (v128.store32_lane offset=44 3
      (local.get $4)
      (v128.load
       (i32.const 192)
      )
     )
     (v128.store align=4
      (local.get $7)
      (v128.load
       (i32.const 208)
      )
     )
     (if
      (i32.lt_u
       (local.get $6)
       (i32.const 4)
      )
      (then
       (memory.copy
        (i32.add
         (local.get $1)
         (i32.mul
          (local.get $5)
          (i32.const 12)
         )
        )
        (i32.const 80)
        (i32.mul
         (local.get $6)
         (i32.const 12)
        )
       )
       (memory.copy
        (i32.add
         (local.get $2)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
        (i32.const 128)
        (i32.shl
         (local.get $6)
         (i32.const 2)
        )
       )
      )
     )
     (local.set $5
      (i32.add
       (local.get $5)
       (i32.const 4)
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
  (local $11 f32)
  (local $12 i32)
  (local.set $11
   (f32.demote_f64
    (local.get $6)
   )
  )
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
       (i32.const 512)
      )
      (then
       (local.set $9
        (i32.const 512)
       )
      )
     )
     (memory.copy
      (local.get $4)
      (i32.add
       (local.get $0)
       (i32.mul
        (local.get $10)
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
      (local.get $4)
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
     (local.set $12
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
          (i32.const 20480)
         )
         (i32.const 0)
         (i32.const 8192)
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
             (i32.const 12)
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
            (v128.load offset=14336
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
        (call $evaluate
         (local.get $4)
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
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
          (i32.const 0)
         )
         (then
          (loop $f1
           (v128.store align=4
            (i32.add
             (i32.add
              (local.get $4)
              (i32.const 20480)
             )
             (local.get $8)
            )
            (f32x4.add
             (v128.load offset=20480
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f32x4.mul
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
              (v128.load offset=6144
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
          (i32.and
           (i32.add
            (i32.shl
             (local.get $9)
             (i32.const 2)
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
              (i32.const 26624)
             )
             (local.get $8)
            )
            (f32x4.add
             (v128.load offset=26624
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f32x4.mul
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
              (v128.load offset=12288
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
                (i32.const 2)
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
             (i32.const 12)
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
            (f32x4.add
             (v128.load offset=14336
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f32x4.mul
              (f32x4.splat
               (f32.mul
                (local.get $11)
                (f32.const 0.5)
               )
              )
              (v128.load offset=6144
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
        (call $evaluate
         (local.get $4)
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
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
          (i32.const 0)
         )
         (then
          (loop $f4
           (v128.store align=4
            (i32.add
             (i32.add
              (local.get $4)
              (i32.const 20480)
             )
             (local.get $8)
            )
            (f32x4.add
             (v128.load offset=20480
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f32x4.mul
              (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
              (v128.load offset=6144
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
          (i32.and
           (i32.add
            (i32.shl
             (local.get $9)
             (i32.const 2)
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
              (i32.const 26624)
             )
             (local.get $8)
            )
            (f32x4.add
             (v128.load offset=26624
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f32x4.mul
              (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
              (v128.load offset=12288
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
                (i32.const 2)
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
             (i32.const 12)
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
            (f32x4.add
             (v128.load offset=14336
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f32x4.mul
              (f32x4.splat
               (f32.mul
                (local.get $11)
                (f32.const 0.5)
               )
              )
              (v128.load offset=6144
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
        (call $evaluate
         (local.get $4)
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
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
          (i32.const 0)
         )
         (then
          (loop $f7
           (v128.store align=4
            (i32.add
             (i32.add
              (local.get $4)
              (i32.const 20480)
             )
             (local.get $8)
            )
            (f32x4.add
             (v128.load offset=20480
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f32x4.mul
              (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
              (v128.load offset=6144
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
          (i32.and
           (i32.add
            (i32.shl
             (local.get $9)
             (i32.const 2)
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
              (i32.const 26624)
             )
             (local.get $8)
            )
            (f32x4.add
             (v128.load offset=26624
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f32x4.mul
              (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
              (v128.load offset=12288
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
                (i32.const 2)
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
             (i32.const 12)
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
            (f32x4.add
             (v128.load offset=14336
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f32x4.mul
              (f32x4.splat
               (f32.mul
                (local.get $11)
                (f32.const 1)
               )
              )
              (v128.load offset=6144
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
        (call $evaluate
         (local.get $4)
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
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
          (i32.const 0)
         )
         (then
          (loop $f10
           (v128.store align=4
            (i32.add
             (i32.add
              (local.get $4)
              (i32.const 20480)
             )
             (local.get $8)
            )
            (f32x4.add
             (v128.load offset=20480
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f32x4.mul
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
              (v128.load offset=6144
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
          (i32.and
           (i32.add
            (i32.shl
             (local.get $9)
             (i32.const 2)
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
              (i32.const 26624)
             )
             (local.get $8)
            )
            (f32x4.add
             (v128.load offset=26624
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f32x4.mul
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
              (v128.load offset=12288
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
                (i32.const 2)
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
             (i32.const 12)
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
              (i32.const 14336)
             )
             (local.get $8)
            )
            (f32x4.add
             (v128.load offset=14336
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f32x4.mul
              (f32x4.splat
               (f32.mul
                (local.get $11)
                (f32.const 0.1666666716337204)
               )
              )
              (v128.load offset=20480
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
        (local.set $8
         (i32.const 0)
        )
        (if
         (i32.gt_s
          (i32.and
           (i32.add
            (i32.shl
             (local.get $9)
             (i32.const 2)
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
              (i32.const 28672)
             )
             (local.get $8)
            )
            (f32x4.add
             (v128.load offset=28672
              (i32.add
               (local.get $4)
               (local.get $8)
              )
             )
             (f32x4.mul
              (f32x4.splat
               (f32.mul
                (local.get $11)
                (f32.const 0.1666666716337204)
               )
              )
              (v128.load offset=26624
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
                (i32.const 2)
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
          (local.tee $12
           (i32.add
            (local.get $12)
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
       (i32.shl
        (local.get $10)
        (i32.const 2)
       )
      )
      (i32.add
       (local.get $4)
       (i32.const 28672)
      )
      (i32.shl
       (local.get $9)
       (i32.const 2)
      )
     )
     (local.set $10
      (i32.add
       (local.get $10)
       (i32.const 512)
      )
     )
     (br $blocks)
    )
   )
  )
 )
 (func $prologue
  (local $0 v128)
  (local $1 v128)
  (v128.store align=4
   (i32.const 144)
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
  (v128.store align=4
   (i32.const 160)
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
  (local.set $0
   (f32x4.neg
    (v128.load32_splat offset=24
     (i32.const 0)
    )
   )
  )
  (local.set $1
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
  (v128.store align=4
   (i32.const 176)
   (f32x4.neg
    (v128.load32_splat offset=16
     (i32.const 0)
    )
   )
  )
  (v128.store align=4
   (i32.const 192)
   (local.get $0)
  )
  (v128.store align=4
   (i32.const 208)
   (local.get $1)
  )
 )
)
