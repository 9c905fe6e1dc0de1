// A small .xlsx-looking zip whose one entry unpacks to far more than an import accepts.
import { constants, crc32, deflateRawSync } from "node:zlib";

export function zipBomb(uncompressedBytes: number): Buffer {
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  const content = Buffer.alloc(uncompressedBytes, 0x20);
  const compressed = deflateRawSync(content, { level: 9 });
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(uncompressedBytes, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(uncompressedBytes, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + compressed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, compressed, central, name, end]);
}

/**
 * A zip whose directory lies: its one entry declares `declaredBytes` (compressed and
 * uncompressed alike) but unpacks to `actualBytes` of spaces. Built chunk by chunk, so
 * the test's own memory never holds the unpacked content.
 */
export function lyingZipBomb(actualBytes: number, declaredBytes = 1024, entryName = "xl/worksheets/sheet1.xml"): Buffer {
  const name = Buffer.from(entryName);
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const parts: Buffer[] = [];
  let crc = 0;
  let written = 0;
  // A raw deflate stream is a series of blocks: each chunk but the last is flushed (Z_FULL_FLUSH) without a final
  // block, ending on a byte boundary, so the pieces concatenate into one stream.
  const deflate = (data: Buffer, last: boolean) => deflateRawSync(data, { level: 9, finishFlush: last ? constants.Z_FINISH : constants.Z_FULL_FLUSH });
  while (written < actualBytes) {
    const size = Math.min(chunk.length, actualBytes - written);
    const piece = chunk.subarray(0, size);
    written += size;
    crc = crc32(piece, crc);
    parts.push(deflate(piece, written >= actualBytes));
  }
  const compressed = Buffer.concat(parts);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(declaredBytes, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(declaredBytes, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + compressed.length, 16);
  return Buffer.concat([local, name, compressed, central, name, end]);
}
