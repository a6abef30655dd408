package io.cloudsync.hub.sandbox.store.generate;

import io.cloudsync.hub.sandbox.store.model.Address;
import io.cloudsync.hub.sandbox.store.model.Customer;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import io.cloudsync.hub.sandbox.store.model.Slug;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** Customers (a share of them guests) with one or two Spanish addresses each. */
final class CustomerGenerator {

    private static final long DAY = 86_400L;
    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String BCRYPT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final ShopData data;
    private final GenerationPlan plan;
    private final SplittableRandom random;
    private int nextAddress = 1;

    CustomerGenerator(ShopData data, GenerationPlan plan) {
        this.data = data;
        this.plan = plan;
        this.random = Seeds.stream(plan.seed(), "customers");
    }

    void generate() {
        long start = plan.start().getEpochSecond();
        for (int id = 1; id <= plan.customers(); id++) {
            boolean female = random.nextBoolean();
            String firstname = Seeds.pick(random, female ? Vocabulary.FIRST_NAMES_FEMALE : Vocabulary.FIRST_NAMES_MALE);
            String lastname = Seeds.pick(random, Vocabulary.SURNAMES) + " " + Seeds.pick(random, Vocabulary.SURNAMES);
            String email = Slug.of(firstname).replace("-", "") + "." + Slug.of(lastname).replace("-", ".") + id
                    + "@example.com";
            boolean guest = Seeds.chance(random, 0.1);
            long added = wall(start - DAY - random.nextLong(3 * 365 * DAY));
            boolean newsletter = Seeds.chance(random, 0.4);
            long birthday = Seeds.chance(random, 0.3) ? ShopTime.ZERO
                    : ShopTime.of(LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28))
                    .atStartOfDay());
            int lang = 1 + (Seeds.chance(random, 0.8) ? 0 : random.nextInt(data.languages.count()));
            String company = Seeds.chance(random, 0.08) ? "Distribuciones " + lastname.split(" ")[0] + " S.L." : "";
            data.customers.put(id, new Customer(id, guest ? 2 : 3, lang, newsletter ? added : ShopTime.ZERO, added,
                    Seeds.hex(random, 32), guest ? "" : bcrypt(), lastname, firstname, email, female ? 2 : 1, birthday,
                    newsletter, Seeds.chance(random, 0.3), company, !Seeds.chance(random, 0.03), guest, added, added,
                    new int[] {guest ? 2 : 3}));
            int addresses = Seeds.chance(random, 0.25) ? 2 : 1;
            for (int a = 0; a < addresses; a++) {
                address(id, firstname, lastname, company, added, a);
            }
        }
    }

    private void address(int customerId, String firstname, String lastname, String company, long added, int index) {
        Vocabulary.City city = Seeds.pick(random, Vocabulary.CITIES);
        int dniNumber = 10_000_000 + random.nextInt(89_999_999);
        String dni = dniNumber + "" + NIF_LETTERS.charAt(dniNumber % 23);
        String postcode = city.postcodePrefix() + String.format("%03d", random.nextInt(1000));
        String address2 = Seeds.chance(random, 0.6) ? (1 + random.nextInt(8)) + "º " + (char) ('A' + random.nextInt(4)) : "";
        int id = nextAddress++;
        data.addresses.put(id, new Address(id, customerId, 6, city.stateId(), index == 0 ? "Mi dirección" : "Trabajo",
                company, lastname, firstname, company.isEmpty() ? "" : "B" + (10_000_000 + random.nextInt(89_999_999)),
                Seeds.pick(random, Vocabulary.STREETS) + " " + (1 + random.nextInt(180)), address2, postcode,
                city.name(), Seeds.chance(random, 0.3) ? "9" + (10_000_000 + random.nextInt(89_999_999)) : "",
                "6" + (10_000_000 + random.nextInt(89_999_999)), dni, added, added));
    }

    private String bcrypt() {
        StringBuilder hash = new StringBuilder("$2y$10$");
        for (int i = 0; i < 53; i++) {
            hash.append(BCRYPT_ALPHABET.charAt(random.nextInt(BCRYPT_ALPHABET.length())));
        }
        return hash.toString();
    }

    private long wall(long epochSecond) {
        return ShopTime.of(Instant.ofEpochSecond(epochSecond), plan.zone());
    }
}
