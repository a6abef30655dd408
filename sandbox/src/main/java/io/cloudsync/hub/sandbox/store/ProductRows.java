package io.cloudsync.hub.sandbox.store;

import io.cloudsync.hub.sandbox.store.model.Combination;
import io.cloudsync.hub.sandbox.store.model.CombinationEditor;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.Product;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.SpecificPrice;
import io.cloudsync.hub.sandbox.store.model.StockAvailable;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The rows that hang off a product: combinations, stock rows (the product row holds the sum of its
 * combinations') and specific prices. None of them moves the product's {@code date_upd}. Not thread-safe: the
 * {@link SandboxShop} calls it under its lock and counts the change.
 */
final class ProductRows {

    private final ShopData data;

    ProductRows(ShopData data) {
        this.data = data;
    }

    Combination insertCombination(int productId, Map<String, FieldInput> fields, int[] optionValueIds, int quantity) {
        int id = data.combinations.nextId();
        Product product = data.products.get(productId);
        boolean first = data.combinationsOfProduct.of(productId).length == 0;
        int[] images = product.imageIds().length == 0 ? new int[0] : new int[] {product.imageIds()[0]};
        int[] sorted = optionValueIds.clone();
        Arrays.sort(sorted);
        Combination combination = new Combination(id, productId, "", "", 0, 0, 0, quantity, 1, first, sorted, images,
                Map.of());
        combination = edited(combination, fields);
        data.combinations.put(id, combination);
        data.combinationsOfProduct.add(productId, id);
        addStockRow(productId, id, quantity);
        refreshProductStock(productId);
        return combination;
    }

    static Combination edited(Combination combination, Map<String, FieldInput> fields) {
        Combination next = combination;
        for (Map.Entry<String, FieldInput> field : fields.entrySet()) {
            next = CombinationEditor.apply(next, field.getKey(), field.getValue());
        }
        return next;
    }

    boolean deleteCombination(int id) {
        Combination removed = data.combinations.remove(id);
        if (removed == null) {
            return false;
        }
        data.combinationsOfProduct.remove(removed.productId(), id);
        StockAvailable row = data.stockOf(removed.productId(), id);
        if (row != null) {
            data.stockAvailables.remove(row.id());
            data.stockOfProduct.remove(removed.productId(), row.id());
        }
        refreshProductStock(removed.productId());
        return true;
    }

    StockAvailable updateStockRow(int stockId, UnaryOperator<StockAvailable> change) {
        StockAvailable current = SandboxShop.require(data.stockAvailables.get(stockId), "stock_available", stockId);
        StockAvailable next = change.apply(current);
        data.stockAvailables.put(stockId, next);
        if (next.combinationId() != 0) {
            refreshProductStock(next.productId());
        }
        return data.stockAvailables.get(stockId);
    }

    void addStockRow(int productId, int combinationId, int quantity) {
        int id = data.stockAvailables.nextId();
        data.stockAvailables.put(id, new StockAvailable(id, productId, combinationId, quantity, false, 2, ""));
        data.stockOfProduct.add(productId, id);
    }

    private void refreshProductStock(int productId) {
        StockAvailable productRow = data.stockOf(productId, 0);
        int[] combinations = data.combinationsOfProduct.of(productId);
        if (productRow == null || combinations.length == 0) {
            return;
        }
        int sum = 0;
        for (int combinationId : combinations) {
            StockAvailable row = data.stockOf(productId, combinationId);
            sum += row == null ? 0 : row.quantity();
        }
        data.stockAvailables.put(productRow.id(), productRow.withQuantity(sum));
    }

    SpecificPrice addSpecificPrice(int productId, int combinationId, String reductionType, String reduction,
                                   boolean reductionTaxIncluded, long from, long to) {
        SandboxShop.require(data.products.get(productId), "product", productId);
        if (!SpecificPrice.PERCENTAGE.equals(reductionType) && !SpecificPrice.AMOUNT.equals(reductionType)) {
            throw new IllegalArgumentException("reduction_type must be 'percentage' or 'amount', got '" + reductionType + "'");
        }
        int id = data.specificPrices.nextId();
        SpecificPrice price = new SpecificPrice(id, productId, combinationId, 0, 0, 1, -Micros.ONE, Micros.of(reduction), reductionTaxIncluded,
                reductionType, from, to);
        data.specificPrices.put(id, price);
        data.specificPricesOfProduct.add(productId, id);
        return price;
    }

    boolean deleteSpecificPrice(int id) {
        SpecificPrice removed = data.specificPrices.remove(id);
        if (removed == null) {
            return false;
        }
        data.specificPricesOfProduct.remove(removed.productId(), id);
        return true;
    }
}
