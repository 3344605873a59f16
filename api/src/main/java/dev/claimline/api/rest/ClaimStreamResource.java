package dev.claimline.api.rest;

import dev.claimline.api.dto.ClaimJson;
import dev.claimline.api.mapping.ResponseMapper;
import dev.claimline.persistence.live.LiveClaims;
import dev.claimline.persistence.view.StoredClaim;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Claims as they are stored, as server-sent events: the dashboard's pages listen here to update themselves. Claims
 * stored by any replica on the same database arrive (see {@link LiveClaims}).
 */
@Path("/api/claims/stream")
@Tag(name = "Claims")
public class ClaimStreamResource {
    /** The event name of a stored claim. */
    public static final String CLAIM_EVENT = "claim";
    /** A comment this often keeps proxies from closing a quiet stream. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(20);
    /** How long a client waits before reconnecting after the stream broke. */
    static final long RECONNECT_MILLIS = 3000;

    private final LiveClaims live;

    public ClaimStreamResource(LiveClaims live) {
        this.live = live;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            summary = "Newly stored claims, as they arrive",
            description = "A text/event-stream that sends one event named \"claim\" per claim stored from now on, by"
                    + " this or any other replica: its id is the claim id and its data the claim's JSON, as"
                    + " /api/claims/{id} gives it. A claim that a new article reports again is sent again. Comments"
                    + " keep the stream alive; claims stored while a client was disconnected are not replayed.")
    @APIResponse(responseCode = "200", description = "The event stream; it stays open")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        OutboundSseEvent opened = sse.newEventBuilder()
                .comment("claims stored from now on")
                .reconnectDelay(RECONNECT_MILLIS)
                .build();
        OutboundSseEvent keepAlive = sse.newEventBuilder().comment("keep-alive").build();
        // Ends when the claims end (at shutdown) or the client goes, and with it the keep-alive comments.
        return Multi.createFrom().emitter(emitter -> {
            AtomicReference<Cancellable> claims = new AtomicReference<>();
            ScheduledFuture<?> ticks = Infrastructure.getDefaultWorkerPool()
                    .scheduleAtFixedRate(
                            () -> emitter.emit(keepAlive),
                            KEEP_ALIVE.toMillis(),
                            KEEP_ALIVE.toMillis(),
                            TimeUnit.MILLISECONDS);
            emitter.onTermination(() -> {
                ticks.cancel(false);
                Cancellable subscription = claims.getAndSet(null);
                if (subscription != null) {
                    subscription.cancel();
                }
            });
            emitter.emit(opened);
            claims.set(live.stream()
                    .subscribe()
                    .with(claim -> emitter.emit(event(sse, claim)), emitter::fail, emitter::complete));
        });
    }

    private static OutboundSseEvent event(Sse sse, StoredClaim claim) {
        return sse.newEventBuilder()
                .name(CLAIM_EVENT)
                .id(Long.toString(claim.id()))
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(ClaimJson.class, ResponseMapper.claim(claim))
                .build();
    }
}
