package org.frontdoor.web;

/**
 * Which page of a long list to show: the number asked for (as typed in the address bar, so anything that is not a
 * number is the first page), kept within the pages there are.
 *
 * @param number the page shown, from 1
 * @param pages how many pages there are, at least 1
 * @param size rows per page
 */
public record Page(int number, int pages, int size) {

    public static Page of(String asked, long total, int size) {
        return of(parse(asked), total, size);
    }

    public static Page of(int asked, long total, int size) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Page(Math.min(Math.max(1, asked), pages), pages, size);
    }

    public int offset() {
        return (number - 1) * size;
    }

    private static int parse(String asked) {
        try {
            return Integer.parseInt(asked == null ? "" : asked.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
