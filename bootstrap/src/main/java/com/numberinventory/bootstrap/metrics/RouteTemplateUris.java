package com.numberinventory.bootstrap.metrics;

import com.numberinventory.adapters.rest.security.RouteScopes;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * HTTP server metrics are tagged by route template. The REST layer names the template of the requests it
 * matches; a request answered before or without a match (no key, a body over the limit, an unreadable
 * Content-Type) would be tagged with its raw path, so requests to random ids could fill Micrometer's URI-tag
 * limit and leave every later route without metrics. This filter names such paths by the route table's
 * template, or by one fixed label. It runs before the URI-tag limit (highest priority first).
 */
public class RouteTemplateUris {

    static final String UNMATCHED_API = "/v1/{unmatched}";
    static final String UNMATCHED = "UNMATCHED";

    @Produces
    @Singleton
    @Priority(Integer.MAX_VALUE)
    MeterFilter routeTemplateUris() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("http.server")) {
                    return id;
                }
                String uri = id.getTag("uri");
                if (uri == null) {
                    return id;
                }
                String template = template(uri);
                if (template.equals(uri)) {
                    return id;
                }
                List<Tag> tags = new ArrayList<>();
                for (Tag t : id.getTagsAsIterable()) {
                    tags.add(t.getKey().equals("uri") ? Tag.of("uri", template) : t);
                }
                return id.replaceTags(tags);
            }
        };
    }

    /** The tag for a uri: a template as it is, a raw path by the template it matches, else a fixed label. */
    static String template(String uri) {
        if (uri.contains("{") || uri.equals("NOT_FOUND") || uri.equals("REDIRECTION") || uri.equals("root")
                || uri.equals("/") || uri.startsWith("/q/")) {
            return uri;
        }
        String path = RouteScopes.canonical(uri);
        for (RouteScopes.Rule rule : RouteScopes.RULES) {
            if (rule.pattern().matcher(path).matches()) {
                return rule.template();
            }
        }
        return RouteScopes.isApiPath(path) ? UNMATCHED_API : UNMATCHED;
    }
}
