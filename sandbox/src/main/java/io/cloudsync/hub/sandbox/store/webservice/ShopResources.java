package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.model.ConfigurationValue;
import io.cloudsync.hub.sandbox.store.model.Currency;
import io.cloudsync.hub.sandbox.store.model.Language;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.ShopRecord;
import java.util.List;
import java.util.Map;

/** languages, configurations ({@code PS_TIMEZONE}…), currencies, shops. */
final class ShopResources {

    private final ShopData data;
    private final io.cloudsync.hub.sandbox.store.model.IdTable<Language> languages =
            new io.cloudsync.hub.sandbox.store.model.IdTable<>();

    ShopResources(ShopData data) {
        this.data = data;
        data.languages.all().forEach(language -> languages.put(language.id(), language));
    }

    Resource<Language> languages() {
        List<Field<Language>> fields = List.of(
                Field.id(Language::id),
                Field.text("name", Language::name),
                Field.text("iso_code", Language::isoCode),
                Field.text("locale", Language::locale),
                Field.text("language_code", Language::languageCode),
                Field.bool("active", Language::active),
                Field.constant("is_rtl", "0"),
                Field.text("date_format_lite", Language::dateFormatLite),
                Field.text("date_format_full", Language::dateFormatFull));
        return new Resource<>("languages", "language", "Shop languages", languages, fields, List.of(), Resource.READ,
                Map.of(), null, null);
    }

    Resource<ConfigurationValue> configurations() {
        List<Field<ConfigurationValue>> fields = List.of(
                Field.id(ConfigurationValue::id),
                Field.text("value", ConfigurationValue::value),
                Field.text("name", ConfigurationValue::name),
                Field.constant("id_shop_group", ""),
                Field.constant("id_shop", ""),
                Field.dateTime("date_add", ConfigurationValue::dateAdd),
                Field.dateTime("date_upd", ConfigurationValue::dateUpd));
        return new Resource<>("configurations", "configuration", "Shop configuration", data.configurations, fields,
                List.of(), Resource.READ, Map.of(), null, null);
    }

    Resource<Currency> currencies() {
        List<Field<Currency>> fields = List.of(
                Field.id(Currency::id),
                Field.i18n("name", (c, l) -> c.name().get(l.index())),
                Field.i18n("symbol", (c, l) -> c.symbol().get(l.index())),
                Field.text("iso_code", Currency::isoCode),
                Field.text("numeric_iso_code", Currency::numericIsoCode),
                Field.integer("precision", Currency::precision),
                Field.decimal("conversion_rate", Currency::conversionRateMicros),
                Field.constant("deleted", "0"),
                Field.bool("active", Currency::active),
                Field.constant("unofficial", "0"),
                Field.constant("modified", "0"),
                Field.i18n("pattern", (c, l) -> ""));
        return new Resource<>("currencies", "currency", "The currencies", data.currencies, fields, List.of(),
                Resource.READ, Map.of(), null, null);
    }

    Resource<ShopRecord> shops() {
        List<Field<ShopRecord>> fields = List.of(
                Field.id(ShopRecord::id),
                Field.integer("id_shop_group", ShopRecord::shopGroupId),
                Field.integer("id_category", ShopRecord::categoryId),
                Field.bool("active", ShopRecord::active),
                Field.constant("deleted", "0"),
                Field.text("name", ShopRecord::name),
                Field.constant("color", ""),
                Field.text("theme_name", ShopRecord::themeName));
        return new Resource<>("shops", "shop", "Shops from multi-shop feature", data.shops, fields, List.of(),
                Resource.READ, Map.of(), null, null);
    }
}
