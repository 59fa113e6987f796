package org.attest.testkit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The twelve hostile XML documents every XML reader of the project is tested with (external
 * entities, parameter entities, entity expansion bombs, external DTDs, XInclude, schema and
 * stylesheet references, an XXE in UTF-16): each is a valid document of the reader's format with
 * the attack around or inside it. Shared from attest-testkit by every module that reads XML.
 */
public final class HostileXml {

  /** Text of the secret file; no reader may return it. */
  public static final String SECRET = "Zanzibar-Quokka-Secret-7731";

  private HostileXml() {}

  /**
   * @param secretUri a {@code file:} URI of a file holding {@link #SECRET}
   * @param root the root element's name
   * @param open the root's start tag
   * @param body what goes inside the root (where an entity reference is placed too)
   * @param close the root's end tag
   */
  public static Map<String, byte[]> cases(String secretUri, String root, String open, String body, String close) {
    Map<String, String> x = new LinkedHashMap<>();
    String decl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    x.put("xxe-file", decl + "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secretUri + "\">]>\n" + open + "&xxe;" + body + close);
    x.put("xxe-parameter", decl + "<!DOCTYPE " + root + " [<!ENTITY % p SYSTEM \"" + secretUri + "\"> %p;]>\n" + open + body + close);
    x.put("xxe-in-attribute", decl + "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secretUri + "\">]>\n"
        + open.replaceFirst(">$", " x=\"&xxe;\">") + body + close);
    x.put("xxe-http", decl + "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/secret\">]>\n" + open + "&xxe;" + body
        + close);
    StringBuilder lol = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    x.put("billion-laughs", decl + "<!DOCTYPE " + root + " [" + lol + "]>\n" + open + "&lol9;" + body + close);
    x.put("quadratic-blowup", decl + "<!DOCTYPE " + root + " [<!ENTITY a \"" + "a".repeat(50_000) + "\">]>\n" + open
        + "&a;".repeat(20_000) + body + close);
    x.put("external-dtd-system", decl + "<!DOCTYPE " + root + " SYSTEM \"" + secretUri + "\">\n" + open + body + close);
    x.put("external-dtd-public", decl + "<!DOCTYPE " + root + " PUBLIC \"-//X//Y//EN\" \"" + secretUri + "\">\n" + open + body + close);
    x.put("xinclude", decl + open.replaceFirst(">$", " xmlns:xi=\"http://www.w3.org/2001/XInclude\">")
        + "<xi:include href=\"" + secretUri + "\" parse=\"text\"/>" + body + close);
    x.put("schema-location", decl + open.replaceFirst(">$",
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"" + secretUri + "\">") + body + close);
    x.put("stylesheet-pi", decl + "<?xml-stylesheet type=\"text/xsl\" href=\"" + secretUri + "\"?>\n" + open + body + close);
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : x.entrySet()) {
      out.put(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
    }
    String utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secretUri
        + "\">]>\n" + open + "&xxe;" + body + close;
    out.put("xxe-utf16", ("\uFEFF" + utf16).getBytes(StandardCharsets.UTF_16BE));
    return out;
  }
}
