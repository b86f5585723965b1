(module
 (type $0 (func (param i32 i32 i32 i32)))
 (type $1 (func (param i32 i32 i32)))
 (type $2 (func))
 (memory $0 1 65536)
 (export "memory" (memory $0))
 (export "evaluate" (func $evaluate))
 (export "divergence" (func $divergence))
 (export "diagonal" (func $diagonal))
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
