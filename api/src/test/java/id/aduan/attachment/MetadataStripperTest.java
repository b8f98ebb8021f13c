package id.aduan.attachment;

import id.aduan.common.error.InvalidFileException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.testing.Images;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MetadataStripperTest {

  static String text(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  @Test
  void typesAreRecognisedByContent() {
    assertThat(MediaTypes.detect(Images.jpegWithExif())).contains(MediaTypes.JPEG);
    assertThat(MediaTypes.detect(Images.pngWithText())).contains(MediaTypes.PNG);
    assertThat(MediaTypes.detect(Images.webpWithExif())).contains(MediaTypes.WEBP);
    assertThat(MediaTypes.detect(Images.pdf())).contains(MediaTypes.PDF);
    assertThat(MediaTypes.detect("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(MediaTypes.detect(new byte[] {(byte) 0xFF})).isEmpty();
  }

  @Test
  void pdfLosesItsAuthorCreatorAndXmpAndStaysADocument() throws Exception {
    byte[] original = Images.pdf();
    assertThat(text(original)).contains("Budi Santoso", "HP LaserJet", "081234567890", "Budi Santoso XMP");
    byte[] clean = MetadataStripper.strip(MediaTypes.PDF, original);
    assertThat(text(clean)).doesNotContain("Budi", "LaserJet", "081234567890");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(clean)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      assertThat(doc.getDocumentInformation().getAuthor()).isNull();
      assertThat(doc.getDocumentCatalog().getMetadata()).isNull();
    }
    assertThat(MediaTypes.detect(clean)).contains(MediaTypes.PDF);
  }

  @Test
  void aPdfThatCannotBeReadIsRefused() {
    byte[] broken = "%PDF-1.4\nnot really a document".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> MetadataStripper.strip(MediaTypes.PDF, broken)).isInstanceOf(InvalidFileException.class);
  }

  @Test
  void jpegLosesExifAndStaysAnImage() throws Exception {
    byte[] original = Images.jpegWithExif();
    assertThat(text(original)).contains(Images.SECRET);
    byte[] clean = MetadataStripper.strip(MediaTypes.JPEG, original);
    assertThat(text(clean)).doesNotContain(Images.SECRET).doesNotContain("Exif");
    var image = ImageIO.read(new ByteArrayInputStream(clean));
    assertThat(image.getWidth()).isEqualTo(16);
  }

  @Test
  void pngLosesTextChunksAndStaysAnImage() throws Exception {
    byte[] original = Images.pngWithText();
    assertThat(ImageIO.read(new ByteArrayInputStream(original))).isNotNull();
    byte[] clean = MetadataStripper.strip(MediaTypes.PNG, original);
    assertThat(text(clean)).doesNotContain(Images.SECRET).doesNotContain("tEXt");
    assertThat(ImageIO.read(new ByteArrayInputStream(clean)).getHeight()).isEqualTo(16);
  }

  @Test
  void webpLosesExifChunkFlagAndKeepsAConsistentSize() {
    byte[] clean = MetadataStripper.strip(MediaTypes.WEBP, Images.webpWithExif());
    assertThat(text(clean)).doesNotContain(Images.SECRET).doesNotContain("EXIF").contains("VP8L");
    int riffSize = (clean[4] & 0xFF) | (clean[5] & 0xFF) << 8 | (clean[6] & 0xFF) << 16 | (clean[7] & 0xFF) << 24;
    assertThat(riffSize).isEqualTo(clean.length - 8);
    assertThat(clean[20] & 0x08).isZero();
  }

  @Test
  void damagedImagesAreRefused() {
    byte[] broken = java.util.Arrays.copyOf(Images.jpegWithExif(), 10);
    assertThatThrownBy(() -> MetadataStripper.strip(MediaTypes.JPEG, broken)).isInstanceOf(InvalidFileException.class);
  }

  @Test
  void fileNamesAreMadeSafe() {
    assertThat(AttachmentService.cleanName("C:\\\\Users\\\\x\\\\foto jalan.jpeg", MediaTypes.JPEG)).isEqualTo("foto jalan.jpeg");
    assertThat(AttachmentService.cleanName("../../etc/passwd", MediaTypes.PDF)).isEqualTo("passwd.pdf");
    assertThat(AttachmentService.cleanName("a\"b;.png", MediaTypes.PNG)).isEqualTo("ab.png");
    assertThat(AttachmentService.cleanName(null, MediaTypes.WEBP)).isEqualTo("lampiran.webp");
  }
}
