package org.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesAFixedLayoutInTheOrderGiven() {
        String json = new JsonWriter().beginObject()
                .member("b", "乙")
                .member("a", 1)
                .name("list").beginArray().value(new BigDecimal("1.10")).nullValue().value(true).endArray()
                .name("empty").beginObject().endObject()
                .name("none").beginArray().endArray()
                .endObject().toJson();
        assertEquals("""
                {
                  "b": "乙",
                  "a": 1,
                  "list": [
                    1.10,
                    null,
                    true
                  ],
                  "empty": {},
                  "none": []
                }
                """, json);
    }

    @Test
    void escapesWhatJsonRequiresAndParsesBackTheSame() throws Exception {
        String nasty = "引号\" 反斜杠\\ 换行\n 制表\t 控制\u0001 分隔\u2028 斜杠/ 😀";
        String json = new JsonWriter().beginObject().member("s", nasty).endObject().toJson();
        assertTrue(json.contains("\\u0001") && json.contains("\\u2028") && json.contains("😀"), json);
        assertEquals(nasty, new ObjectMapper().readTree(json).get("s").asText(), "Jackson reads it back");
        assertEquals(Map.of("s", nasty), JsonReader.parse(json), "and so does our reader");
    }

    @Test
    void numbersKeepTheirDigitsAndNeverUseExponents() throws Exception {
        String json = new JsonWriter().beginArray().value(new BigDecimal("1E+3")).value(new BigDecimal("2484.740")).endArray().toJson();
        assertEquals("[\n  1000,\n  2484.740\n]\n", json);
        assertEquals(List.of(new BigDecimal("1000"), new BigDecimal("2484.740")), JsonReader.parse(json));
    }

    @Test
    void misuseIsCaughtWhileWriting() {
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().value("no name"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().toJson());
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().endObject());
    }

    @Test
    void readerIsStrictAndSaysWhere() {
        var e = assertThrows(JsonReader.JsonException.class, () -> JsonReader.parse("{\n  \"a\": 1,\n}"));
        assertEquals("3:1: 这里应为带引号的键", e.getMessage());
        assertThrows(JsonReader.JsonException.class, () -> JsonReader.parse("{\"a\": 1, \"a\": 2}"));
        assertThrows(JsonReader.JsonException.class, () -> JsonReader.parse("[01]"));
        assertThrows(JsonReader.JsonException.class, () -> JsonReader.parse("[1] x"));
        assertThrows(JsonReader.JsonException.class, () -> JsonReader.parse("\"tab\there\""));
        assertThrows(JsonReader.JsonException.class, () -> JsonReader.parse("[".repeat(1000)));
    }
}
