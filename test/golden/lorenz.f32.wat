(module
 (type $0 (func (param i32 i32 i32 i32)))
 (type $1 (func (param i32 i32 i32)))
 (type $2 (func (param i32 i32 i32 i32 i32 f64 f64 i32)))
 (type $3 (func (param i32 i32 i32 i32 i32 i32 f64 f64 f64 f64 i32)))
 (type $4 (func))
 (memory $0 1 65536)
 (export "memory" (memory $0))
 (export "evaluate" (func $evaluate))
 (export "divergence" (func $divergence))
 (export "diagonal" (func $diagonal))
 (export "flow_rk4" (func $flow_rk4))
 (export "flow_dopri5" (func $flow_dopri5))
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
        (i32.const 12)
       )
      )
      (i32.mul
       (local.get $18)
       (i32.const 12)
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
            (i32.const 4480)
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
          (f64.promote_f32
           (f32.load
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
              (i32.const 2)
             )
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
          (i32.const 4504)
         )
         (f64.const 0)
        )
        (f64.store
         (i32.add
          (i32.add
           (local.get $5)
           (i32.const 50560)
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
           (i32.const 51840)
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
           (i32.const 53120)
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
           (i32.const 54400)
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
           (i32.const 55680)
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
           (i32.const 56960)
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
             (i32.const 56960)
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
         (f32.store
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
            (i32.const 2)
           )
          )
          (f32.demote_f64
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 4480)
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
       (i32.const 1920)
      )
      (i32.add
       (local.get $5)
       (i32.const 3840)
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
             (i32.const 56960)
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
            (i32.const 14720)
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
          (f64.promote_f32
           (f32.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 1920)
             )
             (i32.shl
              (i32.add
               (i32.mul
                (local.get $13)
                (i32.const 3)
               )
               (local.get $11)
              )
              (i32.const 2)
             )
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
          (i32.const 14744)
         )
         (f64.promote_f32
          (f32.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 3840)
            )
            (i32.shl
             (local.get $13)
             (i32.const 2)
            )
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
                 (i32.const 4480)
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
                     (i32.const 4480)
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
                 (i32.const 4480)
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
                 (i32.const 4480)
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
                 (i32.const 4480)
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
                 (i32.const 14720)
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
                 (i32.const 14720)
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
                 (i32.const 14720)
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
                 (i32.const 14720)
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
           (i32.const 51840)
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
              (i32.const 56960)
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
             (i32.const 9600)
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
               (i32.const 4480)
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
                (i32.const 51840)
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
                 (i32.const 14720)
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
              (i32.const 56960)
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
          (f32.store
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
             (i32.const 2)
            )
           )
           (f32.demote_f64
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 9600)
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
        (i32.const 1920)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
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
              (i32.const 56960)
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
             (i32.const 19840)
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
           (f64.promote_f32
            (f32.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 1920)
              )
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $13)
                 (i32.const 3)
                )
                (local.get $11)
               )
               (i32.const 2)
              )
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
           (i32.const 19864)
          )
          (f64.promote_f32
           (f32.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 3840)
             )
             (i32.shl
              (local.get $13)
              (i32.const 2)
             )
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
              (i32.const 56960)
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
             (i32.const 9600)
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
               (i32.const 4480)
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
                (i32.const 51840)
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
                  (i32.const 14720)
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
                  (i32.const 19840)
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
              (i32.const 56960)
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
          (f32.store
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
             (i32.const 2)
            )
           )
           (f32.demote_f64
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 9600)
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
        (i32.const 1920)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
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
              (i32.const 56960)
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
             (i32.const 24960)
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
           (f64.promote_f32
            (f32.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 1920)
              )
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $13)
                 (i32.const 3)
                )
                (local.get $11)
               )
               (i32.const 2)
              )
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
           (i32.const 24984)
          )
          (f64.promote_f32
           (f32.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 3840)
             )
             (i32.shl
              (local.get $13)
              (i32.const 2)
             )
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
              (i32.const 56960)
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
             (i32.const 9600)
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
               (i32.const 4480)
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
                (i32.const 51840)
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
                   (i32.const 14720)
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
                   (i32.const 19840)
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
                  (i32.const 24960)
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
              (i32.const 56960)
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
          (f32.store
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
             (i32.const 2)
            )
           )
           (f32.demote_f64
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 9600)
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
        (i32.const 1920)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
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
              (i32.const 56960)
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
             (i32.const 30080)
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
           (f64.promote_f32
            (f32.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 1920)
              )
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $13)
                 (i32.const 3)
                )
                (local.get $11)
               )
               (i32.const 2)
              )
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
           (i32.const 30104)
          )
          (f64.promote_f32
           (f32.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 3840)
             )
             (i32.shl
              (local.get $13)
              (i32.const 2)
             )
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
              (i32.const 56960)
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
             (i32.const 9600)
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
               (i32.const 4480)
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
                (i32.const 51840)
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
                    (i32.const 14720)
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
                    (i32.const 19840)
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
                   (i32.const 24960)
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
                  (i32.const 30080)
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
              (i32.const 56960)
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
          (f32.store
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
             (i32.const 2)
            )
           )
           (f32.demote_f64
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 9600)
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
        (i32.const 1920)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
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
              (i32.const 56960)
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
             (i32.const 35200)
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
           (f64.promote_f32
            (f32.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 1920)
              )
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $13)
                 (i32.const 3)
                )
                (local.get $11)
               )
               (i32.const 2)
              )
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
           (i32.const 35224)
          )
          (f64.promote_f32
           (f32.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 3840)
             )
             (i32.shl
              (local.get $13)
              (i32.const 2)
             )
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
              (i32.const 56960)
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
             (i32.const 9600)
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
               (i32.const 4480)
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
                (i32.const 51840)
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
                     (i32.const 14720)
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
                     (i32.const 19840)
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
                    (i32.const 24960)
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
                   (i32.const 30080)
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
                  (i32.const 35200)
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
              (i32.const 56960)
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
          (f32.store
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
             (i32.const 2)
            )
           )
           (f32.demote_f64
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 9600)
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
        (i32.const 1920)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
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
              (i32.const 56960)
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
             (i32.const 40320)
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
           (f64.promote_f32
            (f32.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 1920)
              )
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $13)
                 (i32.const 3)
                )
                (local.get $11)
               )
               (i32.const 2)
              )
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
           (i32.const 40344)
          )
          (f64.promote_f32
           (f32.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 3840)
             )
             (i32.shl
              (local.get $13)
              (i32.const 2)
             )
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
              (i32.const 56960)
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
             (i32.const 9600)
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
               (i32.const 4480)
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
                (i32.const 51840)
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
                     (i32.const 14720)
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
                     (i32.const 24960)
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
                    (i32.const 30080)
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
                   (i32.const 35200)
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
                  (i32.const 40320)
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
              (i32.const 56960)
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
          (f32.store
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
             (i32.const 2)
            )
           )
           (f32.demote_f64
            (f64.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 9600)
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
        (i32.const 1920)
       )
       (i32.add
        (local.get $5)
        (i32.const 3840)
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
              (i32.const 56960)
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
             (i32.const 45440)
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
           (f64.promote_f32
            (f32.load
             (i32.add
              (i32.add
               (local.get $5)
               (i32.const 1920)
              )
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $13)
                 (i32.const 3)
                )
                (local.get $11)
               )
               (i32.const 2)
              )
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
           (i32.const 45464)
          )
          (f64.promote_f32
           (f32.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 3840)
             )
             (i32.shl
              (local.get $13)
              (i32.const 2)
             )
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
              (i32.const 56960)
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
                    (i32.const 51840)
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
                           (i32.const 14720)
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
                           (i32.const 24960)
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
                          (i32.const 30080)
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
                         (i32.const 35200)
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
                        (i32.const 40320)
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
                       (i32.const 45440)
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
                       (i32.const 4480)
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
                       (i32.const 9600)
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
                    (i32.const 51840)
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
                (i32.const 9600)
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
                (i32.const 9600)
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
            (i32.const 54400)
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
              (i32.const 54400)
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
             (i32.const 50560)
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
             (i32.const 51840)
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
                 (i32.const 54400)
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
                (i32.const 51840)
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
                (i32.const 56960)
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
                 (i32.const 4480)
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
                (i32.const 55680)
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
                 (i32.const 4480)
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
                  (i32.const 9600)
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
                 (i32.const 14720)
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
                  (i32.const 45440)
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
                (i32.const 50560)
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
                (i32.const 53120)
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
                  (i32.const 53120)
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
                (i32.const 55680)
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
                   (i32.const 54400)
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
                   (i32.const 4480)
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
                  (i32.const 55680)
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
                  (i32.const 51840)
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
                  (i32.const 56960)
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
         (f32.store
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
            (i32.const 2)
           )
          )
          (f32.demote_f64
           (f64.load
            (i32.add
             (i32.add
              (local.get $5)
              (i32.const 4480)
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
        (f32.store
         (i32.add
          (local.get $2)
          (i32.shl
           (i32.add
            (local.get $12)
            (local.get $19)
           )
           (i32.const 2)
          )
         )
         (f32.demote_f64
          (f64.load
           (i32.add
            (i32.add
             (i32.shl
              (local.get $12)
              (i32.const 5)
             )
             (local.get $5)
            )
            (i32.const 4504)
           )
          )
         )
        )
        (f32.store
         (i32.add
          (local.get $3)
          (i32.shl
           (i32.add
            (local.get $12)
            (local.get $19)
           )
           (i32.const 2)
          )
         )
         (f32.demote_f64
          (f64.load
           (i32.add
            (i32.add
             (local.get $5)
             (i32.const 53120)
            )
            (i32.shl
             (local.get $12)
             (i32.const 3)
            )
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
