package io.cloudsync.hub.sandbox.store.generate;

/** EAN-13 codes with a valid check digit, in the Spanish GS1 prefix range (84). */
public final class Ean13 {

    private Ean13() {
    }

    public static String of(long itemNumber) {
        String body = "84" + String.format("%010d", itemNumber % 10_000_000_000L);
        return body + checkDigit(body);
    }

    public static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelveDigits.charAt(i) - '0';
            sum += (i % 2 == 0) ? digit : digit * 3;
        }
        return (10 - sum % 10) % 10;
    }

    public static boolean isValid(String code) {
        return code.length() == 13 && code.chars().allMatch(Character::isDigit)
                && checkDigit(code.substring(0, 12)) == code.charAt(12) - '0';
    }
}
