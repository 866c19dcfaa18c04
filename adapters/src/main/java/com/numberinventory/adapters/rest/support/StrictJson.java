package com.numberinventory.adapters.rest.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Request JSON is read strictly: a repeated key is malformed (which of the two values was meant is unknowable),
 * and a NUL character in any string is refused where it is read, naming the field, because PostgreSQL cannot
 * store it in text and a NUL never belongs to a name, reason or reference.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        SimpleModule module = new SimpleModule("strict-json");
        module.addDeserializer(String.class, new NulFreeStrings());
        module.addDeserializer(JsonNode.class, new NulFreeTrees());
        mapper.registerModule(module);
    }

    /** A string holding a NUL character; {@link #field()} is where, relative to the value being read. */
    public static final class NulCharacter extends JsonMappingException {
        private final String field;

        NulCharacter(JsonParser parser, String field) {
            super(parser, "a string holds a NUL character");
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    static final class NulFreeStrings extends StdDeserializer<String> {
        NulFreeStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && value.indexOf('\0') >= 0) {
                throw new NulCharacter(p, "");
            }
            return value;
        }
    }

    static final class NulFreeTrees extends StdDeserializer<JsonNode> {
        NulFreeTrees() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(p, ctxt);
            String where = nulAt(tree, "");
            if (where != null) {
                throw new NulCharacter(p, where);
            }
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext ctxt) {
            return com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }

        /** The path of the first string or key holding a NUL, or null. */
        static String nulAt(JsonNode node, String path) {
            if (node == null) {
                return null;
            }
            if (node.isTextual()) {
                return node.textValue().indexOf('\0') >= 0 ? path : null;
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    String found = nulAt(node.get(i), path + "[" + i + "]");
                    if (found != null) {
                        return found;
                    }
                }
            }
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                    if (e.getKey().indexOf('\0') >= 0) {
                        return child;
                    }
                    String found = nulAt(e.getValue(), child);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }
    }
}
