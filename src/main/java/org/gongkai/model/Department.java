package org.gongkai.model;

/** What does not change by year: content/&lt;id&gt;/department.yaml. */
public record Department(String id, String name, String shortName, String region, String peerGroup) {

    public String displayShortName() {
        return shortName.isEmpty() ? name : shortName;
    }
}
