package dev.careers.export.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.Node;

/**
 * A CMYK JPEG made RGB. An archival brochure (PDF/A-2u) declares an sRGB output intent, so it may
 * not hold device CMYK colour: a print shop's CMYK logo is converted once, when it is loaded.
 */
final class CmykJpeg {
    private CmykJpeg() {}

    /** The same picture as an RGB JPEG. */
    static byte[] toRgb(byte[] jpeg) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(in);
            // Adobe's CMYK JPEGs (those with its APP14 marker) store ink inverted: 255 is none.
            boolean inverted = hasAdobeMarker(reader.getImageMetadata(0));
            Raster raster = reader.readRaster(0, null);
            if (raster.getNumBands() != 4) {
                throw new IOException("not a CMYK JPEG");
            }
            BufferedImage rgb = new BufferedImage(raster.getWidth(), raster.getHeight(), BufferedImage.TYPE_INT_RGB);
            int[] ink = new int[4];
            for (int y = 0; y < raster.getHeight(); y++) {
                for (int x = 0; x < raster.getWidth(); x++) {
                    raster.getPixel(x + raster.getMinX(), y + raster.getMinY(), ink);
                    double k = 1 - share(ink[3], inverted);
                    int r = (int) Math.round(255 * (1 - share(ink[0], inverted)) * k);
                    int g = (int) Math.round(255 * (1 - share(ink[1], inverted)) * k);
                    int b = (int) Math.round(255 * (1 - share(ink[2], inverted)) * k);
                    rgb.setRGB(x, y, r << 16 | g << 8 | b);
                }
            }
            return jpeg(rgb);
        } finally {
            reader.dispose();
        }
    }

    private static double share(int value, boolean inverted) {
        return (inverted ? 255 - value : value) / 255.0;
    }

    private static boolean hasAdobeMarker(IIOMetadata metadata) {
        if (metadata == null) {
            return false;
        }
        Node root = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            for (Node marker = n.getFirstChild(); marker != null; marker = marker.getNextSibling()) {
                if (marker.getNodeName().equals("app14Adobe")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.95f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
