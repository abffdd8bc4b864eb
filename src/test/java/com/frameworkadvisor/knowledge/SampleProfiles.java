package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Profiles to check a property over: every single answer, the empty one, and a seeded random sample. */
public final class SampleProfiles {

    private static final int RANDOM_PROFILES = 3000;
    private static final long SEED = 20261203L;

    private SampleProfiles() {
    }

    /** Every profile with one answer, the empty one, and a seeded random sample of fuller profiles. */
    public static List<Profile> all() {
        List<Profile> profiles = new ArrayList<>();
        profiles.add(Profile.EMPTY);
        profiles.add(Profile.EMPTY.withNeeds(Set.of()));
        for (Question question : Question.values()) {
            for (Enum<?> option : question.options()) {
                profiles.add(question.isMultipleChoice()
                        ? Profile.EMPTY.withNeed((Need) option) : Profile.EMPTY.with(question, option));
            }
        }
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_PROFILES; i++) {
            Profile profile = Profile.EMPTY;
            for (Question question : Question.values()) {
                if (question.isMultipleChoice()) {
                    if (random.nextInt(5) > 0) {
                        EnumSet<Need> needs = EnumSet.noneOf(Need.class);
                        for (Need need : Need.values()) {
                            if (random.nextInt(5) == 0) {
                                needs.add(need);
                            }
                        }
                        profile = profile.withNeeds(needs);
                    }
                } else if (random.nextInt(5) > 0) {
                    List<Enum<?>> options = question.options();
                    profile = profile.with(question, options.get(random.nextInt(options.size())));
                }
            }
            profiles.add(profile);
        }
        return profiles;
    }
}
