package com.frameworkadvisor.knowledge.profile;

/** The kind of application being built. */
public enum AppKind {
    SHOP,
    CMS,
    NEWS,
    BLOG,
    SOCIAL,
    ELEARNING,
    REPORTING,
    BUSINESS_PLATFORM,
    MOBILE_BACKEND,
    STATIC_SITE,
    API,
    UNCONVENTIONAL,
    OTHER
}
