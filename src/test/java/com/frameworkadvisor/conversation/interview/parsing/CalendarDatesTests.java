package com.frameworkadvisor.conversation.interview.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.profile.Deadline;
import com.frameworkadvisor.knowledge.profile.Question;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates are counted from the day they are read on, so "by March" is near in December and far in April. */
class CalendarDatesTests {

    private static FreeTextAnswerParser on(String day) {
        return new FreeTextAnswerParser(Locale.ENGLISH, Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC));
    }

    private static Object deadline(FreeTextAnswerParser parser, String text) {
        return parser.parse(text, Question.DEADLINE).answers().get(Question.DEADLINE);
    }

    @Test
    void shouldCountAMonthFromToday() {
        assertThat(deadline(on("2026-12-03"), "by march")).isEqualTo(Deadline.NORMAL);
        assertThat(deadline(on("2027-02-20"), "by march")).isEqualTo(Deadline.TIGHT);
        assertThat(deadline(on("2026-04-01"), "by march")).as("next year's March").isEqualTo(Deadline.RELAXED);
    }

    @Test
    void shouldCountQuartersAndTheYearsEnd() {
        assertThat(deadline(on("2026-12-03"), "sometime in Q3")).isEqualTo(Deadline.RELAXED);
        assertThat(deadline(on("2026-06-01"), "Q3")).isEqualTo(Deadline.NORMAL);
        assertThat(deadline(on("2026-12-03"), "end of the year")).isEqualTo(Deadline.TIGHT);
        assertThat(deadline(on("2026-03-01"), "end of the year")).isEqualTo(Deadline.RELAXED);
    }

    @Test
    void shouldNotTakeAVerbForAMonth() {
        assertThat(on("2026-12-03").parse("we may need an admin", null).answers()).doesNotContainKey(Question.DEADLINE);
    }
}
