package io.cloudsync.hub.erp.products;

/**
 * The ids a template is written against: the unit "Unit" (default, sale and purchase unit), the product category
 * of {@code hub.erp.tryton.category} and the account category (a category with accounting) when Tryton has them
 * ({@code -1}: none).
 */
public record TemplateReferences(long unit, long category, long accountCategory) {

    public boolean hasCategory() {
        return category > 0;
    }

    public boolean hasAccountCategory() {
        return accountCategory > 0;
    }
}
