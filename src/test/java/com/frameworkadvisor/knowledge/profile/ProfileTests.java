package com.frameworkadvisor.knowledge.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileTests {

    @Test
    void shouldKeepTheNeedsUnansweredWhenAnotherAnswerChanges() {
        for (Question question : Question.values()) {
            if (question.isMultipleChoice()) {
                continue;
            }
            Profile changed = Profile.EMPTY.with(question, question.options().get(0));
            assertThat(changed.needsKnown()).as("after answering %s", question).isFalse();
            assertThat(Question.NEEDS.isAnswered(changed)).isFalse();
        }
    }

    @Test
    void shouldTellNeedingNothingFromNotHavingAnswered() {
        Profile none = Profile.EMPTY.withNeeds(Set.of());

        assertThat(none.needsKnown()).isTrue();
        assertThat(none.with(Question.SIZE, ProjectSize.SMALL).needsKnown()).isTrue();
        assertThat(none.without(Question.NEEDS).needsKnown()).isFalse();
    }

    @Test
    void shouldAnswerTheNeedsByAddingOrDroppingOne() {
        Profile admin = Profile.EMPTY.withNeed(Need.ADMIN);

        assertThat(admin.needs()).containsExactly(Need.ADMIN);
        assertThat(admin.withoutNeed(Need.ADMIN).needs()).isEmpty();
        assertThat(admin.withoutNeed(Need.ADMIN).needsKnown()).isTrue();
    }

    @Test
    void shouldForgetOneAnswerAndKeepTheOthers() {
        Profile profile = Profile.EMPTY.with(Question.SIZE, ProjectSize.LARGE).with(Question.KIND, AppKind.SHOP);

        Profile forgotten = profile.without(Question.SIZE);

        assertThat(forgotten.size()).isNull();
        assertThat(forgotten.kind()).isEqualTo(AppKind.SHOP);
    }

    @Test
    void shouldSurviveAJsonRoundTripWithTheNeedsQuestionStillOpen() {
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        Profile open = Profile.EMPTY.with(Question.KIND, AppKind.SHOP);
        Profile none = open.withNeeds(Set.of());
        Profile some = open.withNeed(Need.ADMIN);

        for (Profile profile : new Profile[] {open, none, some}) {
            assertThat(json.readValue(json.writeValueAsString(profile), Profile.class)).isEqualTo(profile);
        }
    }
}
