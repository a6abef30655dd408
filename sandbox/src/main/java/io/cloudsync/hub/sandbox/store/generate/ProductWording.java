package io.cloudsync.hub.sandbox.store.generate;

import io.cloudsync.hub.sandbox.store.model.Language;
import io.cloudsync.hub.sandbox.store.model.ProductTextField;
import io.cloudsync.hub.sandbox.store.model.Slug;
import io.cloudsync.hub.sandbox.store.model.TextSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A generated product's texts, kept as three small numbers and written out when asked: a catalogue of 100,000
 * products does not keep 400,000 HTML descriptions in memory.
 */
public record ProductWording(short kind, short material, short collection) implements TextSource {

    private static final Term IN_STOCK = new Term("En stock", "In stock");
    private static final ProductTextField[] WRITTEN = {ProductTextField.NAME, ProductTextField.LINK_REWRITE,
            ProductTextField.DESCRIPTION, ProductTextField.DESCRIPTION_SHORT};
    /** Per language: every text of every (kind, material, collection), written once when first asked. */
    private static final Map<String, AtomicReferenceArray<String>> WRITTEN_TEXTS = new ConcurrentHashMap<>();

    @Override
    public String text(ProductTextField field, Language language) {
        int slot = slot(field);
        if (slot < 0) {
            return field == ProductTextField.AVAILABLE_NOW ? IN_STOCK.in(language) : "";
        }
        AtomicReferenceArray<String> texts = WRITTEN_TEXTS.computeIfAbsent(language.isoCode(),
                iso -> new AtomicReferenceArray<>(Vocabulary.KINDS.size() * (Vocabulary.MATERIALS.size() + 1)
                        * Vocabulary.COLLECTIONS.size() * WRITTEN.length));
        int index = ((kind * (Vocabulary.MATERIALS.size() + 1) + material + 1) * Vocabulary.COLLECTIONS.size()
                + collection) * WRITTEN.length + slot;
        String text = texts.get(index);
        if (text == null) {
            text = write(field, language);
            texts.set(index, text);
        }
        return text;
    }

    private static int slot(ProductTextField field) {
        for (int i = 0; i < WRITTEN.length; i++) {
            if (WRITTEN[i] == field) {
                return i;
            }
        }
        return -1;
    }

    private String write(ProductTextField field, Language language) {
        return switch (field) {
            case NAME -> name(language);
            case LINK_REWRITE -> Slug.of(name(language));
            case DESCRIPTION -> description(language);
            default -> descriptionShort(language);
        };
    }

    public String name(Language language) {
        ProductKind productKind = Vocabulary.KINDS.get(kind);
        String collectionName = Vocabulary.COLLECTIONS.get(collection);
        String materialPhrase = material < 0 ? "" : Vocabulary.MATERIALS.get(material).phrase().in(language);
        if ("es".equals(language.isoCode())) {
            return join(productKind.noun().es(), materialPhrase, collectionName);
        }
        return join(collectionName, materialPhrase, productKind.noun().en());
    }

    private String description(Language language) {
        ProductKind productKind = Vocabulary.KINDS.get(kind);
        StringBuilder html = new StringBuilder(320);
        html.append("<p><strong>").append(name(language)).append("</strong>: ")
                .append(Vocabulary.sentence(productKind.family()).in(language)).append(".</p><ul>");
        if (material >= 0) {
            int composition = Vocabulary.MATERIALS.get(material).compositionValue();
            html.append("<li>").append(Vocabulary.COMPOSITION.in(language)).append(": ")
                    .append(Vocabulary.COMPOSITIONS.get(composition).in(language)).append("</li>");
        }
        html.append("<li>").append(Vocabulary.care(productKind.family()).in(language)).append("</li></ul>");
        return html.toString();
    }

    private String descriptionShort(Language language) {
        ProductKind productKind = Vocabulary.KINDS.get(kind);
        String sentence = Vocabulary.sentence(productKind.family()).in(language);
        return "<p>" + new Term("Colección ", "The ").in(language) + Vocabulary.COLLECTIONS.get(collection)
                + new Term("", " collection").in(language) + ": "
                + Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".</p>";
    }

    private static String join(String first, String middle, String last) {
        return middle.isEmpty() ? first + " " + last : first + " " + middle + " " + last;
    }
}
