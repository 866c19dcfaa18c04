package com.numberinventory.bootstrap.api;

import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class NumberSearchApiTest {

    @Test
    void digit_patterns_match_the_e164_without_plus() {
        Fixtures.Stock stock = Fixtures.stock(200, "P30D");
        String digits = stock.number(0).substring(1);
        String block = digits.substring(0, 8);
        given().queryParam("series_id", stock.seriesId()).queryParam("ends_with", "42").get("/v1/numbers")
                .then().statusCode(200).body("data", hasSize(2)).body("data.e164", everyItem(endsWith("42")));
        given().queryParam("series_id", stock.seriesId()).queryParam("starts_with", block + "01")
                .queryParam("limit", 500).get("/v1/numbers")
                .then().statusCode(200).body("data", hasSize(100)).body("data.e164", everyItem(startsWith("+" + block + "01")));
        given().queryParam("series_id", stock.seriesId()).queryParam("contains", block.substring(4) + "0199")
                .get("/v1/numbers").then().statusCode(200).body("data", hasSize(1))
                .body("data[0].e164", containsString("0199"));
        given().queryParam("ends_with", "4x").get("/v1/numbers").then().statusCode(400)
                .body("errors[0].field", equalTo("ends_with"));
    }

    @Test
    void filters_combine_status_workspace_country_and_capability() {
        Fixtures.Stock stock = Fixtures.stock(10, "P30D");
        String workspace = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("workspace_id", workspace))
                    .post("/v1/numbers/" + Fixtures.numberId(stock.number(i)) + "/provision").then().statusCode(200);
        }
        given().queryParam("workspace_id", workspace).get("/v1/numbers").then().statusCode(200)
                .body("data", hasSize(3)).body("data.status", everyItem(equalTo("assigned")))
                .body("data.rental.workspace_id", everyItem(equalTo(workspace)));
        given().queryParam("series_id", stock.seriesId()).queryParam("status", "available").get("/v1/numbers")
                .then().body("data", hasSize(7));
        given().queryParam("series_id", stock.seriesId()).queryParam("capability", "sms")
                .queryParam("country_code", "KE").get("/v1/numbers").then().body("data", hasSize(10));
        given().queryParam("series_id", stock.seriesId()).queryParam("capability", "fax").get("/v1/numbers")
                .then().body("data", hasSize(0));
        given().queryParam("provider_id", stock.providerId()).get("/v1/numbers").then().body("data", hasSize(10));
        given().queryParam("status", "lost").get("/v1/numbers").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("workspace_id", "x").get("/v1/numbers").then().statusCode(400)
                .body("errors[0].field", equalTo("workspace_id"));
    }

    @Test
    void paging_yields_every_number_exactly_once_while_numbers_are_added() {
        Fixtures.Stock stock = Fixtures.stock(45, "P30D");
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int page = 0;
        do {
            var spec = given().queryParam("series_id", stock.seriesId()).queryParam("limit", 10);
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            var body = spec.get("/v1/numbers").then().statusCode(200).extract().jsonPath();
            List<String> ids = body.getList("data.id");
            for (String id : ids) {
                assertTrue(seen.add(id), "served twice: " + id);
            }
            if (page == 1) {
                // Rows inserted mid-walk sort after the cursor (UUIDv7 ids) and are served once, later on.
                Fixtures.importRange(stock.seriesId(), stock.first() + 45, stock.first() + 49);
            }
            cursor = body.getString("next_cursor");
            page++;
        } while (cursor != null);
        assertEquals(50, seen.size());
    }

    @Test
    void limit_is_bounded_and_cursors_must_be_the_services_own() {
        given().queryParam("limit", 0).get("/v1/numbers").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 501).get("/v1/numbers").then().statusCode(400);
        given().queryParam("limit", "ten").get("/v1/numbers").then().statusCode(400);
        given().queryParam("cursor", "not-a-cursor").get("/v1/numbers").then().statusCode(400)
                .body("code", equalTo("validation.invalid_cursor"));
        given().queryParam("cursor", "djEubnVtYmVycy4wMTkwMDAwMC0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDEuYWJj")
                .get("/v1/numbers").then().statusCode(400).body("code", equalTo("validation.invalid_cursor"));
        // A cursor of one list is not accepted by another.
        Fixtures.provider("sautikit");
        Fixtures.provider("sautikit");
        String providerCursor = given().queryParam("limit", 1).get("/v1/providers").then().extract().path("next_cursor");
        given().queryParam("cursor", providerCursor).get("/v1/numbers").then().statusCode(400)
                .body("code", equalTo("validation.invalid_cursor"));
    }

    @Test
    void lookup_tolerates_an_unencoded_plus() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        given().urlEncodingEnabled(false).get("/v1/numbers/lookup?e164=" + stock.number(0)).then().statusCode(200)
                .body("e164", equalTo(stock.number(0)));
        given().urlEncodingEnabled(false).get("/v1/numbers/lookup?e164=" + stock.number(0).replace("+", "%2B")).then().statusCode(200)
                .body("rental", nullValue());
    }

    /** A fresh KE series holding the mobiles of a fresh block and a few fixed lines (Nairobi, +25420...). */
    private record Mixed(Fixtures.Stock stock, List<String> mobiles, List<String> fixedLines) {
    }

    private static Mixed mixedStock() {
        Fixtures.Stock stock = Fixtures.stock(5, "P30D");
        long base = 254_200_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        List<String> fixed = List.of(Fixtures.e164(base), Fixtures.e164(base + 1));
        given().contentType(ContentType.JSON).body(Map.of("e164", fixed))
                .post("/v1/series/" + stock.seriesId() + "/numbers").then().statusCode(201).body("added", equalTo(2));
        List<String> mobiles = java.util.stream.IntStream.range(0, 5).mapToObj(stock::number).toList();
        return new Mixed(stock, mobiles, fixed);
    }

    @Test
    void each_number_shows_its_type_and_the_list_filters_by_it() {
        Mixed mixed = mixedStock();
        given().get("/v1/numbers/" + Fixtures.numberId(mixed.fixedLines().get(0))).then().statusCode(200)
                .body("number_type", equalTo("fixed_line"));
        given().queryParam("e164", mixed.mobiles().get(0)).get("/v1/numbers/lookup").then().statusCode(200)
                .body("number_type", equalTo("mobile"));
        given().queryParam("series_id", mixed.stock().seriesId()).queryParam("number_type", "fixed_line")
                .get("/v1/numbers").then().statusCode(200)
                .body("data.e164", org.hamcrest.Matchers.containsInAnyOrder(mixed.fixedLines().toArray()))
                .body("data.number_type", everyItem(equalTo("fixed_line")));
        given().queryParam("series_id", mixed.stock().seriesId()).queryParam("number_type", "mobile")
                .get("/v1/numbers").then().statusCode(200).body("data", hasSize(5));
        given().queryParam("series_id", mixed.stock().seriesId()).queryParam("number_type", "toll_free")
                .get("/v1/numbers").then().statusCode(200).body("data", hasSize(0));
        given().queryParam("number_type", "landline").get("/v1/numbers").then().statusCode(400)
                .body("code", equalTo("validation.bad_request")).body("errors[0].field", equalTo("number_type"));
    }

    @Test
    void provision_any_picks_by_number_type_and_pattern() {
        Mixed mixed = mixedStock();
        String workspace = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(Map.of("workspace_id", workspace,
                        "series_id", mixed.stock().seriesId(), "number_type", "fixed_line"))
                .post("/v1/numbers/provision").then().statusCode(200)
                .body("number_type", equalTo("fixed_line")).body("workspace_id", equalTo(workspace));
        String last = mixed.mobiles().get(3);
        // The last two digits as keypad letters: 0 has none, so only a digit can say it.
        given().contentType(ContentType.JSON).body(Map.of("workspace_id", workspace,
                        "series_id", mixed.stock().seriesId(), "pattern", "*" + last.substring(last.length() - 4)))
                .post("/v1/numbers/provision").then().statusCode(200).body("e164", equalTo(last));
        given().contentType(ContentType.JSON).body(Map.of("workspace_id", workspace,
                        "series_id", mixed.stock().seriesId(), "pattern", "*FLOWERS"))
                .post("/v1/numbers/provision").then().statusCode(409).body("code", equalTo("numbers.none_available"));
        given().contentType(ContentType.JSON).body(Map.of("workspace_id", workspace, "pattern", "12#4"))
                .post("/v1/numbers/provision").then().statusCode(422)
                .body("code", equalTo("numbers.invalid_pattern")).body("errors[0].field", equalTo("pattern"));
    }

    @Test
    void pattern_matches_the_whole_number_with_wildcards_and_vanity_letters() {
        Fixtures.Stock stock = Fixtures.stock(200, "P30D");
        String digits = stock.number(0).substring(1);
        String block = digits.substring(0, 8);
        List<String> all = java.util.stream.IntStream.range(0, 200).mapToObj(stock::number).toList();
        // G is 4 and A is 2 on the keypad: *00GA ends with 0042.
        given().queryParam("series_id", stock.seriesId()).queryParam("pattern", "*00GA").get("/v1/numbers")
                .then().statusCode(200).body("data.e164", equalTo(List.of(stock.number(42))));
        given().queryParam("series_id", stock.seriesId()).queryParam("pattern", block + "01*")
                .queryParam("limit", 500).get("/v1/numbers").then().statusCode(200).body("data", hasSize(100));
        String inner = block + "*1*9";
        List<String> expected = all.stream().filter(e -> e.substring(1).matches(block + "[0-9]*1[0-9]*9")).toList();
        given().queryParam("series_id", stock.seriesId()).queryParam("pattern", inner).queryParam("limit", 500)
                .get("/v1/numbers").then().statusCode(200)
                .body("data.e164", equalTo(expected));
        given().queryParam("pattern", stock.number(7)).get("/v1/numbers").then().statusCode(200)
                .body("data.e164", equalTo(List.of(stock.number(7))));
        for (String bad : List.of("12#4", "***", "1234567890123456")) {
            given().queryParam("pattern", bad).get("/v1/numbers").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("code", equalTo("numbers.invalid_pattern")).body("errors[0].field", equalTo("pattern"));
        }
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;
    @jakarta.inject.Inject
    com.numberinventory.adapters.persistence.numbers.NumberTypeBackfill backfill;

    @Test
    void numbers_stored_before_the_column_get_their_type_from_the_backfill() throws Exception {
        Mixed mixed = mixedStock();
        try (var c = dataSource.getConnection();
             var ps = c.prepareStatement("UPDATE numbers SET number_type = NULL WHERE series_id = ?")) {
            ps.setObject(1, UUID.fromString(mixed.stock().seriesId()));
            assertEquals(7, ps.executeUpdate());
        }
        given().queryParam("series_id", mixed.stock().seriesId()).queryParam("number_type", "fixed_line")
                .get("/v1/numbers").then().statusCode(200).body("data", hasSize(0));
        // The view works it out meanwhile.
        given().get("/v1/numbers/" + Fixtures.numberId(mixed.fixedLines().get(1))).then().statusCode(200)
                .body("number_type", equalTo("fixed_line"));
        int filled = 0;
        for (int n = backfill.fillBatch(3); n > 0; n = backfill.fillBatch(3)) {
            filled += n;
        }
        assertTrue(filled >= 7, "filled " + filled);
        given().queryParam("series_id", mixed.stock().seriesId()).queryParam("number_type", "fixed_line")
                .get("/v1/numbers").then().statusCode(200).body("data", hasSize(2));
        given().queryParam("series_id", mixed.stock().seriesId()).queryParam("number_type", "mobile")
                .get("/v1/numbers").then().statusCode(200).body("data", hasSize(5));
    }
}
