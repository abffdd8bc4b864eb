package com.frameworkadvisor.conversation.interview.parsing;

/** One meaning of a phrase, named as in the vocabulary: {@code need.ADMIN} is {@code Term(NEED, "ADMIN")}. */
record Term(Group group, String value) implements Comparable<Term> {

    static Term ofKey(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0 || dot == key.length() - 1) {
            throw new IllegalArgumentException("vocabulary key '" + key + "' is not <group>.<value>");
        }
        Group group = Group.ofPrefix(key.substring(0, dot));
        String value = key.substring(dot + 1);
        group.check(value);
        return new Term(group, value);
    }

    static Term of(Cue cue) {
        return new Term(Group.CUE, cue.name());
    }

    static Term number(String digits) {
        return new Term(Group.NUMBER, digits);
    }

    <E extends Enum<E>> E as(Class<E> type) {
        return Enum.valueOf(type, value);
    }

    double number() {
        return Double.parseDouble(value);
    }

    @Override
    public int compareTo(Term other) {
        int byGroup = group.compareTo(other.group);
        return byGroup != 0 ? byGroup : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return group.prefix() + "." + value;
    }
}
