package org.gongkai.model;

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
}
