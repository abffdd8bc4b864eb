package com.frameworkadvisor.conversation.interview.parsing;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Dates on the calendar, as days from today: "by March", "end of February", "Q3", "end of the year". A month
 * counts only after a word that places it in time ("by", "in", "before", "end of", ...), so "we may need" is
 * not May. A month or quarter that has passed this year is next year's; a month is taken at its middle, a
 * quarter at its middle month.
 */
final class CalendarDates {

    private static final List<String> PLACING = List.of("by", "in", "before", "until", "till", "of", "early", "mid",
            "late", "around", "next", "from");
    private static final int MIDDLE_OF_MONTH = 15;

    private CalendarDates() {
    }

    /** The soonest date the words name, as days from {@code today}; empty when they name none. */
    static OptionalLong soonest(List<Token> tokens, Locale locale, LocalDate today) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            LocalDate date = null;
            String before = i > 0 ? tokens.get(i - 1).text() : "";
            int quarter = quarter(tokens, i);
            if (quarter > 0) {
                date = middle(Month.of((quarter - 1) * 3 + 2), today);
            } else if (word.equals("year") && endOfYear(tokens, i)) {
                date = LocalDate.of(today.getYear(), 12, 31);
            } else if (PLACING.contains(before)) {
                date = month(word, locale).map(m -> middle(m, today)).orElse(null);
            }
            if (date != null) {
                best = Math.min(best, ChronoUnit.DAYS.between(today, date));
            }
        }
        return best == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(best);
    }

    /** The quarter "Q3" names at {@code i} (the tokenizer reads it as "q" then "3"), or 0. */
    private static int quarter(List<Token> tokens, int i) {
        if (!tokens.get(i).text().equals("q") || i + 1 >= tokens.size()) {
            return 0;
        }
        Token number = tokens.get(i + 1);
        boolean joined = number.number() && number.gapBefore() == Token.Gap.NONE;
        return joined && number.text().length() == 1 && number.text().charAt(0) >= '1'
                && number.text().charAt(0) <= '4' ? number.text().charAt(0) - '0' : 0;
    }

    /** "end of year", "end of the year" or "end of this year", with {@code year} the index of "year". */
    private static boolean endOfYear(List<Token> tokens, int year) {
        int of = year >= 1 && List.of("the", "this").contains(tokens.get(year - 1).text()) ? year - 2 : year - 1;
        return of >= 1 && tokens.get(of).text().equals("of") && tokens.get(of - 1).text().equals("end");
    }

    private static LocalDate middle(Month month, LocalDate today) {
        LocalDate date = LocalDate.of(today.getYear(), month, MIDDLE_OF_MONTH);
        return date.isBefore(today) ? date.plusYears(1) : date;
    }

    private static Optional<Month> month(String word, Locale locale) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, locale).toLowerCase(locale).equals(word)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }
}
