package golive.cart.http;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages of an XML error body, as PrestaShop sends them when it answers in XML
 * ({@code <prestashop><errors><error><code/><message/></error></errors></prestashop>}, the text
 * in CDATA). The parser is the JDK's, hardened: no DOCTYPE, no external entities or schemas, so a
 * hostile body cannot make it read files or call out. Stateless, thread-safe.
 */
final class XmlErrorBodies {
    private XmlErrorBodies() {
    }

    /** Whether {@code raw} looks like an XML document rather than an HTML page or plain text. */
    static boolean isXml(String raw) {
        String t = raw == null ? "" : raw.stripLeading();
        return t.startsWith("<?xml") || t.startsWith("<prestashop");
    }

    /** Every {@code <message>} text joined with "; ", or null when the body has none or is not well-formed. */
    static String messages(String raw) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // silent: a bad body is not a console message
            Document doc = b.parse(new ByteArrayInputStream(raw.strip().getBytes(StandardCharsets.UTF_8)));
            NodeList nodes = doc.getElementsByTagName("message");
            List<String> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                String text = nodes.item(i).getTextContent().strip();
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
            return out.isEmpty() ? null : String.join("; ", out);
        } catch (Exception e) {
            return null; // not XML after all, or hostile: the caller falls back to the bare text
        }
    }
}
