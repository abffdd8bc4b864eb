package com.frameworkadvisor.knowledge.profile;

/** One change to a profile's answers: what a flip point or a what-if question is made of. */
public sealed interface ProfileChange {

    Question question();

    Profile applyTo(Profile profile);

    /** Replaces the answer to a single-choice question. */
    record Answer(Question question, Enum<?> value) implements ProfileChange {
        public Answer {
            if (question.isMultipleChoice()) {
                throw new IllegalArgumentException("use AddNeed or DropNeed for " + question);
            }
        }

        @Override
        public Profile applyTo(Profile profile) {
            return profile.with(question, value);
        }
    }

    /** Adds a need the project did not list. */
    record AddNeed(Need need) implements ProfileChange {
        @Override
        public Question question() {
            return Question.NEEDS;
        }

        @Override
        public Profile applyTo(Profile profile) {
            return profile.withNeed(need);
        }
    }

    /** Drops a need the project listed. */
    record DropNeed(Need need) implements ProfileChange {
        @Override
        public Question question() {
            return Question.NEEDS;
        }

        @Override
        public Profile applyTo(Profile profile) {
            return profile.withoutNeed(need);
        }
    }
}
