(module
 (type $0 (func))
 (type $1 (func (param v128) (result v128)))
 (type $2 (func (param i32 i32 i32 i32)))
 (type $3 (func (param v128 v128) (result v128)))
 (type $4 (func (param v128) (result v128 v128)))
 (type $5 (func (param i32 i32 i32)))
 (type $6 (func (param i32 i32 i32 i32 i32 f64 f64 i32)))
 (type $7 (func (param i32 i32 i32 i32 i32 i32 f64 f64 f64 f64 i32)))
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
  (local.set $1
   (f64x2.max
    (local.get $0)
    (v128.const i32x4 0x00000000 0xc0875000 0x00000000 0xc0875000)
   )
  )
  (local.set $2
   (f64x2.min
    (local.get $1)
    (v128.const i32x4 0x00000000 0x40863000 0x00000000 0x40863000)
   )
  )
  (local.set $3
   (f64x2.mul
    (local.get $2)
    (v128.const i32x4 0x652b82fe 0x3ff71547 0x652b82fe 0x3ff71547)
   )
  )
  (local.set $4
   (f64x2.add
    (local.get $3)
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $5
   (f64x2.sub
    (local.get $4)
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $6
   (f64x2.mul
    (local.get $5)
    (v128.const i32x4 0xfee00000 0x3fe62e42 0xfee00000 0x3fe62e42)
   )
  )
  (local.set $7
   (f64x2.sub
    (local.get $2)
    (local.get $6)
   )
  )
  (local.set $8
   (f64x2.mul
    (local.get $5)
    (v128.const i32x4 0x35793c76 0x3dea39ef 0x35793c76 0x3dea39ef)
   )
  )
  (local.set $9
   (f64x2.sub
    (local.get $7)
    (local.get $8)
   )
  )
  (local.set $10
   (f64x2.mul
    (local.get $9)
    (local.get $9)
   )
  )
  (local.set $11
   (f64x2.mul
    (local.get $9)
    (v128.const i32x4 0x55555555 0x3fc55555 0x55555555 0x3fc55555)
   )
  )
  (local.set $12
   (f64x2.add
    (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
    (local.get $11)
   )
  )
  (local.set $13
   (f64x2.mul
    (local.get $9)
    (v128.const i32x4 0x11111111 0x3f811111 0x11111111 0x3f811111)
   )
  )
  (local.set $14
   (f64x2.add
    (v128.const i32x4 0x55555555 0x3fa55555 0x55555555 0x3fa55555)
    (local.get $13)
   )
  )
  (local.set $15
   (f64x2.mul
    (local.get $9)
    (v128.const i32x4 0x1a01a01a 0x3f2a01a0 0x1a01a01a 0x3f2a01a0)
   )
  )
  (local.set $16
   (f64x2.add
    (v128.const i32x4 0x16c16c17 0x3f56c16c 0x16c16c17 0x3f56c16c)
    (local.get $15)
   )
  )
  (local.set $17
   (f64x2.mul
    (local.get $9)
    (v128.const i32x4 0xa556c734 0x3ec71de3 0xa556c734 0x3ec71de3)
   )
  )
  (local.set $18
   (f64x2.add
    (v128.const i32x4 0x1a01a01a 0x3efa01a0 0x1a01a01a 0x3efa01a0)
    (local.get $17)
   )
  )
  (local.set $19
   (f64x2.mul
    (local.get $9)
    (v128.const i32x4 0x67f544e4 0x3e5ae645 0x67f544e4 0x3e5ae645)
   )
  )
  (local.set $20
   (f64x2.add
    (v128.const i32x4 0xb7789f5c 0x3e927e4f 0xb7789f5c 0x3e927e4f)
    (local.get $19)
   )
  )
  (local.set $21
   (f64x2.mul
    (local.get $9)
    (v128.const i32x4 0x13a86d09 0x3de61246 0x13a86d09 0x3de61246)
   )
  )
  (local.set $22
   (f64x2.add
    (v128.const i32x4 0xeff8d898 0x3e21eed8 0xeff8d898 0x3e21eed8)
    (local.get $21)
   )
  )
  (local.set $23
   (f64x2.mul
    (local.get $9)
    (local.get $9)
   )
  )
  (local.set $24
   (f64x2.mul
    (local.get $23)
    (local.get $14)
   )
  )
  (local.set $25
   (f64x2.add
    (local.get $12)
    (local.get $24)
   )
  )
  (local.set $26
   (f64x2.mul
    (local.get $23)
    (local.get $18)
   )
  )
  (local.set $27
   (f64x2.add
    (local.get $16)
    (local.get $26)
   )
  )
  (local.set $28
   (f64x2.mul
    (local.get $23)
    (local.get $22)
   )
  )
  (local.set $29
   (f64x2.add
    (local.get $20)
    (local.get $28)
   )
  )
  (local.set $30
   (f64x2.mul
    (local.get $23)
    (local.get $23)
   )
  )
  (local.set $31
   (f64x2.mul
    (local.get $30)
    (local.get $27)
   )
  )
  (local.set $32
   (f64x2.add
    (local.get $25)
    (local.get $31)
   )
  )
  (local.set $33
   (f64x2.mul
    (local.get $30)
    (local.get $30)
   )
  )
  (local.set $34
   (f64x2.mul
    (local.get $33)
    (local.get $29)
   )
  )
  (local.set $35
   (f64x2.add
    (local.get $32)
    (local.get $34)
   )
  )
  (local.set $36
   (f64x2.mul
    (local.get $10)
    (local.get $35)
   )
  )
  (local.set $37
   (f64x2.add
    (local.get $9)
    (local.get $36)
   )
  )
  (local.set $38
   (f64x2.add
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
    (local.get $37)
   )
  )
  (local.set $39
   (i64x2.sub
    (f64x2.add
     (local.get $5)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $40
   (i64x2.shr_s
    (local.get $39)
    (i32.const 1)
   )
  )
  (local.set $41
   (i64x2.sub
    (local.get $39)
    (local.get $40)
   )
  )
  (local.set $42
   (f64x2.mul
    (f64x2.mul
     (local.get $38)
     (i64x2.shl
      (i64x2.add
       (local.get $40)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $41)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.get $42)
 )
 (func $evaluate_prologue
  (local $0 v128)
  (local $1 v128)
  (local.set $0
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
  (local.set $1
   (f64x2.neg
    (local.get $0)
   )
  )
  (v128.store offset=144 align=4
   (i32.const 0)
   (local.get $0)
  )
  (v128.store offset=160 align=4
   (i32.const 0)
   (local.get $1)
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
  (local $96 v128)
  (local $97 v128)
  (local $98 v128)
  (local $99 v128)
  (local $100 v128)
  (local $101 v128)
  (local $102 v128)
  (local $103 v128)
  (local $104 v128)
  (local $105 v128)
  (local $106 v128)
  (local $107 v128)
  (local $108 v128)
  (local $109 v128)
  (local $110 v128)
  (local $111 v128)
  (local $112 v128)
  (local $113 v128)
  (local $114 v128)
  (local $115 v128)
  (local $116 v128)
  (local $117 v128)
  (local $118 v128)
  (local $119 v128)
  (local $120 v128)
  (local $121 v128)
  (local $122 v128)
  (local $123 v128)
  (local $124 v128)
  (local $125 v128)
  (local $126 v128)
  (local $127 v128)
  (local $128 v128)
  (local $129 v128)
  (local $130 v128)
  (local $131 v128)
  (local $132 v128)
  (local $133 v128)
  (local $134 v128)
  (local $135 v128)
  (local $136 v128)
  (local $137 v128)
  (local $138 v128)
  (local $139 v128)
  (local $140 v128)
  (local $141 v128)
  (local $142 v128)
  (local $143 v128)
  (local $144 v128)
  (local $145 v128)
  (local $146 v128)
  (local $147 v128)
  (local $148 v128)
  (local $149 v128)
  (local $150 v128)
  (local $151 v128)
  (local $152 v128)
  (local $153 v128)
  (local $154 v128)
  (local $155 v128)
  (local $156 v128)
  (local $157 v128)
  (local $158 v128)
  (local $159 v128)
  (local $160 v128)
  (local $161 v128)
  (local $162 v128)
  (local $163 v128)
  (local $164 v128)
  (local $165 v128)
  (local $166 v128)
  (local $167 v128)
  (local $168 v128)
  (local $169 v128)
  (local $170 v128)
  (local $171 v128)
  (local $172 v128)
  (local $173 v128)
  (local $174 v128)
  (local $175 v128)
  (local $176 v128)
  (local $177 v128)
  (local $178 v128)
  (local $179 v128)
  (local $180 v128)
  (local $181 v128)
  (local $182 v128)
  (local $183 v128)
  (local $184 v128)
  (local $185 v128)
  (local $186 v128)
  (local $187 v128)
  (local $188 v128)
  (local $189 v128)
  (local $190 v128)
  (local $191 v128)
  (local $192 v128)
  (local $193 v128)
  (local $194 v128)
  (local $195 v128)
  (local $196 v128)
  (local $197 v128)
  (local $198 v128)
  (local $199 v128)
  (local $200 v128)
  (local $201 v128)
  (local $202 v128)
  (local $203 v128)
  (local $204 v128)
  (local $205 v128)
  (local $206 v128)
  (local $207 v128)
  (local $208 v128)
  (local $209 v128)
  (local $210 v128)
  (local $211 v128)
  (local $212 v128)
  (local $213 v128)
  (local $214 v128)
  (local $215 v128)
  (local $216 v128)
  (local $217 v128)
  (local $218 v128)
  (local $219 v128)
  (local $220 v128)
  (local $221 v128)
  (local $222 v128)
  (local $223 v128)
  (local $224 v128)
  (local $225 v128)
  (local $226 v128)
  (local $227 v128)
  (local $228 v128)
  (local $229 v128)
  (local $230 v128)
  (local $231 v128)
  (local $232 v128)
  (local $233 v128)
  (local $234 v128)
  (local $235 v128)
  (local $236 v128)
  (local $237 v128)
  (local $238 v128)
  (local $239 v128)
  (local $240 v128)
  (local $241 v128)
  (local $242 v128)
  (local $243 v128)
  (local $244 v128)
  (local $245 v128)
  (local $246 v128)
  (local $247 v128)
  (local $248 v128)
  (local $249 v128)
  (local $250 v128)
  (local $251 v128)
  (local $252 v128)
  (local $253 v128)
  (local $254 v128)
  (local $255 v128)
  (local $256 v128)
  (local $257 v128)
  (local $258 v128)
  (local $259 v128)
  (local $260 v128)
  (local $261 v128)
  (local $262 v128)
  (local $263 v128)
  (local $264 v128)
  (local $265 v128)
  (local $266 v128)
  (local $267 v128)
  (local $268 v128)
  (local $269 v128)
  (local $270 v128)
  (local $271 v128)
  (local $272 v128)
  (local $273 v128)
  (local $274 v128)
  (local $275 v128)
  (local $276 v128)
  (local $277 v128)
  (local $278 v128)
  (local $279 v128)
  (local $280 v128)
  (local $281 v128)
  (local $282 v128)
  (local $283 v128)
  (local $284 v128)
  (local $285 v128)
  (local $286 v128)
  (local $287 v128)
  (local $288 v128)
  (local $289 v128)
  (local $290 v128)
  (local $291 v128)
  (local $292 v128)
  (local $293 v128)
  (local $294 v128)
  (local $295 v128)
  (local $296 v128)
  (local $297 v128)
  (local $298 v128)
  (local $299 v128)
  (local $300 v128)
  (local $301 v128)
  (local $302 v128)
  (local $303 v128)
  (local $304 v128)
  (local $305 v128)
  (local $306 v128)
  (local $307 v128)
  (local $308 v128)
  (local $309 v128)
  (local $310 v128)
  (local $311 v128)
  (local $312 v128)
  (local $313 v128)
  (local $314 v128)
  (local $315 v128)
  (local $316 v128)
  (local $317 v128)
  (local $318 v128)
  (local $319 v128)
  (local $320 v128)
  (local $321 v128)
  (local $322 v128)
  (local $323 v128)
  (local $324 v128)
  (local $325 v128)
  (local $326 v128)
  (local $327 v128)
  (local $328 v128)
  (local $329 v128)
  (local $330 v128)
  (local $331 v128)
  (local $332 v128)
  (local $333 v128)
  (local $334 v128)
  (local $335 v128)
  (local $336 v128)
  (local $337 v128)
  (local $338 v128)
  (local $339 v128)
  (local $340 v128)
  (local $341 v128)
  (local $342 v128)
  (local $343 v128)
  (local $344 v128)
  (local $345 v128)
  (local $346 v128)
  (local $347 v128)
  (local $348 v128)
  (local $349 v128)
  (local $350 v128)
  (local $351 v128)
  (local $352 v128)
  (local $353 v128)
  (local $354 v128)
  (local $355 v128)
  (local $356 v128)
  (local $357 v128)
  (local $358 v128)
  (local $359 v128)
  (local $360 v128)
  (local $361 v128)
  (local $362 v128)
  (local $363 v128)
  (local $364 v128)
  (local $365 v128)
  (local $366 v128)
  (local $367 v128)
  (local $368 v128)
  (local $369 v128)
  (local $370 v128)
  (local $371 v128)
  (local $372 v128)
  (local $373 v128)
  (local $374 v128)
  (local $375 v128)
  (local $376 v128)
  (local $377 v128)
  (local $378 v128)
  (local $379 v128)
  (local $380 v128)
  (local $381 v128)
  (local $382 v128)
  (local $383 v128)
  (local $384 v128)
  (local $385 v128)
  (local $386 v128)
  (local $387 v128)
  (local $388 v128)
  (local $389 v128)
  (local $390 v128)
  (local $391 v128)
  (local $392 v128)
  (local $393 v128)
  (local $394 v128)
  (local $395 v128)
  (local $396 v128)
  (local $397 v128)
  (local $398 v128)
  (local $399 v128)
  (local $400 v128)
  (local $401 v128)
  (local $402 v128)
  (local $403 v128)
  (local $404 v128)
  (local $405 v128)
  (local $406 v128)
  (local $407 v128)
  (local $408 v128)
  (local $409 v128)
  (local $410 v128)
  (local $411 v128)
  (local $412 v128)
  (local $413 v128)
  (local $414 v128)
  (local $415 v128)
  (local $416 v128)
  (local $417 v128)
  (local $418 v128)
  (local $419 v128)
  (local $420 v128)
  (local $421 v128)
  (local $422 v128)
  (local $423 v128)
  (local $424 v128)
  (local $425 v128)
  (local $426 v128)
  (local $427 v128)
  (local $428 v128)
  (local $429 v128)
  (local $430 v128)
  (local $431 v128)
  (local $432 v128)
  (local $433 v128)
  (local $434 v128)
  (local $435 v128)
  (local $436 v128)
  (local $437 v128)
  (local $438 v128)
  (local $439 v128)
  (local $440 v128)
  (local $441 v128)
  (local $442 v128)
  (local $443 v128)
  (local $444 v128)
  (local $445 v128)
  (local $446 v128)
  (local $447 v128)
  (local $448 v128)
  (local $449 v128)
  (local $450 v128)
  (local $451 v128)
  (local $452 v128)
  (local $453 v128)
  (local $454 v128)
  (local $455 v128)
  (local $456 v128)
  (local $457 v128)
  (local $458 v128)
  (local $459 v128)
  (local $460 v128)
  (local $461 v128)
  (local $462 v128)
  (local $463 v128)
  (local $464 v128)
  (local $465 v128)
  (local $466 v128)
  (local $467 v128)
  (local $468 v128)
  (local $469 v128)
  (local $470 v128)
  (local $471 v128)
  (local $472 v128)
  (local $473 v128)
  (local $474 v128)
  (local $475 v128)
  (local $476 v128)
  (local $477 v128)
  (local $478 v128)
  (local $479 v128)
  (local $480 v128)
  (local $481 v128)
  (local $482 v128)
  (local $483 v128)
  (local $484 v128)
  (local $485 v128)
  (local $486 v128)
  (local $487 v128)
  (local $488 v128)
  (local $489 v128)
  (local $490 v128)
  (local $491 v128)
  (local $492 v128)
  (local $493 v128)
  (local $494 v128)
  (local $495 v128)
  (local $496 v128)
  (local $497 v128)
  (local $498 v128)
  (local $499 v128)
  (local $500 v128)
  (local $501 v128)
  (local $502 v128)
  (local $503 v128)
  (local $504 v128)
  (local $505 v128)
  (local $506 v128)
  (local $507 v128)
  (local $508 v128)
  (local $509 v128)
  (local $510 v128)
  (local $511 v128)
  (local $512 v128)
  (local $513 v128)
  (local $514 v128)
  (local $515 v128)
  (local $516 v128)
  (local $517 v128)
  (local $518 v128)
  (local $519 v128)
  (local $520 v128)
  (local $521 v128)
  (local $522 v128)
  (local $523 v128)
  (local $524 v128)
  (local $525 v128)
  (local $526 v128)
  (local $527 v128)
  (local $528 v128)
  (local $529 v128)
  (local $530 v128)
  (local $531 v128)
  (local $532 v128)
  (local $533 v128)
  (local $534 v128)
  (local $535 v128)
  (local $536 v128)
  (local $537 v128)
  (local $538 v128)
  (local $539 v128)
  (local $540 v128)
  (local $541 v128)
  (local $542 v128)
  (local $543 v128)
  (local $544 v128)
  (local $545 v128)
  (local $546 v128)
  (local $547 v128)
  (local $548 v128)
  (local $549 v128)
  (local $550 v128)
  (local $551 v128)
  (local $552 v128)
  (local $553 v128)
  (local $554 v128)
  (local $555 v128)
  (local $556 v128)
  (local $557 v128)
  (local $558 v128)
  (local $559 v128)
  (local $560 v128)
  (local $561 v128)
  (local $562 v128)
  (local $563 v128)
  (local $564 v128)
  (local $565 v128)
  (local $566 v128)
  (local $567 v128)
  (local $568 v128)
  (local $569 v128)
  (local $570 v128)
  (local $571 v128)
  (local $572 v128)
  (local $573 v128)
  (local $574 v128)
  (local $575 v128)
  (local $576 v128)
  (local $577 v128)
  (local $578 v128)
  (local $579 v128)
  (local $580 v128)
  (local $581 v128)
  (local $582 v128)
  (local $583 v128)
  (local $584 v128)
  (local $585 v128)
  (local $586 v128)
  (local $587 v128)
  (local $588 v128)
  (local $589 v128)
  (local $590 v128)
  (local $591 v128)
  (local $592 v128)
  (local $593 v128)
  (local $594 v128)
  (local $595 v128)
  (local $596 v128)
  (local $597 v128)
  (local $598 v128)
  (local $599 v128)
  (local $600 v128)
  (local $601 v128)
  (local $602 v128)
  (local $603 v128)
  (local $604 v128)
  (local $605 v128)
  (local $606 v128)
  (local $607 v128)
  (local $608 v128)
  (local $609 v128)
  (local $610 v128)
  (local $611 v128)
  (local $612 v128)
  (local $613 v128)
  (local $614 v128)
  (local $615 v128)
  (local $616 v128)
  (local $617 v128)
  (local $618 v128)
  (local $619 v128)
  (local $620 v128)
  (local $621 v128)
  (local $622 v128)
  (local $623 v128)
  (local $624 v128)
  (local $625 v128)
  (local $626 v128)
  (local $627 v128)
  (local $628 v128)
  (local $629 v128)
  (local $630 v128)
  (local $631 v128)
  (local $632 v128)
  (local $633 v128)
  (local $634 v128)
  (local $635 v128)
  (local $636 v128)
  (local $637 v128)
  (local $638 v128)
  (local $639 v128)
  (local $640 v128)
  (local $641 v128)
  (local $642 v128)
  (local $643 v128)
  (local $644 v128)
  (local $645 v128)
  (local $646 v128)
  (local $647 v128)
  (local $648 v128)
  (local $649 v128)
  (local $650 v128)
  (local $651 v128)
  (local $652 v128)
  (local $653 v128)
  (local $654 v128)
  (local $655 v128)
  (local $656 v128)
  (local $657 v128)
  (local $658 v128)
  (local $659 v128)
  (local $660 v128)
  (local $661 v128)
  (local $662 v128)
  (local $663 v128)
  (local $664 v128)
  (local $665 v128)
  (local $666 v128)
  (local $667 v128)
  (local $668 v128)
  (local $669 v128)
  (local $670 v128)
  (local $671 v128)
  (local $672 v128)
  (local $673 v128)
  (local $674 v128)
  (local $675 v128)
  (local $676 v128)
  (local $677 v128)
  (local $678 v128)
  (local $679 v128)
  (local $680 v128)
  (local $681 v128)
  (local $682 v128)
  (local $683 v128)
  (local $684 v128)
  (local $685 v128)
  (local $686 v128)
  (local $687 v128)
  (local $688 v128)
  (local $689 v128)
  (local $690 v128)
  (local $691 v128)
  (local $692 v128)
  (local $693 v128)
  (local $694 v128)
  (local $695 v128)
  (local $696 v128)
  (local $697 v128)
  (local $698 v128)
  (local $699 v128)
  (local $700 v128)
  (local $701 v128)
  (local $702 v128)
  (local $703 v128)
  (local $704 v128)
  (local $705 v128)
  (local $706 v128)
  (local $707 v128)
  (local $708 v128)
  (local $709 v128)
  (local $710 v128)
  (local $711 v128)
  (local $712 v128)
  (local $713 v128)
  (local $714 v128)
  (local $715 v128)
  (local.set $2
   (f64x2.abs
    (local.get $0)
   )
  )
  (local.set $3
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
  )
  (local.set $4
   (v128.or
    (v128.and
     (local.get $2)
     (v128.const i32x4 0xffffffff 0x000fffff 0xffffffff 0x000fffff)
    )
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
   )
  )
  (local.set $5
   (f64x2.sub
    (local.get $3)
    (v128.const i32x4 0x00000000 0x404a0000 0x00000000 0x404a0000)
   )
  )
  (local.set $6
   (f64x2.mul
    (local.get $4)
    (v128.const i32x4 0x00000000 0x41900000 0x00000000 0x41900000)
   )
  )
  (local.set $7
   (f64x2.floor
    (local.get $6)
   )
  )
  (local.set $8
   (f64x2.mul
    (local.get $4)
    (v128.const i32x4 0x00000000 0x43300000 0x00000000 0x43300000)
   )
  )
  (local.set $9
   (f64x2.mul
    (local.get $7)
    (v128.const i32x4 0x00000000 0x41900000 0x00000000 0x41900000)
   )
  )
  (local.set $10
   (f64x2.sub
    (local.get $8)
    (local.get $9)
   )
  )
  (local.set $11
   (f64x2.sub
    (local.get $5)
    (v128.const i32x4 0x00000000 0x40000000 0x00000000 0x40000000)
   )
  )
  (local.set $12
   (f64x2.mul
    (local.get $11)
    (v128.const i32x4 0x55555555 0x3fa55555 0x55555555 0x3fa55555)
   )
  )
  (local.set $13
   (f64x2.floor
    (local.get $12)
   )
  )
  (local.set $14
   (f64x2.max
    (local.get $13)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $15
   (f64x2.mul
    (local.get $14)
    (v128.const i32x4 0x00000000 0x3fc00000 0x00000000 0x3fc00000)
   )
  )
  (local.set $16
   (f64x2.floor
    (local.get $15)
   )
  )
  (local.set $17
   (f64x2.mul
    (local.get $16)
    (v128.const i32x4 0x00000000 0x40200000 0x00000000 0x40200000)
   )
  )
  (local.set $18
   (f64x2.sub
    (local.get $14)
    (local.get $17)
   )
  )
  (local.set $19
   (f64x2.eq
    (local.get $16)
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
   )
  )
  (local.set $20
   (v128.bitselect
    (v128.const i32x4 0x60000000 0x416fca2c 0x60000000 0x416fca2c)
    (v128.const i32x4 0x60000000 0x41645f30 0x60000000 0x41645f30)
    (local.get $19)
   )
  )
  (local.set $21
   (v128.bitselect
    (v128.const i32x4 0x60000000 0x41657bd7 0x60000000 0x41657bd7)
    (v128.const i32x4 0x00000000 0x415b9391 0x00000000 0x415b9391)
    (local.get $19)
   )
  )
  (local.set $22
   (v128.bitselect
    (v128.const i32x4 0xe0000000 0x4168ac36 0xe0000000 0x4168ac36)
    (v128.const i32x4 0x00000000 0x413529fc 0x00000000 0x413529fc)
    (local.get $19)
   )
  )
  (local.set $23
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x4142371d 0x00000000 0x4142371d)
    (v128.const i32x4 0x80000000 0x4143abe8 0x80000000 0x4143abe8)
    (local.get $19)
   )
  )
  (local.set $24
   (v128.bitselect
    (v128.const i32x4 0x80000000 0x41509374 0x80000000 0x41509374)
    (v128.const i32x4 0xa0000000 0x416ea69b 0xa0000000 0x416ea69b)
    (local.get $19)
   )
  )
  (local.set $25
   (v128.bitselect
    (v128.const i32x4 0x20000000 0x416c00c9 0x20000000 0x416c00c9)
    (v128.const i32x4 0x40000000 0x41681b6c 0x40000000 0x41681b6c)
    (local.get $19)
   )
  )
  (local.set $26
   (v128.bitselect
    (v128.const i32x4 0x80000000 0x41477504 0x80000000 0x41477504)
    (v128.const i32x4 0x80000000 0x4162b327 0x80000000 0x4162b327)
    (local.get $19)
   )
  )
  (local.set $27
   (v128.bitselect
    (v128.const i32x4 0x80000000 0x416a3243 0x80000000 0x416a3243)
    (v128.const i32x4 0x40000000 0x4150e410 0x40000000 0x4150e410)
    (local.get $19)
   )
  )
  (local.set $28
   (v128.bitselect
    (v128.const i32x4 0x60000000 0x416fc3bd 0x60000000 0x416fc3bd)
    (v128.const i32x4 0x60000000 0x416fca2c 0x60000000 0x416fca2c)
    (local.get $19)
   )
  )
  (local.set $29
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x413cb129 0x00000000 0x413cb129)
    (v128.const i32x4 0x60000000 0x41657bd7 0x60000000 0x41657bd7)
    (local.get $19)
   )
  )
  (local.set $30
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x4164e7dd 0x00000000 0x4164e7dd)
    (v128.const i32x4 0xe0000000 0x4168ac36 0xe0000000 0x4168ac36)
    (local.get $19)
   )
  )
  (local.set $31
   (v128.bitselect
    (v128.const i32x4 0xa0000000 0x416046be 0xa0000000 0x416046be)
    (v128.const i32x4 0x00000000 0x4142371d 0x00000000 0x4142371d)
    (local.get $19)
   )
  )
  (local.set $32
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x41475da2 0x00000000 0x41475da2)
    (v128.const i32x4 0x80000000 0x41509374 0x80000000 0x41509374)
    (local.get $19)
   )
  )
  (local.set $33
   (v128.bitselect
    (v128.const i32x4 0x80000000 0x41609d33 0x80000000 0x41609d33)
    (v128.const i32x4 0x20000000 0x416c00c9 0x20000000 0x416c00c9)
    (local.get $19)
   )
  )
  (local.set $34
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x415c09ad 0x00000000 0x415c09ad)
    (v128.const i32x4 0x80000000 0x41477504 0x80000000 0x41477504)
    (local.get $19)
   )
  )
  (local.set $35
   (v128.bitselect
    (v128.const i32x4 0x40000000 0x4157df90 0x40000000 0x4157df90)
    (v128.const i32x4 0x80000000 0x416a3243 0x80000000 0x416a3243)
    (local.get $19)
   )
  )
  (local.set $36
   (f64x2.eq
    (local.get $16)
    (v128.const i32x4 0x00000000 0x40000000 0x00000000 0x40000000)
   )
  )
  (local.set $37
   (v128.bitselect
    (v128.const i32x4 0x60000000 0x416fc3bd 0x60000000 0x416fc3bd)
    (local.get $20)
    (local.get $36)
   )
  )
  (local.set $38
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x413cb129 0x00000000 0x413cb129)
    (local.get $21)
    (local.get $36)
   )
  )
  (local.set $39
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x4164e7dd 0x00000000 0x4164e7dd)
    (local.get $22)
    (local.get $36)
   )
  )
  (local.set $40
   (v128.bitselect
    (v128.const i32x4 0xa0000000 0x416046be 0xa0000000 0x416046be)
    (local.get $23)
    (local.get $36)
   )
  )
  (local.set $41
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x41475da2 0x00000000 0x41475da2)
    (local.get $24)
    (local.get $36)
   )
  )
  (local.set $42
   (v128.bitselect
    (v128.const i32x4 0x80000000 0x41609d33 0x80000000 0x41609d33)
    (local.get $25)
    (local.get $36)
   )
  )
  (local.set $43
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x415c09ad 0x00000000 0x415c09ad)
    (local.get $26)
    (local.get $36)
   )
  )
  (local.set $44
   (v128.bitselect
    (v128.const i32x4 0x40000000 0x4157df90 0x40000000 0x4157df90)
    (local.get $27)
    (local.get $36)
   )
  )
  (local.set $45
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x414cc8eb 0x00000000 0x414cc8eb)
    (local.get $28)
    (local.get $36)
   )
  )
  (local.set $46
   (v128.bitselect
    (v128.const i32x4 0x80000000 0x414cc1a9 0x80000000 0x414cc1a9)
    (local.get $29)
    (local.get $36)
   )
  )
  (local.set $47
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x414cfa4e 0x00000000 0x414cfa4e)
    (local.get $30)
    (local.get $36)
   )
  )
  (local.set $48
   (v128.bitselect
    (v128.const i32x4 0x60000000 0x41608bf1 0x60000000 0x41608bf1)
    (local.get $31)
    (local.get $36)
   )
  )
  (local.set $49
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x4167bf25 0x00000000 0x4167bf25)
    (local.get $32)
    (local.get $36)
   )
  )
  (local.set $50
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x414d8ffc 0x00000000 0x414d8ffc)
    (local.get $33)
    (local.get $36)
   )
  )
  (local.set $51
   (v128.bitselect
    (v128.const i32x4 0xc0000000 0x4162fffb 0xc0000000 0x4162fffb)
    (local.get $34)
    (local.get $36)
   )
  )
  (local.set $52
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x4116603c 0x00000000 0x4116603c)
    (local.get $35)
    (local.get $36)
   )
  )
  (local.set $53
   (f64x2.eq
    (local.get $16)
    (v128.const i32x4 0x00000000 0x40080000 0x00000000 0x40080000)
   )
  )
  (local.set $54
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x414cc8eb 0x00000000 0x414cc8eb)
    (local.get $37)
    (local.get $53)
   )
  )
  (local.set $55
   (v128.bitselect
    (v128.const i32x4 0x80000000 0x414cc1a9 0x80000000 0x414cc1a9)
    (local.get $38)
    (local.get $53)
   )
  )
  (local.set $56
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x414cfa4e 0x00000000 0x414cfa4e)
    (local.get $39)
    (local.get $53)
   )
  )
  (local.set $57
   (v128.bitselect
    (v128.const i32x4 0x60000000 0x41608bf1 0x60000000 0x41608bf1)
    (local.get $40)
    (local.get $53)
   )
  )
  (local.set $58
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x4167bf25 0x00000000 0x4167bf25)
    (local.get $41)
    (local.get $53)
   )
  )
  (local.set $59
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x414d8ffc 0x00000000 0x414d8ffc)
    (local.get $42)
    (local.get $53)
   )
  )
  (local.set $60
   (v128.bitselect
    (v128.const i32x4 0xc0000000 0x4162fffb 0xc0000000 0x4162fffb)
    (local.get $43)
    (local.get $53)
   )
  )
  (local.set $61
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x4116603c 0x00000000 0x4116603c)
    (local.get $44)
    (local.get $53)
   )
  )
  (local.set $62
   (v128.bitselect
    (v128.const i32x4 0x20000000 0x416de5e2 0x20000000 0x416de5e2)
    (local.get $45)
    (local.get $53)
   )
  )
  (local.set $63
   (v128.bitselect
    (v128.const i32x4 0x40000000 0x41616b41 0x40000000 0x41616b41)
    (local.get $46)
    (local.get $53)
   )
  )
  (local.set $64
   (v128.bitselect
    (v128.const i32x4 0x40000000 0x415b47db 0x40000000 0x415b47db)
    (local.get $47)
    (local.get $53)
   )
  )
  (local.set $65
   (v128.bitselect
    (v128.const i32x4 0x80000000 0x414b3f67 0x80000000 0x414b3f67)
    (local.get $48)
    (local.get $53)
   )
  )
  (local.set $66
   (v128.bitselect
    (v128.const i32x4 0x80000000 0x4143e584 0x80000000 0x4143e584)
    (local.get $49)
    (local.get $53)
   )
  )
  (local.set $67
   (v128.bitselect
    (v128.const i32x4 0xc0000000 0x4166e9e8 0xc0000000 0x4166e9e8)
    (local.get $50)
    (local.get $53)
   )
  )
  (local.set $68
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x414fb34f 0x00000000 0x414fb34f)
    (local.get $51)
    (local.get $53)
   )
  )
  (local.set $69
   (v128.bitselect
    (v128.const i32x4 0x40000000 0x4157fa8b 0x40000000 0x4157fa8b)
    (local.get $52)
    (local.get $53)
   )
  )
  (local.set $70
   (f64x2.eq
    (local.get $16)
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
   )
  )
  (local.set $71
   (v128.bitselect
    (v128.const i32x4 0x20000000 0x416de5e2 0x20000000 0x416de5e2)
    (local.get $54)
    (local.get $70)
   )
  )
  (local.set $72
   (v128.bitselect
    (v128.const i32x4 0x40000000 0x41616b41 0x40000000 0x41616b41)
    (local.get $55)
    (local.get $70)
   )
  )
  (local.set $73
   (v128.bitselect
    (v128.const i32x4 0x40000000 0x415b47db 0x40000000 0x415b47db)
    (local.get $56)
    (local.get $70)
   )
  )
  (local.set $74
   (v128.bitselect
    (v128.const i32x4 0x80000000 0x414b3f67 0x80000000 0x414b3f67)
    (local.get $57)
    (local.get $70)
   )
  )
  (local.set $75
   (v128.bitselect
    (v128.const i32x4 0x80000000 0x4143e584 0x80000000 0x4143e584)
    (local.get $58)
    (local.get $70)
   )
  )
  (local.set $76
   (v128.bitselect
    (v128.const i32x4 0xc0000000 0x4166e9e8 0xc0000000 0x4166e9e8)
    (local.get $59)
    (local.get $70)
   )
  )
  (local.set $77
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x414fb34f 0x00000000 0x414fb34f)
    (local.get $60)
    (local.get $70)
   )
  )
  (local.set $78
   (v128.bitselect
    (v128.const i32x4 0x40000000 0x4157fa8b 0x40000000 0x4157fa8b)
    (local.get $61)
    (local.get $70)
   )
  )
  (local.set $79
   (v128.bitselect
    (v128.const i32x4 0x80000000 0x415d49ee 0x80000000 0x415d49ee)
    (local.get $62)
    (local.get $70)
   )
  )
  (local.set $80
   (v128.bitselect
    (v128.const i32x4 0xa0000000 0x4168fd7c 0xa0000000 0x4168fd7c)
    (local.get $63)
    (local.get $70)
   )
  )
  (local.set $81
   (v128.bitselect
    (v128.const i32x4 0xa0000000 0x416e2f67 0xa0000000 0x416e2f67)
    (local.get $64)
    (local.get $70)
   )
  )
  (local.set $82
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x411ce7dc 0x00000000 0x411ce7dc)
    (local.get $65)
    (local.get $70)
   )
  )
  (local.set $83
   (v128.bitselect
    (v128.const i32x4 0x40000000 0x41614a52 0x40000000 0x41614a52)
    (local.get $66)
    (local.get $70)
   )
  )
  (local.set $84
   (v128.bitselect
    (v128.const i32x4 0x60000000 0x416d4d7f 0x60000000 0x416d4d7f)
    (local.get $67)
    (local.get $70)
   )
  )
  (local.set $85
   (v128.bitselect
    (v128.const i32x4 0xc0000000 0x4157ec47 0xc0000000 0x4157ec47)
    (local.get $68)
    (local.get $70)
   )
  )
  (local.set $86
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x4161aba1 0x00000000 0x4161aba1)
    (local.get $69)
    (local.get $70)
   )
  )
  (local.set $87
   (f64x2.eq
    (local.get $16)
    (v128.const i32x4 0x00000000 0x40140000 0x00000000 0x40140000)
   )
  )
  (local.set $88
   (v128.bitselect
    (v128.const i32x4 0x80000000 0x415d49ee 0x80000000 0x415d49ee)
    (local.get $71)
    (local.get $87)
   )
  )
  (local.set $89
   (v128.bitselect
    (v128.const i32x4 0xa0000000 0x4168fd7c 0xa0000000 0x4168fd7c)
    (local.get $72)
    (local.get $87)
   )
  )
  (local.set $90
   (v128.bitselect
    (v128.const i32x4 0xa0000000 0x416e2f67 0xa0000000 0x416e2f67)
    (local.get $73)
    (local.get $87)
   )
  )
  (local.set $91
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x411ce7dc 0x00000000 0x411ce7dc)
    (local.get $74)
    (local.get $87)
   )
  )
  (local.set $92
   (v128.bitselect
    (v128.const i32x4 0x40000000 0x41614a52 0x40000000 0x41614a52)
    (local.get $75)
    (local.get $87)
   )
  )
  (local.set $93
   (v128.bitselect
    (v128.const i32x4 0x60000000 0x416d4d7f 0x60000000 0x416d4d7f)
    (local.get $76)
    (local.get $87)
   )
  )
  (local.set $94
   (v128.bitselect
    (v128.const i32x4 0xc0000000 0x4157ec47 0xc0000000 0x4157ec47)
    (local.get $77)
    (local.get $87)
   )
  )
  (local.set $95
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x4161aba1 0x00000000 0x4161aba1)
    (local.get $78)
    (local.get $87)
   )
  )
  (local.set $96
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x415580cc 0x00000000 0x415580cc)
    (local.get $79)
    (local.get $87)
   )
  )
  (local.set $97
   (v128.bitselect
    (v128.const i32x4 0xc0000000 0x4151bf1e 0xc0000000 0x4151bf1e)
    (local.get $80)
    (local.get $87)
   )
  )
  (local.set $98
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x415aeafc 0x00000000 0x415aeafc)
    (local.get $81)
    (local.get $87)
   )
  )
  (local.set $99
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x4169f784 0x00000000 0x4169f784)
    (local.get $82)
    (local.get $87)
   )
  )
  (local.set $100
   (v128.bitselect
    (v128.const i32x4 0xc0000000 0x41635e86 0xc0000000 0x41635e86)
    (local.get $83)
    (local.get $87)
   )
  )
  (local.set $101
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x413da9e3 0x00000000 0x413da9e3)
    (local.get $84)
    (local.get $87)
   )
  )
  (local.set $102
   (v128.bitselect
    (v128.const i32x4 0xc0000000 0x41622c2b 0xc0000000 0x41622c2b)
    (local.get $85)
    (local.get $87)
   )
  )
  (local.set $103
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x416cc361 0x00000000 0x416cc361)
    (local.get $86)
    (local.get $87)
   )
  )
  (local.set $104
   (f64x2.eq
    (local.get $18)
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
   )
  )
  (local.set $105
   (v128.bitselect
    (local.get $89)
    (local.get $88)
    (local.get $104)
   )
  )
  (local.set $106
   (v128.bitselect
    (local.get $90)
    (local.get $89)
    (local.get $104)
   )
  )
  (local.set $107
   (v128.bitselect
    (local.get $91)
    (local.get $90)
    (local.get $104)
   )
  )
  (local.set $108
   (v128.bitselect
    (local.get $92)
    (local.get $91)
    (local.get $104)
   )
  )
  (local.set $109
   (v128.bitselect
    (local.get $93)
    (local.get $92)
    (local.get $104)
   )
  )
  (local.set $110
   (v128.bitselect
    (local.get $94)
    (local.get $93)
    (local.get $104)
   )
  )
  (local.set $111
   (v128.bitselect
    (local.get $95)
    (local.get $94)
    (local.get $104)
   )
  )
  (local.set $112
   (v128.bitselect
    (local.get $96)
    (local.get $95)
    (local.get $104)
   )
  )
  (local.set $113
   (v128.bitselect
    (local.get $97)
    (local.get $96)
    (local.get $104)
   )
  )
  (local.set $114
   (f64x2.eq
    (local.get $18)
    (v128.const i32x4 0x00000000 0x40000000 0x00000000 0x40000000)
   )
  )
  (local.set $115
   (v128.bitselect
    (local.get $90)
    (local.get $105)
    (local.get $114)
   )
  )
  (local.set $116
   (v128.bitselect
    (local.get $91)
    (local.get $106)
    (local.get $114)
   )
  )
  (local.set $117
   (v128.bitselect
    (local.get $92)
    (local.get $107)
    (local.get $114)
   )
  )
  (local.set $118
   (v128.bitselect
    (local.get $93)
    (local.get $108)
    (local.get $114)
   )
  )
  (local.set $119
   (v128.bitselect
    (local.get $94)
    (local.get $109)
    (local.get $114)
   )
  )
  (local.set $120
   (v128.bitselect
    (local.get $95)
    (local.get $110)
    (local.get $114)
   )
  )
  (local.set $121
   (v128.bitselect
    (local.get $96)
    (local.get $111)
    (local.get $114)
   )
  )
  (local.set $122
   (v128.bitselect
    (local.get $97)
    (local.get $112)
    (local.get $114)
   )
  )
  (local.set $123
   (v128.bitselect
    (local.get $98)
    (local.get $113)
    (local.get $114)
   )
  )
  (local.set $124
   (f64x2.eq
    (local.get $18)
    (v128.const i32x4 0x00000000 0x40080000 0x00000000 0x40080000)
   )
  )
  (local.set $125
   (v128.bitselect
    (local.get $91)
    (local.get $115)
    (local.get $124)
   )
  )
  (local.set $126
   (v128.bitselect
    (local.get $92)
    (local.get $116)
    (local.get $124)
   )
  )
  (local.set $127
   (v128.bitselect
    (local.get $93)
    (local.get $117)
    (local.get $124)
   )
  )
  (local.set $128
   (v128.bitselect
    (local.get $94)
    (local.get $118)
    (local.get $124)
   )
  )
  (local.set $129
   (v128.bitselect
    (local.get $95)
    (local.get $119)
    (local.get $124)
   )
  )
  (local.set $130
   (v128.bitselect
    (local.get $96)
    (local.get $120)
    (local.get $124)
   )
  )
  (local.set $131
   (v128.bitselect
    (local.get $97)
    (local.get $121)
    (local.get $124)
   )
  )
  (local.set $132
   (v128.bitselect
    (local.get $98)
    (local.get $122)
    (local.get $124)
   )
  )
  (local.set $133
   (v128.bitselect
    (local.get $99)
    (local.get $123)
    (local.get $124)
   )
  )
  (local.set $134
   (f64x2.eq
    (local.get $18)
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
   )
  )
  (local.set $135
   (v128.bitselect
    (local.get $92)
    (local.get $125)
    (local.get $134)
   )
  )
  (local.set $136
   (v128.bitselect
    (local.get $93)
    (local.get $126)
    (local.get $134)
   )
  )
  (local.set $137
   (v128.bitselect
    (local.get $94)
    (local.get $127)
    (local.get $134)
   )
  )
  (local.set $138
   (v128.bitselect
    (local.get $95)
    (local.get $128)
    (local.get $134)
   )
  )
  (local.set $139
   (v128.bitselect
    (local.get $96)
    (local.get $129)
    (local.get $134)
   )
  )
  (local.set $140
   (v128.bitselect
    (local.get $97)
    (local.get $130)
    (local.get $134)
   )
  )
  (local.set $141
   (v128.bitselect
    (local.get $98)
    (local.get $131)
    (local.get $134)
   )
  )
  (local.set $142
   (v128.bitselect
    (local.get $99)
    (local.get $132)
    (local.get $134)
   )
  )
  (local.set $143
   (v128.bitselect
    (local.get $100)
    (local.get $133)
    (local.get $134)
   )
  )
  (local.set $144
   (f64x2.eq
    (local.get $18)
    (v128.const i32x4 0x00000000 0x40140000 0x00000000 0x40140000)
   )
  )
  (local.set $145
   (v128.bitselect
    (local.get $93)
    (local.get $135)
    (local.get $144)
   )
  )
  (local.set $146
   (v128.bitselect
    (local.get $94)
    (local.get $136)
    (local.get $144)
   )
  )
  (local.set $147
   (v128.bitselect
    (local.get $95)
    (local.get $137)
    (local.get $144)
   )
  )
  (local.set $148
   (v128.bitselect
    (local.get $96)
    (local.get $138)
    (local.get $144)
   )
  )
  (local.set $149
   (v128.bitselect
    (local.get $97)
    (local.get $139)
    (local.get $144)
   )
  )
  (local.set $150
   (v128.bitselect
    (local.get $98)
    (local.get $140)
    (local.get $144)
   )
  )
  (local.set $151
   (v128.bitselect
    (local.get $99)
    (local.get $141)
    (local.get $144)
   )
  )
  (local.set $152
   (v128.bitselect
    (local.get $100)
    (local.get $142)
    (local.get $144)
   )
  )
  (local.set $153
   (v128.bitselect
    (local.get $101)
    (local.get $143)
    (local.get $144)
   )
  )
  (local.set $154
   (f64x2.eq
    (local.get $18)
    (v128.const i32x4 0x00000000 0x40180000 0x00000000 0x40180000)
   )
  )
  (local.set $155
   (v128.bitselect
    (local.get $94)
    (local.get $145)
    (local.get $154)
   )
  )
  (local.set $156
   (v128.bitselect
    (local.get $95)
    (local.get $146)
    (local.get $154)
   )
  )
  (local.set $157
   (v128.bitselect
    (local.get $96)
    (local.get $147)
    (local.get $154)
   )
  )
  (local.set $158
   (v128.bitselect
    (local.get $97)
    (local.get $148)
    (local.get $154)
   )
  )
  (local.set $159
   (v128.bitselect
    (local.get $98)
    (local.get $149)
    (local.get $154)
   )
  )
  (local.set $160
   (v128.bitselect
    (local.get $99)
    (local.get $150)
    (local.get $154)
   )
  )
  (local.set $161
   (v128.bitselect
    (local.get $100)
    (local.get $151)
    (local.get $154)
   )
  )
  (local.set $162
   (v128.bitselect
    (local.get $101)
    (local.get $152)
    (local.get $154)
   )
  )
  (local.set $163
   (v128.bitselect
    (local.get $102)
    (local.get $153)
    (local.get $154)
   )
  )
  (local.set $164
   (f64x2.eq
    (local.get $18)
    (v128.const i32x4 0x00000000 0x401c0000 0x00000000 0x401c0000)
   )
  )
  (local.set $165
   (v128.bitselect
    (local.get $95)
    (local.get $155)
    (local.get $164)
   )
  )
  (local.set $166
   (v128.bitselect
    (local.get $96)
    (local.get $156)
    (local.get $164)
   )
  )
  (local.set $167
   (v128.bitselect
    (local.get $97)
    (local.get $157)
    (local.get $164)
   )
  )
  (local.set $168
   (v128.bitselect
    (local.get $98)
    (local.get $158)
    (local.get $164)
   )
  )
  (local.set $169
   (v128.bitselect
    (local.get $99)
    (local.get $159)
    (local.get $164)
   )
  )
  (local.set $170
   (v128.bitselect
    (local.get $100)
    (local.get $160)
    (local.get $164)
   )
  )
  (local.set $171
   (v128.bitselect
    (local.get $101)
    (local.get $161)
    (local.get $164)
   )
  )
  (local.set $172
   (v128.bitselect
    (local.get $102)
    (local.get $162)
    (local.get $164)
   )
  )
  (local.set $173
   (v128.bitselect
    (local.get $103)
    (local.get $163)
    (local.get $164)
   )
  )
  (local.set $174
   (f64x2.add
    (local.get $14)
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
   )
  )
  (local.set $175
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
    (local.get $174)
   )
  )
  (local.set $176
   (f64x2.sub
    (local.get $5)
    (local.get $175)
   )
  )
  (local.set $177
   (f64x2.mul
    (local.get $7)
    (local.get $165)
   )
  )
  (local.set $178
   (f64x2.add
    (local.get $176)
    (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
   )
  )
  (local.set $179
   (i64x2.sub
    (f64x2.add
     (local.get $178)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $180
   (i64x2.shr_s
    (local.get $179)
    (i32.const 1)
   )
  )
  (local.set $181
   (i64x2.sub
    (local.get $179)
    (local.get $180)
   )
  )
  (local.set $182
   (f64x2.mul
    (f64x2.mul
     (local.get $177)
     (i64x2.shl
      (i64x2.add
       (local.get $180)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $181)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $183
   (f64x2.mul
    (local.get $182)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $184
   (f64x2.floor
    (local.get $183)
   )
  )
  (local.set $185
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $184)
   )
  )
  (local.set $186
   (f64x2.sub
    (local.get $182)
    (local.get $185)
   )
  )
  (local.set $187
   (f64x2.add
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    (local.get $186)
   )
  )
  (local.set $188
   (f64x2.sub
    (local.get $187)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $189
   (f64x2.sub
    (local.get $187)
    (local.get $188)
   )
  )
  (local.set $190
   (f64x2.sub
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    (local.get $189)
   )
  )
  (local.set $191
   (f64x2.sub
    (local.get $186)
    (local.get $188)
   )
  )
  (local.set $192
   (f64x2.add
    (local.get $190)
    (local.get $191)
   )
  )
  (local.set $193
   (f64x2.add
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    (local.get $192)
   )
  )
  (local.set $194
   (f64x2.sub
    (local.get $193)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $195
   (f64x2.sub
    (local.get $193)
    (local.get $194)
   )
  )
  (local.set $196
   (f64x2.sub
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    (local.get $195)
   )
  )
  (local.set $197
   (f64x2.sub
    (local.get $192)
    (local.get $194)
   )
  )
  (local.set $198
   (f64x2.add
    (local.get $196)
    (local.get $197)
   )
  )
  (local.set $199
   (f64x2.add
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    (local.get $198)
   )
  )
  (local.set $200
   (f64x2.mul
    (local.get $10)
    (local.get $165)
   )
  )
  (local.set $201
   (f64x2.add
    (local.get $176)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $202
   (i64x2.sub
    (f64x2.add
     (local.get $201)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $203
   (i64x2.shr_s
    (local.get $202)
    (i32.const 1)
   )
  )
  (local.set $204
   (i64x2.sub
    (local.get $202)
    (local.get $203)
   )
  )
  (local.set $205
   (f64x2.mul
    (f64x2.mul
     (local.get $200)
     (i64x2.shl
      (i64x2.add
       (local.get $203)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $204)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $206
   (f64x2.mul
    (local.get $205)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $207
   (f64x2.floor
    (local.get $206)
   )
  )
  (local.set $208
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $207)
   )
  )
  (local.set $209
   (f64x2.sub
    (local.get $205)
    (local.get $208)
   )
  )
  (local.set $210
   (f64x2.add
    (local.get $187)
    (local.get $209)
   )
  )
  (local.set $211
   (f64x2.sub
    (local.get $210)
    (local.get $187)
   )
  )
  (local.set $212
   (f64x2.sub
    (local.get $210)
    (local.get $211)
   )
  )
  (local.set $213
   (f64x2.sub
    (local.get $187)
    (local.get $212)
   )
  )
  (local.set $214
   (f64x2.sub
    (local.get $209)
    (local.get $211)
   )
  )
  (local.set $215
   (f64x2.add
    (local.get $213)
    (local.get $214)
   )
  )
  (local.set $216
   (f64x2.add
    (local.get $193)
    (local.get $215)
   )
  )
  (local.set $217
   (f64x2.sub
    (local.get $216)
    (local.get $193)
   )
  )
  (local.set $218
   (f64x2.sub
    (local.get $216)
    (local.get $217)
   )
  )
  (local.set $219
   (f64x2.sub
    (local.get $193)
    (local.get $218)
   )
  )
  (local.set $220
   (f64x2.sub
    (local.get $215)
    (local.get $217)
   )
  )
  (local.set $221
   (f64x2.add
    (local.get $219)
    (local.get $220)
   )
  )
  (local.set $222
   (f64x2.add
    (local.get $199)
    (local.get $221)
   )
  )
  (local.set $223
   (f64x2.add
    (local.get $14)
    (v128.const i32x4 0x00000000 0x40000000 0x00000000 0x40000000)
   )
  )
  (local.set $224
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
    (local.get $223)
   )
  )
  (local.set $225
   (f64x2.sub
    (local.get $5)
    (local.get $224)
   )
  )
  (local.set $226
   (f64x2.mul
    (local.get $7)
    (local.get $166)
   )
  )
  (local.set $227
   (f64x2.add
    (local.get $225)
    (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
   )
  )
  (local.set $228
   (i64x2.sub
    (f64x2.add
     (local.get $227)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $229
   (i64x2.shr_s
    (local.get $228)
    (i32.const 1)
   )
  )
  (local.set $230
   (i64x2.sub
    (local.get $228)
    (local.get $229)
   )
  )
  (local.set $231
   (f64x2.mul
    (f64x2.mul
     (local.get $226)
     (i64x2.shl
      (i64x2.add
       (local.get $229)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $230)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $232
   (f64x2.mul
    (local.get $231)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $233
   (f64x2.floor
    (local.get $232)
   )
  )
  (local.set $234
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $233)
   )
  )
  (local.set $235
   (f64x2.sub
    (local.get $231)
    (local.get $234)
   )
  )
  (local.set $236
   (f64x2.add
    (local.get $210)
    (local.get $235)
   )
  )
  (local.set $237
   (f64x2.sub
    (local.get $236)
    (local.get $210)
   )
  )
  (local.set $238
   (f64x2.sub
    (local.get $236)
    (local.get $237)
   )
  )
  (local.set $239
   (f64x2.sub
    (local.get $210)
    (local.get $238)
   )
  )
  (local.set $240
   (f64x2.sub
    (local.get $235)
    (local.get $237)
   )
  )
  (local.set $241
   (f64x2.add
    (local.get $239)
    (local.get $240)
   )
  )
  (local.set $242
   (f64x2.add
    (local.get $216)
    (local.get $241)
   )
  )
  (local.set $243
   (f64x2.sub
    (local.get $242)
    (local.get $216)
   )
  )
  (local.set $244
   (f64x2.sub
    (local.get $242)
    (local.get $243)
   )
  )
  (local.set $245
   (f64x2.sub
    (local.get $216)
    (local.get $244)
   )
  )
  (local.set $246
   (f64x2.sub
    (local.get $241)
    (local.get $243)
   )
  )
  (local.set $247
   (f64x2.add
    (local.get $245)
    (local.get $246)
   )
  )
  (local.set $248
   (f64x2.add
    (local.get $222)
    (local.get $247)
   )
  )
  (local.set $249
   (f64x2.mul
    (local.get $10)
    (local.get $166)
   )
  )
  (local.set $250
   (f64x2.add
    (local.get $225)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $251
   (i64x2.sub
    (f64x2.add
     (local.get $250)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $252
   (i64x2.shr_s
    (local.get $251)
    (i32.const 1)
   )
  )
  (local.set $253
   (i64x2.sub
    (local.get $251)
    (local.get $252)
   )
  )
  (local.set $254
   (f64x2.mul
    (f64x2.mul
     (local.get $249)
     (i64x2.shl
      (i64x2.add
       (local.get $252)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $253)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $255
   (f64x2.mul
    (local.get $254)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $256
   (f64x2.floor
    (local.get $255)
   )
  )
  (local.set $257
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $256)
   )
  )
  (local.set $258
   (f64x2.sub
    (local.get $254)
    (local.get $257)
   )
  )
  (local.set $259
   (f64x2.add
    (local.get $236)
    (local.get $258)
   )
  )
  (local.set $260
   (f64x2.sub
    (local.get $259)
    (local.get $236)
   )
  )
  (local.set $261
   (f64x2.sub
    (local.get $259)
    (local.get $260)
   )
  )
  (local.set $262
   (f64x2.sub
    (local.get $236)
    (local.get $261)
   )
  )
  (local.set $263
   (f64x2.sub
    (local.get $258)
    (local.get $260)
   )
  )
  (local.set $264
   (f64x2.add
    (local.get $262)
    (local.get $263)
   )
  )
  (local.set $265
   (f64x2.add
    (local.get $242)
    (local.get $264)
   )
  )
  (local.set $266
   (f64x2.sub
    (local.get $265)
    (local.get $242)
   )
  )
  (local.set $267
   (f64x2.sub
    (local.get $265)
    (local.get $266)
   )
  )
  (local.set $268
   (f64x2.sub
    (local.get $242)
    (local.get $267)
   )
  )
  (local.set $269
   (f64x2.sub
    (local.get $264)
    (local.get $266)
   )
  )
  (local.set $270
   (f64x2.add
    (local.get $268)
    (local.get $269)
   )
  )
  (local.set $271
   (f64x2.add
    (local.get $248)
    (local.get $270)
   )
  )
  (local.set $272
   (f64x2.add
    (local.get $14)
    (v128.const i32x4 0x00000000 0x40080000 0x00000000 0x40080000)
   )
  )
  (local.set $273
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
    (local.get $272)
   )
  )
  (local.set $274
   (f64x2.sub
    (local.get $5)
    (local.get $273)
   )
  )
  (local.set $275
   (f64x2.mul
    (local.get $7)
    (local.get $167)
   )
  )
  (local.set $276
   (f64x2.add
    (local.get $274)
    (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
   )
  )
  (local.set $277
   (i64x2.sub
    (f64x2.add
     (local.get $276)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $278
   (i64x2.shr_s
    (local.get $277)
    (i32.const 1)
   )
  )
  (local.set $279
   (i64x2.sub
    (local.get $277)
    (local.get $278)
   )
  )
  (local.set $280
   (f64x2.mul
    (f64x2.mul
     (local.get $275)
     (i64x2.shl
      (i64x2.add
       (local.get $278)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $279)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $281
   (f64x2.mul
    (local.get $280)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $282
   (f64x2.floor
    (local.get $281)
   )
  )
  (local.set $283
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $282)
   )
  )
  (local.set $284
   (f64x2.sub
    (local.get $280)
    (local.get $283)
   )
  )
  (local.set $285
   (f64x2.add
    (local.get $259)
    (local.get $284)
   )
  )
  (local.set $286
   (f64x2.sub
    (local.get $285)
    (local.get $259)
   )
  )
  (local.set $287
   (f64x2.sub
    (local.get $285)
    (local.get $286)
   )
  )
  (local.set $288
   (f64x2.sub
    (local.get $259)
    (local.get $287)
   )
  )
  (local.set $289
   (f64x2.sub
    (local.get $284)
    (local.get $286)
   )
  )
  (local.set $290
   (f64x2.add
    (local.get $288)
    (local.get $289)
   )
  )
  (local.set $291
   (f64x2.add
    (local.get $265)
    (local.get $290)
   )
  )
  (local.set $292
   (f64x2.sub
    (local.get $291)
    (local.get $265)
   )
  )
  (local.set $293
   (f64x2.sub
    (local.get $291)
    (local.get $292)
   )
  )
  (local.set $294
   (f64x2.sub
    (local.get $265)
    (local.get $293)
   )
  )
  (local.set $295
   (f64x2.sub
    (local.get $290)
    (local.get $292)
   )
  )
  (local.set $296
   (f64x2.add
    (local.get $294)
    (local.get $295)
   )
  )
  (local.set $297
   (f64x2.add
    (local.get $271)
    (local.get $296)
   )
  )
  (local.set $298
   (f64x2.mul
    (local.get $10)
    (local.get $167)
   )
  )
  (local.set $299
   (f64x2.add
    (local.get $274)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $300
   (i64x2.sub
    (f64x2.add
     (local.get $299)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $301
   (i64x2.shr_s
    (local.get $300)
    (i32.const 1)
   )
  )
  (local.set $302
   (i64x2.sub
    (local.get $300)
    (local.get $301)
   )
  )
  (local.set $303
   (f64x2.mul
    (f64x2.mul
     (local.get $298)
     (i64x2.shl
      (i64x2.add
       (local.get $301)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $302)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $304
   (f64x2.mul
    (local.get $303)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $305
   (f64x2.floor
    (local.get $304)
   )
  )
  (local.set $306
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $305)
   )
  )
  (local.set $307
   (f64x2.sub
    (local.get $303)
    (local.get $306)
   )
  )
  (local.set $308
   (f64x2.add
    (local.get $285)
    (local.get $307)
   )
  )
  (local.set $309
   (f64x2.sub
    (local.get $308)
    (local.get $285)
   )
  )
  (local.set $310
   (f64x2.sub
    (local.get $308)
    (local.get $309)
   )
  )
  (local.set $311
   (f64x2.sub
    (local.get $285)
    (local.get $310)
   )
  )
  (local.set $312
   (f64x2.sub
    (local.get $307)
    (local.get $309)
   )
  )
  (local.set $313
   (f64x2.add
    (local.get $311)
    (local.get $312)
   )
  )
  (local.set $314
   (f64x2.add
    (local.get $291)
    (local.get $313)
   )
  )
  (local.set $315
   (f64x2.sub
    (local.get $314)
    (local.get $291)
   )
  )
  (local.set $316
   (f64x2.sub
    (local.get $314)
    (local.get $315)
   )
  )
  (local.set $317
   (f64x2.sub
    (local.get $291)
    (local.get $316)
   )
  )
  (local.set $318
   (f64x2.sub
    (local.get $313)
    (local.get $315)
   )
  )
  (local.set $319
   (f64x2.add
    (local.get $317)
    (local.get $318)
   )
  )
  (local.set $320
   (f64x2.add
    (local.get $297)
    (local.get $319)
   )
  )
  (local.set $321
   (f64x2.add
    (local.get $14)
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
   )
  )
  (local.set $322
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
    (local.get $321)
   )
  )
  (local.set $323
   (f64x2.sub
    (local.get $5)
    (local.get $322)
   )
  )
  (local.set $324
   (f64x2.mul
    (local.get $7)
    (local.get $168)
   )
  )
  (local.set $325
   (f64x2.add
    (local.get $323)
    (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
   )
  )
  (local.set $326
   (i64x2.sub
    (f64x2.add
     (local.get $325)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $327
   (i64x2.shr_s
    (local.get $326)
    (i32.const 1)
   )
  )
  (local.set $328
   (i64x2.sub
    (local.get $326)
    (local.get $327)
   )
  )
  (local.set $329
   (f64x2.mul
    (f64x2.mul
     (local.get $324)
     (i64x2.shl
      (i64x2.add
       (local.get $327)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $328)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $330
   (f64x2.mul
    (local.get $329)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $331
   (f64x2.floor
    (local.get $330)
   )
  )
  (local.set $332
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $331)
   )
  )
  (local.set $333
   (f64x2.sub
    (local.get $329)
    (local.get $332)
   )
  )
  (local.set $334
   (f64x2.add
    (local.get $308)
    (local.get $333)
   )
  )
  (local.set $335
   (f64x2.sub
    (local.get $334)
    (local.get $308)
   )
  )
  (local.set $336
   (f64x2.sub
    (local.get $334)
    (local.get $335)
   )
  )
  (local.set $337
   (f64x2.sub
    (local.get $308)
    (local.get $336)
   )
  )
  (local.set $338
   (f64x2.sub
    (local.get $333)
    (local.get $335)
   )
  )
  (local.set $339
   (f64x2.add
    (local.get $337)
    (local.get $338)
   )
  )
  (local.set $340
   (f64x2.add
    (local.get $314)
    (local.get $339)
   )
  )
  (local.set $341
   (f64x2.sub
    (local.get $340)
    (local.get $314)
   )
  )
  (local.set $342
   (f64x2.sub
    (local.get $340)
    (local.get $341)
   )
  )
  (local.set $343
   (f64x2.sub
    (local.get $314)
    (local.get $342)
   )
  )
  (local.set $344
   (f64x2.sub
    (local.get $339)
    (local.get $341)
   )
  )
  (local.set $345
   (f64x2.add
    (local.get $343)
    (local.get $344)
   )
  )
  (local.set $346
   (f64x2.add
    (local.get $320)
    (local.get $345)
   )
  )
  (local.set $347
   (f64x2.mul
    (local.get $10)
    (local.get $168)
   )
  )
  (local.set $348
   (f64x2.add
    (local.get $323)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $349
   (i64x2.sub
    (f64x2.add
     (local.get $348)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $350
   (i64x2.shr_s
    (local.get $349)
    (i32.const 1)
   )
  )
  (local.set $351
   (i64x2.sub
    (local.get $349)
    (local.get $350)
   )
  )
  (local.set $352
   (f64x2.mul
    (f64x2.mul
     (local.get $347)
     (i64x2.shl
      (i64x2.add
       (local.get $350)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $351)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $353
   (f64x2.mul
    (local.get $352)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $354
   (f64x2.floor
    (local.get $353)
   )
  )
  (local.set $355
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $354)
   )
  )
  (local.set $356
   (f64x2.sub
    (local.get $352)
    (local.get $355)
   )
  )
  (local.set $357
   (f64x2.add
    (local.get $334)
    (local.get $356)
   )
  )
  (local.set $358
   (f64x2.sub
    (local.get $357)
    (local.get $334)
   )
  )
  (local.set $359
   (f64x2.sub
    (local.get $357)
    (local.get $358)
   )
  )
  (local.set $360
   (f64x2.sub
    (local.get $334)
    (local.get $359)
   )
  )
  (local.set $361
   (f64x2.sub
    (local.get $356)
    (local.get $358)
   )
  )
  (local.set $362
   (f64x2.add
    (local.get $360)
    (local.get $361)
   )
  )
  (local.set $363
   (f64x2.add
    (local.get $340)
    (local.get $362)
   )
  )
  (local.set $364
   (f64x2.sub
    (local.get $363)
    (local.get $340)
   )
  )
  (local.set $365
   (f64x2.sub
    (local.get $363)
    (local.get $364)
   )
  )
  (local.set $366
   (f64x2.sub
    (local.get $340)
    (local.get $365)
   )
  )
  (local.set $367
   (f64x2.sub
    (local.get $362)
    (local.get $364)
   )
  )
  (local.set $368
   (f64x2.add
    (local.get $366)
    (local.get $367)
   )
  )
  (local.set $369
   (f64x2.add
    (local.get $346)
    (local.get $368)
   )
  )
  (local.set $370
   (f64x2.add
    (local.get $14)
    (v128.const i32x4 0x00000000 0x40140000 0x00000000 0x40140000)
   )
  )
  (local.set $371
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
    (local.get $370)
   )
  )
  (local.set $372
   (f64x2.sub
    (local.get $5)
    (local.get $371)
   )
  )
  (local.set $373
   (f64x2.mul
    (local.get $7)
    (local.get $169)
   )
  )
  (local.set $374
   (f64x2.add
    (local.get $372)
    (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
   )
  )
  (local.set $375
   (i64x2.sub
    (f64x2.add
     (local.get $374)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $376
   (i64x2.shr_s
    (local.get $375)
    (i32.const 1)
   )
  )
  (local.set $377
   (i64x2.sub
    (local.get $375)
    (local.get $376)
   )
  )
  (local.set $378
   (f64x2.mul
    (f64x2.mul
     (local.get $373)
     (i64x2.shl
      (i64x2.add
       (local.get $376)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $377)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $379
   (f64x2.mul
    (local.get $378)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $380
   (f64x2.floor
    (local.get $379)
   )
  )
  (local.set $381
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $380)
   )
  )
  (local.set $382
   (f64x2.sub
    (local.get $378)
    (local.get $381)
   )
  )
  (local.set $383
   (f64x2.add
    (local.get $357)
    (local.get $382)
   )
  )
  (local.set $384
   (f64x2.sub
    (local.get $383)
    (local.get $357)
   )
  )
  (local.set $385
   (f64x2.sub
    (local.get $383)
    (local.get $384)
   )
  )
  (local.set $386
   (f64x2.sub
    (local.get $357)
    (local.get $385)
   )
  )
  (local.set $387
   (f64x2.sub
    (local.get $382)
    (local.get $384)
   )
  )
  (local.set $388
   (f64x2.add
    (local.get $386)
    (local.get $387)
   )
  )
  (local.set $389
   (f64x2.add
    (local.get $363)
    (local.get $388)
   )
  )
  (local.set $390
   (f64x2.sub
    (local.get $389)
    (local.get $363)
   )
  )
  (local.set $391
   (f64x2.sub
    (local.get $389)
    (local.get $390)
   )
  )
  (local.set $392
   (f64x2.sub
    (local.get $363)
    (local.get $391)
   )
  )
  (local.set $393
   (f64x2.sub
    (local.get $388)
    (local.get $390)
   )
  )
  (local.set $394
   (f64x2.add
    (local.get $392)
    (local.get $393)
   )
  )
  (local.set $395
   (f64x2.add
    (local.get $369)
    (local.get $394)
   )
  )
  (local.set $396
   (f64x2.mul
    (local.get $10)
    (local.get $169)
   )
  )
  (local.set $397
   (f64x2.add
    (local.get $372)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $398
   (i64x2.sub
    (f64x2.add
     (local.get $397)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $399
   (i64x2.shr_s
    (local.get $398)
    (i32.const 1)
   )
  )
  (local.set $400
   (i64x2.sub
    (local.get $398)
    (local.get $399)
   )
  )
  (local.set $401
   (f64x2.mul
    (f64x2.mul
     (local.get $396)
     (i64x2.shl
      (i64x2.add
       (local.get $399)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $400)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $402
   (f64x2.mul
    (local.get $401)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $403
   (f64x2.floor
    (local.get $402)
   )
  )
  (local.set $404
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $403)
   )
  )
  (local.set $405
   (f64x2.sub
    (local.get $401)
    (local.get $404)
   )
  )
  (local.set $406
   (f64x2.add
    (local.get $383)
    (local.get $405)
   )
  )
  (local.set $407
   (f64x2.sub
    (local.get $406)
    (local.get $383)
   )
  )
  (local.set $408
   (f64x2.sub
    (local.get $406)
    (local.get $407)
   )
  )
  (local.set $409
   (f64x2.sub
    (local.get $383)
    (local.get $408)
   )
  )
  (local.set $410
   (f64x2.sub
    (local.get $405)
    (local.get $407)
   )
  )
  (local.set $411
   (f64x2.add
    (local.get $409)
    (local.get $410)
   )
  )
  (local.set $412
   (f64x2.add
    (local.get $389)
    (local.get $411)
   )
  )
  (local.set $413
   (f64x2.sub
    (local.get $412)
    (local.get $389)
   )
  )
  (local.set $414
   (f64x2.sub
    (local.get $412)
    (local.get $413)
   )
  )
  (local.set $415
   (f64x2.sub
    (local.get $389)
    (local.get $414)
   )
  )
  (local.set $416
   (f64x2.sub
    (local.get $411)
    (local.get $413)
   )
  )
  (local.set $417
   (f64x2.add
    (local.get $415)
    (local.get $416)
   )
  )
  (local.set $418
   (f64x2.add
    (local.get $395)
    (local.get $417)
   )
  )
  (local.set $419
   (f64x2.add
    (local.get $14)
    (v128.const i32x4 0x00000000 0x40180000 0x00000000 0x40180000)
   )
  )
  (local.set $420
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
    (local.get $419)
   )
  )
  (local.set $421
   (f64x2.sub
    (local.get $5)
    (local.get $420)
   )
  )
  (local.set $422
   (f64x2.mul
    (local.get $7)
    (local.get $170)
   )
  )
  (local.set $423
   (f64x2.add
    (local.get $421)
    (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
   )
  )
  (local.set $424
   (i64x2.sub
    (f64x2.add
     (local.get $423)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $425
   (i64x2.shr_s
    (local.get $424)
    (i32.const 1)
   )
  )
  (local.set $426
   (i64x2.sub
    (local.get $424)
    (local.get $425)
   )
  )
  (local.set $427
   (f64x2.mul
    (f64x2.mul
     (local.get $422)
     (i64x2.shl
      (i64x2.add
       (local.get $425)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $426)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $428
   (f64x2.mul
    (local.get $427)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $429
   (f64x2.floor
    (local.get $428)
   )
  )
  (local.set $430
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $429)
   )
  )
  (local.set $431
   (f64x2.sub
    (local.get $427)
    (local.get $430)
   )
  )
  (local.set $432
   (f64x2.add
    (local.get $406)
    (local.get $431)
   )
  )
  (local.set $433
   (f64x2.sub
    (local.get $432)
    (local.get $406)
   )
  )
  (local.set $434
   (f64x2.sub
    (local.get $432)
    (local.get $433)
   )
  )
  (local.set $435
   (f64x2.sub
    (local.get $406)
    (local.get $434)
   )
  )
  (local.set $436
   (f64x2.sub
    (local.get $431)
    (local.get $433)
   )
  )
  (local.set $437
   (f64x2.add
    (local.get $435)
    (local.get $436)
   )
  )
  (local.set $438
   (f64x2.add
    (local.get $412)
    (local.get $437)
   )
  )
  (local.set $439
   (f64x2.sub
    (local.get $438)
    (local.get $412)
   )
  )
  (local.set $440
   (f64x2.sub
    (local.get $438)
    (local.get $439)
   )
  )
  (local.set $441
   (f64x2.sub
    (local.get $412)
    (local.get $440)
   )
  )
  (local.set $442
   (f64x2.sub
    (local.get $437)
    (local.get $439)
   )
  )
  (local.set $443
   (f64x2.add
    (local.get $441)
    (local.get $442)
   )
  )
  (local.set $444
   (f64x2.add
    (local.get $418)
    (local.get $443)
   )
  )
  (local.set $445
   (f64x2.mul
    (local.get $10)
    (local.get $170)
   )
  )
  (local.set $446
   (f64x2.add
    (local.get $421)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $447
   (i64x2.sub
    (f64x2.add
     (local.get $446)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $448
   (i64x2.shr_s
    (local.get $447)
    (i32.const 1)
   )
  )
  (local.set $449
   (i64x2.sub
    (local.get $447)
    (local.get $448)
   )
  )
  (local.set $450
   (f64x2.mul
    (f64x2.mul
     (local.get $445)
     (i64x2.shl
      (i64x2.add
       (local.get $448)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $449)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $451
   (f64x2.mul
    (local.get $450)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $452
   (f64x2.floor
    (local.get $451)
   )
  )
  (local.set $453
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $452)
   )
  )
  (local.set $454
   (f64x2.sub
    (local.get $450)
    (local.get $453)
   )
  )
  (local.set $455
   (f64x2.add
    (local.get $432)
    (local.get $454)
   )
  )
  (local.set $456
   (f64x2.sub
    (local.get $455)
    (local.get $432)
   )
  )
  (local.set $457
   (f64x2.sub
    (local.get $455)
    (local.get $456)
   )
  )
  (local.set $458
   (f64x2.sub
    (local.get $432)
    (local.get $457)
   )
  )
  (local.set $459
   (f64x2.sub
    (local.get $454)
    (local.get $456)
   )
  )
  (local.set $460
   (f64x2.add
    (local.get $458)
    (local.get $459)
   )
  )
  (local.set $461
   (f64x2.add
    (local.get $438)
    (local.get $460)
   )
  )
  (local.set $462
   (f64x2.sub
    (local.get $461)
    (local.get $438)
   )
  )
  (local.set $463
   (f64x2.sub
    (local.get $461)
    (local.get $462)
   )
  )
  (local.set $464
   (f64x2.sub
    (local.get $438)
    (local.get $463)
   )
  )
  (local.set $465
   (f64x2.sub
    (local.get $460)
    (local.get $462)
   )
  )
  (local.set $466
   (f64x2.add
    (local.get $464)
    (local.get $465)
   )
  )
  (local.set $467
   (f64x2.add
    (local.get $444)
    (local.get $466)
   )
  )
  (local.set $468
   (f64x2.add
    (local.get $14)
    (v128.const i32x4 0x00000000 0x401c0000 0x00000000 0x401c0000)
   )
  )
  (local.set $469
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
    (local.get $468)
   )
  )
  (local.set $470
   (f64x2.sub
    (local.get $5)
    (local.get $469)
   )
  )
  (local.set $471
   (f64x2.mul
    (local.get $7)
    (local.get $171)
   )
  )
  (local.set $472
   (f64x2.add
    (local.get $470)
    (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
   )
  )
  (local.set $473
   (i64x2.sub
    (f64x2.add
     (local.get $472)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $474
   (i64x2.shr_s
    (local.get $473)
    (i32.const 1)
   )
  )
  (local.set $475
   (i64x2.sub
    (local.get $473)
    (local.get $474)
   )
  )
  (local.set $476
   (f64x2.mul
    (f64x2.mul
     (local.get $471)
     (i64x2.shl
      (i64x2.add
       (local.get $474)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $475)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $477
   (f64x2.mul
    (local.get $476)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $478
   (f64x2.floor
    (local.get $477)
   )
  )
  (local.set $479
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $478)
   )
  )
  (local.set $480
   (f64x2.sub
    (local.get $476)
    (local.get $479)
   )
  )
  (local.set $481
   (f64x2.add
    (local.get $455)
    (local.get $480)
   )
  )
  (local.set $482
   (f64x2.sub
    (local.get $481)
    (local.get $455)
   )
  )
  (local.set $483
   (f64x2.sub
    (local.get $481)
    (local.get $482)
   )
  )
  (local.set $484
   (f64x2.sub
    (local.get $455)
    (local.get $483)
   )
  )
  (local.set $485
   (f64x2.sub
    (local.get $480)
    (local.get $482)
   )
  )
  (local.set $486
   (f64x2.add
    (local.get $484)
    (local.get $485)
   )
  )
  (local.set $487
   (f64x2.add
    (local.get $461)
    (local.get $486)
   )
  )
  (local.set $488
   (f64x2.sub
    (local.get $487)
    (local.get $461)
   )
  )
  (local.set $489
   (f64x2.sub
    (local.get $487)
    (local.get $488)
   )
  )
  (local.set $490
   (f64x2.sub
    (local.get $461)
    (local.get $489)
   )
  )
  (local.set $491
   (f64x2.sub
    (local.get $486)
    (local.get $488)
   )
  )
  (local.set $492
   (f64x2.add
    (local.get $490)
    (local.get $491)
   )
  )
  (local.set $493
   (f64x2.add
    (local.get $467)
    (local.get $492)
   )
  )
  (local.set $494
   (f64x2.mul
    (local.get $10)
    (local.get $171)
   )
  )
  (local.set $495
   (f64x2.add
    (local.get $470)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $496
   (i64x2.sub
    (f64x2.add
     (local.get $495)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $497
   (i64x2.shr_s
    (local.get $496)
    (i32.const 1)
   )
  )
  (local.set $498
   (i64x2.sub
    (local.get $496)
    (local.get $497)
   )
  )
  (local.set $499
   (f64x2.mul
    (f64x2.mul
     (local.get $494)
     (i64x2.shl
      (i64x2.add
       (local.get $497)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $498)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $500
   (f64x2.mul
    (local.get $499)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $501
   (f64x2.floor
    (local.get $500)
   )
  )
  (local.set $502
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $501)
   )
  )
  (local.set $503
   (f64x2.sub
    (local.get $499)
    (local.get $502)
   )
  )
  (local.set $504
   (f64x2.add
    (local.get $481)
    (local.get $503)
   )
  )
  (local.set $505
   (f64x2.sub
    (local.get $504)
    (local.get $481)
   )
  )
  (local.set $506
   (f64x2.sub
    (local.get $504)
    (local.get $505)
   )
  )
  (local.set $507
   (f64x2.sub
    (local.get $481)
    (local.get $506)
   )
  )
  (local.set $508
   (f64x2.sub
    (local.get $503)
    (local.get $505)
   )
  )
  (local.set $509
   (f64x2.add
    (local.get $507)
    (local.get $508)
   )
  )
  (local.set $510
   (f64x2.add
    (local.get $487)
    (local.get $509)
   )
  )
  (local.set $511
   (f64x2.sub
    (local.get $510)
    (local.get $487)
   )
  )
  (local.set $512
   (f64x2.sub
    (local.get $510)
    (local.get $511)
   )
  )
  (local.set $513
   (f64x2.sub
    (local.get $487)
    (local.get $512)
   )
  )
  (local.set $514
   (f64x2.sub
    (local.get $509)
    (local.get $511)
   )
  )
  (local.set $515
   (f64x2.add
    (local.get $513)
    (local.get $514)
   )
  )
  (local.set $516
   (f64x2.add
    (local.get $493)
    (local.get $515)
   )
  )
  (local.set $517
   (f64x2.add
    (local.get $14)
    (v128.const i32x4 0x00000000 0x40200000 0x00000000 0x40200000)
   )
  )
  (local.set $518
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
    (local.get $517)
   )
  )
  (local.set $519
   (f64x2.sub
    (local.get $5)
    (local.get $518)
   )
  )
  (local.set $520
   (f64x2.mul
    (local.get $7)
    (local.get $172)
   )
  )
  (local.set $521
   (f64x2.add
    (local.get $519)
    (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
   )
  )
  (local.set $522
   (i64x2.sub
    (f64x2.add
     (local.get $521)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $523
   (i64x2.shr_s
    (local.get $522)
    (i32.const 1)
   )
  )
  (local.set $524
   (i64x2.sub
    (local.get $522)
    (local.get $523)
   )
  )
  (local.set $525
   (f64x2.mul
    (f64x2.mul
     (local.get $520)
     (i64x2.shl
      (i64x2.add
       (local.get $523)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $524)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $526
   (f64x2.mul
    (local.get $525)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $527
   (f64x2.floor
    (local.get $526)
   )
  )
  (local.set $528
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $527)
   )
  )
  (local.set $529
   (f64x2.sub
    (local.get $525)
    (local.get $528)
   )
  )
  (local.set $530
   (f64x2.add
    (local.get $504)
    (local.get $529)
   )
  )
  (local.set $531
   (f64x2.sub
    (local.get $530)
    (local.get $504)
   )
  )
  (local.set $532
   (f64x2.sub
    (local.get $530)
    (local.get $531)
   )
  )
  (local.set $533
   (f64x2.sub
    (local.get $504)
    (local.get $532)
   )
  )
  (local.set $534
   (f64x2.sub
    (local.get $529)
    (local.get $531)
   )
  )
  (local.set $535
   (f64x2.add
    (local.get $533)
    (local.get $534)
   )
  )
  (local.set $536
   (f64x2.add
    (local.get $510)
    (local.get $535)
   )
  )
  (local.set $537
   (f64x2.sub
    (local.get $536)
    (local.get $510)
   )
  )
  (local.set $538
   (f64x2.sub
    (local.get $536)
    (local.get $537)
   )
  )
  (local.set $539
   (f64x2.sub
    (local.get $510)
    (local.get $538)
   )
  )
  (local.set $540
   (f64x2.sub
    (local.get $535)
    (local.get $537)
   )
  )
  (local.set $541
   (f64x2.add
    (local.get $539)
    (local.get $540)
   )
  )
  (local.set $542
   (f64x2.add
    (local.get $516)
    (local.get $541)
   )
  )
  (local.set $543
   (f64x2.mul
    (local.get $10)
    (local.get $172)
   )
  )
  (local.set $544
   (f64x2.add
    (local.get $519)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $545
   (i64x2.sub
    (f64x2.add
     (local.get $544)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $546
   (i64x2.shr_s
    (local.get $545)
    (i32.const 1)
   )
  )
  (local.set $547
   (i64x2.sub
    (local.get $545)
    (local.get $546)
   )
  )
  (local.set $548
   (f64x2.mul
    (f64x2.mul
     (local.get $543)
     (i64x2.shl
      (i64x2.add
       (local.get $546)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $547)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $549
   (f64x2.mul
    (local.get $548)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $550
   (f64x2.floor
    (local.get $549)
   )
  )
  (local.set $551
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $550)
   )
  )
  (local.set $552
   (f64x2.sub
    (local.get $548)
    (local.get $551)
   )
  )
  (local.set $553
   (f64x2.add
    (local.get $530)
    (local.get $552)
   )
  )
  (local.set $554
   (f64x2.sub
    (local.get $553)
    (local.get $530)
   )
  )
  (local.set $555
   (f64x2.sub
    (local.get $553)
    (local.get $554)
   )
  )
  (local.set $556
   (f64x2.sub
    (local.get $530)
    (local.get $555)
   )
  )
  (local.set $557
   (f64x2.sub
    (local.get $552)
    (local.get $554)
   )
  )
  (local.set $558
   (f64x2.add
    (local.get $556)
    (local.get $557)
   )
  )
  (local.set $559
   (f64x2.add
    (local.get $536)
    (local.get $558)
   )
  )
  (local.set $560
   (f64x2.sub
    (local.get $559)
    (local.get $536)
   )
  )
  (local.set $561
   (f64x2.sub
    (local.get $559)
    (local.get $560)
   )
  )
  (local.set $562
   (f64x2.sub
    (local.get $536)
    (local.get $561)
   )
  )
  (local.set $563
   (f64x2.sub
    (local.get $558)
    (local.get $560)
   )
  )
  (local.set $564
   (f64x2.add
    (local.get $562)
    (local.get $563)
   )
  )
  (local.set $565
   (f64x2.add
    (local.get $542)
    (local.get $564)
   )
  )
  (local.set $566
   (f64x2.add
    (local.get $14)
    (v128.const i32x4 0x00000000 0x40220000 0x00000000 0x40220000)
   )
  )
  (local.set $567
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40380000 0x00000000 0x40380000)
    (local.get $566)
   )
  )
  (local.set $568
   (f64x2.sub
    (local.get $5)
    (local.get $567)
   )
  )
  (local.set $569
   (f64x2.mul
    (local.get $7)
    (local.get $173)
   )
  )
  (local.set $570
   (f64x2.add
    (local.get $568)
    (v128.const i32x4 0x00000000 0x403a0000 0x00000000 0x403a0000)
   )
  )
  (local.set $571
   (i64x2.sub
    (f64x2.add
     (local.get $570)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $572
   (i64x2.shr_s
    (local.get $571)
    (i32.const 1)
   )
  )
  (local.set $573
   (i64x2.sub
    (local.get $571)
    (local.get $572)
   )
  )
  (local.set $574
   (f64x2.mul
    (f64x2.mul
     (local.get $569)
     (i64x2.shl
      (i64x2.add
       (local.get $572)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $573)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $575
   (f64x2.mul
    (local.get $574)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $576
   (f64x2.floor
    (local.get $575)
   )
  )
  (local.set $577
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $576)
   )
  )
  (local.set $578
   (f64x2.sub
    (local.get $574)
    (local.get $577)
   )
  )
  (local.set $579
   (f64x2.add
    (local.get $553)
    (local.get $578)
   )
  )
  (local.set $580
   (f64x2.sub
    (local.get $579)
    (local.get $553)
   )
  )
  (local.set $581
   (f64x2.sub
    (local.get $579)
    (local.get $580)
   )
  )
  (local.set $582
   (f64x2.sub
    (local.get $553)
    (local.get $581)
   )
  )
  (local.set $583
   (f64x2.sub
    (local.get $578)
    (local.get $580)
   )
  )
  (local.set $584
   (f64x2.add
    (local.get $582)
    (local.get $583)
   )
  )
  (local.set $585
   (f64x2.add
    (local.get $559)
    (local.get $584)
   )
  )
  (local.set $586
   (f64x2.sub
    (local.get $585)
    (local.get $559)
   )
  )
  (local.set $587
   (f64x2.sub
    (local.get $585)
    (local.get $586)
   )
  )
  (local.set $588
   (f64x2.sub
    (local.get $559)
    (local.get $587)
   )
  )
  (local.set $589
   (f64x2.sub
    (local.get $584)
    (local.get $586)
   )
  )
  (local.set $590
   (f64x2.add
    (local.get $588)
    (local.get $589)
   )
  )
  (local.set $591
   (f64x2.add
    (local.get $565)
    (local.get $590)
   )
  )
  (local.set $592
   (f64x2.mul
    (local.get $10)
    (local.get $173)
   )
  )
  (local.set $593
   (f64x2.add
    (local.get $568)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $594
   (i64x2.sub
    (f64x2.add
     (local.get $593)
     (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
    )
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $595
   (i64x2.shr_s
    (local.get $594)
    (i32.const 1)
   )
  )
  (local.set $596
   (i64x2.sub
    (local.get $594)
    (local.get $595)
   )
  )
  (local.set $597
   (f64x2.mul
    (f64x2.mul
     (local.get $592)
     (i64x2.shl
      (i64x2.add
       (local.get $595)
       (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
      )
      (i32.const 52)
     )
    )
    (i64x2.shl
     (i64x2.add
      (local.get $596)
      (v128.const i32x4 0x000003ff 0x00000000 0x000003ff 0x00000000)
     )
     (i32.const 52)
    )
   )
  )
  (local.set $598
   (f64x2.mul
    (local.get $597)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $599
   (f64x2.floor
    (local.get $598)
   )
  )
  (local.set $600
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $599)
   )
  )
  (local.set $601
   (f64x2.sub
    (local.get $597)
    (local.get $600)
   )
  )
  (local.set $602
   (f64x2.add
    (local.get $579)
    (local.get $601)
   )
  )
  (local.set $603
   (f64x2.sub
    (local.get $602)
    (local.get $579)
   )
  )
  (local.set $604
   (f64x2.sub
    (local.get $602)
    (local.get $603)
   )
  )
  (local.set $605
   (f64x2.sub
    (local.get $579)
    (local.get $604)
   )
  )
  (local.set $606
   (f64x2.sub
    (local.get $601)
    (local.get $603)
   )
  )
  (local.set $607
   (f64x2.add
    (local.get $605)
    (local.get $606)
   )
  )
  (local.set $608
   (f64x2.add
    (local.get $585)
    (local.get $607)
   )
  )
  (local.set $609
   (f64x2.sub
    (local.get $608)
    (local.get $585)
   )
  )
  (local.set $610
   (f64x2.sub
    (local.get $608)
    (local.get $609)
   )
  )
  (local.set $611
   (f64x2.sub
    (local.get $585)
    (local.get $610)
   )
  )
  (local.set $612
   (f64x2.sub
    (local.get $607)
    (local.get $609)
   )
  )
  (local.set $613
   (f64x2.add
    (local.get $611)
    (local.get $612)
   )
  )
  (local.set $614
   (f64x2.add
    (local.get $591)
    (local.get $613)
   )
  )
  (local.set $615
   (f64x2.add
    (local.get $602)
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $616
   (f64x2.sub
    (local.get $615)
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $617
   (f64x2.sub
    (local.get $602)
    (local.get $616)
   )
  )
  (local.set $618
   (f64x2.add
    (local.get $617)
    (local.get $608)
   )
  )
  (local.set $619
   (f64x2.sub
    (local.get $618)
    (local.get $617)
   )
  )
  (local.set $620
   (f64x2.sub
    (local.get $618)
    (local.get $619)
   )
  )
  (local.set $621
   (f64x2.sub
    (local.get $617)
    (local.get $620)
   )
  )
  (local.set $622
   (f64x2.sub
    (local.get $608)
    (local.get $619)
   )
  )
  (local.set $623
   (f64x2.add
    (local.get $621)
    (local.get $622)
   )
  )
  (local.set $624
   (f64x2.add
    (local.get $623)
    (local.get $614)
   )
  )
  (local.set $625
   (f64x2.mul
    (local.get $618)
    (v128.const i32x4 0x54442d18 0x3ff921fb 0x54442d18 0x3ff921fb)
   )
  )
  (local.set $626
   (f64x2.mul
    (local.get $618)
    (v128.const i32x4 0x02000000 0x41a00000 0x02000000 0x41a00000)
   )
  )
  (local.set $627
   (f64x2.sub
    (local.get $626)
    (local.get $618)
   )
  )
  (local.set $628
   (f64x2.sub
    (local.get $626)
    (local.get $627)
   )
  )
  (local.set $629
   (f64x2.sub
    (local.get $618)
    (local.get $628)
   )
  )
  (local.set $630
   (f64x2.mul
    (v128.const i32x4 0x54442d18 0x3ff921fb 0x54442d18 0x3ff921fb)
    (v128.const i32x4 0x02000000 0x41a00000 0x02000000 0x41a00000)
   )
  )
  (local.set $631
   (f64x2.sub
    (local.get $630)
    (v128.const i32x4 0x54442d18 0x3ff921fb 0x54442d18 0x3ff921fb)
   )
  )
  (local.set $632
   (f64x2.sub
    (local.get $630)
    (local.get $631)
   )
  )
  (local.set $633
   (f64x2.sub
    (v128.const i32x4 0x54442d18 0x3ff921fb 0x54442d18 0x3ff921fb)
    (local.get $632)
   )
  )
  (local.set $634
   (f64x2.mul
    (local.get $628)
    (local.get $632)
   )
  )
  (local.set $635
   (f64x2.sub
    (local.get $634)
    (local.get $625)
   )
  )
  (local.set $636
   (f64x2.mul
    (local.get $628)
    (local.get $633)
   )
  )
  (local.set $637
   (f64x2.add
    (local.get $635)
    (local.get $636)
   )
  )
  (local.set $638
   (f64x2.mul
    (local.get $629)
    (local.get $632)
   )
  )
  (local.set $639
   (f64x2.add
    (local.get $637)
    (local.get $638)
   )
  )
  (local.set $640
   (f64x2.mul
    (local.get $629)
    (local.get $633)
   )
  )
  (local.set $641
   (f64x2.add
    (local.get $639)
    (local.get $640)
   )
  )
  (local.set $642
   (f64x2.mul
    (local.get $618)
    (v128.const i32x4 0x33145c07 0x3c91a626 0x33145c07 0x3c91a626)
   )
  )
  (local.set $643
   (f64x2.mul
    (local.get $624)
    (v128.const i32x4 0x54442d18 0x3ff921fb 0x54442d18 0x3ff921fb)
   )
  )
  (local.set $644
   (f64x2.add
    (local.get $642)
    (local.get $643)
   )
  )
  (local.set $645
   (f64x2.add
    (local.get $641)
    (local.get $644)
   )
  )
  (local.set $646
   (f64x2.add
    (local.get $625)
    (local.get $645)
   )
  )
  (local.set $647
   (f64x2.sub
    (local.get $646)
    (local.get $625)
   )
  )
  (local.set $648
   (f64x2.sub
    (local.get $645)
    (local.get $647)
   )
  )
  (local.set $649
   (f64x2.mul
    (local.get $616)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $650
   (f64x2.floor
    (local.get $649)
   )
  )
  (local.set $651
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $650)
   )
  )
  (local.set $652
   (f64x2.sub
    (local.get $616)
    (local.get $651)
   )
  )
  (local.set $653
   (f64x2.lt
    (local.get $0)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $654
   (f64x2.eq
    (local.get $652)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $655
   (f64x2.sub
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $652)
   )
  )
  (local.set $656
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    (local.get $655)
    (local.get $654)
   )
  )
  (local.set $657
   (v128.bitselect
    (local.get $656)
    (local.get $652)
    (local.get $653)
   )
  )
  (local.set $658
   (f64x2.mul
    (local.get $646)
    (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
   )
  )
  (local.set $659
   (v128.bitselect
    (local.get $658)
    (local.get $646)
    (local.get $653)
   )
  )
  (local.set $660
   (f64x2.mul
    (local.get $648)
    (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
   )
  )
  (local.set $661
   (v128.bitselect
    (local.get $660)
    (local.get $648)
    (local.get $653)
   )
  )
  (local.set $662
   (f64x2.add
    (local.get $657)
    (local.get $1)
   )
  )
  (local.set $663
   (f64x2.mul
    (local.get $662)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $664
   (f64x2.floor
    (local.get $663)
   )
  )
  (local.set $665
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $664)
   )
  )
  (local.set $666
   (f64x2.sub
    (local.get $662)
    (local.get $665)
   )
  )
  (local.set $667
   (f64x2.mul
    (local.get $659)
    (local.get $659)
   )
  )
  (local.set $668
   (f64x2.mul
    (local.get $667)
    (local.get $659)
   )
  )
  (local.set $669
   (f64x2.mul
    (local.get $667)
    (v128.const i32x4 0x5acfd57c 0x3de5d93a 0x5acfd57c 0x3de5d93a)
   )
  )
  (local.set $670
   (f64x2.add
    (v128.const i32x4 0x8a2b9ceb 0xbe5ae5e6 0x8a2b9ceb 0xbe5ae5e6)
    (local.get $669)
   )
  )
  (local.set $671
   (f64x2.mul
    (local.get $667)
    (local.get $670)
   )
  )
  (local.set $672
   (f64x2.add
    (v128.const i32x4 0x57b1fe7d 0x3ec71de3 0x57b1fe7d 0x3ec71de3)
    (local.get $671)
   )
  )
  (local.set $673
   (f64x2.mul
    (local.get $667)
    (local.get $672)
   )
  )
  (local.set $674
   (f64x2.add
    (v128.const i32x4 0x19c161d5 0xbf2a01a0 0x19c161d5 0xbf2a01a0)
    (local.get $673)
   )
  )
  (local.set $675
   (f64x2.mul
    (local.get $667)
    (local.get $674)
   )
  )
  (local.set $676
   (f64x2.add
    (v128.const i32x4 0x1110f8a6 0x3f811111 0x1110f8a6 0x3f811111)
    (local.get $675)
   )
  )
  (local.set $677
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
    (local.get $661)
   )
  )
  (local.set $678
   (f64x2.mul
    (local.get $668)
    (local.get $676)
   )
  )
  (local.set $679
   (f64x2.sub
    (local.get $677)
    (local.get $678)
   )
  )
  (local.set $680
   (f64x2.mul
    (local.get $667)
    (local.get $679)
   )
  )
  (local.set $681
   (f64x2.sub
    (local.get $680)
    (local.get $661)
   )
  )
  (local.set $682
   (f64x2.mul
    (local.get $668)
    (v128.const i32x4 0x55555549 0xbfc55555 0x55555549 0xbfc55555)
   )
  )
  (local.set $683
   (f64x2.sub
    (local.get $681)
    (local.get $682)
   )
  )
  (local.set $684
   (f64x2.sub
    (local.get $659)
    (local.get $683)
   )
  )
  (local.set $685
   (f64x2.mul
    (local.get $659)
    (local.get $659)
   )
  )
  (local.set $686
   (f64x2.mul
    (local.get $685)
    (v128.const i32x4 0xbe8838d4 0xbda8fae9 0xbe8838d4 0xbda8fae9)
   )
  )
  (local.set $687
   (f64x2.add
    (v128.const i32x4 0xbdb4b1c4 0x3e21ee9e 0xbdb4b1c4 0x3e21ee9e)
    (local.get $686)
   )
  )
  (local.set $688
   (f64x2.mul
    (local.get $685)
    (local.get $687)
   )
  )
  (local.set $689
   (f64x2.add
    (v128.const i32x4 0x809c52ad 0xbe927e4f 0x809c52ad 0xbe927e4f)
    (local.get $688)
   )
  )
  (local.set $690
   (f64x2.mul
    (local.get $685)
    (local.get $689)
   )
  )
  (local.set $691
   (f64x2.add
    (v128.const i32x4 0x19cb1590 0x3efa01a0 0x19cb1590 0x3efa01a0)
    (local.get $690)
   )
  )
  (local.set $692
   (f64x2.mul
    (local.get $685)
    (local.get $691)
   )
  )
  (local.set $693
   (f64x2.add
    (v128.const i32x4 0x16c15177 0xbf56c16c 0x16c15177 0xbf56c16c)
    (local.get $692)
   )
  )
  (local.set $694
   (f64x2.mul
    (local.get $685)
    (local.get $693)
   )
  )
  (local.set $695
   (f64x2.add
    (v128.const i32x4 0x5555554c 0x3fa55555 0x5555554c 0x3fa55555)
    (local.get $694)
   )
  )
  (local.set $696
   (f64x2.mul
    (local.get $685)
    (local.get $695)
   )
  )
  (local.set $697
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
    (local.get $685)
   )
  )
  (local.set $698
   (f64x2.sub
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
    (local.get $697)
   )
  )
  (local.set $699
   (f64x2.sub
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
    (local.get $698)
   )
  )
  (local.set $700
   (f64x2.sub
    (local.get $699)
    (local.get $697)
   )
  )
  (local.set $701
   (f64x2.mul
    (local.get $685)
    (local.get $696)
   )
  )
  (local.set $702
   (f64x2.mul
    (local.get $659)
    (local.get $661)
   )
  )
  (local.set $703
   (f64x2.sub
    (local.get $701)
    (local.get $702)
   )
  )
  (local.set $704
   (f64x2.add
    (local.get $700)
    (local.get $703)
   )
  )
  (local.set $705
   (f64x2.add
    (local.get $698)
    (local.get $704)
   )
  )
  (local.set $706
   (f64x2.eq
    (local.get $666)
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
   )
  )
  (local.set $707
   (f64x2.eq
    (local.get $666)
    (v128.const i32x4 0x00000000 0x40080000 0x00000000 0x40080000)
   )
  )
  (local.set $708
   (v128.or
    (local.get $706)
    (local.get $707)
   )
  )
  (local.set $709
   (v128.bitselect
    (local.get $705)
    (local.get $684)
    (local.get $708)
   )
  )
  (local.set $710
   (f64x2.gt
    (local.get $666)
    (v128.const i32x4 0x00000000 0x3ff80000 0x00000000 0x3ff80000)
   )
  )
  (local.set $711
   (f64x2.mul
    (local.get $709)
    (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
   )
  )
  (local.set $712
   (v128.bitselect
    (local.get $711)
    (local.get $709)
    (local.get $710)
   )
  )
  (local.set $713
   (f64x2.abs
    (local.get $0)
   )
  )
  (local.set $714
   (f64x2.eq
    (local.get $713)
    (v128.const i32x4 0x00000000 0x7ff00000 0x00000000 0x7ff00000)
   )
  )
  (local.set $715
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000)
    (local.get $712)
    (local.get $714)
   )
  )
  (local.get $715)
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
  (local.set $1
   (f64x2.abs
    (local.get $0)
   )
  )
  (local.set $2
   (f64x2.ge
    (local.get $1)
    (v128.const i32x4 0x00000000 0x41386a00 0x00000000 0x41386a00)
   )
  )
  (local.set $3
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    (local.get $0)
    (local.get $2)
   )
  )
  (local.set $4
   (f64x2.mul
    (local.get $3)
    (v128.const i32x4 0x6dc9c883 0x3fe45f30 0x6dc9c883 0x3fe45f30)
   )
  )
  (local.set $5
   (f64x2.add
    (local.get $4)
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $6
   (f64x2.sub
    (local.get $5)
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $7
   (f64x2.mul
    (local.get $6)
    (v128.const i32x4 0x54400000 0x3ff921fb 0x54400000 0x3ff921fb)
   )
  )
  (local.set $8
   (f64x2.sub
    (local.get $3)
    (local.get $7)
   )
  )
  (local.set $9
   (f64x2.mul
    (local.get $6)
    (v128.const i32x4 0x1a600000 0xbdd0b461 0x1a600000 0xbdd0b461)
   )
  )
  (local.set $10
   (f64x2.add
    (local.get $8)
    (local.get $9)
   )
  )
  (local.set $11
   (f64x2.sub
    (local.get $10)
    (local.get $8)
   )
  )
  (local.set $12
   (f64x2.sub
    (local.get $10)
    (local.get $11)
   )
  )
  (local.set $13
   (f64x2.sub
    (local.get $8)
    (local.get $12)
   )
  )
  (local.set $14
   (f64x2.sub
    (local.get $9)
    (local.get $11)
   )
  )
  (local.set $15
   (f64x2.add
    (local.get $13)
    (local.get $14)
   )
  )
  (local.set $16
   (f64x2.mul
    (local.get $6)
    (v128.const i32x4 0x2e000000 0x3ba3198a 0x2e000000 0x3ba3198a)
   )
  )
  (local.set $17
   (f64x2.sub
    (local.get $15)
    (local.get $16)
   )
  )
  (local.set $18
   (f64x2.mul
    (local.get $6)
    (v128.const i32x4 0x252049c1 0x397b839a 0x252049c1 0x397b839a)
   )
  )
  (local.set $19
   (f64x2.sub
    (local.get $17)
    (local.get $18)
   )
  )
  (local.set $20
   (f64x2.add
    (local.get $10)
    (local.get $19)
   )
  )
  (local.set $21
   (f64x2.sub
    (local.get $20)
    (local.get $10)
   )
  )
  (local.set $22
   (f64x2.sub
    (local.get $20)
    (local.get $21)
   )
  )
  (local.set $23
   (f64x2.sub
    (local.get $10)
    (local.get $22)
   )
  )
  (local.set $24
   (f64x2.sub
    (local.get $19)
    (local.get $21)
   )
  )
  (local.set $25
   (f64x2.add
    (local.get $23)
    (local.get $24)
   )
  )
  (local.set $26
   (f64x2.mul
    (local.get $6)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $27
   (f64x2.floor
    (local.get $26)
   )
  )
  (local.set $28
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $27)
   )
  )
  (local.set $29
   (f64x2.sub
    (local.get $6)
    (local.get $28)
   )
  )
  (local.set $30
   (f64x2.mul
    (local.get $20)
    (local.get $20)
   )
  )
  (local.set $31
   (f64x2.mul
    (local.get $30)
    (local.get $20)
   )
  )
  (local.set $32
   (f64x2.mul
    (local.get $30)
    (v128.const i32x4 0x5acfd57c 0x3de5d93a 0x5acfd57c 0x3de5d93a)
   )
  )
  (local.set $33
   (f64x2.add
    (v128.const i32x4 0x8a2b9ceb 0xbe5ae5e6 0x8a2b9ceb 0xbe5ae5e6)
    (local.get $32)
   )
  )
  (local.set $34
   (f64x2.mul
    (local.get $30)
    (local.get $33)
   )
  )
  (local.set $35
   (f64x2.add
    (v128.const i32x4 0x57b1fe7d 0x3ec71de3 0x57b1fe7d 0x3ec71de3)
    (local.get $34)
   )
  )
  (local.set $36
   (f64x2.mul
    (local.get $30)
    (local.get $35)
   )
  )
  (local.set $37
   (f64x2.add
    (v128.const i32x4 0x19c161d5 0xbf2a01a0 0x19c161d5 0xbf2a01a0)
    (local.get $36)
   )
  )
  (local.set $38
   (f64x2.mul
    (local.get $30)
    (local.get $37)
   )
  )
  (local.set $39
   (f64x2.add
    (v128.const i32x4 0x1110f8a6 0x3f811111 0x1110f8a6 0x3f811111)
    (local.get $38)
   )
  )
  (local.set $40
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
    (local.get $25)
   )
  )
  (local.set $41
   (f64x2.mul
    (local.get $31)
    (local.get $39)
   )
  )
  (local.set $42
   (f64x2.sub
    (local.get $40)
    (local.get $41)
   )
  )
  (local.set $43
   (f64x2.mul
    (local.get $30)
    (local.get $42)
   )
  )
  (local.set $44
   (f64x2.sub
    (local.get $43)
    (local.get $25)
   )
  )
  (local.set $45
   (f64x2.mul
    (local.get $31)
    (v128.const i32x4 0x55555549 0xbfc55555 0x55555549 0xbfc55555)
   )
  )
  (local.set $46
   (f64x2.sub
    (local.get $44)
    (local.get $45)
   )
  )
  (local.set $47
   (f64x2.sub
    (local.get $20)
    (local.get $46)
   )
  )
  (local.set $48
   (f64x2.mul
    (local.get $20)
    (local.get $20)
   )
  )
  (local.set $49
   (f64x2.mul
    (local.get $48)
    (v128.const i32x4 0xbe8838d4 0xbda8fae9 0xbe8838d4 0xbda8fae9)
   )
  )
  (local.set $50
   (f64x2.add
    (v128.const i32x4 0xbdb4b1c4 0x3e21ee9e 0xbdb4b1c4 0x3e21ee9e)
    (local.get $49)
   )
  )
  (local.set $51
   (f64x2.mul
    (local.get $48)
    (local.get $50)
   )
  )
  (local.set $52
   (f64x2.add
    (v128.const i32x4 0x809c52ad 0xbe927e4f 0x809c52ad 0xbe927e4f)
    (local.get $51)
   )
  )
  (local.set $53
   (f64x2.mul
    (local.get $48)
    (local.get $52)
   )
  )
  (local.set $54
   (f64x2.add
    (v128.const i32x4 0x19cb1590 0x3efa01a0 0x19cb1590 0x3efa01a0)
    (local.get $53)
   )
  )
  (local.set $55
   (f64x2.mul
    (local.get $48)
    (local.get $54)
   )
  )
  (local.set $56
   (f64x2.add
    (v128.const i32x4 0x16c15177 0xbf56c16c 0x16c15177 0xbf56c16c)
    (local.get $55)
   )
  )
  (local.set $57
   (f64x2.mul
    (local.get $48)
    (local.get $56)
   )
  )
  (local.set $58
   (f64x2.add
    (v128.const i32x4 0x5555554c 0x3fa55555 0x5555554c 0x3fa55555)
    (local.get $57)
   )
  )
  (local.set $59
   (f64x2.mul
    (local.get $48)
    (local.get $58)
   )
  )
  (local.set $60
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
    (local.get $48)
   )
  )
  (local.set $61
   (f64x2.sub
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
    (local.get $60)
   )
  )
  (local.set $62
   (f64x2.sub
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
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
   (f64x2.mul
    (local.get $48)
    (local.get $59)
   )
  )
  (local.set $65
   (f64x2.mul
    (local.get $20)
    (local.get $25)
   )
  )
  (local.set $66
   (f64x2.sub
    (local.get $64)
    (local.get $65)
   )
  )
  (local.set $67
   (f64x2.add
    (local.get $63)
    (local.get $66)
   )
  )
  (local.set $68
   (f64x2.add
    (local.get $61)
    (local.get $67)
   )
  )
  (local.set $69
   (f64x2.eq
    (local.get $29)
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
   )
  )
  (local.set $70
   (f64x2.eq
    (local.get $29)
    (v128.const i32x4 0x00000000 0x40080000 0x00000000 0x40080000)
   )
  )
  (local.set $71
   (v128.or
    (local.get $69)
    (local.get $70)
   )
  )
  (local.set $72
   (v128.bitselect
    (local.get $68)
    (local.get $47)
    (local.get $71)
   )
  )
  (local.set $73
   (f64x2.gt
    (local.get $29)
    (v128.const i32x4 0x00000000 0x3ff80000 0x00000000 0x3ff80000)
   )
  )
  (local.set $74
   (f64x2.mul
    (local.get $72)
    (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
   )
  )
  (local.set $75
   (v128.bitselect
    (local.get $74)
    (local.get $72)
    (local.get $73)
   )
  )
  (local.set $76
   (local.get $75)
  )
  (if
   (v128.any_true
    (local.get $2)
   )
   (then
    (local.set $77
     (call $native_sin_large_f64x2
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $76
     (v128.bitselect
      (local.get $77)
      (local.get $76)
      (local.get $2)
     )
    )
   )
  )
  (local.set $78
   (f64x2.eq
    (local.get $0)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
  (local.set $79
   (v128.bitselect
    (local.get $0)
    (local.get $76)
    (local.get $78)
   )
  )
  (local.set $80
   (f64x2.add
    (local.get $29)
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
   )
  )
  (local.set $81
   (f64x2.mul
    (local.get $80)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $82
   (f64x2.floor
    (local.get $81)
   )
  )
  (local.set $83
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $82)
   )
  )
  (local.set $84
   (f64x2.sub
    (local.get $80)
    (local.get $83)
   )
  )
  (local.set $85
   (f64x2.eq
    (local.get $84)
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
   )
  )
  (local.set $86
   (f64x2.eq
    (local.get $84)
    (v128.const i32x4 0x00000000 0x40080000 0x00000000 0x40080000)
   )
  )
  (local.set $87
   (v128.or
    (local.get $85)
    (local.get $86)
   )
  )
  (local.set $88
   (v128.bitselect
    (local.get $68)
    (local.get $47)
    (local.get $87)
   )
  )
  (local.set $89
   (f64x2.gt
    (local.get $84)
    (v128.const i32x4 0x00000000 0x3ff80000 0x00000000 0x3ff80000)
   )
  )
  (local.set $90
   (f64x2.mul
    (local.get $88)
    (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
   )
  )
  (local.set $91
   (v128.bitselect
    (local.get $90)
    (local.get $88)
    (local.get $89)
   )
  )
  (local.set $92
   (local.get $91)
  )
  (if
   (v128.any_true
    (local.get $2)
   )
   (then
    (local.set $93
     (call $native_sin_large_f64x2
      (local.get $0)
      (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
     )
    )
    (local.set $92
     (v128.bitselect
      (local.get $93)
      (local.get $92)
      (local.get $2)
     )
    )
   )
  )
  (tuple.make 2
   (local.get $79)
   (local.get $92)
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
  (local.set $1
   (f64x2.abs
    (local.get $0)
   )
  )
  (local.set $2
   (f64x2.ge
    (local.get $1)
    (v128.const i32x4 0x00000000 0x41386a00 0x00000000 0x41386a00)
   )
  )
  (local.set $3
   (v128.bitselect
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    (local.get $0)
    (local.get $2)
   )
  )
  (local.set $4
   (f64x2.mul
    (local.get $3)
    (v128.const i32x4 0x6dc9c883 0x3fe45f30 0x6dc9c883 0x3fe45f30)
   )
  )
  (local.set $5
   (f64x2.add
    (local.get $4)
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $6
   (f64x2.sub
    (local.get $5)
    (v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000)
   )
  )
  (local.set $7
   (f64x2.mul
    (local.get $6)
    (v128.const i32x4 0x54400000 0x3ff921fb 0x54400000 0x3ff921fb)
   )
  )
  (local.set $8
   (f64x2.sub
    (local.get $3)
    (local.get $7)
   )
  )
  (local.set $9
   (f64x2.mul
    (local.get $6)
    (v128.const i32x4 0x1a600000 0xbdd0b461 0x1a600000 0xbdd0b461)
   )
  )
  (local.set $10
   (f64x2.add
    (local.get $8)
    (local.get $9)
   )
  )
  (local.set $11
   (f64x2.sub
    (local.get $10)
    (local.get $8)
   )
  )
  (local.set $12
   (f64x2.sub
    (local.get $10)
    (local.get $11)
   )
  )
  (local.set $13
   (f64x2.sub
    (local.get $8)
    (local.get $12)
   )
  )
  (local.set $14
   (f64x2.sub
    (local.get $9)
    (local.get $11)
   )
  )
  (local.set $15
   (f64x2.add
    (local.get $13)
    (local.get $14)
   )
  )
  (local.set $16
   (f64x2.mul
    (local.get $6)
    (v128.const i32x4 0x2e000000 0x3ba3198a 0x2e000000 0x3ba3198a)
   )
  )
  (local.set $17
   (f64x2.sub
    (local.get $15)
    (local.get $16)
   )
  )
  (local.set $18
   (f64x2.mul
    (local.get $6)
    (v128.const i32x4 0x252049c1 0x397b839a 0x252049c1 0x397b839a)
   )
  )
  (local.set $19
   (f64x2.sub
    (local.get $17)
    (local.get $18)
   )
  )
  (local.set $20
   (f64x2.add
    (local.get $10)
    (local.get $19)
   )
  )
  (local.set $21
   (f64x2.sub
    (local.get $20)
    (local.get $10)
   )
  )
  (local.set $22
   (f64x2.sub
    (local.get $20)
    (local.get $21)
   )
  )
  (local.set $23
   (f64x2.sub
    (local.get $10)
    (local.get $22)
   )
  )
  (local.set $24
   (f64x2.sub
    (local.get $19)
    (local.get $21)
   )
  )
  (local.set $25
   (f64x2.add
    (local.get $23)
    (local.get $24)
   )
  )
  (local.set $26
   (f64x2.mul
    (local.get $6)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $27
   (f64x2.floor
    (local.get $26)
   )
  )
  (local.set $28
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $27)
   )
  )
  (local.set $29
   (f64x2.sub
    (local.get $6)
    (local.get $28)
   )
  )
  (local.set $30
   (f64x2.mul
    (local.get $20)
    (local.get $20)
   )
  )
  (local.set $31
   (f64x2.mul
    (local.get $30)
    (local.get $20)
   )
  )
  (local.set $32
   (f64x2.mul
    (local.get $30)
    (v128.const i32x4 0x5acfd57c 0x3de5d93a 0x5acfd57c 0x3de5d93a)
   )
  )
  (local.set $33
   (f64x2.add
    (v128.const i32x4 0x8a2b9ceb 0xbe5ae5e6 0x8a2b9ceb 0xbe5ae5e6)
    (local.get $32)
   )
  )
  (local.set $34
   (f64x2.mul
    (local.get $30)
    (local.get $33)
   )
  )
  (local.set $35
   (f64x2.add
    (v128.const i32x4 0x57b1fe7d 0x3ec71de3 0x57b1fe7d 0x3ec71de3)
    (local.get $34)
   )
  )
  (local.set $36
   (f64x2.mul
    (local.get $30)
    (local.get $35)
   )
  )
  (local.set $37
   (f64x2.add
    (v128.const i32x4 0x19c161d5 0xbf2a01a0 0x19c161d5 0xbf2a01a0)
    (local.get $36)
   )
  )
  (local.set $38
   (f64x2.mul
    (local.get $30)
    (local.get $37)
   )
  )
  (local.set $39
   (f64x2.add
    (v128.const i32x4 0x1110f8a6 0x3f811111 0x1110f8a6 0x3f811111)
    (local.get $38)
   )
  )
  (local.set $40
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
    (local.get $25)
   )
  )
  (local.set $41
   (f64x2.mul
    (local.get $31)
    (local.get $39)
   )
  )
  (local.set $42
   (f64x2.sub
    (local.get $40)
    (local.get $41)
   )
  )
  (local.set $43
   (f64x2.mul
    (local.get $30)
    (local.get $42)
   )
  )
  (local.set $44
   (f64x2.sub
    (local.get $43)
    (local.get $25)
   )
  )
  (local.set $45
   (f64x2.mul
    (local.get $31)
    (v128.const i32x4 0x55555549 0xbfc55555 0x55555549 0xbfc55555)
   )
  )
  (local.set $46
   (f64x2.sub
    (local.get $44)
    (local.get $45)
   )
  )
  (local.set $47
   (f64x2.sub
    (local.get $20)
    (local.get $46)
   )
  )
  (local.set $48
   (f64x2.mul
    (local.get $20)
    (local.get $20)
   )
  )
  (local.set $49
   (f64x2.mul
    (local.get $48)
    (v128.const i32x4 0xbe8838d4 0xbda8fae9 0xbe8838d4 0xbda8fae9)
   )
  )
  (local.set $50
   (f64x2.add
    (v128.const i32x4 0xbdb4b1c4 0x3e21ee9e 0xbdb4b1c4 0x3e21ee9e)
    (local.get $49)
   )
  )
  (local.set $51
   (f64x2.mul
    (local.get $48)
    (local.get $50)
   )
  )
  (local.set $52
   (f64x2.add
    (v128.const i32x4 0x809c52ad 0xbe927e4f 0x809c52ad 0xbe927e4f)
    (local.get $51)
   )
  )
  (local.set $53
   (f64x2.mul
    (local.get $48)
    (local.get $52)
   )
  )
  (local.set $54
   (f64x2.add
    (v128.const i32x4 0x19cb1590 0x3efa01a0 0x19cb1590 0x3efa01a0)
    (local.get $53)
   )
  )
  (local.set $55
   (f64x2.mul
    (local.get $48)
    (local.get $54)
   )
  )
  (local.set $56
   (f64x2.add
    (v128.const i32x4 0x16c15177 0xbf56c16c 0x16c15177 0xbf56c16c)
    (local.get $55)
   )
  )
  (local.set $57
   (f64x2.mul
    (local.get $48)
    (local.get $56)
   )
  )
  (local.set $58
   (f64x2.add
    (v128.const i32x4 0x5555554c 0x3fa55555 0x5555554c 0x3fa55555)
    (local.get $57)
   )
  )
  (local.set $59
   (f64x2.mul
    (local.get $48)
    (local.get $58)
   )
  )
  (local.set $60
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x3fe00000 0x00000000 0x3fe00000)
    (local.get $48)
   )
  )
  (local.set $61
   (f64x2.sub
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
    (local.get $60)
   )
  )
  (local.set $62
   (f64x2.sub
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
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
   (f64x2.mul
    (local.get $48)
    (local.get $59)
   )
  )
  (local.set $65
   (f64x2.mul
    (local.get $20)
    (local.get $25)
   )
  )
  (local.set $66
   (f64x2.sub
    (local.get $64)
    (local.get $65)
   )
  )
  (local.set $67
   (f64x2.add
    (local.get $63)
    (local.get $66)
   )
  )
  (local.set $68
   (f64x2.add
    (local.get $61)
    (local.get $67)
   )
  )
  (local.set $69
   (f64x2.add
    (local.get $29)
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
   )
  )
  (local.set $70
   (f64x2.mul
    (local.get $69)
    (v128.const i32x4 0x00000000 0x3fd00000 0x00000000 0x3fd00000)
   )
  )
  (local.set $71
   (f64x2.floor
    (local.get $70)
   )
  )
  (local.set $72
   (f64x2.mul
    (v128.const i32x4 0x00000000 0x40100000 0x00000000 0x40100000)
    (local.get $71)
   )
  )
  (local.set $73
   (f64x2.sub
    (local.get $69)
    (local.get $72)
   )
  )
  (local.set $74
   (f64x2.eq
    (local.get $73)
    (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
   )
  )
  (local.set $75
   (f64x2.eq
    (local.get $73)
    (v128.const i32x4 0x00000000 0x40080000 0x00000000 0x40080000)
   )
  )
  (local.set $76
   (v128.or
    (local.get $74)
    (local.get $75)
   )
  )
  (local.set $77
   (v128.bitselect
    (local.get $68)
    (local.get $47)
    (local.get $76)
   )
  )
  (local.set $78
   (f64x2.gt
    (local.get $73)
    (v128.const i32x4 0x00000000 0x3ff80000 0x00000000 0x3ff80000)
   )
  )
  (local.set $79
   (f64x2.mul
    (local.get $77)
    (v128.const i32x4 0x00000000 0xbff00000 0x00000000 0xbff00000)
   )
  )
  (local.set $80
   (v128.bitselect
    (local.get $79)
    (local.get $77)
    (local.get $78)
   )
  )
  (local.set $81
   (local.get $80)
  )
  (if
   (v128.any_true
    (local.get $2)
   )
   (then
    (local.set $82
     (call $native_sin_large_f64x2
      (local.get $0)
      (v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000)
     )
    )
    (local.set $81
     (v128.bitselect
      (local.get $82)
      (local.get $81)
      (local.get $2)
     )
    )
   )
  )
  (local.get $81)
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
  (local $18 (tuple v128 v128))
  (local $19 (tuple v128 v128))
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
    (local.set $18
     (call $native_sincos_f64x2
      (local.get $9)
     )
    )
    (local.set $11
     (tuple.extract 2 0
      (local.get $18)
     )
    )
    (local.set $15
     (tuple.extract 2 1
      (local.get $18)
     )
    )
    (local.set $19
     (call $native_sincos_f64x2
      (local.get $10)
     )
    )
    (local.set $16
     (tuple.extract 2 0
      (local.get $19)
     )
    )
    (local.set $12
     (tuple.extract 2 1
      (local.get $19)
     )
    )
    (local.set $13
     (call $native_cos_f64x2
      (v128.load64_lane offset=40 1
       (local.get $6)
       (v128.load64_splat offset=16
        (local.get $6)
       )
      )
     )
    )
    (local.set $14
     (f64x2.mul
      (v128.load offset=144
       (i32.const 0)
      )
      (f64x2.mul
       (f64x2.mul
        (local.get $11)
        (local.get $12)
       )
       (local.get $13)
      )
     )
    )
    (local.set $17
     (f64x2.mul
      (f64x2.mul
       (local.get $13)
       (f64x2.mul
        (local.get $15)
        (local.get $16)
       )
      )
      (v128.load offset=160
       (i32.const 0)
      )
     )
    )
    (v128.store64_lane 0
     (local.get $7)
     (local.get $14)
    )
    (v128.store64_lane offset=24 1
     (local.get $7)
     (local.get $14)
    )
    (v128.store64_lane offset=8 0
     (local.get $7)
     (local.get $17)
    )
    (v128.store64_lane offset=32 1
     (local.get $7)
     (local.get $17)
    )
    (v128.store64_lane offset=16 0
     (local.get $7)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (v128.store64_lane offset=40 1
     (local.get $7)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (v128.store align=4
     (local.get $8)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
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
       (i32.const 80)
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
       (i32.const 128)
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
    (v128.store align=4
     (local.get $6)
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
        (i32.mul
         (local.get $3)
         (i32.const 8)
        )
       )
       (i32.const 80)
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
  (local $0 v128)
  (local $1 v128)
  (local.set $0
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
  (local.set $1
   (f64x2.neg
    (local.get $0)
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
     (f64x2.mul
      (call $native_cos_f64x2
       (v128.load64_lane offset=40 1
        (local.get $6)
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
    (local.set $10
     (f64x2.mul
      (v128.load offset=176
       (i32.const 0)
      )
      (local.get $9)
     )
    )
    (local.set $11
     (f64x2.mul
      (v128.load offset=192
       (i32.const 0)
      )
      (local.get $9)
     )
    )
    (local.set $12
     (f64x2.add
      (local.get $10)
      (local.get $11)
     )
    )
    (v128.store64_lane 0
     (local.get $7)
     (local.get $10)
    )
    (v128.store64_lane offset=24 1
     (local.get $7)
     (local.get $10)
    )
    (v128.store64_lane offset=8 0
     (local.get $7)
     (local.get $11)
    )
    (v128.store64_lane offset=32 1
     (local.get $7)
     (local.get $11)
    )
    (v128.store64_lane offset=16 0
     (local.get $7)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (v128.store64_lane offset=40 1
     (local.get $7)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (v128.store align=4
     (local.get $8)
     (local.get $12)
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
       (i32.const 80)
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
       (i32.const 128)
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
