#!/usr/bin/env python3
"""Draws the PNG app icons (the "A" of public/favicon.svg on Aduan blue) with the standard library only.

Run from web-ui/: python3 build/generate-icons.py. The icons are full-bleed squares with the letter inside the
central 80 % "safe zone", so one file serves as a normal and as a maskable (cropped to a circle) icon.
"""
import struct
import zlib

BLUE = (0x0B, 0x53, 0x94)
WHITE = (0xFF, 0xFF, 0xFF)
# The letter of favicon.svg (viewBox 0 0 32 32), filled even-odd: outline and the triangular hole.
OUTLINE = [(9, 24), (16, 8), (23, 24), (19.8, 24), (18.4, 20.6), (13.6, 20.6), (12.2, 24)]
HOLE = [(14.7, 17.8), (17.3, 17.8), (16, 14.6)]
SCALE = 1.25  # the letter spans 16 of 32 units; 1.25x keeps it well inside the maskable safe zone
SAMPLES = 4  # 4x4 supersampling per pixel for smooth edges


def inside(polygon, x, y):
    hit = False
    j = len(polygon) - 1
    for i, (xi, yi) in enumerate(polygon):
        xj, yj = polygon[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def pixel(size, px, py):
    covered = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            # pixel sample -> favicon units, scaled around the centre (16, 16)
            x = 16 + (((px + (sx + 0.5) / SAMPLES) / size) * 32 - 16) / SCALE
            y = 16 + (((py + (sy + 0.5) / SAMPLES) / size) * 32 - 16) / SCALE
            if inside(OUTLINE, x, y) != inside(HOLE, x, y):
                covered += 1
    a = covered / (SAMPLES * SAMPLES)
    return bytes(round(b * (1 - a) + w * a) for b, w in zip(BLUE, WHITE))


def png(size):
    rows = b''.join(b'\x00' + b''.join(pixel(size, x, y) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack('>IIBBBBB', size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')


if __name__ == '__main__':
    for name, size in [('icon-192.png', 192), ('icon-512.png', 512), ('apple-touch-icon.png', 180)]:
        with open(f'public/{name}', 'wb') as f:
            f.write(png(size))
        print(name, size)
