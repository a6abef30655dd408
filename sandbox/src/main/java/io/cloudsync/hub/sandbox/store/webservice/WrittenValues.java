package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.model.FieldInput;
import java.util.HashMap;
import java.util.Map;

/** The plain values of a written entity, read the way PHP casts them: {@code (int) "12abc"} is 12, junk is 0. */
record WrittenValues(Map<String, String> texts) {

    static WrittenValues of(Map<String, FieldInput> fields) {
        Map<String, String> texts = new HashMap<>();
        fields.forEach((name, value) -> texts.put(name, value.text().trim()));
        return new WrittenValues(texts);
    }

    String text(String field) {
        return texts.getOrDefault(field, "");
    }

    int integer(String field) {
        String text = text(field);
        int end = 0;
        while (end < text.length() && end < 9 && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(text.substring(0, end));
    }

    boolean bool(String field) {
        String text = text(field);
        return text.equals("1") || text.equalsIgnoreCase("true");
    }
}
