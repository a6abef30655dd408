package io.cloudsync.hub.storeorders;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The store ids a marketplace order refers to: language, currency, carrier, customer group, the country of its
 * addresses with that country's states (name and ISO code → id), the paid and cancelled order states, and the
 * "Payment error" state PrestaShop gives an order whose {@code total_paid} is not its cart's total.
 */
public record StoreDirectory(long languageId, long currencyId, long carrierId, long customerGroupId, long countryId,
                             Map<String, Long> states, long paidStateId, long cancelledStateId,
                             long paymentErrorStateId) {

    /** Names buyers use for one state besides its official one (Mexico's capital above all): tried in turn. */
    private static final List<List<String>> SAME_STATE = List.of(
            List.of("ciudad de mexico", "distrito federal", "cdmx", "df", "d.f.", "mexico city", "cd. de mexico"),
            List.of("estado de mexico", "mexico", "edomex", "edo. de mexico", "edo mex"),
            List.of("veracruz", "veracruz de ignacio de la llave"),
            List.of("coahuila", "coahuila de zaragoza"),
            List.of("michoacan", "michoacan de ocampo"));

    public StoreDirectory {
        Map<String, Long> keyed = new HashMap<>();
        states.forEach((name, id) -> keyed.put(key(name), id));
        states = Map.copyOf(keyed);
    }

    /** The store's state for what the buyer wrote (name or ISO code, accents and case aside). */
    public Optional<Long> stateId(String estado) {
        String key = key(estado);
        Long id = states.get(key);
        if (id != null) {
            return Optional.of(id);
        }
        return SAME_STATE.stream().filter(names -> names.contains(key)).flatMap(List::stream)
                .map(states::get).filter(java.util.Objects::nonNull).findFirst();
    }

    /** Whether the store told which states the country has (a key without the right to {@code states} cannot read them). */
    public boolean knowsStates() {
        return !states.isEmpty();
    }

    static String key(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
