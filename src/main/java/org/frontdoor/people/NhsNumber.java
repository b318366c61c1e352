package org.frontdoor.people;

/** NHS numbers: ten digits, the last a modulus 11 check digit over the first nine. */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** The check digit for a nine-digit stem; 10 means no valid number has that stem. */
    public static int checkDigit(long stem) {
        int sum = 0;
        for (int weight = 2; weight <= 10; weight++, stem /= 10) {
            sum += (int) (stem % 10) * weight;
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    public static boolean isValid(String number) {
        if (number == null || !number.matches("[0-9]{10}")) {
            return false;
        }
        long value = Long.parseLong(number);
        return checkDigit(value / 10) == value % 10;
    }

    /** "943 476 5919" and "943-476-5919" as people write them, to the ten digits stored. */
    public static String normalise(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s-]", "");
    }
}
