package org.attest.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** JSON for "an id, a list of ids, or null": empty is null, one id is a string, more a list. */
final class IdListJson {

  private IdListJson() {}

  static final class Serializer extends JsonSerializer<List<String>> {
    @Override
    public void serialize(List<String> ids, JsonGenerator gen, SerializerProvider p) throws IOException {
      if (ids == null || ids.isEmpty()) {
        gen.writeNull();
      } else if (ids.size() == 1) {
        gen.writeString(ids.get(0));
      } else {
        gen.writeStartArray();
        for (String id : ids) {
          gen.writeString(id);
        }
        gen.writeEndArray();
      }
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, List<String> value) {
      return false;
    }
  }

  static final class Deserializer extends JsonDeserializer<List<String>> {
    @Override
    public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      List<String> ids = new ArrayList<>();
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        ids.add(p.getText());
      } else if (p.currentToken() == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          ids.add(p.getText());
        }
      }
      return ids;
    }

    @Override
    public List<String> getNullValue(DeserializationContext ctxt) {
      return List.of();
    }
  }
}
