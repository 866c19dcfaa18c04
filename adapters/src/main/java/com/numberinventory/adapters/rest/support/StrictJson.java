package com.numberinventory.adapters.rest.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
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
import java.util.function.Function;

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
        module.addDeserializer(String.class, new NulFree<>(String.class, StringDeserializer.instance, Nuls::inString));
        module.addDeserializer(JsonNode.class, new NulFree<>(JsonNode.class,
                JsonNodeDeserializer.getDeserializer(JsonNode.class), Nuls::inTree));
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

    /** Reads a value with Jackson's own deserializer of its type, then refuses it when it holds a NUL. */
    static final class NulFree<T> extends StdDeserializer<T> {
        private final JsonDeserializer<? extends T> read;
        private final Function<T, String> nulAt;

        /** @param nulAt where in a value its first NUL is (relative to the value), null when it has none */
        NulFree(Class<T> type, JsonDeserializer<? extends T> read, Function<T, String> nulAt) {
            super(type);
            this.read = read;
            this.nulAt = nulAt;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T value = read.deserialize(p, ctxt);
            String where = value == null ? null : nulAt.apply(value);
            if (where != null) {
                throw new NulCharacter(p, where);
            }
            return value;
        }

        /** A JSON null: what Jackson's own deserializer makes of it (a NullNode for trees). */
        @Override
        public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return read.getNullValue(ctxt);
        }
    }

    /** Where NULs hide in JSON. */
    static final class Nuls {
        private Nuls() {
        }

        /** The empty path when the string holds a NUL, or null. */
        static String inString(String value) {
            return value.indexOf('\0') >= 0 ? "" : null;
        }

        static String inTree(JsonNode tree) {
            return nulAt(tree, "");
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
