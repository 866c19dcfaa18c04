package com.numberinventory.adapters.rest;


import com.numberinventory.adapters.rest.support.Cursors;
import com.numberinventory.adapters.rest.support.PathIds;
import com.numberinventory.adapters.rest.support.Times;
import com.numberinventory.application.port.in.campaigns.CampaignQueries;
import com.numberinventory.application.shared.Page;
import com.numberinventory.domain.campaign.Campaign;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.Uuids;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/** Zipwhip 10DLC campaigns, kept up to date by the provider's campaign webhooks. */
@Path("/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "10DLC A2P campaigns registered at Zipwhip")
public class CampaignsResource {

    static final String LIST = "campaigns";

    @Inject
    CampaignQueries queries;
    @Inject
    Cursors cursors;

    /** A campaign as the API shows it. */
    @Schema(name = "Campaign")
    public record CampaignView(
            @Schema(example = "01900000-0000-7000-8000-0000000000f1") String id,
            @Schema(example = "01900000-0000-7000-8000-0000000000a1") String providerId,
            @Schema(example = "abc123", description = "Zipwhip's campaign id") String campaignId,
            @Schema(example = "active", enumeration = {"active", "expired", "unelected"}) String status,
            @Schema(nullable = true, example = "xyz456") String brandId,
            @Schema(nullable = true, example = "[10017, 10035, 10037]") List<Integer> mnoIds,
            @Schema(nullable = true, example = "xyz456", description = "the number pool sub id, null without a pool") String numberPoolSubId,
            @Schema(nullable = true, example = "0") Integer statusCode,
            @Schema(nullable = true, example = "Campaign Active") String description,
            @Schema(nullable = true, example = "2020-11-13T17:01:17.123Z") String eventDate,
            @Schema(example = "2020-11-13T17:01:18.000Z") String createdAt,
            @Schema(example = "2020-11-13T17:01:18.000Z") String updatedAt) {

        static CampaignView of(Campaign c) {
            return new CampaignView(c.id().toString(), c.providerId().toString(), c.campaignId(),
                    c.status().wireName(), c.brandId(), c.mnoIds(), c.numberPoolSubId(), c.statusCode(),
                    c.description(), Times.format(c.eventDate()), Times.format(c.createdAt()),
                    Times.format(c.updatedAt()));
        }
    }

    /** A page of campaigns. */
    @Schema(name = "CampaignList")
    public record ListView(List<CampaignView> data, @Schema(nullable = true) String nextCursor) {
    }

    @GET
    @Operation(operationId = "listCampaigns", summary = "List campaigns", description = "Keyset-paged; filter by provider_id")
    @APIResponse(responseCode = "200", description = "A page of campaigns")
    public ListView list(@QueryParam("provider_id") String providerId, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor) {
        Optional<ProviderId> provider = Optional.ofNullable(providerId).filter(s -> !s.isBlank())
                .map(s -> new ProviderId(Uuids.tryParse(s)
                        .orElseThrow(() -> DomainException.invalidField("provider_id", "must be a UUID"))));
        Page<Campaign> page = queries.list(provider, cursors.request(LIST, limit, cursor));
        return cursors.answer(LIST, page, CampaignView::of, ListView::new);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCampaign", summary = "Get a campaign", description = "By our id or by Zipwhip's campaign id")
    @APIResponse(responseCode = "200", description = "The campaign")
    @APIResponse(responseCode = "404", description = "campaigns.not_found")
    public CampaignView get(@PathParam("id") String id) {
        return CampaignView.of(queries.get(PathIds.reference(ErrorCode.CAMPAIGN_NOT_FOUND, id)));
    }
}
