package org.attest.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes the ledger JSON contract. Output is deterministic: fixed field order, "\n" line
 * ends on every platform, numbers in plain notation.
 */
public final class LedgerJson {

  private static final ObjectMapper MAPPER = newMapper();
  private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

  private LedgerJson() {}

  /** A mapper configured like the ledger's own, for modules that write related JSON. */
  public static ObjectMapper newMapper() {
    ObjectMapper m = new ObjectMapper();
    m.configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
    m.configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
    m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    return m;
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
    pp.indentArraysWith(indenter);
    pp.indentObjectsWith(indenter);
    return pp;
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Pretty JSON with a final newline. */
  public static String write(Object ledger) {
    try {
      return PRETTY.writeValueAsString(ledger) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line of JSON, no newline (for JSON Lines). */
  public static String writeCompact(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Ledger read(String json) {
    try {
      return MAPPER.readValue(json, Ledger.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("not an " + Ledger.FORMAT + " ledger: " + e.getMessage(), e);
    }
  }

  public static Ledger read(Path file) throws IOException {
    return read(Files.readString(file, StandardCharsets.UTF_8));
  }
}
