package org.frontdoor.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Items drawn in proportion to their weights. */
final class Weighted<T> {

    record Entry<T>(T item, double weight) {
    }

    private final List<T> items;
    private final double[] upTo;

    Weighted(List<Entry<T>> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("Nothing to choose from");
        }
        items = entries.stream().map(Entry::item).toList();
        upTo = new double[entries.size()];
        double total = 0;
        for (int i = 0; i < upTo.length; i++) {
            total += entries.get(i).weight();
            upTo[i] = total;
        }
    }

    /** Weights for the integers 0, 1, 2... in order, such as ages. */
    static Weighted<Integer> ofIndexes(double... weights) {
        List<Entry<Integer>> entries = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            entries.add(new Entry<>(i, weights[i]));
        }
        return new Weighted<>(entries);
    }

    /** Reads "A*4, B C" as A weighing 4 and B and C weighing 1 each (commas and spaces both separate). */
    static List<Entry<String>> parse(String spec) {
        List<Entry<String>> entries = new ArrayList<>();
        for (String token : spec.trim().split("[,\\s]+")) {
            int star = token.indexOf('*');
            entries.add(star < 0 ? new Entry<>(token, 1)
                    : new Entry<>(token.substring(0, star), Double.parseDouble(token.substring(star + 1))));
        }
        return entries;
    }

    T pick(DemoRandom random) {
        double x = random.nextDouble() * upTo[upTo.length - 1];
        int i = Arrays.binarySearch(upTo, x);
        // An exact hit on a boundary belongs to the next item; an insertion point is the item itself.
        return items.get(Math.min(i >= 0 ? i + 1 : -i - 1, items.size() - 1));
    }
}
