package com.frameworkadvisor.knowledge;

/** The options the advisor chooses between. FastAPI is only a candidate when some rule argues for it. */
public enum Framework {
    DJANGO("Django"),
    FLASK("Flask"),
    FASTAPI("FastAPI");

    private final String displayName;

    Framework(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
