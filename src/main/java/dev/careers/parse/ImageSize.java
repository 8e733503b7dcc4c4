package dev.careers.parse;

/**
 * Reads the pixel size of a PNG or JPEG from its header, without decoding the image, so that a
 * decompression bomb is refused before any exporter opens it.
 */
final class ImageSize {
    private ImageSize() {}

    /** {width, height}, or null when the bytes are neither a PNG nor a JPEG with a frame header. */
    static int[] of(byte[] b) {
        if (b.length >= 24 && u8(b, 0) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R') {
            return new int[] {u32(b, 16), u32(b, 20)};
        }
        if (b.length >= 4 && u8(b, 0) == 0xFF && u8(b, 1) == 0xD8) {
            int i = 2;
            while (i + 9 < b.length) {
                if (u8(b, i) != 0xFF) {
                    return null;
                }
                int marker = u8(b, i + 1);
                if (marker == 0xFF) {
                    i++;
                    continue;
                }
                int length = (u8(b, i + 2) << 8) | u8(b, i + 3);
                boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
                if (startOfFrame) {
                    int height = (u8(b, i + 5) << 8) | u8(b, i + 6);
                    int width = (u8(b, i + 7) << 8) | u8(b, i + 8);
                    return new int[] {width, height};
                }
                if (length < 2) {
                    return null;
                }
                i += 2 + length;
            }
        }
        return null;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int u32(byte[] b, int i) {
        long v = ((long) u8(b, i) << 24) | (u8(b, i + 1) << 16) | (u8(b, i + 2) << 8) | u8(b, i + 3);
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }
}
