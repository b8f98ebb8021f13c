package id.aduan.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The two formats from one tree, and the title taken from a description. */
class Open311WriterTest {
  final Open311Writer writer = new Open311Writer(new ObjectMapper());

  static Element parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
  }

  @Test
  void textThatXmlCannotCarryIsReplacedAndTheRestEscaped() throws Exception {
    var request = new Open311Views.Request("K7PX4M9Q", "open", null, null, "JALAN", "a\u0001b <&> \"c\"\r\nd", null,
        null, "2026-11-01T08:00:00+08:00", "2026-11-01T08:00:00+08:00", null, null, null, null, -10.5, 123.25, null);
    Element root = parse(writer.write(Open311Format.XML, "service_requests", List.of(request)));
    assertThat(root.getTagName()).isEqualTo("service_requests");
    Element item = (Element) root.getElementsByTagName("request").item(0);
    assertThat(item.getElementsByTagName("description").item(0).getTextContent()).isEqualTo("a\uFFFDb <&> \"c\"\nd");
    assertThat(item.getElementsByTagName("long").item(0).getTextContent()).isEqualTo("123.25");
    // Absent fields are left out, in both formats.
    assertThat(item.getElementsByTagName("agency_responsible").getLength()).isZero();
    assertThat(writer.write(Open311Format.JSON, "service_requests", List.of(request)))
        .doesNotContain("agency_responsible").contains("\"long\":123.25").startsWith("[{\"service_request_id\"");
  }

  @Test
  void nullsThatTheSpecificationShowsAreEmptyElements() throws Exception {
    var created = new Open311Views.Created("K7PX4M9Q", "t", "n", null);
    Element request = (Element) parse(writer.write(Open311Format.XML, "service_requests", List.of(created)))
        .getElementsByTagName("request").item(0);
    assertThat(request.getElementsByTagName("account_id").getLength()).isEqualTo(1);
    assertThat(request.getElementsByTagName("account_id").item(0).hasChildNodes()).isFalse();
    assertThat(writer.write(Open311Format.JSON, "service_requests", List.of(created))).contains("\"account_id\":null");
  }

  @Test
  void titleIsTheFirstSentenceOrLine() {
    assertThat(Open311Draft.titleOf("Lubang besar di jalan. Sudah dua minggu.")).isEqualTo("Lubang besar di jalan.");
    assertThat(Open311Draft.titleOf("  Lampu jalan mati\nsejak seminggu di Oebobo")).isEqualTo("Lampu jalan mati");
    assertThat(Open311Draft.titleOf("Ya. Jalan di depan pasar rusak")).isEqualTo("Ya. Jalan di depan pasar rusak");
    assertThat(Open311Draft.titleOf("Versi 2.0 dari aplikasi rusak sekali")).isEqualTo("Versi 2.0 dari aplikasi rusak sekali");
    String words = "kata ".repeat(60).strip();
    String title = Open311Draft.titleOf(words);
    assertThat(title).hasSizeLessThanOrEqualTo(150).endsWith("…").startsWith("kata kata");
    assertThat(Open311Draft.titleOf(" ")).isNull();
  }
}
