package com.numberinventory.bootstrap.security;

import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.Keys;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.numberinventory.bootstrap.support.TestAuth.withKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class WorkspaceIsolationApiTest {

    private static final List<String> NUMBER_SCOPES = List.of("numbers:read", "numbers:write");

    private record Tenant(String workspace, String key) {
        static Tenant make() {
            String workspace = UUID.randomUUID().toString();
            return new Tenant(workspace, Keys.make(NUMBER_SCOPES, workspace, null).key());
        }
    }

    private static Response provisionAsAdmin(String numberId, String workspace) {
        return given().contentType(ContentType.JSON).body(Map.of("workspace_id", workspace))
                .post("/v1/numbers/" + numberId + "/provision");
    }

    @Test
    void another_workspaces_number_is_not_found_for_every_number_route() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        Tenant a = Tenant.make();
        Tenant b = Tenant.make();
        provisionAsAdmin(id, b.workspace()).then().statusCode(200);

        withKey(a.key()).get("/v1/numbers/" + id).then().statusCode(404).body("code", equalTo("numbers.not_found"));
        withKey(a.key()).queryParam("e164", stock.number(0)).get("/v1/numbers/lookup").then().statusCode(404)
                .body("code", equalTo("numbers.not_found"));
        withKey(a.key()).get("/v1/numbers/" + id + "/events").then().statusCode(404)
                .body("code", equalTo("numbers.not_found"));
        withKey(a.key()).contentType(ContentType.JSON).body(Map.of("reason", "explicit"))
                .post("/v1/numbers/" + id + "/release").then().statusCode(404)
                .body("code", equalTo("numbers.not_found"));
        withKey(a.key()).contentType(ContentType.JSON).body(Map.of())
                .post("/v1/numbers/" + id + "/provision").then().statusCode(404)
                .body("code", equalTo("numbers.not_found"));
        // The holder sees it.
        withKey(b.key()).get("/v1/numbers/" + id).then().statusCode(200).body("workspace_id", equalTo(b.workspace()));
    }

    @Test
    void a_workspace_key_provisions_to_its_own_workspace_when_the_body_names_none() {
        Fixtures.Stock stock = Fixtures.stock(2, "P30D");
        Tenant a = Tenant.make();
        String id = Fixtures.numberId(stock.number(0));
        withKey(a.key()).contentType(ContentType.JSON).body(Map.of())
                .post("/v1/numbers/" + id + "/provision").then().statusCode(200)
                .body("workspace_id", equalTo(a.workspace())).body("rental.workspace_id", equalTo(a.workspace()));
        withKey(a.key()).contentType(ContentType.JSON).body(Map.of("series_id", stock.seriesId()))
                .post("/v1/numbers/provision").then().statusCode(200)
                .body("workspace_id", equalTo(a.workspace())).body("e164", equalTo(stock.number(1)));
    }

    @Test
    void a_body_naming_another_workspace_is_forbidden() {
        Fixtures.Stock stock = Fixtures.stock(2, "P30D");
        Tenant a = Tenant.make();
        String other = UUID.randomUUID().toString();
        String id = Fixtures.numberId(stock.number(0));
        withKey(a.key()).contentType(ContentType.JSON).body(Map.of("workspace_id", other))
                .post("/v1/numbers/" + id + "/provision").then().statusCode(403)
                .body("code", equalTo("auth.workspace_forbidden"));
        withKey(a.key()).contentType(ContentType.JSON)
                .body(Map.of("workspace_id", other, "series_id", stock.seriesId()))
                .post("/v1/numbers/provision").then().statusCode(403)
                .body("code", equalTo("auth.workspace_forbidden"));
        // Naming its own workspace is fine.
        withKey(a.key()).contentType(ContentType.JSON).body(Map.of("workspace_id", a.workspace()))
                .post("/v1/numbers/" + id + "/provision").then().statusCode(200);
        withKey(a.key()).contentType(ContentType.JSON).body(Map.of("reason", "explicit", "workspace_id", other))
                .post("/v1/numbers/" + id + "/release").then().statusCode(403)
                .body("code", equalTo("auth.workspace_forbidden"));
        withKey(a.key()).queryParam("workspace_id", other).get("/v1/numbers").then().statusCode(403)
                .body("code", equalTo("auth.workspace_forbidden"));
        // Nothing was provisioned to the other workspace.
        given().queryParam("workspace_id", other).get("/v1/numbers").then().statusCode(200).body("data", empty());
    }

    @Test
    void a_workspace_key_lists_its_own_numbers_and_the_available_inventory_only() {
        Fixtures.Stock stock = Fixtures.stock(4, "P30D");
        Tenant a = Tenant.make();
        Tenant b = Tenant.make();
        String mine = Fixtures.numberId(stock.number(0));
        String theirs = Fixtures.numberId(stock.number(1));
        provisionAsAdmin(mine, a.workspace()).then().statusCode(200);
        provisionAsAdmin(theirs, b.workspace()).then().statusCode(200);

        Response own = withKey(a.key()).queryParam("series_id", stock.seriesId()).get("/v1/numbers");
        own.then().statusCode(200).body("data.id", equalTo(List.of(mine)))
                .body("data.workspace_id", everyItem(equalTo(a.workspace())));
        withKey(a.key()).queryParam("series_id", stock.seriesId()).queryParam("status", "available")
                .get("/v1/numbers").then().statusCode(200)
                .body("data.e164", containsInAnyOrder(stock.number(2), stock.number(3)))
                .body("data.workspace_id", everyItem(nullValue()));
        withKey(a.key()).queryParam("series_id", stock.seriesId()).queryParam("status", "assigned")
                .get("/v1/numbers").then().statusCode(200).body("data.id", equalTo(List.of(mine)));
        assertFalse(own.asString().contains(b.workspace()));
        // The admin key sees both.
        given().queryParam("series_id", stock.seriesId()).queryParam("status", "assigned").get("/v1/numbers")
                .then().body("data.id", containsInAnyOrder(mine, theirs));
    }

    @Test
    void a_workspace_key_never_sees_another_workspaces_events() {
        Fixtures.Stock stock = Fixtures.stock(1, "PT0S");
        Tenant a = Tenant.make();
        Tenant b = Tenant.make();
        String id = Fixtures.numberId(stock.number(0));
        // B held it and released it: it is available again, with B's history.
        provisionAsAdmin(id, b.workspace()).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("reason", "explicit"))
                .post("/v1/numbers/" + id + "/release").then().statusCode(200).body("status", equalTo("available"));
        withKey(a.key()).contentType(ContentType.JSON).body(Map.of())
                .post("/v1/numbers/" + id + "/provision").then().statusCode(200);

        Response events = withKey(a.key()).get("/v1/numbers/" + id + "/events");
        events.then().statusCode(200).body("data.kind", not(empty()))
                .body("data.workspace_id", everyItem(org.hamcrest.Matchers.anyOf(nullValue(),
                        equalTo(a.workspace()))));
        assertFalse(events.asString().contains(b.workspace()), "B's workspace id leaked into A's view");
        given().get("/v1/numbers/" + id + "/events").then().body(containsString(b.workspace()));
    }

    @Test
    void the_previous_holder_sees_and_takes_back_its_number_in_quarantine_and_others_do_not_see_it() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        Tenant a = Tenant.make();
        Tenant b = Tenant.make();
        String id = Fixtures.numberId(stock.number(0));
        withKey(a.key()).contentType(ContentType.JSON).body(Map.of())
                .post("/v1/numbers/" + id + "/provision").then().statusCode(200);
        withKey(a.key()).contentType(ContentType.JSON).body(Map.of("reason", "explicit"))
                .post("/v1/numbers/" + id + "/release").then().statusCode(200)
                .body("status", equalTo("quarantined"));
        withKey(b.key()).get("/v1/numbers/" + id).then().statusCode(404);
        withKey(a.key()).get("/v1/numbers/" + id).then().statusCode(200).body("status", equalTo("quarantined"));
        withKey(a.key()).contentType(ContentType.JSON).body(Map.of())
                .post("/v1/numbers/" + id + "/provision").then().statusCode(200)
                .body("workspace_id", equalTo(a.workspace()));
    }

    @Test
    void a_workspace_key_sees_an_available_number_by_id_and_by_lookup() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        Tenant a = Tenant.make();
        String id = Fixtures.numberId(stock.number(0));
        withKey(a.key()).get("/v1/numbers/" + id).then().statusCode(200).body("status", equalTo("available"));
        withKey(a.key()).queryParam("e164", stock.number(0)).get("/v1/numbers/lookup").then().statusCode(200)
                .body("id", equalTo(id));
    }
}
