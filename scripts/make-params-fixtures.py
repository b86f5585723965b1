#!/usr/bin/env python3
"""Writes test/fixtures/params/: params files made outside divc, by NumPy and by a safetensors
writer that follows the format's spec (https://github.com/huggingface/safetensors: an 8-byte
little-endian header length, a JSON header, then the raw little-endian data), for
test/params-file.test.ts. The tests read the committed files; they never run Python.

    python3 scripts/make-params-fixtures.py    (NumPy 2; no torch, no safetensors package)
"""
import json
import os
import struct

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = os.path.join(ROOT, 'test', 'fixtures', 'params')
os.makedirs(OUT, exist_ok=True)


def safetensors(path, tensors, metadata=None):
    """tensors: name -> (dtype string, numpy array whose little-endian bytes are the data)."""
    header, blobs, offset = {}, [], 0
    if metadata:
        header['__metadata__'] = metadata
    for name, (dtype, array) in tensors.items():
        data = np.ascontiguousarray(array).tobytes()
        header[name] = {'dtype': dtype, 'shape': list(array.shape), 'data_offsets': [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(',', ':')).encode('utf-8')
    text += b' ' * (-len(text) % 8)  # the spec allows space padding; writers align the data to 8
    with open(path, 'wb') as f:
        f.write(struct.pack('<Q', len(text)))
        f.write(text)
        for b in blobs:
            f.write(b)


def out(name):
    return os.path.join(OUT, name)


# 1. The reference MLP's params (test/fixtures/reference/mlp.expect.json), float64, as a PyTorch
# state_dict of nn.Sequential(Linear(16, 64), Tanh(), Linear(64, 16)) would name them, with a
# buffer that matches no param; and as an .npz under the params' own names.
ref = json.load(open(os.path.join(ROOT, 'test', 'fixtures', 'reference', 'mlp.expect.json')))
p = {k: np.asarray(v, dtype='<f8') for k, v in ref['params'].items()}
safetensors(out('mlp.safetensors'), {
    'net.0.weight': ('F64', p['W1']), 'net.0.bias': ('F64', p['b1']),
    'net.2.weight': ('F64', p['W2']), 'net.2.bias': ('F64', p['b2']),
    'steps': ('I64', np.asarray([1000], dtype='<i8')),
}, metadata={'format': 'pt'})
np.savez(out('mlp.npz'), W1=p['W1'], b1=p['b1'], W2=p['W2'], b2=p['b2'])  # stored members
np.savez_compressed(out('mlp-compressed.npz'), W1=p['W1'], b1=p['b1'], W2=p['W2'], b2=p['b2'])  # deflated

# 2. One small array in every dtype and layout the reader takes; the expected values (exactly
# representable in each dtype) go to dtypes.expect.json.
m = np.asarray([[0.5, -1.25, 3.0], [-0.0, 63.75, 2.0 ** -14]])  # exact in f16 and bf16
ints = np.asarray([[-3, 0, 7], [100, -128, 127]])
expect = {'m': m.tolist(), 'ints': ints.tolist(), 'bools': [[1, 0, 1], [0, 0, 1]]}
np.save(out('m-f8.npy'), m.astype('<f8'))
np.save(out('m-f8-big.npy'), m.astype('>f8'))
np.save(out('m-f4-fortran.npy'), np.asfortranarray(m.astype('<f4')))
np.save(out('m-f2.npy'), m.astype('<f2'))
np.save(out('ints-i8-big.npy'), ints.astype('>i8'))
np.save(out('ints-i2.npy'), ints.astype('<i2'))
with open(out('m-v2.npy'), 'wb') as f:
    np.lib.format.write_array(f, m, version=(2, 0))
with open(out('m-v3.npy'), 'wb') as f:
    np.lib.format.write_array(f, m, version=(3, 0))
np.savez(out('mixed.npz'), m=m.astype('<f4'), ints=ints.astype('<i4'), bools=np.asarray(expect['bools'], dtype=bool), s=np.float64(2.5))
np.save(out('object.npy'), np.asarray([{'a': 1}, None], dtype=object), allow_pickle=True)
# bfloat16: NumPy has none; its bits are the high half of float32's (m is bf16-exact too)
bf16 = (m.astype('<f4').view('<u4') >> 16).astype('<u2')
safetensors(out('dtypes.safetensors'), {
    'f64': ('F64', m.astype('<f8')), 'f32': ('F32', m.astype('<f4')), 'f16': ('F16', m.astype('<f2')), 'bf16': ('BF16', bf16),
    'i64': ('I64', ints.astype('<i8')), 'i32': ('I32', ints.astype('<i4')), 'i16': ('I16', ints.astype('<i2')),
    'i8': ('I8', ints.astype('<i1')), 'u8': ('U8', (ints + 128).astype('u1')), 'bool': ('BOOL', np.asarray(expect['bools'], dtype=bool)),
    'scalar': ('F32', np.asarray(2.5, dtype='<f4')),
})
json.dump(expect, open(out('dtypes.expect.json'), 'w'))
print('wrote', ', '.join(sorted(os.listdir(OUT))))
