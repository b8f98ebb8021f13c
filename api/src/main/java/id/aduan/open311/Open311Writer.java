package id.aduan.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a document in either format. JSON follows the specification's "Spark convention": the
 * XML root of a list disappears and each list becomes an array, so both formats come from one
 * tree; only XML needs the names of the roots and of list items.
 */
@ApplicationScoped
public class Open311Writer {
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
  private static final Map<String, String> ITEMS = Map.of(
      "services", "service",
      "attributes", "attribute",
      "values", "value",
      "endpoints", "endpoint",
      "formats", "format",
      "service_requests", "request",
      "errors", "error");

  private final ObjectMapper json;

  Open311Writer(ObjectMapper json) {
    this.json = json;
  }

  /** {@code root} names the XML root element ({@code services}, {@code service_definition}...). */
  public String write(Open311Format format, String root, Object document) {
    try {
      if (format == Open311Format.JSON) {
        return json.writeValueAsString(document);
      }
      return xml(root, json.valueToTree(document));
    } catch (JsonProcessingException | XMLStreamException e) {
      throw new IllegalStateException("cannot write an Open311 document", e);
    }
  }

  static String itemName(String list) {
    String item = ITEMS.get(list);
    if (item == null) {
      throw new IllegalArgumentException("no item name for " + list);
    }
    return item;
  }

  private static String xml(String root, JsonNode tree) throws XMLStreamException {
    StringWriter out = new StringWriter();
    XMLStreamWriter w = XML.createXMLStreamWriter(out);
    w.writeStartDocument("utf-8", "1.0");
    element(w, root, tree);
    w.writeEndDocument();
    w.close();
    return out.toString();
  }

  private static void element(XMLStreamWriter w, String name, JsonNode node) throws XMLStreamException {
    if (node == null || node.isNull()) {
      w.writeEmptyElement(name);
      return;
    }
    w.writeStartElement(name);
    if (node.isArray()) {
      String item = itemName(name);
      for (JsonNode child : node) {
        element(w, item, child);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        var field = fields.next();
        element(w, field.getKey(), field.getValue());
      }
    } else {
      w.writeCharacters(legal(node.asText()));
    }
    w.writeEndElement();
  }

  /** XML 1.0 cannot carry most control characters, even escaped: they become U+FFFD. */
  static String legal(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || Character.isSurrogate(c);
      if (!ok && out == null) {
        out = new StringBuilder(text.substring(0, i));
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }
}
