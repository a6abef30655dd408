package io.cloudsync.hub.sandbox.store.generate;

import io.cloudsync.hub.sandbox.store.model.Category;
import io.cloudsync.hub.sandbox.store.model.ConfigurationValue;
import io.cloudsync.hub.sandbox.store.model.Currency;
import io.cloudsync.hub.sandbox.store.model.Feature;
import io.cloudsync.hub.sandbox.store.model.FeatureValue;
import io.cloudsync.hub.sandbox.store.model.Localized;
import io.cloudsync.hub.sandbox.store.model.Manufacturer;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.OptionGroup;
import io.cloudsync.hub.sandbox.store.model.OptionValue;
import io.cloudsync.hub.sandbox.store.model.OrderState;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.ShopRecord;
import io.cloudsync.hub.sandbox.store.model.ShopLanguages;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import io.cloudsync.hub.sandbox.store.model.Slug;
import io.cloudsync.hub.sandbox.store.model.Tax;
import io.cloudsync.hub.sandbox.store.model.TaxRule;
import io.cloudsync.hub.sandbox.store.model.TaxRulesGroup;
import io.cloudsync.hub.sandbox.store.model.PriceCalculator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The tables every shop has before its first product: configuration, taxes, categories, brands, attributes. */
final class ReferenceDataGenerator {

    private final ShopData data;
    private final GenerationPlan plan;
    private final long installed;

    ReferenceDataGenerator(ShopData data, GenerationPlan plan) {
        this.data = data;
        this.plan = plan;
        this.installed = ShopTime.of(plan.start().minus(Duration.ofDays(800)), plan.zone());
    }

    ReferenceData fill() {
        shopAndConfiguration();
        taxes();
        categories();
        for (OrderState state : OrderStates.all(data.languages)) {
            data.orderStates.put(state.id(), state);
        }
        List<Integer> manufacturers = manufacturers();
        int[][] options = options();
        int[][] features = features();
        return new ReferenceData(options[0], options[1], options[2], options[3], options[4], features[0], features[1],
                features[2], manufacturers);
    }

    private void shopAndConfiguration() {
        ShopLanguages languages = data.languages;
        data.shops.put(1, new ShopRecord(1, 1, Vocabulary.HOME_CATEGORY, true, "Tienda Sandbox", "classic"));
        data.currencies.put(1, new Currency(1, new Term("Euro", "Euro").localized(languages),
                Localized.same("€", languages.count()), "EUR", "978", 2, Micros.ONE, true));
        String[][] values = {
                {"PS_LANG_DEFAULT", "1"}, {"PS_CURRENCY_DEFAULT", "1"},
                {"PS_COUNTRY_DEFAULT", Integer.toString(PriceCalculator.DEFAULT_COUNTRY)},
                {"PS_TIMEZONE", plan.zone().getId()}, {"PS_SHOP_NAME", "Tienda Sandbox"},
                {"PS_SHOP_DOMAIN", "127.0.0.1"}, {"PS_REWRITING_SETTINGS", "1"}, {"PS_TAX", "1"},
                {"PS_PRICE_ROUND_MODE", "2"}, {"PS_ROUND_TYPE", "2"}, {"PS_WEIGHT_UNIT", "kg"},
                {"PS_DIMENSION_UNIT", "cm"}, {"PS_STOCK_MANAGEMENT", "1"}, {"PS_WEBSERVICE", "1"},
                {"PS_CUSTOMER_GROUP", "3"}, {"PS_OS_PAYMENT", "2"}, {"PS_OS_SHIPPING", "4"},
                {"PS_OS_DELIVERED", "5"}, {"PS_OS_CANCELED", "6"}, {"PS_LOCALE_LANGUAGE", languages.defaultLanguage().isoCode()},
                {"PS_LOCALE_COUNTRY", "es"}, {"PS_PRODUCT_PICTURE_MAX_SIZE", "8388608"}, {"PS_OS_REFUND", "7"},
                {"PS_OS_ERROR", "8"}};
        for (int i = 0; i < values.length; i++) {
            data.configurations.put(i + 1, new ConfigurationValue(i + 1, values[i][0], values[i][1], installed, installed));
        }
    }

    private void taxes() {
        String[][] groups = {{"ES Standard Rate (21%)", "21"}, {"ES Reduced Rate (10%)", "10"},
                {"ES Super Reduced Rate (4%)", "4"}};
        for (int i = 0; i < groups.length; i++) {
            int id = i + 1;
            data.taxRulesGroups.put(id, new TaxRulesGroup(id, groups[i][0], true, false, installed, installed));
            data.taxes.put(id, new Tax(id, Micros.of(groups[i][1]), true, false,
                    Localized.same("IVA ES " + groups[i][1] + "%", data.languages.count())));
            data.taxRules.put(id, new TaxRule(id, id, PriceCalculator.DEFAULT_COUNTRY, 0, "0", "0", id, 0, ""));
        }
    }

    private void categories() {
        int position = 0;
        for (Vocabulary.CategoryNode node : Vocabulary.CATEGORIES) {
            int level = node.id() == 1 ? 0 : data.categories.get(node.parentId()).levelDepth() + 1;
            Localized name = node.name().localized(data.languages);
            String[] rewrites = new String[data.languages.count()];
            String[] descriptions = new String[data.languages.count()];
            for (var language : data.languages.all()) {
                rewrites[language.index()] = Slug.of(name.get(language.index()));
                descriptions[language.index()] = level < 2 ? "" : "<p>" + name.get(language.index()) + "</p>";
            }
            data.categories.put(node.id(), new Category(node.id(), node.parentId(), level, true, node.id() == 2,
                    position++, installed, installed, name, Localized.of(rewrites), Localized.of(descriptions)));
        }
    }

    private List<Integer> manufacturers() {
        List<Integer> ids = new ArrayList<>();
        Term about = new Term("<p>Marca independiente con taller propio.</p>", "<p>Independent brand with its own workshop.</p>");
        for (String name : Vocabulary.MANUFACTURERS) {
            int id = ids.size() + 1;
            data.manufacturers.put(id, new Manufacturer(id, name, true, installed, installed,
                    about.localized(data.languages), Localized.same("", data.languages.count())));
            ids.add(id);
        }
        return ids;
    }

    private int[][] options() {
        ShopLanguages languages = data.languages;
        data.optionGroups.put(1, new OptionGroup(1, false, "select", 0, Vocabulary.SIZE_GROUP.localized(languages),
                Vocabulary.SIZE_GROUP.localized(languages)));
        data.optionGroups.put(2, new OptionGroup(2, true, "color", 1, Vocabulary.COLOUR_GROUP.localized(languages),
                Vocabulary.COLOUR_GROUP.localized(languages)));
        data.optionGroups.put(3, new OptionGroup(3, false, "select", 2,
                Vocabulary.SHOE_SIZE_GROUP.localized(languages), Vocabulary.SHOE_SIZE_GROUP.localized(languages)));
        data.optionGroups.put(4, new OptionGroup(4, false, "radio", 3, Vocabulary.FORMAT_GROUP.localized(languages),
                Vocabulary.FORMAT_GROUP.localized(languages)));
        int[] next = {1};
        int[] sizes = values(1, Vocabulary.SIZES.stream().map(Term::same).toList(), null, next);
        int[] colours = values(2, Vocabulary.COLOURS.stream().map(Colour::name).toList(),
                Vocabulary.COLOURS.stream().map(Colour::hex).toList(), next);
        int[] shoeSizes = values(3, Vocabulary.SHOE_SIZES.stream().map(Term::same).toList(), null, next);
        int[] food = values(4, Vocabulary.FOOD_FORMATS.stream().map(Vocabulary.Format::name).toList(), null, next);
        int[] books = values(4, Vocabulary.BOOK_FORMATS.stream().map(Vocabulary.Format::name).toList(), null, next);
        return new int[][] {sizes, colours, shoeSizes, food, books};
    }

    private int[] values(int groupId, List<Term> names, List<String> colours, int[] next) {
        int[] ids = new int[names.size()];
        for (int i = 0; i < ids.length; i++) {
            int id = next[0]++;
            data.optionValues.put(id, new OptionValue(id, groupId, colours == null ? "" : colours.get(i), i,
                    names.get(i).localized(data.languages)));
            ids[i] = id;
        }
        return ids;
    }

    private int[][] features() {
        data.features.put(1, new Feature(1, 0, Vocabulary.COMPOSITION.localized(data.languages)));
        data.features.put(2, new Feature(2, 1, Vocabulary.STYLE.localized(data.languages)));
        data.features.put(3, new Feature(3, 2, Vocabulary.ORIGIN.localized(data.languages)));
        int[] next = {1};
        return new int[][] {featureValues(1, Vocabulary.COMPOSITIONS, next), featureValues(2, Vocabulary.STYLES, next),
                featureValues(3, Vocabulary.ORIGINS, next)};
    }

    private int[] featureValues(int featureId, List<Term> values, int[] next) {
        int[] ids = new int[values.size()];
        for (int i = 0; i < ids.length; i++) {
            int id = next[0]++;
            data.featureValues.put(id, new FeatureValue(id, featureId, false, values.get(i).localized(data.languages)));
            ids[i] = id;
        }
        return ids;
    }
}
