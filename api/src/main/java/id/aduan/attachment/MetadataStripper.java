package id.aduan.attachment;

import id.aduan.common.error.InvalidFileException;
import id.aduan.common.error.Msg;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Removes metadata from images without re-encoding them: EXIF (with GPS), XMP, ICC-free
 * comments and text chunks. Photos from phones carry the reporter's exact position and device;
 * none of it may leave with a public report. PDFs lose their author, creator and XMP (PDFBox).
 */
public final class MetadataStripper {
  /** PNG chunks that carry text, time or EXIF. */
  private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");
  /** WebP chunks that carry EXIF and XMP. */
  private static final Set<String> WEBP_METADATA = Set.of("EXIF", "XMP ");

  private MetadataStripper() {}

  public static byte[] strip(String mediaType, byte[] content) {
    return switch (mediaType) {
      case MediaTypes.JPEG -> jpeg(content);
      case MediaTypes.PNG -> png(content);
      case MediaTypes.WEBP -> webp(content);
      case MediaTypes.PDF -> pdf(content);
      default -> content;
    };
  }

  /**
   * Drops the document information (Author, Creator, Producer, dates, custom keys) and the XMP
   * metadata of the document and of its pages, then saves the PDF whole, which also drops the
   * earlier revisions an incremental update keeps. A file PDFBox cannot read is refused.
   */
  static byte[] pdf(byte[] b) {
    try (PDDocument doc = Loader.loadPDF(b)) {
      doc.setDocumentInformation(new PDDocumentInformation());
      doc.getDocumentCatalog().setMetadata(null);
      for (PDPage page : doc.getPages()) {
        page.setMetadata(null);
      }
      doc.getDocument().getTrailer().removeItem(COSName.ID);
      ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new InvalidFileException(Msg.of("attachment.pdfUnreadable"));
    }
  }

  /** Drops APP1-APP15 (EXIF, XMP, maker notes) and COM segments; keeps APP0 (JFIF) and the image. */
  static byte[] jpeg(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    out.write(b, 0, 2);
    int i = 2;
    while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
      int marker = b[i + 1] & 0xFF;
      if (marker == 0xDA) {
        break; // start of scan: the rest is image data
      }
      int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
      int end = i + 2 + length;
      if (length < 2 || end > b.length) {
        throw new InvalidFileException(Msg.of("attachment.jpegDamaged"));
      }
      boolean metadata = (marker >= 0xE1 && marker <= 0xEF) || marker == 0xFE;
      if (!metadata) {
        out.write(b, i, end - i);
      }
      i = end;
    }
    out.write(b, i, b.length - i);
    return out.toByteArray();
  }

  static byte[] png(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    out.write(b, 0, 8);
    int i = 8;
    while (i + 12 <= b.length) {
      int length = readIntBigEndian(b, i);
      String type = MediaTypes.ascii(b, i + 4, 4);
      int end = i + 12 + length;
      if (length < 0 || end > b.length) {
        throw new InvalidFileException(Msg.of("attachment.pngDamaged"));
      }
      if (!PNG_METADATA.contains(type)) {
        out.write(b, i, end - i);
      }
      i = end;
    }
    return out.toByteArray();
  }

  /** Drops EXIF and XMP chunks, clears their flags in VP8X and fixes the RIFF size. */
  static byte[] webp(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    out.write(b, 0, 12);
    int i = 12;
    while (i + 8 <= b.length) {
      String type = MediaTypes.ascii(b, i, 4);
      int length = readIntLittleEndian(b, i + 4);
      int end = i + 8 + length + (length & 1);
      if (length < 0 || end > b.length) {
        throw new InvalidFileException(Msg.of("attachment.webpDamaged"));
      }
      if (!WEBP_METADATA.contains(type)) {
        int start = out.size();
        out.write(b, i, end - i);
        if (type.equals("VP8X")) {
          byte[] sofar = out.toByteArray();
          sofar[start + 8] &= (byte) ~(0x08 | 0x04); // the EXIF and XMP flags
          out.reset();
          out.write(sofar, 0, sofar.length);
        }
      }
      i = end;
    }
    byte[] result = out.toByteArray();
    int riffSize = result.length - 8;
    result[4] = (byte) riffSize;
    result[5] = (byte) (riffSize >> 8);
    result[6] = (byte) (riffSize >> 16);
    result[7] = (byte) (riffSize >> 24);
    return result;
  }

  private static int readIntBigEndian(byte[] b, int i) {
    return ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
  }

  private static int readIntLittleEndian(byte[] b, int i) {
    return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8) | ((b[i + 2] & 0xFF) << 16) | ((b[i + 3] & 0xFF) << 24);
  }
}
