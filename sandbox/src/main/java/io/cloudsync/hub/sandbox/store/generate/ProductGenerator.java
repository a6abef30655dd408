package io.cloudsync.hub.sandbox.store.generate;

import io.cloudsync.hub.sandbox.store.model.Combination;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.Product;
import io.cloudsync.hub.sandbox.store.model.ProductImage;
import io.cloudsync.hub.sandbox.store.model.ProductTexts;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import io.cloudsync.hub.sandbox.store.model.Slug;
import io.cloudsync.hub.sandbox.store.model.SpecificPrice;
import io.cloudsync.hub.sandbox.store.model.StockAvailable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

/** Products with their combinations, stock rows, images and specific prices. */
final class ProductGenerator {

    private static final long DAY = 86_400L;
    private static final double[] REDUCTIONS = {0.10, 0.15, 0.20, 0.25, 0.30, 0.40, 0.50};
    private static final int[] AMOUNTS_CENTS = {200, 500, 1000};

    private final ShopData data;
    private final GenerationPlan plan;
    private final ReferenceData reference;
    private final SplittableRandom random;
    private final long startSecond;
    private int nextCombination = 1;
    private int nextStock = 1;
    private int nextImage = 1;
    private int nextSpecificPrice = 1;
    private String previousReference = "";

    ProductGenerator(ShopData data, GenerationPlan plan, ReferenceData reference) {
        this.data = data;
        this.plan = plan;
        this.reference = reference;
        this.random = Seeds.stream(plan.seed(), "products");
        this.startSecond = plan.start().getEpochSecond();
    }

    void generate() {
        for (int id = 1; id <= plan.products(); id++) {
            product(id);
        }
    }

    private void product(int id) {
        int kindIndex = random.nextInt(Vocabulary.KINDS.size());
        ProductKind kind = Vocabulary.KINDS.get(kindIndex);
        int material = kind.materials().isEmpty() ? -1 : Seeds.pick(random, kind.materials());
        int collection = random.nextInt(Vocabulary.COLLECTIONS.size());
        BigDecimal taxFactor = taxFactor(kind.taxRulesGroupId());
        long priceMicros = excludingTax(shelfPriceCents(kind), taxFactor);

        long addedSecond = startSecond - DAY - random.nextLong(729 * DAY);
        long updatedSecond = addedSecond + random.nextLong(startSecond - addedSecond);
        long dateAdd = wall(addedSecond);
        long dateUpd = wall(updatedSecond);

        String productReference = References.forProduct(id, kind, Vocabulary.COLLECTIONS.get(collection), previousReference);
        previousReference = productReference;
        int[] imageIds = images(id);
        int[] combinationIds = combinations(id, kind, productReference, taxFactor, imageIds);
        int stockSum = stock(id, combinationIds);
        boolean discounted = Seeds.chance(random, 0.15);
        if (discounted) {
            specificPrice(id, combinationIds[0], priceMicros, taxFactor);
        }

        Product.Builder product = new Product.Builder();
        product.id = id;
        product.manufacturerId = manufacturer(kind);
        product.defaultCategoryId = kind.categoryId();
        product.categoryIds = categories(kind, addedSecond, discounted);
        product.taxRulesGroupId = kind.taxRulesGroupId();
        product.reference = productReference;
        product.ean13 = id % 50 == 7 ? "" : Ean13.of(id * 8L);
        product.priceMicros = priceMicros;
        product.wholesalePriceMicros = Micros.round(priceMicros * (35 + random.nextInt(16)) / 100, 2);
        product.weightMicros = Seeds.chance(random, 0.05) ? 0 : kind.weightGrams() * (800L + random.nextInt(401));
        long[] dimensions = dimensions(kind);
        product.widthMicros = dimensions[0];
        product.heightMicros = dimensions[1];
        product.depthMicros = dimensions[2];
        product.staleQuantity = id % 2 == 1 ? stockSum : 0;
        product.active = !Seeds.chance(random, 0.03);
        product.onSale = discounted && random.nextBoolean();
        product.condition = conditionOf(random.nextInt(100));
        product.visibility = visibilityOf(random.nextInt(100));
        product.dateAdd = dateAdd;
        product.dateUpd = dateUpd;
        product.shopDateUpd = dateUpd;
        product.texts = ProductTexts.from(new ProductWording((short) kindIndex, (short) material, (short) collection));
        product.imageIds = imageIds;
        product.featureValueIds = features(material);
        data.products.put(id, product.build());
    }

    private int shelfPriceCents(ProductKind kind) {
        int euros = (kind.minPriceCents() + random.nextInt(kind.maxPriceCents() - kind.minPriceCents() + 1)) / 100;
        int[] endings = {95, 99, 0, 50};
        return euros * 100 + endings[random.nextInt(endings.length)];
    }

    private BigDecimal taxFactor(int taxRulesGroupId) {
        long rate = data.taxRate(taxRulesGroupId, io.cloudsync.hub.sandbox.store.model.PriceCalculator.DEFAULT_COUNTRY);
        return BigDecimal.ONE.add(Micros.toDecimal(rate).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64));
    }

    /** What the back office stores when the owner types a tax-included price: six decimals, tax excluded. */
    private static long excludingTax(long cents, BigDecimal taxFactor) {
        return Micros.of(BigDecimal.valueOf(cents, 2).divide(taxFactor, 6, RoundingMode.HALF_UP));
    }

    private long wall(long epochSecond) {
        return ShopTime.of(Instant.ofEpochSecond(epochSecond), plan.zone());
    }

    private int[] images(int productId) {
        int roll = random.nextInt(100);
        int count = roll < 30 ? 1 : roll < 65 ? 2 : roll < 90 ? 3 : 4;
        int[] ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = nextImage++;
            data.images.put(ids[i], new ProductImage(ids[i], productId, i + 1, i == 0));
        }
        return ids;
    }

    private int[] combinations(int productId, ProductKind kind, String productReference, BigDecimal taxFactor,
                               int[] imageIds) {
        int wanted = 1 + random.nextInt(6);
        int[][] attributes = switch (kind.options()) {
            case SIZE_AND_COLOUR -> sizedColours(wanted, reference.sizeIds());
            case SHOE_SIZE_AND_COLOUR -> sizedColours(wanted, reference.shoeSizeIds());
            case COLOUR -> colours(wanted);
            case FOOD_FORMAT -> formats(wanted, reference.foodFormatIds());
            case BOOK_FORMAT -> formats(wanted, reference.bookFormatIds());
        };
        int[] ids = new int[attributes.length];
        for (int k = 0; k < attributes.length; k++) {
            int id = nextCombination++;
            int[] optionValues = attributes[k].clone();
            Arrays.sort(optionValues);
            long impact = excludingTax(impactCents(kind, attributes[k]), taxFactor);
            int image = imageIds[colourPosition(attributes[k]) % imageIds.length];
            String codes = attributeCodes(attributes[k]);
            int quantity = Seeds.chance(random, 0.12) ? 0 : 1 + random.nextInt(60);
            data.combinations.put(id, new Combination(id, productId,
                    References.forCombination(id, productReference, codes), Ean13.of(productId * 8L + k + 1), impact,
                    0, 0, quantity, 1, k == 0, optionValues, new int[] {image}, Map.of()));
            ids[k] = id;
        }
        data.combinationsOfProduct.set(productId, ids);
        return ids;
    }

    /** Pairs (size, colour): one to three colours, consecutive sizes, colour by colour. */
    private int[][] sizedColours(int wanted, int[] sizeIds) {
        int colourCount = Math.min(wanted, 1 + random.nextInt(3));
        int sizeCount = Math.min(sizeIds.length, (wanted + colourCount - 1) / colourCount);
        int firstSize = random.nextInt(sizeIds.length - sizeCount + 1);
        int[] colours = distinctColours(colourCount);
        int[][] pairs = new int[Math.min(wanted, colourCount * sizeCount)][];
        int n = 0;
        for (int c = 0; c < colourCount && n < pairs.length; c++) {
            for (int s = 0; s < sizeCount && n < pairs.length; s++) {
                pairs[n++] = new int[] {sizeIds[firstSize + s], colours[c]};
            }
        }
        return pairs;
    }

    private int[][] colours(int wanted) {
        int[] colours = distinctColours(wanted);
        int[][] single = new int[wanted][];
        for (int i = 0; i < wanted; i++) {
            single[i] = new int[] {colours[i]};
        }
        return single;
    }

    private static int[][] formats(int wanted, int[] formatIds) {
        int count = Math.min(wanted, formatIds.length);
        int[][] single = new int[count][];
        for (int i = 0; i < count; i++) {
            single[i] = new int[] {formatIds[i]};
        }
        return single;
    }

    /** Distinct colours, usually everyday ones, sometimes an exotic name. */
    private int[] distinctColours(int count) {
        int[] chosen = new int[count];
        int regular = (int) Vocabulary.COLOURS.stream().filter(colour -> !colour.exotic()).count();
        for (int i = 0; i < count; i++) {
            int candidate;
            do {
                candidate = Seeds.chance(random, 0.1) ? regular + random.nextInt(Vocabulary.COLOURS.size() - regular)
                        : random.nextInt(regular);
            } while (contains(chosen, i, reference.colourIds()[candidate]));
            chosen[i] = reference.colourIds()[candidate];
        }
        return chosen;
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private int impactCents(ProductKind kind, int[] attributes) {
        for (int value : attributes) {
            int size = indexOf(reference.sizeIds(), value);
            if (size == 4) {
                return 200;
            }
            if (size == 5) {
                return 300;
            }
            int food = indexOf(reference.foodFormatIds(), value);
            if (food >= 0) {
                return Vocabulary.FOOD_FORMATS.get(food).impactCents();
            }
            int book = indexOf(reference.bookFormatIds(), value);
            if (book >= 0) {
                return Vocabulary.BOOK_FORMATS.get(book).impactCents();
            }
        }
        return 0;
    }

    private int colourPosition(int[] attributes) {
        for (int value : attributes) {
            int colour = indexOf(reference.colourIds(), value);
            if (colour >= 0) {
                return colour;
            }
        }
        return 0;
    }

    private String attributeCodes(int[] attributes) {
        StringBuilder codes = new StringBuilder();
        for (int value : attributes) {
            if (codes.length() > 0) {
                codes.append('-');
            }
            int colour = indexOf(reference.colourIds(), value);
            if (colour >= 0) {
                codes.append(String.format("C%02d", colour));
            } else {
                codes.append(Slug.ofShortCode(data.optionValues.get(value).name().get(0)));
            }
        }
        return codes.toString();
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Stock rows: the product row first (the sum), then one per combination with its generated quantity. */
    private int stock(int productId, int[] combinationIds) {
        int[] rows = new int[combinationIds.length + 1];
        int productRow = nextStock++;
        rows[0] = productRow;
        int sum = 0;
        for (int k = 0; k < combinationIds.length; k++) {
            int quantity = data.combinations.get(combinationIds[k]).staleQuantity();
            sum += quantity;
            int id = nextStock++;
            rows[k + 1] = id;
            data.stockAvailables.put(id, new StockAvailable(id, productId, combinationIds[k], quantity, false, 2, ""));
        }
        data.stockAvailables.put(productRow, new StockAvailable(productRow, productId, 0, sum, false, 2, ""));
        data.stockOfProduct.set(productId, rows);
        return sum;
    }

    private void specificPrice(int productId, int firstCombinationId, long priceMicros, BigDecimal taxFactor) {
        int id = nextSpecificPrice++;
        long from = ShopTime.ZERO;
        long to = ShopTime.ZERO;
        int window = random.nextInt(100);
        if (window >= 75) {
            long[][] windows = {{-10, 20}, {-60, -30}, {10, 40}};
            long[] chosen = windows[(window - 75) % 3];
            from = wall(startSecond + chosen[0] * DAY);
            to = wall(startSecond + chosen[1] * DAY);
        }
        int combinationId = Seeds.chance(random, 0.1) ? firstCombinationId : 0;
        long shelfMicros = Micros.of(Micros.toDecimal(priceMicros).multiply(taxFactor));
        boolean amount = Seeds.chance(random, 0.3);
        long reduction = Micros.ofCents(AMOUNTS_CENTS[random.nextInt(AMOUNTS_CENTS.length)]);
        if (amount && reduction * 2 < shelfMicros) {
            boolean taxIncluded = !Seeds.chance(random, 0.2);
            data.specificPrices.put(id, new SpecificPrice(id, productId, combinationId, 0, 0, 1, -Micros.ONE,
                    reduction, taxIncluded, SpecificPrice.AMOUNT, from, to));
        } else {
            long percentage = Micros.of(BigDecimal.valueOf(REDUCTIONS[random.nextInt(REDUCTIONS.length)]));
            data.specificPrices.put(id, new SpecificPrice(id, productId, combinationId, 0, 0, 1, -Micros.ONE,
                    percentage, true, SpecificPrice.PERCENTAGE, from, to));
        }
        data.specificPricesOfProduct.set(productId, new int[] {id});
    }

    private int manufacturer(ProductKind kind) {
        if (Seeds.chance(random, 0.03)) {
            return 0;
        }
        return switch (kind.family()) {
            case FOOD -> reference.manufacturerIds().get(10);
            case BOOKS -> reference.manufacturerIds().get(11);
            case HOME -> reference.manufacturerIds().get(8 + random.nextInt(2));
            default -> reference.manufacturerIds().get(random.nextInt(8));
        };
    }

    private int[] categories(ProductKind kind, long addedSecond, boolean discounted) {
        int parent = data.categories.get(kind.categoryId()).parentId();
        boolean recent = startSecond - addedSecond < 30 * DAY;
        int[] ids = new int[3 + (recent ? 1 : 0) + (discounted ? 1 : 0)];
        int n = 0;
        ids[n++] = Vocabulary.HOME_CATEGORY;
        ids[n++] = parent;
        ids[n++] = kind.categoryId();
        if (recent) {
            ids[n++] = Vocabulary.NEW_ARRIVALS_CATEGORY;
        }
        if (discounted) {
            ids[n] = Vocabulary.SALE_CATEGORY;
        }
        Arrays.sort(ids);
        return ids;
    }

    private long[] dimensions(ProductKind kind) {
        if (Seeds.chance(random, 0.1)) {
            return new long[] {0, 0, 0};
        }
        int[] centimetres = switch (kind.family()) {
            case CLOTHING -> new int[] {30, 40, 3};
            case FOOTWEAR -> new int[] {33, 22, 12};
            case ACCESSORIES -> new int[] {30, 25, 10};
            case HOME -> kind.prefix().equals("TAZ") ? new int[] {12, 9, 9} : new int[] {45, 45, 12};
            case FOOD -> new int[] {8, 8, 25};
            case BOOKS -> new int[] {20, 26, 3};
        };
        long[] micros = new long[3];
        for (int i = 0; i < 3; i++) {
            micros[i] = Micros.ONE * centimetres[i];
        }
        return micros;
    }

    private int[] features(int material) {
        int style = reference.styleValueIds()[random.nextInt(reference.styleValueIds().length)];
        int origin = reference.originValueIds()[random.nextInt(reference.originValueIds().length)];
        if (material < 0) {
            return new int[] {style, origin};
        }
        int composition = reference.compositionValueIds()[Vocabulary.MATERIALS.get(material).compositionValue()];
        return new int[] {composition, style, origin};
    }

    private static String conditionOf(int roll) {
        return roll < 98 ? "new" : roll == 98 ? "refurbished" : "used";
    }

    private static String visibilityOf(int roll) {
        return roll < 96 ? "both" : roll < 98 ? "search" : roll == 98 ? "catalog" : "none";
    }
}
