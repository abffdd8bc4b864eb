package com.frameworkadvisor.team;

import com.frameworkadvisor.knowledge.profile.Profile;

/** What one member of a team answered, as they last reached a result in their own chat with the advisor. */
public record MemberAnswers(long userId, String name, Profile profile) {
}
