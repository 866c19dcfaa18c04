package com.numberinventory.bootstrap.support;

import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Builds inventory through the public API, each test in its own fresh block of Kenyan numbers. */
public final class Fixtures {

    // Blocks of 10,000 numbers under +2547[0-2]xxxxxxx, disjoint within a run and randomly placed across runs.
    private static final AtomicInteger NEXT_BLOCK = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 200));

    private Fixtures() {
    }

    /** The first number of a block of 10,000 unused numbers, e.g. {@code +254701230000}. */
    public static long freshBlock() {
        int block = NEXT_BLOCK.getAndIncrement() % 300;
        return 254_700_000_000L + block * 10_000L;
    }

    public static String e164(long digits) {
        return "+" + digits;
    }

    public static String provider(String kind) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", "Test " + kind + " " + UUID.randomUUID(), "kind", kind))
                .post("/v1/providers").then().statusCode(201).extract().path("id");
    }

    /** An active, priced KE series with the given quarantine period. */
    public static String activeSeries(String providerId, String quarantinePeriod) {
        String id = series(providerId, quarantinePeriod, true);
        given().post("/v1/series/" + id + "/activate").then().statusCode(200);
        return id;
    }

    public static String series(String providerId, String quarantinePeriod, boolean priced) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "provider_id", providerId, "name", "KE block", "country_code", "KE",
                "capabilities", List.of("voice", "sms"), "quarantine_period", quarantinePeriod));
        if (priced) {
            body.put("monthly_price", Map.of("amount_minor", 10000, "currency", "KES"));
        }
        return given().contentType(ContentType.JSON).body(body)
                .post("/v1/series").then().statusCode(201).extract().path("id");
    }

    public static void importRange(String seriesId, long first, long last) {
        given().contentType(ContentType.JSON)
                .body(Map.of("range", Map.of("first", e164(first), "last", e164(last))))
                .post("/v1/series/" + seriesId + "/numbers").then().statusCode(201);
    }

    public static String numberId(String e164) {
        return given().queryParam("e164", e164).get("/v1/numbers/lookup").then().statusCode(200)
                .extract().path("id");
    }

    /** A fresh active series holding {@code count} numbers; returns the series id and the first number. */
    public record Stock(String providerId, String seriesId, long first, int count) {
        public String number(int i) {
            return e164(first + i);
        }
    }

    public static Stock stock(int count, String quarantinePeriod) {
        String provider = provider("sautikit");
        String series = activeSeries(provider, quarantinePeriod);
        long first = freshBlock();
        importRange(series, first, first + count - 1);
        return new Stock(provider, series, first, count);
    }
}
