package id.aduan.testing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Small real image files for tests, with metadata planted in them. */
public final class Images {
  public static final String SECRET = "GPS-LAT-10.1632-LON-123.6015";

  private Images() {}

  static byte[] encode(String format) {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    image.getGraphics().setColor(Color.ORANGE);
    image.getGraphics().fillRect(0, 0, 8, 8);
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A JPEG with an EXIF (APP1) segment holding {@link #SECRET}, right after SOI. */
  public static byte[] jpegWithExif() {
    byte[] plain = encode("jpg");
    byte[] payload = ("Exif\0\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
    var out = new ByteArrayOutputStream();
    out.write(plain, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    int length = payload.length + 2;
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.write(payload, 0, payload.length);
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  /** A PNG with a tEXt chunk holding {@link #SECRET}, right after IHDR. */
  public static byte[] pngWithText() {
    byte[] plain = encode("png");
    byte[] data = ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
    var out = new ByteArrayOutputStream();
    out.write(plain, 0, 8 + 25); // signature + IHDR chunk (4 + 4 + 13 + 4)
    writeInt(out, data.length);
    byte[] typeAndData = new byte[4 + data.length];
    System.arraycopy("tEXt".getBytes(StandardCharsets.ISO_8859_1), 0, typeAndData, 0, 4);
    System.arraycopy(data, 0, typeAndData, 4, data.length);
    out.write(typeAndData, 0, typeAndData.length);
    var crc = new java.util.zip.CRC32();
    crc.update(typeAndData);
    writeInt(out, (int) crc.getValue());
    out.write(plain, 33, plain.length - 33);
    return out.toByteArray();
  }

  /** A WebP container: VP8X (with the EXIF flag), an EXIF chunk holding {@link #SECRET}, and image data. */
  public static byte[] webpWithExif() {
    var chunks = new ByteArrayOutputStream();
    chunk(chunks, "VP8X", new byte[] {0x08, 0, 0, 0, 15, 0, 0, 15, 0, 0});
    chunk(chunks, "EXIF", SECRET.getBytes(StandardCharsets.ISO_8859_1));
    chunk(chunks, "VP8L", new byte[] {0x2F, 0, 0, 0, 0});
    var out = new ByteArrayOutputStream();
    out.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
    writeIntLe(out, chunks.size() + 4);
    out.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(chunks.toByteArray());
    return out.toByteArray();
  }

  /** A one-page PDF that names its author and tool in its document information and its XMP. */
  public static byte[] pdf() {
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      var info = doc.getDocumentInformation();
      info.setAuthor("Budi Santoso");
      info.setCreator("HP LaserJet of Budi");
      info.setCustomMetadataValue("Phone", "081234567890");
      var xmp = new org.apache.pdfbox.pdmodel.common.PDMetadata(doc,
          new java.io.ByteArrayInputStream(("<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>Budi Santoso XMP</dc:creator>"
              + "</x:xmpmeta>").getBytes(StandardCharsets.UTF_8)));
      doc.getDocumentCatalog().setMetadata(xmp);
      var out = new ByteArrayOutputStream();
      doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
    writeIntLe(out, data.length);
    out.writeBytes(data);
    if (data.length % 2 == 1) {
      out.write(0);
    }
  }

  private static void writeInt(ByteArrayOutputStream out, int v) {
    out.write(v >>> 24);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
  }

  private static void writeIntLe(ByteArrayOutputStream out, int v) {
    out.write(v);
    out.write(v >>> 8);
    out.write(v >>> 16);
    out.write(v >>> 24);
  }
}
