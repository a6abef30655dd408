package io.cloudsync.hub.marketsync.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.marketsync.stock.StockCutoffWorld.Edit;
import io.cloudsync.hub.marketsync.stock.StockCutoffWorld.Flaw;
import io.cloudsync.hub.marketsync.stock.StockCutoffWorld.Order;
import io.cloudsync.hub.marketsync.stock.StockCutoffWorld.Push;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The proof that the stock exchange with MarketSync cannot oversell: a seeded-random run of thousands of steps
 * over a pure model of MarketSync, the store and the hub ({@link StockCutoffWorld}), interleaving sales on three
 * markets, orders MarketSync lists late, imports into the store in any order (the store creating the order and the
 * hub recording it are separate steps, as a crash between them makes them), store edits (restocks and
 * count-downs), stock reads, pushes of random SKU subsets, and the four stages of cut-off moves, with restarts.
 * <p>
 * <b>What holds at every step, for every SKU s</b> (both sides clamped at 0, as a marketplace shows stock):
 * <pre>
 *   teorico(s) = sent(s) − units of MarketSync's orders of s registered after its cut-off
 *   truth(s)   = store(s) − units of orders of s the store does not hold yet
 *   pushed(s)  = truth(s) − the store edits of s after the count its last push carried was read
 *   (1) teorico(s) ≤ pushed(s)                      never above the truth MarketSync was told
 *   (2) teorico(s) = truth(s)  when every order of s is imported and recorded, its last push read the store
 *       count after the last of those records and after its last store edit, and no order of s lies between
 *       the cut-off that push was computed for and MarketSync's
 * </pre>
 * Why (1) uses the pushed state and not the store as it is: a store edit is a fact MarketSync cannot know until
 * the hub reads it and pushes it. A count-down makes the truth drop at once and MarketSync still shows the old
 * figure; no exchange can prevent that, only shorten it (the stock poll period). What the design must guarantee is
 * that nothing <em>it</em> does — pushing some SKUs and not others, moving the cut-off, counting imports that
 * land at any moment, orders listed late — ever shows more than the truth as of what was pushed. So the edits of s
 * since the count of its last push was read are treated as not yet made; every other event (sales, imports,
 * listings, reads, pushes, moves, restarts) counts at once.
 * <p>
 * Each {@link Flaw} switches off one safeguard; the same run then finds an oversell, which shows the check has
 * teeth and that each safeguard is needed.
 */
class StockCutoffInterleavingTest {

    private static final List<String> SKUS = List.of("SKU-A1", "SKU-B2", "SKU-C3", "SKU-D4", "SKU-E5", "SKU-F6");
    private static final Duration LISTING_DELAY = Duration.ofSeconds(90);
    private static final int STEPS = 20_000;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void marketSyncNeverShowsMoreThanTheTruthAndShowsItOnceImportsAreDone(long seed) {
        StockCutoffWorld world = new StockCutoffWorld(SKUS, seed, Flaw.NONE, LISTING_DELAY);
        Tally tally = new Tally();

        for (int step = 0; step < STEPS; step++) {
            world.tick();
            String event = step(world, quiet(step));
            List<String> broken = check(world, tally);
            assertThat(broken).as("seed %d, step %d (%s)", seed, step, event).isEmpty();
        }
        drain(world);
        List<String> broken = check(world, tally);

        assertThat(broken).as("after every order was imported and every SKU pushed").isEmpty();
        for (String sku : SKUS) {
            assertThat(Math.max(0, world.teorico(sku))).as("teorico of %s at the end", sku).isEqualTo(
                    Math.max(0, truth(world, sku)));
        }
        assertThat(tally.movesSeen).as("cut-off moves completed").isGreaterThan(20);
        assertThat(tally.equalityChecks).as("steps where teorico had to equal the truth").isGreaterThan(1_000);
        assertThat(world.orders.size()).as("orders").isGreaterThan(500);
    }

    @ParameterizedTest
    @EnumSource(value = Flaw.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void withoutEachSafeguardTheSameRunOversells(Flaw flaw) {
        int oversold = 0;
        for (long seed = 1; seed <= 5 && oversold == 0; seed++) {
            StockCutoffWorld world = new StockCutoffWorld(SKUS, seed, flaw, LISTING_DELAY);
            Tally tally = new Tally();
            for (int step = 0; step < STEPS && oversold == 0; step++) {
                world.tick();
                step(world, quiet(step));
                oversold += (int) check(world, tally).stream().filter(text -> text.contains("above")).count();
            }
        }
        assertThat(oversold).as("oversells found with %s", flaw).isPositive();
    }

    /** Busy stretches of sales alternate with quiet ones, in which the imports catch up. */
    private static boolean quiet(int step) {
        return step / 500 % 2 == 1;
    }

    /** One random event. */
    private static String step(StockCutoffWorld world, boolean quiet) {
        int roll = world.random.nextInt(100);
        if (roll < 20) {
            if (!quiet || world.random.nextInt(20) == 0) {
                world.sale();
            }
            return "sale";
        } else if (roll < 35) {
            world.storeCreatesOrder();
            return "store creates an order";
        } else if (roll < 50) {
            world.hubRecordsImport();
            return "hub records an import";
        } else if (roll < 58) {
            world.storeEdit();
            return "store edit";
        } else if (roll < 66) {
            world.pollOrders();
            return "order poll";
        } else if (roll < 74) {
            world.readStock();
            return "stock read";
        } else if (roll < 86) {
            world.partialPush();
            return "partial push";
        } else if (roll < 90) {
            world.beginMove();
            return "move: begin";
        } else if (roll < 93) {
            world.pushTouched();
            return "move: push";
        } else if (roll < 96) {
            world.postCutoff();
            return "move: post";
        } else if (roll < 99) {
            world.completeMove();
            return "move: complete";
        }
        world.crash();
        return "restart";
    }

    /** Every order listed, imported and recorded, every count read, the move finished, every SKU pushed. */
    private static void drain(StockCutoffWorld world) {
        world.tick();
        world.tick();
        world.msNow = world.msNow.plus(LISTING_DELAY);
        world.pollOrders();
        for (Order order : world.orders) {
            if (!order.inStore) {
                order.inStore = true;
                world.store.merge(order.sku, -order.units, Integer::sum);
            }
        }
        world.tick();
        world.orders.stream().filter(o -> o.recordedAt == null).forEach(o -> o.recordedAt = world.hubNow());
        world.tick();
        world.readStockOfEverySku();
        world.tick();
        world.pushTouched();
        world.postCutoff();
        world.completeMove();
        world.push(world.skus);
    }

    private static final class Tally {
        int equalityChecks;
        int movesSeen;
        Instant lastCutoff;
    }

    private static List<String> check(StockCutoffWorld world, Tally tally) {
        if (tally.lastCutoff != null && !tally.lastCutoff.equals(world.msCutoff)) {
            tally.movesSeen++;
        }
        tally.lastCutoff = world.msCutoff;
        List<String> broken = new ArrayList<>();
        for (String sku : world.skus) {
            int teorico = Math.max(0, world.teorico(sku));
            Push push = world.lastPush.get(sku);
            int pushed = Math.max(0, truth(world, sku) - editsAfter(world, sku, push.countReadAt()));
            if (teorico > pushed) {
                broken.add(sku + ": teorico " + teorico + " above the pushed truth " + pushed);
            }
            if (mustBeExact(world, sku, push)) {
                tally.equalityChecks++;
                int truth = Math.max(0, truth(world, sku));
                if (teorico != truth) {
                    broken.add(sku + ": teorico " + teorico + " is not the truth " + truth);
                }
            }
        }
        return broken;
    }

    private static int truth(StockCutoffWorld world, String sku) {
        int notInStore = world.ordersBySku.get(sku).stream().filter(o -> !o.inStore).mapToInt(o -> o.units).sum();
        return world.store.get(sku) - notInStore;
    }

    private static int editsAfter(StockCutoffWorld world, String sku, Instant readAt) {
        return world.edits.get(sku).stream().filter(e -> e.at().isAfter(readAt)).mapToInt(Edit::delta).sum();
    }

    private static boolean mustBeExact(StockCutoffWorld world, String sku, Push push) {
        Instant lastRecord = Instant.MIN;
        for (Order order : world.ordersBySku.get(sku)) {
            if (order.recordedAt == null) {
                return false;
            }
            lastRecord = order.recordedAt.isAfter(lastRecord) ? order.recordedAt : lastRecord;
        }
        if (lastRecord.isAfter(push.countReadAt()) || editsSince(world, sku, push.countReadAt())) {
            return false;
        }
        Instant from = push.basis().isBefore(world.msCutoff) ? push.basis() : world.msCutoff;
        Instant to = push.basis().isBefore(world.msCutoff) ? world.msCutoff : push.basis();
        return world.ordersBySku.get(sku).stream()
                .noneMatch(o -> o.registeredAt.isAfter(from) && !o.registeredAt.isAfter(to));
    }

    private static boolean editsSince(StockCutoffWorld world, String sku, Instant readAt) {
        return world.edits.get(sku).stream().anyMatch(e -> e.at().isAfter(readAt));
    }
}
