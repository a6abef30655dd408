package io.cloudsync.hub.marketsync.sink;

import static io.cloudsync.hub.marketsync.sink.PublicationState.FULFILLMENT;
import static io.cloudsync.hub.marketsync.sink.PublicationState.PARCIAL;
import static io.cloudsync.hub.marketsync.sink.PublicationState.PUBLICAR;
import static io.cloudsync.hub.marketsync.sink.PublicationState.SUSPENDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of a product's publication: what each state lets through, and which changes the hub drives. */
class PublicationTest {

    private static final Set<Long> MARKETS = Set.of(1L, 4L, 6L);

    @Test
    void aProductPublishedEverywhereTakesEverything() {
        Publication publication = Publication.of(wanted(), Map.of());

        assertThat(publication.takesContent()).isTrue();
        assertThat(publication.takesStock()).isTrue();
        assertThat(publication.takesPrice(4)).isTrue();
        assertThat(publication.changes()).isEmpty();
    }

    @Test
    void suspendedOnOneMarketHoldsBackOnlyThatMarketsPrice() {
        Publication publication = Publication.of(wanted(), Map.of(4L, SUSPENDER));

        assertThat(publication.takesPrice(4)).isFalse();
        assertThat(publication.takesPrice(6)).isTrue();
        assertThat(publication.takesContent()).isTrue();
        assertThat(publication.takesStock()).isTrue();
        assertThat(publication.changes()).as("a seller's suspension is never lifted by the hub").isEmpty();
    }

    @Test
    void suspendedEverywhereTakesNothing() {
        Publication publication = Publication.of(wanted(), Map.of(1L, SUSPENDER, 4L, SUSPENDER, 6L, SUSPENDER));

        assertThat(publication.takesContent()).isFalse();
        assertThat(publication.takesStock()).isFalse();
        assertThat(MARKETS).noneMatch(publication::takesPrice);
    }

    @Test
    void parcialEverywhereTakesStockAndPricesButNoContent() {
        Publication publication = Publication.of(wanted(), Map.of(1L, PARCIAL, 4L, PARCIAL, 6L, PARCIAL));

        assertThat(publication.takesContent()).isFalse();
        assertThat(publication.takesStock()).isTrue();
        assertThat(MARKETS).allMatch(publication::takesPrice);
    }

    @Test
    void parcialOnOneMarketStillLetsContentGoToTheOthers() {
        assertThat(Publication.of(wanted(), Map.of(4L, PARCIAL)).takesContent()).isTrue();
        assertThat(Publication.of(wanted(), Map.of(1L, PARCIAL, 4L, PARCIAL, 6L, SUSPENDER)).takesContent())
                .isFalse();
    }

    @Test
    void stockGoesWhileOneMarketStillTakesTheSellersStock() {
        assertThat(Publication.of(wanted(), Map.of(1L, FULFILLMENT, 4L, FULFILLMENT, 6L, FULFILLMENT)).takesStock())
                .as("every market ships from its own warehouse").isFalse();
        assertThat(Publication.of(wanted(), Map.of(1L, FULFILLMENT, 4L, SUSPENDER, 6L, FULFILLMENT)).takesStock())
                .isFalse();
        assertThat(Publication.of(wanted(), Map.of(1L, FULFILLMENT, 4L, FULFILLMENT)).takesStock())
                .as("Amazon (6) reports nothing: published, takes stock").isTrue();
        Publication fulfilled = Publication.of(wanted(), Map.of(1L, FULFILLMENT, 4L, FULFILLMENT, 6L, FULFILLMENT));
        assertThat(fulfilled.takesContent()).isTrue();
        assertThat(MARKETS).allMatch(fulfilled::takesPrice);
    }

    @Test
    void aDeactivatedProductIsSuspendedWhereItIsNotAlreadyAndThenTakesNothing() {
        Publication publication = Publication.of(unwanted(MARKETS, Map.of()), Map.of(6L, SUSPENDER));

        assertThat(publication.changes()).containsExactlyInAnyOrderEntriesOf(Map.of(1L, SUSPENDER, 4L, SUSPENDER));
        assertThat(publication.takesContent()).isFalse();
        assertThat(publication.takesStock()).isFalse();
        assertThat(MARKETS).noneMatch(publication::takesPrice);
    }

    @Test
    void aSuspensionTheHubSentIsNotSentAgain() {
        Publication publication = Publication.of(unwanted(MARKETS, Map.of(1L, SUSPENDER, 4L, SUSPENDER, 6L, SUSPENDER)),
                Map.of(1L, SUSPENDER, 4L, SUSPENDER, 6L, SUSPENDER));

        assertThat(publication.changes()).isEmpty();
    }

    @Test
    void aSuspensionTheSellerLiftedWhileTheProductIsInactiveIsNotFought() {
        Publication publication = Publication.of(unwanted(MARKETS, Map.of(4L, SUSPENDER)), Map.of());

        assertThat(publication.changes()).doesNotContainKey(4L).containsKeys(1L, 6L);
        assertThat(publication.takesPrice(4)).isTrue();
    }

    @Test
    void aReactivatedProductIsPublishedAgainOnlyWhereTheHubSuspendedIt() {
        Map<Long, PublicationState> sent = Map.of(1L, SUSPENDER, 4L, SUSPENDER);
        Publication publication = Publication.of(new PublicationIntent(MARKETS, Set.of(), sent),
                Map.of(1L, SUSPENDER, 4L, SUSPENDER, 6L, SUSPENDER));

        assertThat(publication.changes()).as("6 was suspended by the seller")
                .containsExactlyInAnyOrderEntriesOf(Map.of(1L, PUBLICAR, 4L, PUBLICAR));
        assertThat(publication.takesContent()).isTrue();
        assertThat(publication.takesPrice(4)).isTrue();
        assertThat(publication.takesPrice(6)).isFalse();
    }

    @Test
    void aHubSuspensionTheSellerAlreadyLiftedIsReleasedNotPublishedAgain() {
        Publication publication = Publication.of(new PublicationIntent(MARKETS, Set.of(), Map.of(4L, SUSPENDER)),
                Map.of(4L, PARCIAL));

        assertThat(publication.changes()).isEmpty();
        assertThat(publication.released()).containsExactly(4L);
    }

    @Test
    void anExcludedMarketIsSuspendedAndNeverPublished() {
        Publication publication = Publication.of(unwanted(Set.of(6L), Map.of()), Map.of());

        assertThat(publication.changes()).containsExactlyEntriesOf(Map.of(6L, SUSPENDER));
        assertThat(publication.takesPrice(6)).isFalse();
        assertThat(publication.takesStock()).isTrue();
    }

    @Test
    void aChangeMayBeDueOnlyWhereWhatTheHubWantsDiffersFromWhatItLastSent() {
        assertThat(wanted().mayChange()).isFalse();
        assertThat(unwanted(Set.of(6L), Map.of()).mayChange()).isTrue();
        assertThat(unwanted(Set.of(6L), Map.of(6L, SUSPENDER)).mayChange()).isFalse();
        assertThat(unwanted(Set.of(), Map.of(6L, SUSPENDER)).mayChange()).as("reactivated").isTrue();
        assertThat(unwanted(Set.of(), Map.of(6L, PUBLICAR)).mayChange()).isFalse();
    }

    @Test
    void withoutKnownMarketsNothingIsHeldBack() {
        Publication publication = Publication.of(PublicationIntent.none(), Map.of());

        assertThat(publication.takesContent()).isTrue();
        assertThat(publication.takesStock()).isTrue();
        assertThat(publication.takesPrice(4)).isTrue();
    }

    @Test
    void statesAreReadFromTheProductsPricesAsMarketSyncDocumentsThem() throws Exception {
        var product = new ObjectMapper().readTree("{\"id\": \"55\", \"precios\": ["
                + "{\"id\": \"6\", \"market\": \"Amazon\", \"precio\": \"599.0000\", \"estado\": \"suspender\"},"
                + "{\"id\": \"4\", \"market\": \"Mercado\", \"precio\": \"599.0000\", \"estado\": \"parcial\"},"
                + "{\"id\": \"1\", \"market\": \"Claro\", \"precio\": \"599.0000\", \"estado\": \"otro\"}]}");

        assertThat(Publication.reportedIn(product)).containsExactlyInAnyOrderEntriesOf(Map.of(6L, SUSPENDER,
                4L, PARCIAL));
    }

    private static PublicationIntent wanted() {
        return new PublicationIntent(MARKETS, Set.of(), Map.of());
    }

    private static PublicationIntent unwanted(Set<Long> markets, Map<Long, PublicationState> sent) {
        return new PublicationIntent(MARKETS, markets, sent);
    }
}
