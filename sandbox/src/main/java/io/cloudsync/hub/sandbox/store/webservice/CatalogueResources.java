package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.model.Category;
import io.cloudsync.hub.sandbox.store.model.Feature;
import io.cloudsync.hub.sandbox.store.model.FeatureValue;
import io.cloudsync.hub.sandbox.store.model.Manufacturer;
import io.cloudsync.hub.sandbox.store.model.OptionGroup;
import io.cloudsync.hub.sandbox.store.model.OptionValue;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.Slug;
import io.cloudsync.hub.sandbox.store.model.Tax;
import io.cloudsync.hub.sandbox.store.model.TaxRule;
import io.cloudsync.hub.sandbox.store.model.TaxRulesGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Categories, brands, attributes, features and taxes. */
final class CatalogueResources {

    private final ShopData data;
    private final CategoryMembers members;

    CatalogueResources(SandboxShop shop) {
        this.data = shop.data();
        this.members = new CategoryMembers(shop);
    }

    Resource<Category> categories() {
        List<Field<Category>> fields = List.of(
                Field.id(Category::id),
                Field.integer("id_parent", Category::parentId),
                Field.integer("level_depth", Category::levelDepth),
                Field.<Category>integer("nb_products_recursive", c -> members.of(c.id()).length).dynamic().readOnly(),
                Field.bool("active", Category::active),
                Field.constant("id_shop_default", "1"),
                Field.bool("is_root_category", Category::rootCategory),
                Field.integer("position", Category::position),
                Field.dateTime("date_add", Category::dateAdd),
                Field.dateTime("date_upd", Category::dateUpd),
                Field.<Category>i18n("name", (c, l) -> c.name().get(l.index())).required(),
                Field.<Category>i18n("link_rewrite", (c, l) -> c.linkRewrite().get(l.index())).required(),
                Field.i18n("description", (c, l) -> c.description().get(l.index())),
                Field.i18n("additional_description", (c, l) -> ""),
                Field.i18n("meta_title", (c, l) -> ""),
                Field.i18n("meta_description", (c, l) -> ""),
                Field.i18n("meta_keywords", (c, l) -> ""));
        return new Resource<>("categories", "category", "The product categories", data.categories, fields,
                List.of(Association.ids("categories", "category", "categories", this::childrenOf),
                        Association.ids("products", "product", "products", c -> members.of(c.id()))),
                Resource.READ, Map.of(), null, null);
    }

    private int[] childrenOf(Category category) {
        List<Integer> children = new ArrayList<>();
        data.categories.forEach(candidate -> {
            if (candidate.parentId() == category.id()) {
                children.add(candidate.id());
            }
        });
        return children.stream().mapToInt(Integer::intValue).toArray();
    }

    Resource<Manufacturer> manufacturers() {
        List<Field<Manufacturer>> fields = List.of(
                Field.id(Manufacturer::id),
                Field.bool("active", Manufacturer::active),
                Field.<Manufacturer>text("link_rewrite", m -> Slug.of(m.name())).dynamic().readOnly(),
                Field.text("name", Manufacturer::name),
                Field.dateTime("date_add", Manufacturer::dateAdd),
                Field.dateTime("date_upd", Manufacturer::dateUpd),
                Field.i18n("description", (m, l) -> m.description().get(l.index())),
                Field.i18n("short_description", (m, l) -> m.shortDescription().get(l.index())),
                Field.i18n("meta_title", (m, l) -> ""),
                Field.i18n("meta_description", (m, l) -> ""),
                Field.i18n("meta_keywords", (m, l) -> ""));
        return new Resource<>("manufacturers", "manufacturer", "The product brands", data.manufacturers, fields,
                List.of(), Resource.READ, Map.of(), null, null);
    }

    Resource<OptionGroup> productOptions() {
        List<Field<OptionGroup>> fields = List.of(
                Field.id(OptionGroup::id),
                Field.bool("is_color_group", OptionGroup::colorGroup),
                Field.text("group_type", OptionGroup::groupType),
                Field.integer("position", OptionGroup::position),
                Field.i18n("name", (g, l) -> g.name().get(l.index())),
                Field.i18n("public_name", (g, l) -> g.publicName().get(l.index())));
        return new Resource<>("product_options", "product_option", "The product options", data.optionGroups, fields,
                List.of(Association.ids("product_option_values", "product_option_value", "product_option_values",
                        this::valuesOf)), Resource.READ, Map.of(), null, null);
    }

    private int[] valuesOf(OptionGroup group) {
        List<Integer> values = new ArrayList<>();
        data.optionValues.forEach(value -> {
            if (value.groupId() == group.id()) {
                values.add(value.id());
            }
        });
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    Resource<OptionValue> productOptionValues() {
        List<Field<OptionValue>> fields = List.of(
                Field.id(OptionValue::id),
                Field.integer("id_attribute_group", OptionValue::groupId),
                Field.text("color", OptionValue::color),
                Field.integer("position", OptionValue::position),
                Field.i18n("name", (v, l) -> v.name().get(l.index())));
        return new Resource<>("product_option_values", "product_option_value", "The product options value",
                data.optionValues, fields, List.of(), Resource.READ, Map.of(), null, null);
    }

    Resource<Feature> productFeatures() {
        List<Field<Feature>> fields = List.of(
                Field.id(Feature::id),
                Field.integer("position", Feature::position),
                Field.i18n("name", (f, l) -> f.name().get(l.index())));
        return new Resource<>("product_features", "product_feature", "The product features", data.features, fields,
                List.of(), Resource.READ, Map.of(), null, null);
    }

    Resource<FeatureValue> productFeatureValues() {
        List<Field<FeatureValue>> fields = List.of(
                Field.id(FeatureValue::id),
                Field.integer("id_feature", FeatureValue::featureId),
                Field.bool("custom", FeatureValue::custom),
                Field.i18n("value", (v, l) -> v.value().get(l.index())));
        return new Resource<>("product_feature_values", "product_feature_value", "The product feature values",
                data.featureValues, fields, List.of(), Resource.READ, Map.of(), null, null);
    }

    Resource<TaxRulesGroup> taxRuleGroups() {
        List<Field<TaxRulesGroup>> fields = List.of(
                Field.id(TaxRulesGroup::id),
                Field.text("name", TaxRulesGroup::name),
                Field.bool("active", TaxRulesGroup::active),
                Field.bool("deleted", TaxRulesGroup::deleted),
                Field.dateTime("date_add", TaxRulesGroup::dateAdd),
                Field.dateTime("date_upd", TaxRulesGroup::dateUpd));
        return new Resource<>("tax_rule_groups", "tax_rule_group", "Tax rule groups", data.taxRulesGroups, fields,
                List.of(), Resource.READ, Map.of(), null, null);
    }

    Resource<TaxRule> taxRules() {
        List<Field<TaxRule>> fields = List.of(
                Field.id(TaxRule::id),
                Field.integer("id_tax_rules_group", TaxRule::groupId),
                Field.text("zipcode_from", TaxRule::zipcodeFrom),
                Field.text("zipcode_to", TaxRule::zipcodeTo),
                Field.integer("id_country", TaxRule::countryId),
                Field.integer("id_state", TaxRule::stateId),
                Field.integer("id_tax", TaxRule::taxId),
                Field.integer("behavior", TaxRule::behavior),
                Field.text("description", TaxRule::description));
        return new Resource<>("tax_rules", "tax_rule", "Tax rules entity", data.taxRules, fields, List.of(),
                Resource.READ, Map.of(), null, null);
    }

    Resource<Tax> taxes() {
        List<Field<Tax>> fields = List.of(
                Field.id(Tax::id),
                Field.decimal("rate", Tax::rateMicros, 3),
                Field.bool("active", Tax::active),
                Field.bool("deleted", Tax::deleted),
                Field.i18n("name", (t, l) -> t.name().get(l.index())));
        return new Resource<>("taxes", "tax", "The tax rate", data.taxes, fields, List.of(), Resource.READ, Map.of(),
                null, null);
    }
}
