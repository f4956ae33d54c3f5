package org.gongkai.model;

import java.util.Optional;

/** Portal-wide settings from content/site.yaml; optional items are empty strings. */
public record Site(
        String title,
        String description,
        String host,
        String contact,
        String siteCode,
        String icp,
        String icpUrl,
        String policeRecord,
        String policeRecordUrl,
        String baseUrl,
        String licence,
        boolean showFindings) {

    /** The published address of the portal root, ending in "/", when site.yaml sets base_url. */
    public Optional<String> base() {
        if (baseUrl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }
}
