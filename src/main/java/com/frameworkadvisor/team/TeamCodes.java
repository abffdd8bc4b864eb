package com.frameworkadvisor.team;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Team codes: short enough to type ("/join K7M2QX"), from letters and digits that cannot be mistaken for each other
 * (no 0/O, 1/I/L), and random, so a code cannot be guessed from another.
 */
final class TeamCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 6;

    private final SecureRandom random = new SecureRandom();

    /** A code no team has. */
    String unused(TeamStore store) {
        String code;
        do {
            code = next();
        } while (store.byCode(code).isPresent());
        return code;
    }

    private String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed: "k7m2qx " is "K7M2QX". */
    static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }
}
