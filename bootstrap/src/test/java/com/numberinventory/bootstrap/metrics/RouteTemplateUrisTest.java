package com.numberinventory.bootstrap.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RouteTemplateUrisTest {

    @Test
    void raw_paths_are_tagged_by_the_route_template_they_match() {
        assertEquals("/v1/numbers/{id}", RouteTemplateUris.template("/v1/numbers/0190aaaa-0000-7000-8000-000000000001"));
        assertEquals("/v1/numbers/{id}/suspend", RouteTemplateUris.template("/v1/numbers/%00/suspend"));
        assertEquals("/v1/numbers/lookup", RouteTemplateUris.template("/v1/numbers/lookup"));
    }

    @Test
    void templates_and_micrometer_labels_stay_and_anything_else_gets_one_label() {
        assertEquals("/v1/series/{id}", RouteTemplateUris.template("/v1/series/{id}"));
        assertEquals("NOT_FOUND", RouteTemplateUris.template("NOT_FOUND"));
        assertEquals("/q/health", RouteTemplateUris.template("/q/health"));
        assertEquals(RouteTemplateUris.UNMATCHED_API, RouteTemplateUris.template("/v1/x/y/z/random-123"));
        assertEquals(RouteTemplateUris.UNMATCHED, RouteTemplateUris.template("/webhooks/nothing/at/all"));
    }

    @Test
    void the_filter_rewrites_only_the_uri_tag_of_http_server_meters() {
        var filter = new RouteTemplateUris().routeTemplateUris();
        Meter.Id raw = new Meter.Id("http.server.requests",
                Tags.of("uri", "/v1/providers/abc", "status", "401"), null, null, Meter.Type.TIMER);
        Meter.Id mapped = filter.map(raw);
        assertEquals("/v1/providers/{id}", mapped.getTag("uri"));
        assertEquals("401", mapped.getTag("status"));
        Meter.Id other = new Meter.Id("jvm.memory", Tags.of("uri", "/v1/providers/abc"), null, null, Meter.Type.GAUGE);
        assertEquals("/v1/providers/abc", filter.map(other).getTag("uri"));
    }
}
